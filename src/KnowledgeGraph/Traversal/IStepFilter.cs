namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// What a caller of <see cref="BidirectionalBfs"/> or <see cref="BidirectionalDijkstra"/> adds to the per-type direction mask: a check per relation
    /// (such as a date), per entity (kinds that may not be passed through), per walked pair (Yen's blocked spurs) and
    /// the weight of a relation. Implemented by structs, so that the generic search is compiled for each one and
    /// checks that are constant (a kernel with no filter) cost nothing.
    /// </summary>
    internal interface IStepFilter
    {
        /// <summary>Gets whether relation <paramref name="relation"/> may be walked at all (its type and direction already allowed).</summary>
        bool Walkable(int relation);

        /// <summary>Gets whether the walk from <paramref name="from"/> to <paramref name="to"/> reaching <paramref name="reached"/> (one of the two) is left out.</summary>
        bool Blocked(int reached, int from, int to);

        /// <summary>Gets whether a path may pass through entity <paramref name="v"/> (not only start or end there).</summary>
        bool CanPass(int v);

        /// <summary>Gets the weight of relation <paramref name="relation"/>; throws when it is negative or NaN.</summary>
        double Weight(int relation);
    }
}

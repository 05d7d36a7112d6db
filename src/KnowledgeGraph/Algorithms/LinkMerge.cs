namespace KnowledgeGraph.Algorithms
{
    /// <summary>How parallel relations (same two entities, same direction) merge into one weighted link of a <see cref="LinkView"/>.</summary>
    internal enum LinkMerge
    {
        /// <summary>Weights add up.</summary>
        Sum,

        /// <summary>The first relation's weight.</summary>
        First,

        /// <summary>The last relation's weight.</summary>
        Last,

        /// <summary>The smallest weight (networkx's shortest paths on a multigraph).</summary>
        Min,
    }
}

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>Which relations of an entity <see cref="Degree"/> counts.</summary>
    public enum DegreeKind
    {
        /// <summary>Every relation that touches the entity, in either direction (a self-loop twice): networkx's <c>degree</c>.</summary>
        Total = 0,

        /// <summary>The relations that point to the entity (and undirected ones): networkx's <c>in_degree</c>.</summary>
        In = 1,

        /// <summary>The relations that start from the entity (and undirected ones): networkx's <c>out_degree</c>.</summary>
        Out = 2,
    }
}

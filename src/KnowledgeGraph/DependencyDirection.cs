namespace KnowledgeGraph
{
    /// <summary>Whether, and in which direction, a relation type counts as a dependency.</summary>
    public enum DependencyDirection
    {
        /// <summary>The relation is not a dependency.</summary>
        None = 0,

        /// <summary>The source depends on the target (<c>DEPENDS_ON</c>).</summary>
        Forward = 1,

        /// <summary>The target depends on the source (<c>SUPPLIES</c>: the supplied party depends on its supplier).</summary>
        Reverse = 2,
    }
}

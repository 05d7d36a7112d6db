namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>How <see cref="DotWriter"/> groups entities into GraphViz clusters.</summary>
    public enum DotClusterMode
    {
        /// <summary>No clusters.</summary>
        None = 0,

        /// <summary>One cluster per root entity kind (Summit and Meeting go with Event).</summary>
        Kind = 1,

        /// <summary>
        /// One cluster per State: the state itself and every entity with a <c>LOCATED_IN</c> or <c>OPERATES_IN</c>
        /// relation to it (the first such relation decides when there are several); other entities stay outside.
        /// </summary>
        Country = 2,
    }
}

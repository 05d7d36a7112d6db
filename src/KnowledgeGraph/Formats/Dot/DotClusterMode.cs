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
        /// One cluster per place, as the vocabulary says (<see cref="RelationType.ClusterIn"/>): the place itself and every
        /// entity with a relation whose type clusters its source around the place's kind. In the default vocabulary, an
        /// entity <c>LOCATED_IN</c> or <c>OPERATES_IN</c> a State goes in that State's cluster (the first such relation
        /// decides when there are several); other entities stay outside.
        /// </summary>
        Country = 2,
    }
}

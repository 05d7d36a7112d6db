namespace KnowledgeGraph.Formats.Mermaid
{
    /// <summary>Options of <see cref="MermaidWriter"/>.</summary>
    public sealed class MermaidOptions
    {
        /// <summary>The default bound on entities: Mermaid's renderer (on GitHub and in notebooks) becomes unreadable and slow beyond about this many nodes.</summary>
        public const int DefaultMaxEntities = 150;

        /// <summary>Gets or sets the most entities written; <see cref="DefaultMaxEntities"/> by default.</summary>
        public int MaxEntities { get; set; } = DefaultMaxEntities;

        /// <summary>Gets or sets whether a larger graph is cut to the entities with the most relations (true) or refused with a <see cref="BoundExceededException"/> (false, the default).</summary>
        public bool Truncate { get; set; }

        /// <summary>Gets or sets the direction: <c>LR</c> (the default), <c>TB</c>, <c>RL</c> or <c>BT</c>.</summary>
        public string Direction { get; set; } = "LR";
    }
}

using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats.Mermaid
{
    /// <summary>Options of <see cref="MermaidWriter"/>.</summary>
    [Immutable]
    public sealed record MermaidOptions
    {
        /// <summary>The default bound on entities: Mermaid's renderer (on GitHub and in notebooks) becomes unreadable and slow beyond about this many nodes.</summary>
        public const int DefaultMaxEntities = 150;

        /// <summary>Gets the most entities written; <see cref="DefaultMaxEntities"/> by default.</summary>
        public int MaxEntities { get; init; } = DefaultMaxEntities;

        /// <summary>Gets whether a larger graph is cut to the entities with the most relations (true) or refused with a <see cref="BoundExceededException"/> (false, the default).</summary>
        public bool Truncate { get; init; }

        /// <summary>Gets the direction: <c>LR</c> (the default), <c>TB</c>, <c>RL</c> or <c>BT</c>.</summary>
        public string Direction { get; init; } = "LR";
    }
}

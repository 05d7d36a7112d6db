namespace KnowledgeGraph.Queries.Time
{
    /// <summary>What a dated <see cref="TimelineEntry"/> marks.</summary>
    public enum TimelineEventKind
    {
        /// <summary>A relation started to hold (the start of its interval).</summary>
        Started,

        /// <summary>Something happened once (a relation that is an instant: a signature, a statement, a summit).</summary>
        Happened,

        /// <summary>A relation stopped holding (the end of its interval).</summary>
        Ended,

        /// <summary>An undated relation: not known to have started or ended.</summary>
        Undated,
    }
}

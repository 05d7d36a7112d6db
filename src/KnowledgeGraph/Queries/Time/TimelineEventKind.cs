namespace KnowledgeGraph.Queries.Time
{
    /// <summary>What a <see cref="TimelineEntry"/> marks: a known date, or the bound or evidence date that places it.</summary>
    public enum TimelineEventKind
    {
        /// <summary>A relation started to hold (the start of its interval).</summary>
        Started,

        /// <summary>Something happened once (a relation that is an instant: a signature, a statement, a summit).</summary>
        Happened,

        /// <summary>A relation stopped holding (the end of its interval).</summary>
        Ended,

        /// <summary>A relation whose time is not known at all, or that is permanent: listed last.</summary>
        Undated,

        /// <summary>A state a source states in the present tense: it held on this date (the first such date).</summary>
        Observed,

        /// <summary>An event reported to have happened by this date (its latest date, <see cref="Validity.NotAfter"/>).</summary>
        HappenedBy,

        /// <summary>A relation that did not hold (or happen) before this date and has no other date (<see cref="Validity.NotBefore"/>).</summary>
        NotBefore,

        /// <summary>A state that did not hold after this date and has no other date (<see cref="Validity.NotAfter"/>).</summary>
        NotAfter,
    }
}

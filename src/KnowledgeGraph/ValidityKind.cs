namespace KnowledgeGraph
{
    /// <summary>What is known about when a fact holds (see <see cref="Validity"/>).</summary>
    public enum ValidityKind
    {
        /// <summary>Nothing: the fact has no dates, bounds or evidence. It may hold at any time. The default.</summary>
        Unknown = 0,

        /// <summary>The fact holds at all times ("Integral is a company in Belarus"): definitional, not undated.</summary>
        Permanent = 1,

        /// <summary>Known dates: an interval (<c>from</c>, <c>to</c>, either end open) or a point in time (<c>at</c>), possibly approximate and possibly with bounds on an open end.</summary>
        Known = 2,

        /// <summary>No known date, but bounds (<c>notBefore</c>, <c>notAfter</c>) and/or dates on which the fact was observed.</summary>
        Bounded = 3,
    }
}

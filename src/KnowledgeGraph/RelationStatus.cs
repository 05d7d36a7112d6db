namespace KnowledgeGraph
{
    /// <summary>How a relation is asserted by its sources: stated as fact, alleged, intended, planned, denied or inferred by the editors.</summary>
    /// <remarks>Written in graph files as <c>stated</c>, <c>alleged</c>, <c>intended</c>, <c>planned</c>, <c>denied</c>, <c>inferred</c>.</remarks>
    public enum RelationStatus
    {
        /// <summary>The sources state it as fact (the default).</summary>
        Stated = 0,

        /// <summary>Someone claims it; the sources do not state it as fact (see <see cref="Relation.Attribution"/>).</summary>
        Alleged = 1,

        /// <summary>Someone intends or hopes it ("Minsk hopes to extend cooperation to aviation").</summary>
        Intended = 2,

        /// <summary>It is planned or scheduled, not (yet) done.</summary>
        Planned = 3,

        /// <summary>Someone denies it.</summary>
        Denied = 4,

        /// <summary>The editors inferred it from what the sources say; no source states it.</summary>
        Inferred = 5,
    }
}

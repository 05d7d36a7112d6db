namespace KnowledgeGraph
{
    /// <summary>
    /// Whether a fact holds as of a date or between two dates, in three values: a fact whose time is unknown, bounded or
    /// approximate may hold without our knowing that it does (see <see cref="Validity.StatusAsOf(PartialDate)"/>).
    /// </summary>
    public enum TimeStatus
    {
        /// <summary>The fact certainly does not hold then.</summary>
        DoesNotHold = 0,

        /// <summary>The fact may hold then: its time is unknown, bounded or approximate in a way that allows both.</summary>
        MayHold = 1,

        /// <summary>The fact certainly holds then (on at least one day of the period asked about).</summary>
        Holds = 2,
    }
}

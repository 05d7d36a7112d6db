namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The time a traversal asks about, as day numbers (<see cref="PartialDate.FirstDayNumber"/>): none (every relation
    /// is walked), "as of" a partial date (the period it covers), or "between" two partial dates (from the first day of
    /// the one to the last day of the other). Relations are put to it by <see cref="TimeColumns.Test"/>, the
    /// three-valued rule of <see cref="Validity.StatusAsOf"/> and <see cref="Validity.StatusBetween"/>.
    /// </summary>
    internal readonly struct TimeWindow
    {
        private TimeWindow(bool isSet, int firstDay, int lastDay)
        {
            IsSet = isSet;
            FirstDay = firstDay;
            LastDay = lastDay;
        }

        /// <summary>Gets no window: every relation holds for the traversal (the default value).</summary>
        public static TimeWindow None => default;

        /// <summary>Gets whether a window is set.</summary>
        public bool IsSet { get; }

        /// <summary>Gets the first day of the window.</summary>
        public int FirstDay { get; }

        /// <summary>Gets the last day of the window.</summary>
        public int LastDay { get; }

        /// <summary>Gets the window of the period of <paramref name="date"/> (<see cref="Validity.StatusAsOf"/>).</summary>
        /// <param name="date">The date.</param>
        /// <returns>The window.</returns>
        public static TimeWindow AsOf(PartialDate date) => new TimeWindow(true, date.FirstDayNumber, date.LastDayNumber);

        /// <summary>Gets the window from the start of <paramref name="from"/> to the end of <paramref name="to"/> (<see cref="Validity.StatusBetween"/>).</summary>
        /// <param name="from">The first date.</param>
        /// <param name="to">The last date.</param>
        /// <returns>The window.</returns>
        public static TimeWindow Between(PartialDate from, PartialDate to) => new TimeWindow(true, from.FirstDayNumber, to.LastDayNumber);
    }
}

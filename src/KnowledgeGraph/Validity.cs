using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// When a relation holds: an interval from one <see cref="PartialDate"/> to another with either end open,
    /// or a single point in time for something that happened once.
    /// </summary>
    /// <remarks>
    /// <para>An interval runs from the first day of <see cref="From"/> to the last day of <see cref="To"/>;
    /// a missing end is open. <see cref="Always"/> (both ends open) is also what an undated fact gets: it is
    /// not known to have started or ended.</para>
    /// <para>An instant (<see cref="At"/>) covers the period its date names: <c>at 2022-12</c> is some time in
    /// December 2022.</para>
    /// <para>This type is an immutable value type and is safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public readonly struct Validity : IEquatable<Validity>
    {
        private readonly PartialDate _from;
        private readonly PartialDate _to;
        private readonly bool _instant;

        // Day numbers plus one, so that the default value (0) means an open end and default(Validity) is Always.
        private readonly int _startPlusOne;
        private readonly int _endPlusOne;

        private Validity(PartialDate from, PartialDate to, bool instant)
        {
            _from = from;
            _to = to;
            _instant = instant;
            _startPlusOne = from.IsDefault ? 0 : from.FirstDayNumber + 1;
            _endPlusOne = to.IsDefault ? 0 : to.LastDayNumber + 1;
        }

        /// <summary>Gets a validity with both ends open: always, or not known to be bounded.</summary>
        public static Validity Always => default;

        /// <summary>Gets the start, or <c>null</c> when the start is open. For an instant, its date.</summary>
        public PartialDate? From => _from.IsDefault ? null : _from;

        /// <summary>Gets the end, or <c>null</c> when the end is open. For an instant, its date.</summary>
        public PartialDate? To => _to.IsDefault ? null : _to;

        /// <summary>Gets the date of an instant, or <c>null</c> for an interval.</summary>
        public PartialDate? At => _instant ? _from : null;

        /// <summary>Gets whether this is a single point in time rather than an interval.</summary>
        public bool IsInstant => _instant;

        /// <summary>Gets whether both ends are open (an undated or permanent fact).</summary>
        public bool IsAlways => !_instant && _from.IsDefault && _to.IsDefault;

        /// <summary>Gets the first day covered, as a day number, or <see cref="int.MinValue"/> when open.</summary>
        internal int StartDay => _startPlusOne == 0 ? int.MinValue : _startPlusOne - 1;

        /// <summary>Gets the last day covered, as a day number, or <see cref="int.MaxValue"/> when open.</summary>
        internal int EndDay => _endPlusOne == 0 ? int.MaxValue : _endPlusOne - 1;

        /// <summary>Creates an interval; either end may be <c>null</c> for an open end.</summary>
        /// <param name="from">The start, or <c>null</c>.</param>
        /// <param name="to">The end, or <c>null</c>.</param>
        /// <returns>The interval.</returns>
        /// <exception cref="ArgumentException">The interval ends before it starts.</exception>
        public static Validity Between(PartialDate? from, PartialDate? to)
        {
            if (from.HasValue && to.HasValue && to.Value.LastDayNumber < from.Value.FirstDayNumber)
            {
                throw new ArgumentException($"The interval ends ({to}) before it starts ({from}).", nameof(to));
            }

            return new Validity(from ?? default, to ?? default, false);
        }

        /// <summary>Creates an interval open at its end.</summary>
        /// <param name="from">The start.</param>
        /// <returns>The interval.</returns>
        public static Validity Since(PartialDate from) => new Validity(from, default, false);

        /// <summary>Creates an interval open at its start.</summary>
        /// <param name="to">The end.</param>
        /// <returns>The interval.</returns>
        public static Validity Until(PartialDate to) => new Validity(default, to, false);

        /// <summary>Creates a single point in time.</summary>
        /// <param name="at">When it happened.</param>
        /// <returns>The instant.</returns>
        public static Validity Instant(PartialDate at) => new Validity(at, at, true);

        /// <summary>Gets whether this validity covers some day of the period <paramref name="date"/> names.</summary>
        /// <param name="date">The date.</param>
        /// <returns><c>true</c> when they overlap.</returns>
        public bool Overlaps(PartialDate date) => StartDay <= date.LastDayNumber && date.FirstDayNumber <= EndDay;

        /// <summary>Gets whether this validity and <paramref name="other"/> share a day.</summary>
        /// <param name="other">The other validity.</param>
        /// <returns><c>true</c> when they overlap.</returns>
        public bool Overlaps(Validity other) => StartDay <= other.EndDay && other.StartDay <= EndDay;

        /// <summary>
        /// Gets whether a relation with this validity belongs to the graph as of <paramref name="date"/>:
        /// an interval must overlap the date's period; an instant must have happened by the end of it.
        /// </summary>
        /// <param name="date">The date of the view.</param>
        /// <returns><c>true</c> when the relation is part of the graph as of that date.</returns>
        public bool HoldsAsOf(PartialDate date) => _instant ? StartDay <= date.LastDayNumber : Overlaps(date);

        /// <summary>
        /// Gets whether a relation with this validity belongs to the graph between two dates: it overlaps the
        /// period from the first day of <paramref name="from"/> to the last day of <paramref name="to"/>.
        /// </summary>
        /// <param name="from">The first date.</param>
        /// <param name="to">The last date.</param>
        /// <returns><c>true</c> when they overlap.</returns>
        public bool HoldsBetween(PartialDate from, PartialDate to) => StartDay <= to.LastDayNumber && from.FirstDayNumber <= EndDay;

        /// <summary>
        /// Gets the period covered by both this validity and <paramref name="other"/> (the validity of a path is
        /// the intersection of its relations' validities), or <c>null</c> when they share no day.
        /// </summary>
        /// <param name="other">The other validity.</param>
        /// <returns>The intersection, or <c>null</c>.</returns>
        public Validity? Intersect(Validity other)
        {
            if (!Overlaps(other))
            {
                return null;
            }

            if (_instant)
            {
                return this;
            }

            if (other._instant)
            {
                return other;
            }

            PartialDate from = StartDay >= other.StartDay ? _from : other._from;
            PartialDate to = EndDay <= other.EndDay ? _to : other._to;
            return new Validity(from, to, false);
        }

        /// <inheritdoc />
        public bool Equals(Validity other) => _from == other._from && _to == other._to && _instant == other._instant;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Validity v && Equals(v);

        /// <inheritdoc />
        public override int GetHashCode() => (_from.GetHashCode() * 397) ^ _to.GetHashCode() ^ (_instant ? 1 : 0);

        /// <summary>Formats the validity for people: <c>1999 – 2021</c>, <c>since 2022-12</c>, <c>until 2021</c>, <c>on 2023-02-25</c> or <c>undated</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            if (_instant)
            {
                return "on " + _from;
            }

            if (_from.IsDefault && _to.IsDefault)
            {
                return "undated";
            }

            if (_to.IsDefault)
            {
                return "since " + _from;
            }

            return _from.IsDefault ? "until " + _to : _from + " – " + _to;
        }

        /// <summary>Compares two validities.</summary>
        public static bool operator ==(Validity left, Validity right) => left.Equals(right);

        /// <summary>Compares two validities.</summary>
        public static bool operator !=(Validity left, Validity right) => !left.Equals(right);
    }
}

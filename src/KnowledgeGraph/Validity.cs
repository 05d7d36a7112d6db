using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// When a relation holds: known (an interval or a point in time, possibly approximate), bounded (not before / not
    /// after some date, observed on some dates), permanent, or unknown. Permanent and unknown are different things.
    /// </summary>
    /// <remarks>
    /// <para><b>Kinds.</b> <see cref="ValidityKind.Known"/>: an interval from the first day of <see cref="From"/> to the last
    /// day of <see cref="To"/> (an open <c>to</c> means ongoing, as in Wikidata; an open <c>from</c> means it always
    /// held before <c>to</c>), or a point in time <see cref="At"/>. <see cref="ValidityKind.Bounded"/>: no known date, but
    /// <see cref="NotBefore"/> / <see cref="NotAfter"/> (Wikidata P1319 / P1326) and/or <see cref="Observed"/> dates on
    /// which a source states the fact in the present tense. <see cref="ValidityKind.Permanent"/>: holds at all times.
    /// <see cref="ValidityKind.Unknown"/>: nothing is known; the default value.</para>
    /// <para><b>States and events.</b> An event (<see cref="IsEvent"/>: a summit attended, a contract signed; <c>at</c>
    /// implies it) holds as of a date once it has happened by the end of that date. A state holds on the days of its
    /// interval.</para>
    /// <para><b>Approximate</b> (<see cref="IsApproximate"/>, EDTF <c>~</c>): each given date is uncertain by one unit of
    /// its precision on either side (year ±1 year, month ±1 month, day ±7 days); where a period touches that margin the
    /// fact may hold.</para>
    /// <para><b>The rule</b> (<see cref="StatusAsOf(PartialDate)"/>, <see cref="StatusBetween"/>) is three-valued and
    /// written once, in <see cref="TimeKey"/>: permanent holds; a known interval holds when it overlaps the period, an
    /// event when it happened by the period's last day; a bounded state does not hold outside its bounds, holds when the
    /// period contains an observed date, and may hold otherwise; an event without a date does not hold before
    /// <c>notBefore</c>, holds from the end of <c>notAfter</c> on, and may hold between. Unknown may hold at any time.</para>
    /// <para><b>Compatibility.</b> <see cref="HoldsAsOf"/> and <see cref="HoldsBetween"/> are "holds or may hold"
    /// (<see cref="UndatedPolicy.Include"/>): for known dates they answer as before, and an undated fact still passes.
    /// <see cref="Always"/> is <see cref="Unknown"/>, the validity undated facts always had.</para>
    /// <para>This type is an immutable value type and is safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public readonly struct Validity : IEquatable<Validity>
    {
        private const byte InstantFlag = 1;
        private const byte EventFlag = 2;
        private const byte ApproximateFlag = 4;

        // 24 bytes, as every relation holds one: the dates, the kind and flags, and the rare parts out of line. The rule's
        // key is worked out from the dates for the common validities (undated, permanent, an exact interval or instant)
        // and kept in _bounds for the others; the constructor checks that the worked-out key is the rule's.
        private readonly PartialDate _from;
        private readonly PartialDate _to;
        private readonly byte _kind;
        private readonly byte _flags;
        private readonly Bounds? _bounds;

        /// <summary>Creates an exact interval (or, with both ends default, the unknown validity): no flags, no bounds, the plain key.</summary>
        private Validity(ValidityKind kind, PartialDate from, PartialDate to)
        {
            _kind = (byte)kind;
            _flags = 0;
            _from = from;
            _to = to;
            _bounds = null;
        }

        private Validity(ValidityKind kind, byte flags, PartialDate from, PartialDate to, PartialDate notBefore, PartialDate notAfter, PartialDate[] observed, TimeKey key)
        {
            _kind = (byte)kind;
            _flags = flags;
            _from = from;
            _to = to;
            _bounds = null;
            _bounds = !notBefore.IsDefault || !notAfter.IsDefault || observed.Length > 0 || !key.Equals(PlainKey)
                ? new Bounds(notBefore, notAfter, observed, key)
                : null;
        }

        /// <summary>Rebuilds a validity from the parts <see cref="GetParts"/> gave (a columnar store keeps them in arrays).</summary>
        private Validity(PartialDate from, PartialDate to, byte kind, byte flags, Bounds? bounds)
        {
            _kind = kind;
            _flags = flags;
            _from = from;
            _to = to;
            _bounds = bounds;
        }

        /// <summary>Gets the parts of the validity, for a columnar store (<see cref="RelationStore"/>): the dates, the kind and flags in one number, and the rare parts (null for most validities).</summary>
        internal object? GetParts(out PartialDate from, out PartialDate to, out ushort kindAndFlags)
        {
            from = _from;
            to = _to;
            kindAndFlags = (ushort)(_kind | (_flags << 8));
            return _bounds;
        }

        /// <summary>Rebuilds a validity from the parts <see cref="GetParts"/> gave.</summary>
        internal static Validity FromParts(PartialDate from, PartialDate to, ushort kindAndFlags, object? rare) => new Validity(from, to, (byte)kindAndFlags, (byte)(kindAndFlags >> 8), (Bounds?)rare);

        /// <summary>Gets the validity of a fact whose time is not known: it may hold at any time. The default value.</summary>
        public static Validity Unknown => default;

        /// <summary>Gets the validity of an undated fact: the same as <see cref="Unknown"/> (kept for compatibility; it never meant "permanent").</summary>
        public static Validity Always => default;

        /// <summary>Gets the validity of a fact that holds at all times (definitional: "Integral is a company in Belarus").</summary>
        public static Validity Permanent { get; } = new Validity(ValidityKind.Permanent, 0, default, default, default, default, Array.Empty<PartialDate>(), TimeKey.Permanent);

        /// <summary>Gets what is known about the time of the fact.</summary>
        public ValidityKind Kind => (ValidityKind)_kind;

        /// <summary>Gets the known start, or <c>null</c> when the start is open or unknown. For an instant, its date.</summary>
        public PartialDate? From => _from.IsDefault ? null : _from;

        /// <summary>Gets the known end, or <c>null</c> when the end is open or unknown. For an instant, its date.</summary>
        public PartialDate? To => _to.IsDefault ? null : _to;

        /// <summary>Gets the date of an instant, or <c>null</c>.</summary>
        public PartialDate? At => (_flags & InstantFlag) != 0 ? _from : null;

        /// <summary>Gets whether this is a single known point in time (<c>at</c>) rather than an interval.</summary>
        public bool IsInstant => (_flags & InstantFlag) != 0;

        /// <summary>Gets whether the fact is an event, something that happened once (<c>at</c> implies it), rather than a state.</summary>
        public bool IsEvent => (_flags & EventFlag) != 0;

        /// <summary>Gets whether the given dates and bounds are approximate (EDTF <c>~</c>).</summary>
        public bool IsApproximate => (_flags & ApproximateFlag) != 0;

        /// <summary>Gets whether the fact holds at all times.</summary>
        public bool IsPermanent => _kind == (byte)ValidityKind.Permanent;

        /// <summary>Gets whether nothing is known about the time of the fact.</summary>
        public bool IsUnknown => _kind == (byte)ValidityKind.Unknown;

        /// <summary>Gets whether the validity has no date and no bound: it is <see cref="ValidityKind.Unknown"/> or <see cref="ValidityKind.Permanent"/>.</summary>
        public bool IsAlways => _kind == (byte)ValidityKind.Unknown || _kind == (byte)ValidityKind.Permanent;

        /// <summary>Gets the earliest date (Wikidata P1319): a state does not hold before it; an event happened no earlier. <c>null</c> when not given.</summary>
        public PartialDate? NotBefore => _bounds == null || _bounds.NotBefore.IsDefault ? null : _bounds.NotBefore;

        /// <summary>Gets the latest date (Wikidata P1326): a state does not hold after it; an event happened no later. <c>null</c> when not given.</summary>
        public PartialDate? NotAfter => _bounds == null || _bounds.NotAfter.IsDefault ? null : _bounds.NotAfter;

        /// <summary>Gets the dates on which a source states the fact in the present tense, in the order given.</summary>
        public IReadOnlyList<PartialDate> Observed => _bounds?.Observed ?? Array.Empty<PartialDate>();

        /// <summary>Gets the compact key the rule runs on (see <see cref="TimeKey"/>).</summary>
        internal TimeKey Key => _bounds?.Key ?? PlainKey;

        /// <summary>
        /// Gets the key of a validity without bounds or margins, from its dates: undated, permanent, an exact interval
        /// [first day of from, last day of to] (open ends unbounded), an exact instant (an event from the first day of at on).
        /// Only meaningful when <see cref="_bounds"/> is null (the constructor keeps the key there when this is not it).
        /// </summary>
        private TimeKey PlainKey
        {
            get
            {
                const int Min = int.MinValue, Max = int.MaxValue;
                switch ((ValidityKind)_kind)
                {
                    case ValidityKind.Permanent:
                        return TimeKey.Permanent;
                    case ValidityKind.Known when _flags == (InstantFlag | EventFlag):
                        int x = _from.FirstDayNumber;
                        return new TimeKey(x, Max, x, Max, null);
                    case ValidityKind.Known when _flags == 0:
                        int lo = _from.IsDefault ? Min : _from.FirstDayNumber, hi = _to.IsDefault ? Max : _to.LastDayNumber;
                        return new TimeKey(lo, hi, lo, hi, null);
                    default:
                        return TimeKey.Unknown;
                }
            }
        }

        /// <summary>Creates a known interval; either end may be <c>null</c> for an open end; both <c>null</c> gives <see cref="Unknown"/>.</summary>
        /// <param name="from">The start, or <c>null</c>.</param>
        /// <param name="to">The end, or <c>null</c>.</param>
        /// <returns>The interval.</returns>
        /// <exception cref="ArgumentException">The interval ends before it starts.</exception>
        public static Validity Between(PartialDate? from, PartialDate? to) => Create(from: from, to: to);

        /// <summary>Creates a known interval open at its end (ongoing).</summary>
        /// <param name="from">The start.</param>
        /// <returns>The interval.</returns>
        public static Validity Since(PartialDate from) => Create(from: from);

        /// <summary>Creates a known interval open at its start.</summary>
        /// <param name="to">The end.</param>
        /// <returns>The interval.</returns>
        public static Validity Until(PartialDate to) => Create(to: to);

        /// <summary>Creates a known point in time: an event on that date.</summary>
        /// <param name="at">When it happened.</param>
        /// <returns>The instant.</returns>
        public static Validity Instant(PartialDate at) => Create(at: at);

        /// <summary>Creates a validity from all its parts, checked as the graph formats check them.</summary>
        /// <param name="from">The known start, or <c>null</c>.</param>
        /// <param name="to">The known end, or <c>null</c>.</param>
        /// <param name="at">The known point in time of an event, or <c>null</c>; not with <paramref name="from"/> or <paramref name="to"/>.</param>
        /// <param name="notBefore">The earliest date, or <c>null</c>; not with a known start.</param>
        /// <param name="notAfter">The latest date, or <c>null</c>; not with a known end.</param>
        /// <param name="observed">Dates on which the fact was observed to hold, or <c>null</c>; only without known dates.</param>
        /// <param name="approximate">Whether the dates and bounds are approximate.</param>
        /// <param name="isEvent">Whether the fact is an event (implied by <paramref name="at"/>); not with an interval.</param>
        /// <returns>The validity.</returns>
        /// <exception cref="ArgumentException">The parts contradict each other; the message says how.</exception>
        public static Validity Create(PartialDate? from = null, PartialDate? to = null, PartialDate? at = null, PartialDate? notBefore = null, PartialDate? notAfter = null, IEnumerable<PartialDate>? observed = null, bool approximate = false, bool isEvent = false)
        {
            PartialDate[]? obs = observed?.ToArray();
            return TryCreate(from, to, at, notBefore, notAfter, obs, approximate, false, isEvent, out Validity v, out string? field, out string? error)
                ? v
                : throw new ArgumentException(error, field);
        }

        /// <summary>
        /// The one place that turns the time fields of a relation into a validity and checks them (every reader calls it):
        /// returns false with the offending field (<c>at</c>, <c>to</c>, <c>time</c>, ...) and a message when they contradict.
        /// </summary>
        internal static bool TryCreate(PartialDate? from, PartialDate? to, PartialDate? at, PartialDate? notBefore, PartialDate? notAfter, IReadOnlyList<PartialDate>? observed, bool approximate, bool permanent, bool isEvent, out Validity validity, out string field, out string error)
        {
            if (!at.HasValue && !notBefore.HasValue && !notAfter.HasValue && (observed == null || observed.Count == 0) && !approximate && !permanent && !isEvent)
            {
                // The common case, an exact interval (either end open) or nothing: the only contradiction is an end before
                // the start (left to the general path below, for its message), and the key is the plain one.
                int lo = from.HasValue ? from.Value.FirstDayNumber : int.MinValue, hi = to.HasValue ? to.Value.LastDayNumber : int.MaxValue;
                if (lo <= hi)
                {
                    validity = new Validity(from.HasValue || to.HasValue ? ValidityKind.Known : ValidityKind.Unknown, from ?? default, to ?? default);
                    field = string.Empty;
                    error = string.Empty;
                    return true;
                }
            }

            validity = default;
            bool hasObserved = observed != null && observed.Count > 0;
            string? problem = Contradiction(from, to, at, notBefore, notAfter, observed, approximate, permanent, isEvent, out field);
            error = problem ?? string.Empty;
            if (problem != null)
            {
                return false;
            }

            if (permanent)
            {
                validity = Permanent;
                return true;
            }

            bool isEventFact = isEvent || at.HasValue;
            byte flags = (byte)((at.HasValue ? InstantFlag : 0) | (isEventFact ? EventFlag : 0) | (approximate ? ApproximateFlag : 0));
            ValidityKind kind = from.HasValue || to.HasValue || at.HasValue ? ValidityKind.Known
                : notBefore.HasValue || notAfter.HasValue || hasObserved ? ValidityKind.Bounded
                : ValidityKind.Unknown;

            TimeKey key = KeyOf(from, to, at, notBefore, notAfter, observed, approximate, isEventFact);
            if (key.Lo > key.Hi || (isEventFact && key.Lo > key.WitnessStart))
            {
                field = to.HasValue ? "to" : "notAfter";
                error = "its dates and bounds leave no day on which it can hold.";
                return false;
            }

            validity = new Validity(kind, flags, at ?? from ?? default, at ?? to ?? default, notBefore ?? default, notAfter ?? default, hasObserved ? observed!.ToArray() : Array.Empty<PartialDate>(), key);
            return true;
        }

        /// <summary>Says how the time fields contradict each other (and which field is to blame), or returns null.</summary>
        private static string? Contradiction(PartialDate? from, PartialDate? to, PartialDate? at, PartialDate? notBefore, PartialDate? notAfter, IReadOnlyList<PartialDate>? observed, bool approximate, bool permanent, bool isEvent, out string field)
        {
            bool hasObserved = observed != null && observed.Count > 0;

            if (permanent)
            {
                if (from.HasValue || to.HasValue || at.HasValue || notBefore.HasValue || notAfter.HasValue || hasObserved || isEvent || approximate)
                {
                    return Fail(out field, "time", "time 'permanent' cannot be combined with dates, bounds, observed dates, 'event' or 'approximate'.");
                }
            }

            if (at.HasValue && (from.HasValue || to.HasValue))
            {
                return Fail(out field, "at", "a point in time ('at') and an interval ('from'/'to') cannot be combined; give one or the other.");
            }

            if (isEvent && (from.HasValue || to.HasValue))
            {
                return Fail(out field, "event", "an event has a point in time ('at') or bounds ('notBefore'/'notAfter'), not an interval ('from'/'to').");
            }

            if (hasObserved && (from.HasValue || to.HasValue || at.HasValue))
            {
                return Fail(out field, "observed", "observed dates are for a fact without known dates; give 'from'/'to'/'at' or 'observed', not both.");
            }

            if (notBefore.HasValue && (from.HasValue || at.HasValue))
            {
                return Fail(out field, "notBefore", "'notBefore' bounds an unknown start; this fact has a known one ('from' or 'at').");
            }

            if (notAfter.HasValue && (to.HasValue || at.HasValue))
            {
                return Fail(out field, "notAfter", "'notAfter' bounds an unknown end; this fact has a known one ('to' or 'at').");
            }

            if (approximate && !(from.HasValue || to.HasValue || at.HasValue || notBefore.HasValue || notAfter.HasValue))
            {
                return Fail(out field, "approximate", "'approximate' needs a date or a bound to qualify.");
            }

            PartialDate? start = from ?? notBefore;
            PartialDate? end = to ?? notAfter;
            if (start.HasValue && end.HasValue && end.Value.LastDayNumber < start.Value.FirstDayNumber)
            {
                return Fail(out field, to.HasValue ? "to" : "notAfter", $"it ends ({end}) before it starts ({start}).");
            }

            if (hasObserved)
            {
                foreach (PartialDate o in observed!)
                {
                    if ((notBefore.HasValue && o.LastDayNumber < notBefore.Value.FirstDayNumber) || (notAfter.HasValue && !isEvent && o.FirstDayNumber > notAfter.Value.LastDayNumber))
                    {
                        return Fail(out field, "observed", $"the observed date {o} is outside its bounds ({Bound("not before", notBefore)}{(notBefore.HasValue && notAfter.HasValue ? ", " : string.Empty)}{Bound("not after", notAfter)}).");
                    }
                }
            }

            field = string.Empty;
            return null;
        }

        private static string Fail(out string field, string name, string message)
        {
            field = name;
            return message;
        }

        /// <summary>Computes the rule's key; see <see cref="TimeKey"/> and the remarks of this type.</summary>
        private static TimeKey KeyOf(PartialDate? from, PartialDate? to, PartialDate? at, PartialDate? notBefore, PartialDate? notAfter, IReadOnlyList<PartialDate>? observed, bool approximate, bool isEvent)
        {
            const int Min = int.MinValue, Max = int.MaxValue;
            int margin = approximate ? 1 : 0;
            if (isEvent)
            {
                // An event happens on one day X in [xLo, xHi]; it holds on every day from X on.
                int xLo, xHi;
                if (at.HasValue)
                {
                    xLo = Shift(at.Value, at.Value.FirstDay, -margin);
                    xHi = Shift(at.Value, at.Value.FirstDay, margin);
                }
                else
                {
                    xLo = notBefore.HasValue ? Shift(notBefore.Value, notBefore.Value.FirstDay, -margin) : Min;
                    xHi = notAfter.HasValue ? Shift(notAfter.Value, notAfter.Value.LastDay, margin) : Max;
                }

                if (observed != null)
                {
                    foreach (PartialDate o in observed)
                    {
                        xHi = Math.Min(xHi, o.LastDayNumber);
                    }
                }

                return new TimeKey(xLo, Max, xHi, Max, null);
            }

            if (from.HasValue || to.HasValue)
            {
                // A state holds on every day of one interval [S, E], S in [sLo, sHi], E in [eLo, eHi], S <= E.
                int sLo, sHi, eLo, eHi;
                if (from.HasValue)
                {
                    sLo = Shift(from.Value, from.Value.FirstDay, -margin);
                    sHi = Shift(from.Value, from.Value.FirstDay, margin);
                }
                else if (notBefore.HasValue)
                {
                    sLo = Shift(notBefore.Value, notBefore.Value.FirstDay, -margin);
                    sHi = Max;
                }
                else
                {
                    sLo = sHi = Min;
                }

                if (to.HasValue)
                {
                    eLo = Shift(to.Value, to.Value.LastDay, -margin);
                    eHi = Shift(to.Value, to.Value.LastDay, margin);
                }
                else if (notAfter.HasValue)
                {
                    eLo = Min;
                    eHi = Shift(notAfter.Value, notAfter.Value.LastDay, margin);
                }
                else
                {
                    eLo = eHi = Max;
                }

                // It holds on some day of [a, b] in every world when the latest start is <= b and the earliest end >= a.
                return new TimeKey(sLo, eHi, Math.Min(sHi, eHi), Math.Max(eLo, sLo), null);
            }

            // A state without known dates holds on some set of days within its bounds, one day of each observed date at least.
            int lo = notBefore.HasValue ? Shift(notBefore.Value, notBefore.Value.FirstDay, -margin) : Min;
            int hi = notAfter.HasValue ? Shift(notAfter.Value, notAfter.Value.LastDay, margin) : Max;
            if (observed == null || observed.Count == 0)
            {
                return new TimeKey(lo, hi, Max, Min, null);
            }

            int[]? more = observed.Count > 1 ? new int[(observed.Count - 1) * 2] : null;
            int ws = Max, we = Min;
            for (int i = 0; i < observed.Count; i++)
            {
                // The observed period, clipped to the bounds, must lie within the period asked about: a reversed witness.
                int s = Math.Min(observed[i].LastDayNumber, hi), e = Math.Max(observed[i].FirstDayNumber, lo);
                if (i == 0)
                {
                    ws = s;
                    we = e;
                }
                else
                {
                    more![(i - 1) * 2] = s;
                    more[((i - 1) * 2) + 1] = e;
                }
            }

            return new TimeKey(lo, hi, ws, we, more);
        }

        /// <summary>The day number of <paramref name="day"/> moved by <paramref name="units"/> units of the date's precision (a day unit is 7 days), clamped to the calendar.</summary>
        private static int Shift(PartialDate date, DateTime day, int units)
        {
            if (units == 0)
            {
                return (int)(day.Ticks / TimeSpan.TicksPerDay);
            }

            int years = day.Year + units;
            DateTime moved;
            if (date.Precision == DatePrecision.Year && (years < 1 || years > 9999))
            {
                moved = years < 1 ? DateTime.MinValue : DateTime.MaxValue;
            }
            else
            {
                try
                {
                    moved = date.Precision switch
                    {
                        DatePrecision.Year => day.AddYears(units),
                        DatePrecision.Month => day.AddMonths(units),
                        _ => day.AddDays(7 * units),
                    };
                }
                catch (ArgumentOutOfRangeException)
                {
                    moved = units < 0 ? DateTime.MinValue : DateTime.MaxValue;
                }
            }

            return (int)(moved.Ticks / TimeSpan.TicksPerDay);
        }

        /// <summary>Gets whether the fact holds as of <paramref name="date"/>: on some day of the period the date names.</summary>
        /// <param name="date">The date of the view.</param>
        /// <returns><see cref="TimeStatus.Holds"/>, <see cref="TimeStatus.MayHold"/> or <see cref="TimeStatus.DoesNotHold"/>.</returns>
        public TimeStatus StatusAsOf(PartialDate date) => Key.Status(date.FirstDayNumber, date.LastDayNumber);

        /// <summary>Gets whether the fact holds on some day between the first day of <paramref name="from"/> and the last day of <paramref name="to"/>.</summary>
        /// <param name="from">The first date of the window.</param>
        /// <param name="to">The last date of the window.</param>
        /// <returns><see cref="TimeStatus.Holds"/> when it certainly holds on some day of the window, <see cref="TimeStatus.DoesNotHold"/> when it certainly holds on none, <see cref="TimeStatus.MayHold"/> otherwise.</returns>
        public TimeStatus StatusBetween(PartialDate from, PartialDate to) => Key.Status(from.FirstDayNumber, to.LastDayNumber);

        /// <summary>Gets whether the fact holds or may hold as of <paramref name="date"/> (<see cref="StatusAsOf"/> is not <see cref="TimeStatus.DoesNotHold"/>).</summary>
        /// <remarks>For known dates this is the rule of earlier versions: an interval must overlap the date's period, an instant must have happened by its end. An undated fact passes, as it always did; use <see cref="StatusAsOf"/> to tell it apart.</remarks>
        /// <param name="date">The date of the view.</param>
        /// <returns><c>true</c> when the relation holds or may hold as of that date.</returns>
        public bool HoldsAsOf(PartialDate date) => StatusAsOf(date) != TimeStatus.DoesNotHold;

        /// <summary>Gets whether the fact holds or may hold on some day between two dates (<see cref="StatusBetween"/> is not <see cref="TimeStatus.DoesNotHold"/>).</summary>
        /// <remarks>An event counts once it has happened by the window's last day, as in <see cref="HoldsAsOf"/>.</remarks>
        /// <param name="from">The first date.</param>
        /// <param name="to">The last date.</param>
        /// <returns><c>true</c> when it holds or may hold in the window.</returns>
        public bool HoldsBetween(PartialDate from, PartialDate to) => StatusBetween(from, to) != TimeStatus.DoesNotHold;

        /// <summary>Gets whether the days on which this fact may hold (or, for an event, may happen) overlap the period <paramref name="date"/> names.</summary>
        /// <param name="date">The date.</param>
        /// <returns><c>true</c> when they overlap.</returns>
        public bool Overlaps(PartialDate date) => SpanStart <= date.LastDayNumber && date.FirstDayNumber <= SpanEnd;

        /// <summary>Gets whether the days on which this fact and <paramref name="other"/> may hold (or happen) share a day.</summary>
        /// <param name="other">The other validity.</param>
        /// <returns><c>true</c> when they overlap.</returns>
        public bool Overlaps(Validity other) => SpanStart <= other.SpanEnd && other.SpanStart <= SpanEnd;

        /// <summary>
        /// Gets the period covered by both this validity and <paramref name="other"/> on their known dates (an unknown,
        /// permanent or bounded validity only excludes), or <c>null</c> when they share no day. For the three-valued
        /// validity of a chain, use the joint rule of <see cref="TimeKey"/>.
        /// </summary>
        /// <param name="other">The other validity.</param>
        /// <returns>The intersection, or <c>null</c>.</returns>
        public Validity? Intersect(Validity other)
        {
            if (!Overlaps(other))
            {
                return null;
            }

            if (Kind != ValidityKind.Known)
            {
                return other.Kind == ValidityKind.Known ? other : this;
            }

            if (other.Kind != ValidityKind.Known || IsInstant)
            {
                return this;
            }

            if (other.IsInstant)
            {
                return other;
            }

            PartialDate? from = !From.HasValue ? other.From : !other.From.HasValue ? From : From.Value.FirstDayNumber >= other.From.Value.FirstDayNumber ? From : other.From;
            PartialDate? to = !To.HasValue ? other.To : !other.To.HasValue ? To : To.Value.LastDayNumber <= other.To.Value.LastDayNumber ? To : other.To;
            if (from.HasValue && to.HasValue && from.Value.FirstDayNumber > to.Value.LastDayNumber)
            {
                // Approximate dates overlap by their margins only (one ends about when the other starts): they held
                // together, if at all, about between the earlier end and the later start.
                return IsApproximate || other.IsApproximate ? Create(from: to, to: from, approximate: true) : null;
            }

            return Create(from: from, to: to, approximate: IsApproximate || other.IsApproximate);
        }

        /// <summary>Returns this validity with evidence from citations: dates on which it was observed, and the date by which it was reported to have happened (which makes it an event).</summary>
        /// <remarks>Known dates and permanence win: evidence adds nothing to them. The result is checked like any other.</remarks>
        internal bool TryWithEvidence(IReadOnlyList<PartialDate> observed, PartialDate? reportedBy, out Validity result, out string field, out string error)
        {
            if (Kind == ValidityKind.Known || Kind == ValidityKind.Permanent || (observed.Count == 0 && !reportedBy.HasValue))
            {
                result = this;
                field = string.Empty;
                error = string.Empty;
                return true;
            }

            bool isEvent = IsEvent || reportedBy.HasValue;
            PartialDate? notAfter = NotAfter;
            if (reportedBy.HasValue && (!notAfter.HasValue || reportedBy.Value.LastDayNumber < notAfter.Value.LastDayNumber))
            {
                notAfter = reportedBy;
            }

            var all = new List<PartialDate>(Observed);
            foreach (PartialDate o in observed)
            {
                if (!all.Contains(o))
                {
                    all.Add(o);
                }
            }

            return TryCreate(null, null, null, NotBefore, notAfter, all, IsApproximate, false, isEvent, out result, out field, out error);
        }

        /// <summary>
        /// Gets the first day of the two-valued span earlier versions used (the known start, the date of an instant, the
        /// hull of bounds; <see cref="int.MinValue"/> when open, unknown or permanent). Kept for code that has not moved to
        /// <see cref="Key"/> and the three-valued rule; it cannot tell unknown from permanent.
        /// </summary>
        internal int StartDay => IsAlways ? int.MinValue : Key.Lo;

        /// <summary>Gets the last day of that span (the known end, the last day of an instant's date; <see cref="int.MaxValue"/> when open, unknown or permanent). See <see cref="StartDay"/>.</summary>
        internal int EndDay => IsAlways ? int.MaxValue : IsInstant ? _to.LastDayNumber : Key.Hi;

        private int SpanStart => _kind == (byte)ValidityKind.Unknown && _bounds == null && _flags == 0 ? int.MinValue : Key.Lo;

        private int SpanEnd => _kind == (byte)ValidityKind.Unknown && _bounds == null && _flags == 0 ? int.MaxValue : IsEvent ? Key.WitnessStart : Key.Hi;

        /// <inheritdoc />
        public bool Equals(Validity other)
        {
            if (_kind != other._kind || _flags != other._flags || _from != other._from || _to != other._to)
            {
                return false;
            }

            // The key follows from the parts compared here; _bounds may exist only to hold it, so compare what it bounds.
            return ReferenceEquals(_bounds, other._bounds)
                || (NotBefore == other.NotBefore && NotAfter == other.NotAfter && Observed.SequenceEqual(other.Observed));
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Validity v && Equals(v);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            int hash = (_from.GetHashCode() * 397) ^ _to.GetHashCode() ^ (_flags << 24) ^ (_kind << 28);
            if (_bounds != null && (!_bounds.NotBefore.IsDefault || !_bounds.NotAfter.IsDefault || _bounds.Observed.Length > 0))
            {
                hash = (hash * 31) ^ _bounds.NotBefore.GetHashCode();
                hash = (hash * 31) ^ _bounds.NotAfter.GetHashCode();
                hash = (hash * 31) ^ _bounds.Observed.Length;
            }

            return hash;
        }

        /// <summary>
        /// Formats the validity for people: <c>1999 – 2021</c>, <c>since 2022-12</c>, <c>until 2021</c>, <c>on 2023-02-25</c>,
        /// <c>about 2020</c>, <c>by 2022-12-21</c>, <c>observed 2023-04-30</c>, <c>not after 2023</c>, <c>permanent</c> or <c>undated</c>.
        /// </summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string about = IsApproximate ? "about " : string.Empty;
            switch (Kind)
            {
                case ValidityKind.Permanent:
                    return "permanent";
                case ValidityKind.Unknown:
                    return IsEvent ? "undated event" : "undated";
            }

            var parts = new List<string>();
            if (IsInstant)
            {
                parts.Add(IsApproximate ? about + _from : "on " + _from);
            }
            else if (Kind == ValidityKind.Known)
            {
                if (_to.IsDefault)
                {
                    parts.Add("since " + about + _from);
                }
                else if (_from.IsDefault)
                {
                    parts.Add("until " + about + _to);
                }
                else
                {
                    parts.Add(about + _from + " – " + about + _to);
                }
            }

            PartialDate? nb = NotBefore, na = NotAfter;
            if (IsEvent && !IsInstant)
            {
                if (nb.HasValue && na.HasValue)
                {
                    parts.Add("between " + about + nb + " and " + about + na);
                }
                else if (na.HasValue)
                {
                    parts.Add("by " + about + na);
                }
                else if (nb.HasValue)
                {
                    parts.Add("not before " + about + nb);
                }
            }
            else
            {
                if (nb.HasValue)
                {
                    parts.Add("not before " + about + nb);
                }

                if (na.HasValue)
                {
                    parts.Add("not after " + about + na);
                }
            }

            if (Observed.Count > 0)
            {
                parts.Add("observed " + string.Join(", ", Observed.Select(o => o.ToString())));
            }

            return string.Join(", ", parts);
        }

        /// <summary>Compares two validities.</summary>
        public static bool operator ==(Validity left, Validity right) => left.Equals(right);

        /// <summary>Compares two validities.</summary>
        public static bool operator !=(Validity left, Validity right) => !left.Equals(right);

        private static string Bound(string what, PartialDate? date) => date.HasValue ? what + " " + date.Value.ToString() : string.Empty;

        /// <summary>The rare parts of a validity (bounds, observed dates, and the rule's key when the dates alone do not give it), kept out of line so that the struct stays small.</summary>
        private sealed class Bounds
        {
            public Bounds(PartialDate notBefore, PartialDate notAfter, PartialDate[] observed, TimeKey key)
            {
                NotBefore = notBefore;
                NotAfter = notAfter;
                Observed = observed;
                Key = key;
            }

            public PartialDate NotBefore { get; }

            public PartialDate NotAfter { get; }

            public PartialDate[] Observed { get; }

            public TimeKey Key { get; }
        }
    }
}

using System;
using System.Globalization;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// A calendar date known to the year, the month or the day, which keeps its precision:
    /// <c>1999</c>, <c>2022-12</c>, <c>2023-02-25</c>.
    /// </summary>
    /// <remarks>
    /// <para>A partial date stands for the whole period it names: <c>2022-12</c> is every day of December 2022.
    /// <see cref="FirstDay"/> and <see cref="LastDay"/> give the bounds of that period.</para>
    /// <para>Ordering (<see cref="CompareTo(PartialDate)"/>) is chronological by first day; where two dates start on the same
    /// day, the less precise one comes first, so <c>2022</c> &lt; <c>2022-01</c> &lt; <c>2022-01-01</c>
    /// &lt; <c>2022-12</c> &lt; <c>2022-12-21</c>. This is the order used by timelines.</para>
    /// <para>This type is an immutable value type and is safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
    {
        private readonly short _year;
        private readonly byte _month;
        private readonly byte _day;

        /// <summary>Creates a date known to the year.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
        public PartialDate(int year)
            : this(year, 0, 0)
        {
        }

        /// <summary>Creates a date known to the month.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <param name="month">The month, 1 to 12.</param>
        /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
        public PartialDate(int year, int month)
            : this(year, month, 0)
        {
            if (month == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be 1 to 12.");
            }
        }

        /// <summary>Creates a date known to the day.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <param name="month">The month, 1 to 12 (0 for a date known to the year).</param>
        /// <param name="day">The day of the month (0 for a date known to the month or year).</param>
        /// <exception cref="ArgumentOutOfRangeException">A part is out of range or the day does not exist in that month.</exception>
        public PartialDate(int year, int month, int day)
        {
            string? problem = Check(year, month, day);
            if (problem != null)
            {
                throw new ArgumentOutOfRangeException(nameof(year), problem);
            }

            _year = (short)year;
            _month = (byte)month;
            _day = (byte)day;
        }

        /// <summary>Gets the year.</summary>
        public int Year => _year;

        /// <summary>Gets the month, or <c>null</c> when only the year is known.</summary>
        public int? Month => _month == 0 ? null : _month;

        /// <summary>Gets the day of the month, or <c>null</c> when it is not known.</summary>
        public int? Day => _day == 0 ? null : _day;

        /// <summary>Gets how much of the date is known.</summary>
        public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

        /// <summary>Gets the first day of the period this date names (midnight, <see cref="DateTimeKind.Unspecified"/>).</summary>
        public DateTime FirstDay => new DateTime(_year == 0 ? 1 : _year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

        /// <summary>Gets the last day of the period this date names.</summary>
        public DateTime LastDay
        {
            get
            {
                int year = _year == 0 ? 1 : _year;
                if (_day != 0)
                {
                    return new DateTime(year, _month, _day);
                }

                int month = _month == 0 ? 12 : _month;
                return new DateTime(year, month, DateTime.DaysInMonth(year, month));
            }
        }

        /// <summary>Gets the first day of the period as a day number (days since 0001-01-01), for fast comparisons.</summary>
        internal int FirstDayNumber => (int)(FirstDay.Ticks / TimeSpan.TicksPerDay);

        /// <summary>Gets the last day of the period as a day number (days since 0001-01-01).</summary>
        internal int LastDayNumber => (int)(LastDay.Ticks / TimeSpan.TicksPerDay);

        /// <summary>Gets whether this is the default value, which is not a valid date.</summary>
        internal bool IsDefault => _year == 0;

        /// <summary>Creates a date known to the day from a <see cref="DateTime"/>.</summary>
        /// <param name="date">The date; its time of day is ignored.</param>
        /// <returns>The date, to the day.</returns>
        public static PartialDate FromDateTime(DateTime date) => new PartialDate(date.Year, date.Month, date.Day);

        /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
        /// <param name="text">The text to parse.</param>
        /// <returns>The date.</returns>
        /// <exception cref="FormatException">The text is not a valid partial date; the message says why.</exception>
        public static PartialDate Parse(string text)
        {
            if (TryParse(text, out PartialDate date, out string? error))
            {
                return date;
            }

            throw new FormatException(error);
        }

        /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
        /// <param name="text">The text to parse.</param>
        /// <param name="date">The date, when the text is valid.</param>
        /// <returns><c>true</c> when the text is a valid partial date.</returns>
        public static bool TryParse(string? text, out PartialDate date) => TryParse(text, out date, out _);

        /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, saying why it failed.</summary>
        /// <param name="text">The text to parse.</param>
        /// <param name="date">The date, when the text is valid.</param>
        /// <param name="error">Why the text is not a valid date, when it is not.</param>
        /// <returns><c>true</c> when the text is a valid partial date.</returns>
        public static bool TryParse(string? text, out PartialDate date, out string? error)
        {
            date = default;
            if (text == null)
            {
                error = "A date is required.";
                return false;
            }

            string t = text.Trim();
            bool shapeOk = (t.Length == 4 || t.Length == 7 || t.Length == 10)
                && Digits(t, 0, 4)
                && (t.Length < 7 || (t[4] == '-' && Digits(t, 5, 2)))
                && (t.Length < 10 || (t[7] == '-' && Digits(t, 8, 2)));
            if (!shapeOk)
            {
                error = $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.";
                return false;
            }

            int year = int.Parse(t.Substring(0, 4), CultureInfo.InvariantCulture);
            int month = t.Length >= 7 ? int.Parse(t.Substring(5, 2), CultureInfo.InvariantCulture) : 0;
            int day = t.Length == 10 ? int.Parse(t.Substring(8, 2), CultureInfo.InvariantCulture) : 0;
            if ((t.Length >= 7 && month == 0) || (t.Length == 10 && day == 0))
            {
                error = $"'{text}' is not a valid date: month and day start at 01.";
                return false;
            }

            string? problem = Check(year, month, day);
            if (problem != null)
            {
                error = $"'{text}' is not a valid date: {problem}";
                return false;
            }

            date = new PartialDate(year, month, day);
            error = null;
            return true;
        }

        /// <summary>Gets whether the period of this date overlaps that of <paramref name="other"/>.</summary>
        /// <param name="other">The other date.</param>
        /// <returns><c>true</c> when some day belongs to both.</returns>
        public bool Overlaps(PartialDate other) => FirstDayNumber <= other.LastDayNumber && other.FirstDayNumber <= LastDayNumber;

        /// <inheritdoc />
        public int CompareTo(PartialDate other)
        {
            int c = FirstDayNumber.CompareTo(other.FirstDayNumber);
            return c != 0 ? c : Precision.CompareTo(other.Precision);
        }

        /// <inheritdoc />
        public int CompareTo(object? obj) => obj is PartialDate d ? CompareTo(d) : throw new ArgumentException("Not a PartialDate.", nameof(obj));

        /// <inheritdoc />
        public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PartialDate d && Equals(d);

        /// <inheritdoc />
        public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

        /// <summary>Formats the date as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, keeping its precision.</summary>
        /// <returns>The ISO 8601 text of the date.</returns>
        public override string ToString()
        {
            string y = _year.ToString("D4", CultureInfo.InvariantCulture);
            if (_month == 0)
            {
                return y;
            }

            string m = y + "-" + _month.ToString("D2", CultureInfo.InvariantCulture);
            return _day == 0 ? m : m + "-" + _day.ToString("D2", CultureInfo.InvariantCulture);
        }

        /// <summary>Compares two dates for equality of value and precision.</summary>
        public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

        /// <summary>Compares two dates for inequality.</summary>
        public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

        /// <summary>Chronological order; see <see cref="CompareTo(PartialDate)"/>.</summary>
        public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

        /// <summary>Chronological order; see <see cref="CompareTo(PartialDate)"/>.</summary>
        public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

        /// <summary>Chronological order; see <see cref="CompareTo(PartialDate)"/>.</summary>
        public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

        /// <summary>Chronological order; see <see cref="CompareTo(PartialDate)"/>.</summary>
        public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

        private static bool Digits(string s, int start, int count)
        {
            for (int i = start; i < start + count; i++)
            {
                if (s[i] < '0' || s[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static string? Check(int year, int month, int day)
        {
            if (year < 1 || year > 9999)
            {
                return $"the year {year} is not between 1 and 9999.";
            }

            if (month < 0 || month > 12)
            {
                return $"the month {month} is not between 1 and 12.";
            }

            if (day != 0 && month == 0)
            {
                return "a day needs a month.";
            }

            if (day < 0 || (month != 0 && day > DateTime.DaysInMonth(year, month)))
            {
                return $"{year:D4}-{month:D2} has no day {day}.";
            }

            return null;
        }
    }
}

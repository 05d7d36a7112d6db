using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph;

namespace KnowledgeGraph.Tests.Support
{
    /// <summary>The time fields of one relation, as a curator would write them.</summary>
    internal sealed record TimeSpec(PartialDate? From, PartialDate? To, PartialDate? At, PartialDate? NotBefore, PartialDate? NotAfter, PartialDate[] Observed, bool Approximate, bool Permanent, bool Event)
    {
        public bool TryCreate(out Validity validity) =>
            Validity.TryCreate(From, To, At, NotBefore, NotAfter, Observed, Approximate, Permanent, Event, out validity, out _, out _);

        public override string ToString() =>
            $"from={From} to={To} at={At} nb={NotBefore} na={NotAfter} observed=[{string.Join(",", Observed)}] approx={Approximate} permanent={Permanent} event={Event}";
    }

    /// <summary>
    /// A brute-force oracle for the three-valued time rule: it enumerates, day by day over a small calendar, the possible
    /// worlds a relation's time fields allow (the set of days on which it holds in each), and answers "holds" when it
    /// holds on some day of the period in every world, "does not hold" when in none, "may hold" otherwise. It is written
    /// from the rule's definition in TIME-SPEC.md, not from the library's code.
    /// </summary>
    internal static class TimeOracle
    {
        /// <summary>The first day of the calendar; the day before it stands for "any earlier day".</summary>
        public static readonly DateTime CalendarStart = new DateTime(1999, 1, 1);

        /// <summary>The last day of the calendar; the day after it stands for "any later day".</summary>
        public static readonly DateTime CalendarEnd = new DateTime(2004, 12, 31);

        private static int NegInf => Day(CalendarStart) - 1;

        private static int PosInf => Day(CalendarEnd) + 1;

        public static int Day(DateTime d) => (int)(d.Ticks / TimeSpan.TicksPerDay);

        /// <summary>The worlds: each is the set of days on which the fact holds, as a list of day ranges.</summary>
        public static IEnumerable<(int Start, int End)[]> Worlds(TimeSpec s)
        {
            if (s.Permanent)
            {
                yield return new[] { (NegInf, PosInf) };
                yield break;
            }

            bool isEvent = s.Event || s.At.HasValue;
            if (isEvent)
            {
                // One day X on which it happened; it holds from X on.
                IEnumerable<int> xs = s.At.HasValue
                    ? StartRange(s.At.Value, s.Approximate)
                    : Range(s.NotBefore.HasValue ? StartRange(s.NotBefore.Value, s.Approximate).First() : NegInf, s.NotAfter.HasValue ? EndRange(s.NotAfter.Value, s.Approximate).Last() : PosInf);
                foreach (int x in xs)
                {
                    if (s.Observed.All(o => x <= Day(o.LastDay)))
                    {
                        yield return new[] { (x, PosInf) };
                    }
                }

                yield break;
            }

            if (s.From.HasValue || s.To.HasValue)
            {
                // One interval [S, E].
                int[] starts = (s.From.HasValue ? StartRange(s.From.Value, s.Approximate)
                    : s.NotBefore.HasValue ? Range(StartRange(s.NotBefore.Value, s.Approximate).First(), PosInf)
                    : new[] { NegInf }).ToArray();
                int[] ends = (s.To.HasValue ? EndRange(s.To.Value, s.Approximate)
                    : s.NotAfter.HasValue ? Range(NegInf, EndRange(s.NotAfter.Value, s.Approximate).Last())
                    : new[] { PosInf }).ToArray();
                foreach (int a in starts)
                {
                    foreach (int b in ends)
                    {
                        if (a <= b)
                        {
                            yield return new[] { (a, b) };
                        }
                    }
                }

                yield break;
            }

            // Any set of days within the bounds that meets every observed date. The minimal such sets (one day of each
            // observed date) and the maximal one (every day of the bounds) decide the answer: every other world lies
            // between a minimal one and the maximal one.
            int lo = s.NotBefore.HasValue ? StartRange(s.NotBefore.Value, s.Approximate).First() : NegInf;
            int hi = s.NotAfter.HasValue ? EndRange(s.NotAfter.Value, s.Approximate).Last() : PosInf;
            yield return new[] { (lo, hi) };
            var choices = s.Observed.Select(o => Range(Math.Max(lo, Day(o.FirstDay)), Math.Min(hi, Day(o.LastDay))).ToArray()).ToList();
            foreach (int[] pick in Product(choices, 0, new int[choices.Count]))
            {
                yield return pick.Select(d => (d, d)).ToArray();
            }
        }

        /// <summary>The status of the fact on some day of [first, last].</summary>
        public static TimeStatus Status(TimeSpec s, int first, int last)
        {
            bool all = true, none = true;
            foreach ((int Start, int End)[] w in Worlds(s))
            {
                bool hit = w.Any(r => r.Start <= last && r.End >= first);
                all &= hit;
                none &= !hit;
                if (!all && !none)
                {
                    break;
                }
            }

            return all ? TimeStatus.Holds : none ? TimeStatus.DoesNotHold : TimeStatus.MayHold;
        }

        /// <summary>The days certain in every world and possible in some, over the calendar (index 0 is the day before it).</summary>
        public static (bool[] Certain, bool[] Possible) Days(TimeSpec s)
        {
            int n = PosInf - NegInf + 1;
            var certain = Enumerable.Repeat(true, n).ToArray();
            var possible = new bool[n];
            foreach ((int Start, int End)[] w in Worlds(s))
            {
                var inWorld = new bool[n];
                foreach ((int a, int b) in w)
                {
                    for (int d = Math.Max(a, NegInf); d <= Math.Min(b, PosInf); d++)
                    {
                        inWorld[d - NegInf] = true;
                    }
                }

                for (int i = 0; i < n; i++)
                {
                    certain[i] &= inWorld[i];
                    possible[i] |= inWorld[i];
                }
            }

            return (certain, possible);
        }

        /// <summary>Whether a chain holds on one common day of [first, last]: certain for every step on some day, possible for every step on some day, or neither.</summary>
        public static TimeStatus Joint(IReadOnlyList<TimeSpec> steps, int first, int last)
        {
            var days = steps.Select(Days).ToList();
            bool anyCertain = false, anyPossible = false;
            for (int d = Math.Max(first, NegInf); d <= Math.Min(last, PosInf); d++)
            {
                anyCertain |= days.All(x => x.Certain[d - NegInf]);
                anyPossible |= days.All(x => x.Possible[d - NegInf]);
            }

            return anyCertain ? TimeStatus.Holds : anyPossible ? TimeStatus.MayHold : TimeStatus.DoesNotHold;
        }

        /// <summary>How many worlds the oracle would enumerate (to keep samples cheap).</summary>
        public static long WorldCount(TimeSpec s)
        {
            long n = 0;
            foreach (var _ in Worlds(s))
            {
                if (++n > 400_000)
                {
                    break;
                }
            }

            return n;
        }

        /// <summary>The days on which something that starts at the given date may start: its first day, or within one unit either side when approximate.</summary>
        private static IEnumerable<int> StartRange(PartialDate d, bool approximate) =>
            approximate ? Range(Day(Move(d, d.FirstDay, -1)), Day(Move(d, d.FirstDay, 1))) : new[] { Day(d.FirstDay) };

        /// <summary>The days on which something that ends at the given date may end: its last day, or within one unit either side when approximate.</summary>
        private static IEnumerable<int> EndRange(PartialDate d, bool approximate) =>
            approximate ? Range(Day(Move(d, d.LastDay, -1)), Day(Move(d, d.LastDay, 1))) : new[] { Day(d.LastDay) };

        private static DateTime Move(PartialDate d, DateTime day, int units) => d.Precision switch
        {
            DatePrecision.Year => day.AddYears(units),
            DatePrecision.Month => day.AddMonths(units),
            _ => day.AddDays(7 * units),
        };

        private static IEnumerable<int> Range(int from, int to)
        {
            for (int d = Math.Max(from, NegInf); d <= Math.Min(to, PosInf); d++)
            {
                yield return d;
            }
        }

        private static IEnumerable<int[]> Product(List<int[]> choices, int i, int[] pick)
        {
            if (i == choices.Count)
            {
                yield return (int[])pick.Clone();
                yield break;
            }

            foreach (int d in choices[i])
            {
                pick[i] = d;
                foreach (int[] p in Product(choices, i + 1, pick))
                {
                    yield return p;
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>
    /// The three-valued rule (as of a date, between two dates, jointly along a chain) against a brute-force oracle that
    /// enumerates possible worlds day by day (<see cref="TimeOracle"/>), on random known, approximate, bounded, observed,
    /// unknown and permanent validities, and on random graphs saved and loaded again.
    /// </summary>
    public class TimeRulePropertyTests
    {
        private static readonly Gen<PartialDate> GenDate = DatesIn(2001, 2002);

        private static readonly Gen<PartialDate> GenQueryDate = DatesIn(2000, 2003);

        private static readonly Gen<PartialDate?> GenMaybeDate = Gen.Frequency((1, Gen.Const((PartialDate?)null)), (2, GenDate.Select(d => (PartialDate?)d)));

        /// <summary>Random time fields of every shape the format allows, kept when they are consistent and cheap for the oracle.</summary>
        internal static readonly Gen<(TimeSpec Spec, Validity Validity)> GenValidity =
            (from shape in Gen.Int[0, 6]
             from a in GenMaybeDate
             from b in GenMaybeDate
             from observed in GenDate.Array[0, 2]
             from approximate in Gen.Int[0, 3]
             select Shape(shape, a, b, observed, approximate == 0))
            .Select(s => (Spec: s, Ok: s.TryCreate(out Validity v), Validity: v))
            .Where(x => x.Ok && TimeOracle.WorldCount(x.Spec) <= 400_000)
            .Select(x => (x.Spec, x.Validity));

        /// <summary>Dates known to the year, month or day, in the given years.</summary>
        private static Gen<PartialDate> DatesIn(int firstYear, int lastYear) =>
            from year in Gen.Int[firstYear, lastYear]
            from precision in Gen.Int[0, 2]
            from month in Gen.Int[1, 12]
            from day in Gen.Int[1, 28]
            select precision == 0 ? new PartialDate(year) : precision == 1 ? new PartialDate(year, month) : new PartialDate(year, month, day);

        private static TimeSpec Shape(int shape, PartialDate? a, PartialDate? b, PartialDate[] observed, bool approximate)
        {
            var none = Array.Empty<PartialDate>();
            return shape switch
            {
                0 => new TimeSpec(null, null, null, null, null, none, false, false, false), // unknown state
                1 => new TimeSpec(null, null, null, null, null, none, false, true, false), // permanent
                2 => new TimeSpec(a, b, null, null, null, none, approximate && (a.HasValue || b.HasValue), false, false), // known interval
                3 => new TimeSpec(null, null, a ?? b, null, null, none, approximate && (a ?? b).HasValue, false, !(a ?? b).HasValue), // instant, or an undated event
                4 => new TimeSpec(null, null, null, a, b, observed, approximate && (a.HasValue || b.HasValue), false, false), // bounded / observed state
                5 => new TimeSpec(null, null, null, a, b, observed.Take(1).ToArray(), approximate && (a.HasValue || b.HasValue), false, true), // bounded event
                _ => new TimeSpec(a, null, null, null, b, none, approximate && (a.HasValue || b.HasValue), false, false), // known start, end not after
            };
        }

        [Test]
        public void StatusAsOf_MatchesTheOracle()
        {
            Gen.Select(GenValidity, GenQueryDate).Sample((x, date) =>
            {
                TimeStatus expected = TimeOracle.Status(x.Spec, TimeOracle.Day(date.FirstDay), TimeOracle.Day(date.LastDay));
                x.Validity.StatusAsOf(date).Should().Be(expected, "{0} as of {1} ({2})", x.Spec, date, x.Validity);
                x.Validity.HoldsAsOf(date).Should().Be(expected != TimeStatus.DoesNotHold, "HoldsAsOf is 'holds or may hold'");
            }, iter: 1500, threads: 1);
        }

        [Test]
        public void StatusBetween_MatchesTheOracle()
        {
            Gen.Select(GenValidity, GenQueryDate, GenQueryDate).Where(t => t.Item2.FirstDay <= t.Item3.LastDay).Sample((x, from, to) =>
            {
                TimeStatus expected = TimeOracle.Status(x.Spec, TimeOracle.Day(from.FirstDay), TimeOracle.Day(to.LastDay));
                x.Validity.StatusBetween(from, to).Should().Be(expected, "{0} between {1} and {2} ({3})", x.Spec, from, to, x.Validity);
            }, iter: 1000, threads: 1);
        }

        [Test]
        public void Joint_MatchesTheOracle()
        {
            Gen<(TimeSpec Spec, Validity Validity)> cheap = GenValidity.Where(x => TimeOracle.WorldCount(x.Spec) <= 800);
            Gen.Select(cheap.Array[2, 3], GenQueryDate, GenQueryDate).Where(t => t.Item2.FirstDay <= t.Item3.LastDay).Sample((steps, from, to) =>
            {
                int first = TimeOracle.Day(from.FirstDay), last = TimeOracle.Day(to.LastDay);
                TimeStatus expected = TimeOracle.Joint(steps.Select(s => s.Spec).ToList(), first, last);
                TimeKey.Joint(steps.Select(s => s.Validity.Key).ToList(), first, last).Should().Be(expected, "steps {0} between {1} and {2}", string.Join(" | ", steps.Select(s => s.Spec)), from, to);
            }, iter: 400, threads: 1);
        }

        [Test]
        public void RandomGraph_SavedAndLoaded_KeepsEveryValidityAndStatus()
        {
            Gen.Select(GenValidity.Array[1, 6], GenQueryDate.Array[3]).Sample((validities, dates) =>
            {
                var builder = new GraphBuilder().AddEntity("a", "State", "A").AddEntity("b", "State", "B");
                for (int i = 0; i < validities.Length; i++)
                {
                    builder.AddRelation("r" + i, "COOPERATES_WITH", "a", "b", validities[i].Validity);
                }

                Graph loaded = Graph.Parse(builder.Build().ToJson());
                for (int i = 0; i < validities.Length; i++)
                {
                    Validity v = loaded.Relations.Single(r => r.Id == "r" + i).Validity;
                    v.Should().Be(validities[i].Validity, "{0} survives a save and a load", validities[i].Spec);
                    foreach (PartialDate d in dates)
                    {
                        v.StatusAsOf(d).Should().Be(TimeOracle.Status(validities[i].Spec, TimeOracle.Day(d.FirstDay), TimeOracle.Day(d.LastDay)));
                    }
                }
            }, iter: 200, threads: 1);
        }
    }
}

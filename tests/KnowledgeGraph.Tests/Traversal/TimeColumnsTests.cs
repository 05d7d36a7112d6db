using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using KnowledgeGraph.Tests.Model;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Traversal;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>
    /// The traversal layer's time columns answer exactly as the model's three-valued rule (<see cref="Validity.StatusAsOf"/>,
    /// <see cref="Validity.StatusBetween"/>, <see cref="TimeKey.Joint"/>) and the brute-force oracle, on random graphs
    /// with known, bounded, approximate, observed, unknown and permanent validities.
    /// </summary>
    public class TimeColumnsTests
    {
        private static readonly Gen<PartialDate> GenQueryDate =
            from year in Gen.Int[2000, 2003]
            from precision in Gen.Int[0, 2]
            from month in Gen.Int[1, 12]
            from day in Gen.Int[1, 28]
            select precision == 0 ? new PartialDate(year) : precision == 1 ? new PartialDate(year, month) : new PartialDate(year, month, day);

        private static Graph GraphOf(IReadOnlyList<Validity> validities)
        {
            var b = new GraphBuilder().AddEntity("a", "State", "A").AddEntity("b", "State", "B");
            for (int i = 0; i < validities.Count; i++)
            {
                b.AddRelation("r" + i, "COOPERATES_WITH", "a", "b", validities[i]);
            }

            return b.Build();
        }

        [Test]
        public void Test_AsOfAndBetween_IsTheModelsRule_AndTheOracles()
        {
            Gen.Select(TimeRulePropertyTests.GenValidity.Array[1, 8], GenQueryDate, GenQueryDate).Where(t => t.Item2.FirstDay <= t.Item3.LastDay).Sample((xs, from, to) =>
            {
                Graph g = GraphOf(xs.Select(x => x.Validity).ToList());
                var c = new TimeColumns(g);
                for (int r = 0; r < g.EdgeCount; r++)
                {
                    Validity v = g.RelationAt(r).Validity;
                    TimeStatus asOf = c.Test(r, TimeWindow.AsOf(from));
                    asOf.Should().Be(v.StatusAsOf(from), "{0} as of {1}", v, from);
                    asOf.Should().Be(TimeOracle.Status(xs[r].Spec, TimeOracle.Day(from.FirstDay), TimeOracle.Day(from.LastDay)));
                    c.Test(r, TimeWindow.Between(from, to)).Should().Be(v.StatusBetween(from, to), "{0} between {1} and {2}", v, from, to);
                    c.Test(r, TimeWindow.None).Should().Be(TimeStatus.Holds, "without a time every relation is walked");
                }
            }, iter: 300, threads: 1);
        }

        [Test]
        public void Joint_OfAPath_IsTheJointRule_AndTheOracles()
        {
            var cheap = TimeRulePropertyTests.GenValidity.Where(x => TimeOracle.WorldCount(x.Spec) <= 800);
            Gen.Select(cheap.Array[1, 4], GenQueryDate, GenQueryDate).Where(t => t.Item2.FirstDay <= t.Item3.LastDay).Sample((xs, from, to) =>
            {
                Graph g = GraphOf(xs.Select(x => x.Validity).ToList());
                var c = new TimeColumns(g);
                int[] steps = Enumerable.Range(0, xs.Length).Select(r => (r << 1) | 1).ToArray();
                int first = from.FirstDayNumber, last = to.LastDayNumber;
                TimeStatus joint = c.Joint(steps, steps.Length, TimeWindow.Between(from, to));
                joint.Should().Be(TimeKey.Joint(xs.Select(x => x.Validity.Key).ToList(), first, last));
                int a = TimeOracle.Day(from.FirstDay), z = TimeOracle.Day(to.LastDay);
                TimeStatus expected = xs.Length == 1 ? TimeOracle.Status(xs[0].Spec, a, z) : TimeOracle.Joint(xs.Select(x => x.Spec).ToList(), a, z);
                joint.Should().Be(expected, "steps {0} (one step: its own status)", string.Join(" | ", xs.Select(x => x.Spec)));
            }, iter: 300, threads: 1);
        }

        [Test]
        public void Joint_WithoutADate_AtOneTimeEver_IsTheOraclesOverAllTime()
        {
            var cheap = TimeRulePropertyTests.GenValidity.Where(x => TimeOracle.WorldCount(x.Spec) <= 800);
            cheap.Array[1, 4].Sample(xs =>
            {
                Graph g = GraphOf(xs.Select(x => x.Validity).ToList());
                var c = new TimeColumns(g);
                int[] steps = Enumerable.Range(0, xs.Length).Select(r => r << 1).ToArray();
                TimeStatus ever = c.Joint(steps, steps.Length, TimeWindow.None);
                ever.Should().Be(TimeKey.JointEver(xs.Select(x => x.Validity.Key).ToList()));

                // Each asserted fact held at some time: one fact, or one with permanent ones, holds; otherwise the oracle over all time.
                var kept = xs.Where(x => !x.Spec.Permanent).Select(x => x.Spec).ToList();
                TimeStatus expected = kept.Count <= 1 ? TimeStatus.Holds : TimeOracle.Joint(kept, int.MinValue, int.MaxValue);
                ever.Should().Be(expected, "steps {0}", string.Join(" | ", xs.Select(x => x.Spec)));
            }, iter: 300, threads: 1);
        }

        [Test]
        public void Joint_OfTwoFactsOfUnknownTime_MayHold_AndOfDisjointIntervals_DoesNotHold()
        {
            Graph g = GraphOf(new[]
            {
                Validity.Unknown,
                Validity.Unknown,
                Validity.Between(PartialDate.Parse("1990"), PartialDate.Parse("1995")),
                Validity.Between(PartialDate.Parse("2000"), PartialDate.Parse("2005")),
                Validity.Permanent,
            });
            var c = new TimeColumns(g);
            c.Joint(new[] { 0, 2 }, 2, TimeWindow.None).Should().Be(TimeStatus.MayHold);
            c.Joint(new[] { 0 }, 1, TimeWindow.None).Should().Be(TimeStatus.Holds, "an asserted fact held at some time");
            c.Joint(new[] { 0, 8 }, 2, TimeWindow.None).Should().Be(TimeStatus.Holds, "a permanent fact holds whenever the other did");
            c.Joint(new[] { 4, 6 }, 2, TimeWindow.None).Should().Be(TimeStatus.DoesNotHold);
            c.Joint(new[] { 4, 8 }, 2, TimeWindow.AsOf(PartialDate.Parse("1993"))).Should().Be(TimeStatus.Holds);
            c.Joint(new[] { 0 }, 1, TimeWindow.AsOf(PartialDate.Parse("1993"))).Should().Be(TimeStatus.MayHold, "unknown is not always");
        }

        [Test]
        [NonParallelizable]
        public void Test_FromTheStoresTableOfDates_IsTheModelsRule_ForTheGraphAndWhatDerivesFromIt()
        {
            // A store that shares a table of distinct dates hands it to the columns: each table entry is put to the rule once
            // (a graph whose relations all have plain dates), for the store's graph and for a graph derived from it.
            int fromTable = 0;
            Gen.Select(TimeRulePropertyTests.GenValidity.Array[1, 12], GenQueryDate).Sample((xs, day) =>
            {
                int before = RelationStore.ShareTimesFrom;
                RelationStore.ShareTimesFrom = 0;
                Graph g;
                try
                {
                    g = GraphOf(xs.Select(x => x.Validity).ToList());
                }
                finally
                {
                    RelationStore.ShareTimesFrom = before;
                }

                g.Store.SharesTimes.Should().BeTrue();
                foreach (Graph view in new[] { g, g.Where(r => r.Id != "r0") })
                {
                    var c = new TimeColumns(view);
                    fromTable += c.FromStoreTable ? 1 : 0;
                    var asOf = TimeWindow.AsOf(day);
                    ulong[] holds = c.Walkable(asOf, TimeStatus.Holds), may = c.Walkable(asOf, TimeStatus.MayHold);
                    for (int r = 0; r < view.EdgeCount; r++)
                    {
                        Validity v = view.RelationAt(r).Validity;
                        TimeStatus expected = v.StatusAsOf(day);
                        c.Test(r, asOf).Should().Be(expected, "{0} as of {1}", v, day);
                        ((holds[r >> 6] >> r) & 1).Should().Be(expected == TimeStatus.Holds ? 1UL : 0UL, "{0} as of {1}", v, day);
                        ((may[r >> 6] >> r) & 1).Should().Be(expected != TimeStatus.DoesNotHold ? 1UL : 0UL, "{0} as of {1}", v, day);
                    }
                }
            }, iter: 300, threads: 1);
            fromTable.Should().BeGreaterThan(30, "about one random graph in eight has plain dates only (70 of 600 views in a trial run)");
        }

        [TestCase(3_000, true)]
        [TestCase(110_000, false)]
        public void Test_WithFewOrManyDistinctDays_IsTheModelsRule(int relations, bool shared)
        {
            // The columns keep a table of the distinct day numbers and a two-byte number per relation while there are at
            // most 65,536 distinct ones, and each relation's own past that (switching in the middle of the relations here:
            // the first 40,000 repeat a few dates, then every relation has its own day).
            var validities = new List<Validity>();
            var start = new System.DateTime(1850, 1, 1);
            for (int i = 0; i < relations; i++)
            {
                System.DateTime day = start.AddDays(i < 40_000 ? (i % 50) * 400 : i);
                var from = new PartialDate(day.Year, day.Month, day.Day);
                validities.Add(i % 3 == 0 ? Validity.Between(from, null) : i % 3 == 1 ? Validity.Between(from, new PartialDate(day.Year + 2)) : Validity.Instant(from));
            }

            Graph g = GraphOf(validities);
            var c = new TimeColumns(g);
            c.SharesDays.Should().Be(shared);
            var dates = new[] { new PartialDate(1900, 6, 1), new PartialDate(1960), new PartialDate(2020, 3, 4), new PartialDate(2040) };
            var wrong = new List<string>();
            foreach (PartialDate date in dates)
            {
                ulong[] bits = c.Walkable(TimeWindow.AsOf(date), TimeStatus.Holds);
                for (int r = 0; r < g.EdgeCount; r++)
                {
                    TimeStatus expected = validities[r].StatusAsOf(date);
                    if (c.Test(r, TimeWindow.AsOf(date)) != expected || (((bits[r >> 6] >> (r & 63)) & 1) == 1) != (expected == TimeStatus.Holds))
                    {
                        wrong.Add($"relation {r} ({validities[r]}) as of {date}");
                    }
                }
            }

            for (int r = 0; r < g.EdgeCount; r++)
            {
                if (!c.KeyOf(r).Equals(validities[r].Key))
                {
                    wrong.Add($"key of relation {r}");
                }
            }

            wrong.Should().BeEmpty();
        }
    }
}

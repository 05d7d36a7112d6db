using System.Collections.Generic;
using FluentAssertions;
using KnowledgeGraph.Traversal;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>The one time test of the traversal layer answers exactly as <see cref="Validity.HoldsAsOf"/> and <see cref="Validity.HoldsBetween"/> do, for today's known dates.</summary>
    public class TimeColumnsTests
    {
        private static readonly string[] Dates = { "2019", "2020", "2020-06", "2020-06-15", "2021", "2021-12-31", "2022", "2023-01" };

        private static IEnumerable<Validity> Validities()
        {
            yield return Validity.Always;
            foreach (string d in Dates)
            {
                PartialDate p = PartialDate.Parse(d);
                yield return Validity.Since(p);
                yield return Validity.Until(p);
                yield return Validity.Instant(p);
                foreach (string e in Dates)
                {
                    PartialDate q = PartialDate.Parse(e);
                    if (q.LastDayNumber >= p.FirstDayNumber)
                    {
                        yield return Validity.Between(p, q);
                    }
                }
            }
        }

        [Test]
        public void Test_AgreesWithValidity_AsOfAndBetween()
        {
            int checkedCases = 0;
            foreach (Validity v in Validities())
            {
                foreach (string d in Dates)
                {
                    PartialDate date = PartialDate.Parse(d);
                    TimeColumns.Test(v, TimeWindow.AsOf(date)).Should().Be(v.HoldsAsOf(date) ? TimeAnswer.Holds : TimeAnswer.DoesNotHold, $"{v} as of {d}");
                    foreach (string e in Dates)
                    {
                        PartialDate to = PartialDate.Parse(e);
                        TimeColumns.Test(v, TimeWindow.Between(date, to)).Should().Be(v.HoldsBetween(date, to) ? TimeAnswer.Holds : TimeAnswer.DoesNotHold, $"{v} between {d} and {e}");
                        checkedCases++;
                    }
                }
            }

            checkedCases.Should().BeGreaterThan(1000);
        }

        [Test]
        public void Test_NoWindow_Holds_NoJointValidity_DoesNotHold()
        {
            TimeColumns.Test(Validity.Until(PartialDate.Parse("1990")), TimeWindow.None).Should().Be(TimeAnswer.Holds);
            TimeColumns.Test(null, TimeWindow.AsOf(PartialDate.Parse("2020"))).Should().Be(TimeAnswer.DoesNotHold);
        }

        [Test]
        public void Columns_OfAGraph_MatchItsRelations()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B")
                .AddRelation("r1", "DEPENDS_ON", "a", "b", Validity.Between(PartialDate.Parse("2020"), PartialDate.Parse("2021-03")))
                .AddRelation("r2", "DEPENDS_ON", "a", "b", Validity.Instant(PartialDate.Parse("2022-05-01")))
                .AddRelation("r3", "DEPENDS_ON", "a", "b")
                .Build();
            var c = new TimeColumns(g);
            for (int r = 0; r < g.EdgeCount; r++)
            {
                foreach (string d in Dates)
                {
                    PartialDate date = PartialDate.Parse(d);
                    c.Test(r, TimeWindow.AsOf(date)).Should().Be(g.RelationAt(r).Validity.HoldsAsOf(date) ? TimeAnswer.Holds : TimeAnswer.DoesNotHold);
                }
            }

            c.Flags[1].Should().Be(TimeColumns.Instant);
            c.Start[2].Should().Be(int.MinValue);
            c.End[2].Should().Be(int.MaxValue);
        }
    }
}

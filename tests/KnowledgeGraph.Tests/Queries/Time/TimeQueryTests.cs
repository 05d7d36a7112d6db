using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Paths;
using KnowledgeGraph.Queries.Time;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries.Time
{
    public class TimeQueryTests
    {
        private static PartialDate D(string s) => PartialDate.Parse(s);

        [Test]
        public void Timeline_PartialDates_CoarserFirst_UndatedApart()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "State", "A").AddEntity("b", "State", "B")
                .AddRelation("day", "COOPERATES_WITH", "a", "b", Validity.Instant(D("2022-12-21")))
                .AddRelation("year", "COOPERATES_WITH", "a", "b", Validity.Instant(D("2022")))
                .AddRelation("undated", "TRADES_WITH", "a", "b")
                .AddRelation("month", "COOPERATES_WITH", "a", "b", Validity.Instant(D("2022-12")))
                .AddRelation("first-day", "COOPERATES_WITH", "b", "a", Validity.Instant(D("2022-12-01")))
                .AddRelation("interval", "TRADES_WITH", "b", "a", Validity.Between(D("2021"), D("2023-01")))
                .Build();
            Timeline t = g.Timeline(g.GetEntity("a"));
            t.Entries.Select(e => e.Relation.Id + "@" + e.Date + ":" + e.Kind).Should().Equal(
                "interval@2021:Started",
                "year@2022:Happened",
                "month@2022-12:Happened",
                "first-day@2022-12-01:Happened",
                "day@2022-12-21:Happened",
                "interval@2023-01:Ended");
            t.Undated.Select(e => e.Relation.Id).Should().Equal("undated");
            t.Explain().Should().Contain("Undated or permanent:").And.Contain("2022-12-21  happened");
            t.Explain().IndexOf("Undated or permanent:", System.StringComparison.Ordinal).Should().BeGreaterThan(t.Explain().IndexOf("2023-01", System.StringComparison.Ordinal));
        }

        [Test]
        public void Timeline_UnionState_BelarusInDateOrder()
        {
            Graph g = CuratedGraphs.UnionState;
            Timeline t = g.Timeline(g.GetEntity("belarus"));
            t.Entries.Select(e => e.Date!.Value).Should().BeInAscendingOrder();
            t.Entries.Select(e => e.Relation.Id).Should().ContainInOrder("belarus-member-of-union-state", "belarus-party-to-oil-gas-contracts-2022");
            t.Entries.First().Date.Should().Be(D("1999"));
            t.Undated.Should().NotBeEmpty();
            t.ToHtml().Should().Contain("<table>").And.Contain("belarus-party-to-oil-gas-contracts-2022".Split('-')[0]);
        }

        [Test]
        public void Diff_ListsRelationsThatAppearedAndEnded()
        {
            Graph g = QueryFixtures.Small();
            GraphDiff d = g.Diff(D("2021"), D("2023"));
            d.Appeared.Select(r => r.Id).Should().Equal("integral-supplies-russia", "lukashenka-at-summit");
            d.Ended.Select(r => r.Id).Should().Equal("russia-depends-on-planar");
            d.Unchanged.Should().Be(2, "the two relations known to hold in 2021 and 2023; the undated ones are unknown at both, not unchanged");
            d.UnknownAtBoth.Should().HaveCount(g.EdgeCount - 5);
            d.Explain().Should().Contain("+ Integral (integral) -SUPPLIES-> Russia (russia) [since 2022-12]").And.Contain("- Russia (russia) -DEPENDS_ON-> Planar (planar) [2015 – 2021]");
            g.Diff(D("2023"), D("2024")).IsEmpty.Should().BeTrue();
        }

        [Test]
        public void Diff_UnionState_OilAndGasContractsAppearBetween2021And2023()
        {
            Graph g = CuratedGraphs.UnionState;
            GraphDiff d = g.Diff(D("2021"), D("2023"));
            d.Appeared.Select(r => r.Id).Should().Contain("belarus-party-to-oil-gas-contracts-2022").And.Contain("putin-stated-putin-statement-2022-05");
            d.Appeared.Select(r => r.Id).Should().NotContain("belarus-member-of-union-state", "it held already in 2021");
            d.Ended.Should().BeEmpty("the article gives Russia's microelectronics capabilities no start: in 2021 they may hold, so they did not certainly end");
            d.MayHaveEnded.Select(r => r.Id).Should().Equal(new[] { "russia-produces-microelectronics" }, "the only end the article bounds: 'largely lost' by May 2022");
        }

        [Test]
        public void AsOf_UnionState_RelationOfDecember2022_IsAbsentIn2021()
        {
            Graph g = CuratedGraphs.UnionState;
            PathQuery q = g.Paths(g.GetEntity("belarus"), g.GetEntity("oil-gas-contracts-2022")).Via("PARTY_TO>");
            q.AsOf(D("2021")).Shortest().Found.Should().BeFalse();
            q.AsOf(D("2023")).Shortest().First!.Validity!.Value.At.Should().Be(D("2022-12"));
            g.AsOf(D("2021")).TryGetEdge(g.GetEntity("belarus"), g.GetEntity("oil-gas-contracts-2022"), out _).Should().BeFalse();
        }
    }
}

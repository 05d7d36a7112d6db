using System;
using System.Linq;
using System.Threading;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Paths;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries.Paths
{
    public class PathQueryTests
    {
        private static readonly Graph G = QueryFixtures.Small();

        private static Entity E(string id) => G.GetEntity(id);

        [Test]
        public void Via_ReverseSupplies_WalksFromTheSuppliedToTheSupplier()
        {
            PathResult r = G.Paths(E("russia"), E("integral")).Via("<SUPPLIES").Shortest();
            r.First!.ToString().Should().Be("russia <-SUPPLIES- integral");
            G.Paths(E("russia"), E("integral")).Via("SUPPLIES>").Shortest().Found.Should().BeFalse();
        }

        [Test]
        public void Via_ApocSpec_CombinesTypesAndDirections()
        {
            PathResult r = G.Paths(E("belarus"), E("planar")).Via("DEPENDS_ON>|<SUPPLIES|COOPERATES_WITH").AllSimple();
            r.Paths.Select(p => p.ToString()).Should().Equal(
                "belarus -COOPERATES_WITH- russia -DEPENDS_ON-> planar",
                "belarus -COOPERATES_WITH- russia <-SUPPLIES- integral <-SUPPLIES- planar");
        }

        [Test]
        public void Directed_UndirectedTypeIsStillWalkedBothWays()
        {
            G.Paths(E("russia"), E("belarus")).Via("COOPERATES_WITH>").Shortest().Found.Should().BeTrue("COOPERATES_WITH has no direction");
            G.Paths(E("belarus"), E("lukashenka")).Directed().Shortest().Found.Should().BeFalse("LEADS points from the person to the state");
            G.Paths(E("lukashenka"), E("belarus")).Directed().Shortest().First!.Length.Should().Be(1);
        }

        [Test]
        public void AvoidKinds_IntermediatesOfThatKindAreNotEntered_ButEndsAre()
        {
            G.Paths(E("lukashenka"), E("integral")).Shortest().First!.Length.Should().Be(2);
            G.Paths(E("lukashenka"), E("integral")).AvoidKinds("State").Shortest().Found.Should().BeFalse();
            G.Paths(E("lukashenka"), E("belarus")).AvoidKinds("State", "Person").Shortest().Found.Should().BeTrue("the ends are never filtered");
            G.Paths(E("russia"), E("lukashenka")).OnlyKinds("State").Shortest().First!.ToString().Should().Be("russia -COOPERATES_WITH- belarus <-LEADS- lukashenka");
            G.Paths(E("planar"), E("belarus")).StopAtKinds("Company").AllSimple().Paths.Select(p => p.ToString())
                .Should().Equal("planar <-DEPENDS_ON- russia -COOPERATES_WITH- belarus");
        }

        [Test]
        public void AvoidKinds_SubKindsAreCovered()
        {
            G.Paths(E("lukashenka"), E("union")).AvoidKinds("Event").AllSimple().Paths.Should().OnlyContain(p => !p.Entities.Any(x => x.Id == "summit"));
            G.Paths(E("russia"), E("lukashenka")).Via("*").AvoidKinds("Organization").Shortest().Found.Should().BeTrue();
        }

        [Test]
        public void AsOf_RelationValidFromDecember2022_IsAbsentIn2021()
        {
            PathQuery q = G.Paths(E("russia"), E("integral")).Via("<SUPPLIES");
            q.AsOf(PartialDate.Parse("2021")).Shortest().Found.Should().BeFalse();
            q.AsOf(PartialDate.Parse("2022-11")).Shortest().Found.Should().BeFalse();
            q.AsOf(PartialDate.Parse("2022-12")).Shortest().Found.Should().BeTrue();
            q.AsOf(PartialDate.Parse("2022")).Shortest().Found.Should().BeTrue("December 2022 is part of 2022");
        }

        [Test]
        public void AsOf_PathWhoseRelationsNeverHeldTogether_IsNotReturned()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B").AddEntity("c", "Company", "C")
                .AddRelation("ab", "DEPENDS_ON", "a", "b", Validity.Between(PartialDate.Parse("2022-01"), PartialDate.Parse("2022-03")))
                .AddRelation("bc", "DEPENDS_ON", "b", "c", Validity.Between(PartialDate.Parse("2022-10"), PartialDate.Parse("2022-12")))
                .AddRelation("ac-long", "DEPENDS_ON", "a", "c", Validity.Since(PartialDate.Parse("2023")))
                .Build();
            PathQuery q = g.Paths(g.GetEntity("a"), g.GetEntity("c")).AsOf(PartialDate.Parse("2022"));
            q.Shortest().Found.Should().BeFalse("each relation held in 2022, but never both at once");
            q.AllSimple().Found.Should().BeFalse();
            q.AllShortest().Found.Should().BeFalse();
            q.KShortest(3).Found.Should().BeFalse();
            g.Paths(g.GetEntity("a"), g.GetEntity("c")).AsOf(PartialDate.Parse("2022-02")).Shortest().Found.Should().BeFalse();
            g.Paths(g.GetEntity("a"), g.GetEntity("c")).AllSimple().Paths.Single(p => p.Length == 2).Validity.Should().BeNull("the path never held as a whole");
            g.Paths(g.GetEntity("a"), g.GetEntity("c")).AsOf(PartialDate.Parse("2023")).Shortest().First!.ToString().Should().Be("a -DEPENDS_ON-> c");
        }

        [Test]
        public void MaxDepth_StopsTheSearchAndSaysSo()
        {
            PathResult r = G.Paths(E("lukashenka"), E("integral")).MaxDepth(1).Shortest();
            r.Found.Should().BeFalse();
            r.BoundHit.Should().Be(QueryBound.MaxDepth);
            r.Explain().Should().Contain("maximum depth of 1");
            G.Paths(E("lukashenka"), E("integral")).MaxDepth(2).Shortest().Truncated.Should().BeFalse();
        }

        [Test]
        public void MaxResults_KeepsTheShortestAndSaysMoreExist()
        {
            PathResult all = G.Paths(E("russia"), E("integral")).AllSimple();
            all.Paths.Count.Should().BeGreaterThan(2);
            all.Paths.Select(p => p.Length).Should().BeInAscendingOrder();
            PathResult one = G.Paths(E("russia"), E("integral")).MaxResults(1).AllSimple();
            one.Paths.Should().ContainSingle().Which.Length.Should().Be(1);
            one.BoundHit.Should().Be(QueryBound.MaxResults);
            one.Explain().Should().Contain("maximum of 1 results");
        }

        [Test]
        public void AllShortest_ReturnsEveryPathOfTheSmallestLength()
        {
            PathResult r = G.Paths(E("russia"), E("integral")).AllShortest();
            r.Paths.Select(p => p.ToString()).Should().Equal("russia <-SUPPLIES- integral");
            PathResult two = G.Paths(E("lukashenka"), E("russia")).AllShortest();
            two.Paths.Select(p => p.ToString()).Should().BeEquivalentTo("lukashenka -LEADS-> belarus -COOPERATES_WITH- russia");
        }

        [Test]
        public void Cancelled_ThrowsOperationCanceled()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            PathQuery q = G.Paths(E("russia"), E("integral"));
            FluentActions.Invoking(() => q.Shortest(cts.Token)).Should().Throw<OperationCanceledException>();
            FluentActions.Invoking(() => q.AllSimple(cts.Token)).Should().Throw<OperationCanceledException>();
            FluentActions.Invoking(() => q.KShortest(2, cts.Token)).Should().Throw<OperationCanceledException>();
            FluentActions.Invoking(() => q.ShortestWeighted("weight", cts.Token)).Should().Throw<OperationCanceledException>();
            FluentActions.Invoking(() => G.DependenciesOf(E("russia"), cancellationToken: cts.Token)).Should().Throw<OperationCanceledException>();
        }

        [Test]
        public void ShortestWeighted_NegativeWeight_IsRejected()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B")
                .AddRelation("ab", "DEPENDS_ON", "a", "b", properties: PropertyMap.Of("weight", -2.0))
                .Build();
            FluentActions.Invoking(() => g.Paths(g.GetEntity("a"), g.GetEntity("b")).ShortestWeighted("weight"))
                .Should().Throw<NegativeWeightException>().Which.RelationId.Should().Be("ab");
            FluentActions.Invoking(() => g.Paths(g.GetEntity("a"), g.GetEntity("b")).ShortestWeighted(_ => double.NaN))
                .Should().Throw<NegativeWeightException>();
        }

        [Test]
        public void ShortestWeighted_NonNumericProperty_IsAnInvalidQuery()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B")
                .AddRelation("ab", "DEPENDS_ON", "a", "b", properties: PropertyMap.Of("weight", "heavy"))
                .Build();
            FluentActions.Invoking(() => g.Paths(g.GetEntity("a"), g.GetEntity("b")).ShortestWeighted("weight"))
                .Should().Throw<InvalidQueryException>().WithMessage("*'weight'*'ab'*not a number*");
        }

        [Test]
        public void ShortestWeighted_UserFunction_ChoosesTheCheapestPath()
        {
            // Make the direct SUPPLIES relation expensive: the path through Planar is cheaper.
            PathResult r = G.Paths(E("russia"), E("integral")).Via("DEPENDS_ON|SUPPLIES")
                .ShortestWeighted(rel => rel.Id == "integral-supplies-russia" ? 10 : 1);
            r.First!.ToString().Should().Be("russia -DEPENDS_ON-> planar -SUPPLIES-> integral");
            r.Costs[0].Should().Be(2);
            r.IsWeighted.Should().BeTrue();
        }

        [Test]
        public void UnknownTypeOrKind_IsAnInvalidQuery()
        {
            FluentActions.Invoking(() => G.Paths(E("russia"), E("integral")).Via("FRIENDS_WITH>").Shortest())
                .Should().Throw<InvalidQueryException>().WithMessage("*FRIENDS_WITH*not a relation type*");
            FluentActions.Invoking(() => G.Paths(E("russia"), E("integral")).AvoidKinds("Dragon").Shortest())
                .Should().Throw<InvalidQueryException>().WithMessage("*Dragon*");
        }

        [Test]
        public void Explain_ListsStepsWithDatesAndSources_AndHtmlIsEscaped()
        {
            PathResult r = G.Paths(E("russia"), E("integral")).Via("<SUPPLIES").Shortest();
            string text = r.Explain();
            text.Should().Contain("Russia (russia) <-SUPPLIES- Integral (integral) [since 2022-12]");
            text.Should().Contain("source: ");
            string html = r.ToHtml();
            html.Should().Contain("&lt;SUPPLIES").And.Contain("Test &amp; Press");
            string summit = G.Paths(E("lukashenka"), E("summit")).Shortest().ToHtml();
            summit.Should().Contain("Summit &lt;2022&gt;").And.NotContain("<2022>");
        }

        [Test]
        public void Paths_ByName_ResolvesAcrossScripts()
        {
            G.Paths("Россия", "Интеграл").Via("<SUPPLIES").Shortest().Found.Should().BeTrue();
        }

        [Test]
        public void MaxDepth_Huge_IsCappedByTheGraphSize_AndNotReportedAsHit()
        {
            PathResult r = G.Paths(E("russia"), E("integral")).MaxDepth(int.MaxValue).AllSimple();
            r.Found.Should().BeTrue();
            r.Truncated.Should().BeFalse("no simple path can be longer than the graph has entities");
            G.Paths(E("russia"), E("integral")).MaxDepth(int.MaxValue).AllShortest().Found.Should().BeTrue();
        }

        [Test]
        public void Paths_SameStartAndEnd_IsTheEmptyPath()
        {
            G.Paths(E("russia"), E("russia")).Shortest().First!.Length.Should().Be(0);
        }
    }
}

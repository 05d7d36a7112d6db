using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries.Dependencies
{
    public class DependencyAnalysisTests
    {
        private static readonly Graph G = QueryFixtures.Small();

        private static Entity E(string id) => G.GetEntity(id);

        [Test]
        public void DependenciesOf_FollowsDependencyTypesInTheirDeclaredDirection_WithExplainingPaths()
        {
            DependencyReport r = G.DependenciesOf(E("russia"));
            r.Items.Select(d => d.Entity.Id).Should().Equal("integral", "planar");
            Dependency planar = r.Items.Single(d => d.Entity.Id == "planar");
            planar.Paths.Select(p => p.ToString()).Should().Equal(
                "russia -DEPENDS_ON-> planar",
                "russia <-SUPPLIES- integral <-SUPPLIES- planar");
            planar.IsDirect.Should().BeTrue();
            r.Truncated.Should().BeFalse();
        }

        [Test]
        public void DependentsOf_ListsWhoDependsOnIt_PathsFromTheDependent()
        {
            DependencyReport r = G.DependentsOf(E("planar"));
            r.Items.Select(d => d.Entity.Id).Should().Equal("integral", "russia");
            r.Items.Single(d => d.Entity.Id == "russia").Paths.Select(p => p.ToString()).Should().Equal(
                "russia -DEPENDS_ON-> planar",
                "russia <-SUPPLIES- integral <-SUPPLIES- planar");
            G.DependentsOf(E("lukashenka")).Items.Should().BeEmpty("LEADS is not a dependency");
        }

        [Test]
        public void DependenciesOf_AsOf_LeavesOutPathsThatDidNotExistThen()
        {
            QueryOptions in2018 = QueryOptions.Default.WithAsOf(PartialDate.Parse("2018"));
            DependencyReport r = G.DependenciesOf(E("russia"), in2018);
            r.Items.Select(d => d.Entity.Id).Should().Equal("planar");
            r.Items[0].Paths.Should().ContainSingle().Which.ToString().Should().Be("russia -DEPENDS_ON-> planar");

            DependencyReport in2023 = G.DependenciesOf(E("russia"), QueryOptions.Default.WithAsOf(PartialDate.Parse("2023")));
            in2023.Items.Select(d => d.Entity.Id).Should().Equal("integral");
            in2023.MayHold.Select(d => d.Entity.Id).Should().Equal(new[] { "planar" }, "the direct dependency ended in 2021, and Planar's supply to Integral is undated: it may hold");
            in2023.MayHold[0].Depth.Should().Be(2);
            in2023.MayHold[0].Status.Should().Be(TimeStatus.MayHold);
            in2023.Explain().Should().Contain("Not counted as of 2023; may hold").And.Contain("? Planar (planar), through 1 intermediary");
            G.DependenciesOf(E("russia"), QueryOptions.Default.WithAsOf(PartialDate.Parse("2023")).WithUndated(UndatedPolicy.Include)).Items.Select(d => d.Entity.Id)
                .Should().Equal(new[] { "integral", "planar" }, "--undated include counts what may hold");
            G.DependenciesOf(E("russia"), QueryOptions.Default.WithAsOf(PartialDate.Parse("2023")).WithUndated(UndatedPolicy.Exclude)).MayHold.Should().BeEmpty("--undated exclude drops it silently");
        }

        [Test]
        public void DependenciesOf_MaxDepthAndMaxResults_AreReported()
        {
            DependencyReport shallow = G.DependenciesOf(E("russia"), QueryOptions.Default.WithMaxDepth(1));
            shallow.Items.Select(d => d.Entity.Id).Should().Equal("integral", "planar");
            shallow.Items.Single(d => d.Entity.Id == "planar").PathsTruncated.Should().BeTrue("the two-step path is beyond the depth");
            shallow.BoundHit.Should().Be(QueryBound.None, "every entity depended on was found; only a longer explaining path was cut");
            shallow.Explain().Should().Contain("more paths exist");
            G.DependenciesOf(E("lukashenka"), QueryOptions.Default.Via("*").WithMaxDepth(1)).BoundHit.Should().Be(QueryBound.MaxDepth, "entities two steps away were not explored");
            DependencyReport one = G.DependenciesOf(E("russia"), QueryOptions.Default.WithMaxResults(1));
            one.Items.Should().HaveCount(1);
            one.BoundHit.Should().Be(QueryBound.MaxResults);
            one.Explain().Should().Contain("maximum of 1 results");
        }

        [Test]
        public void DependenciesOf_UnionState_RussiaDependsOnIntegral()
        {
            Graph g = CuratedGraphs.UnionState;
            DependencyReport r = g.DependenciesOf(g.GetEntity("russia"));
            r.Items.Select(d => d.Entity.Id).Should().Contain("integral");
            r.Explain().Should().Contain("What Russia (russia) depends on").And.Contain("<-SUPPLIES-").And.Contain("source:");
            r.ToHtml().Should().StartWith("<div").And.Contain("SUPPLIES").And.Contain("Russia depends on Integral through 1 path");
        }
    }
}

using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Neighborhoods;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries.Neighborhoods
{
    public class NeighborhoodTests
    {
        private static readonly Graph G = QueryFixtures.Small();

        [Test]
        public void Neighborhood_Depth1_HasTheNeighboursAndTheRelationsBetweenThem()
        {
            Neighborhood n = G.Neighborhood(G.GetEntity("integral"), 1);
            n.Graph.Entities.Select(e => e.Id).Should().BeEquivalentTo("russia", "belarus", "integral", "planar");
            n.Graph.Relations.Select(r => r.Id).Should().BeEquivalentTo(
                "integral-supplies-russia", "planar-supplies-integral", "integral-located-in-belarus", "belarus-cooperates-russia", "russia-depends-on-planar");
            n.Graph.Sources.Select(s => s.Id).Should().Equal("s1");
            n.Graph.GetEntity("russia").Aliases.Should().Equal("Россия");
        }

        [Test]
        public void Neighborhood_Depth0_IsTheEntityAlone_AndFiltersApply()
        {
            G.Neighborhood(G.GetEntity("integral"), 0).Graph.VertexCount.Should().Be(1);
            Neighborhood deps = G.Neighborhood(G.GetEntity("russia"), 3, QueryOptions.Default.Via(RelationFilter.Dependencies));
            deps.Graph.Entities.Select(e => e.Id).Should().BeEquivalentTo("russia", "integral", "planar");
            Neighborhood in2018 = G.Neighborhood(G.GetEntity("russia"), 1, QueryOptions.Default.WithAsOf(PartialDate.Parse("2018")));
            in2018.Graph.Relations.Select(r => r.Id).Should().NotContain("integral-supplies-russia");
            Neighborhood noPeople = G.Neighborhood(G.GetEntity("belarus"), 2, QueryOptions.Default.AvoidKinds("Person"));
            noPeople.Graph.Entities.Select(e => e.Id).Should().NotContain("lukashenka");
        }

        [Test]
        public void Neighborhood_MaxResults_IsReported()
        {
            Neighborhood n = G.Neighborhood(G.GetEntity("russia"), 3, QueryOptions.Default.WithMaxResults(2));
            n.Graph.VertexCount.Should().Be(2);
            n.Truncated.Should().BeTrue();
            n.Explain().Should().Contain("maximum of 2 entities");
        }

        [Test]
        public void RelationsPage_PagesAreStableAndCoverEveryRelationOnce()
        {
            Graph g = CuratedGraphs.UnionState;
            Entity belarus = g.GetEntity("belarus");
            var all = g.RelationsOf(belarus).ToList();
            all.Count.Should().BeGreaterThan(6);
            var paged = Enumerable.Range(0, (all.Count + 2) / 3).SelectMany(i => g.RelationsPage(belarus, i * 3, 3).Items).ToList();
            paged.Should().Equal(all);
            RelationPage first = g.RelationsPage(belarus, 0, 3);
            first.Total.Should().Be(all.Count);
            first.HasMore.Should().BeTrue();
            g.RelationsPage(belarus, all.Count - 1, 3).HasMore.Should().BeFalse();
            g.RelationsPage(belarus, 0, 100, QueryOptions.Default.Via("MEMBER_OF>")).Items.Select(r => r.Type.Name).Should().OnlyContain(t => t == "MEMBER_OF");
        }
    }
}

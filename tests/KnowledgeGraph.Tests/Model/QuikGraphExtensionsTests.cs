using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>The QuikGraph copies read relations as the library's queries do; the graph itself does not.</summary>
    public class QuikGraphExtensionsTests
    {
        [Test]
        public void ToQuikGraphEitherWay_DijkstraFindsPutinToIntegral_LikeTheLibrary()
        {
            Graph g = CuratedGraphs.UnionState;
            Entity putin = g.GetEntity("putin");
            Entity integral = g.GetEntity("integral");

            g.ShortestPathsDijkstra(r => 1, putin)(integral, out _).Should().BeFalse("on the graph itself QuikGraph walks SUPPLIES only from supplier to supplied");

            var either = g.ToQuikGraphEitherWay();
            either.ShortestPathsDijkstra(e => 1, putin)(integral, out IEnumerable<TaggedEdge<Entity, Relation>>? steps).Should().BeTrue();
            var path = steps!.ToList();
            var ours = g.Paths(putin, integral).Shortest().Paths;
            path.Should().HaveCount(ours[0].Length, "as short as the library's own finder (the curated graph has several shortest paths)");
            path.Select(e => e.Source.Id).First().Should().Be("putin");
            path.Select(e => e.Target.Id).Last().Should().Be("integral");
            for (int i = 1; i < path.Count; i++)
            {
                path[i].Source.Should().Be(path[i - 1].Target, "the steps are chained");
            }

            either.ShortestPathsDijkstra(e => 1, g.GetEntity("russia"))(integral, out IEnumerable<TaggedEdge<Entity, Relation>>? supply).Should().BeTrue();
            TaggedEdge<Entity, Relation> step = supply!.Single();
            step.Tag.Should().Be(g.Paths(g.GetEntity("russia"), integral).Shortest().Paths.Single().Relations.Single(), "the same relation as the library's own finder");
            (step.Source.Id, step.Target.Id, step.Tag.Source.Id).Should().Be(("russia", "integral", "integral"), "the SUPPLIES relation is walked backwards: the edge's ends are swapped, the tag keeps the relation");
        }

        [Test]
        public void ToQuikGraphDirected_UndirectedRelationBothWays_DirectedOneWay()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A")
                .AddEntity("b", "Company", "B")
                .AddEntity("c", "Company", "C")
                .AddRelation("ab", "COOPERATES_WITH", "a", "b")
                .AddRelation("bc", "SUPPLIES", "b", "c")
                .Build();
            g.IsDirectedAcyclicGraph().Should().BeTrue("the graph itself shows COOPERATES_WITH one way: the trap these copies avoid");

            var directed = g.ToQuikGraphDirected();
            directed.VertexCount.Should().Be(3);
            directed.EdgeCount.Should().Be(3, "COOPERATES_WITH twice, SUPPLIES once");
            directed.IsDirectedAcyclicGraph().Should().BeFalse("a and b reach each other");
            directed.ContainsEdge(g.GetEntity("b"), g.GetEntity("a")).Should().BeTrue();
            directed.ContainsEdge(g.GetEntity("c"), g.GetEntity("b")).Should().BeFalse();

            var either = g.ToQuikGraphEitherWay();
            either.EdgeCount.Should().Be(4);
            either.ContainsEdge(g.GetEntity("c"), g.GetEntity("b")).Should().BeTrue();
            either.OutEdges(g.GetEntity("c")).Single().Tag.Id.Should().Be("bc");
        }
    }
}

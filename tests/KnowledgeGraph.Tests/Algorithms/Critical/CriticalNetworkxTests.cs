using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Critical;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Critical
{
    /// <summary>Articulation points, bridges and minimum cut sizes against networkx.</summary>
    public class CriticalNetworkxTests
    {
        private static readonly string[] Classic = AnalyticsOracle.Classic;

        private static readonly int[] Seeds = { 1, 2, 3 };

        private static void BiconnectivityShouldAgree(Graph g, JToken o)
        {
            BiconnectivityResult result = Biconnectivity.Compute(g, new CriticalOptions { Relations = CriticalOptions.AllRelations });
            AnalyticsOracle.Indexes(result.ArticulationPoints).OrderBy(x => x).Should().Equal(o["articulation"]!.Select(x => (int)x));
            result.Bridges.Select(r => AnalyticsOracle.Indexes(new[] { r.Source, r.Target }).OrderBy(x => x).ToArray())
                .OrderBy(p => p[0]).ThenBy(p => p[1])
                .Should().BeEquivalentTo(o["bridges"]!.Select(p => new[] { (int)p[0]!, (int)p[1]! }), opt => opt.WithStrictOrdering());
        }

        private static void CutsShouldAgree(Graph g, JToken o, bool undirected)
        {
            var options = new CriticalOptions { Relations = CriticalOptions.AllRelations, AsUndirected = undirected };
            foreach (JToken pair in o["cuts"]!)
            {
                Entity s = g.GetEntity(AnalyticsOracle.Id((int)pair["s"]!));
                Entity t = g.GetEntity(AnalyticsOracle.Id((int)pair["t"]!));
                MinimumCutResult cut = MinimumCut.Between(g, s, t, options);
                cut.EdgeCut.Should().HaveCount((int)pair["edge"]!, $"edge cut {s.Id}→{t.Id}");
                cut.EdgeCutCapacity.Should().Be((int)pair["edge"]!);
                if (!(bool)pair["adjacent"]!)
                {
                    cut.NodeCut.Should().NotBeNull();
                    cut.NodeCut!.Should().HaveCount((int)pair["node"]!, $"node cut {s.Id}→{t.Id}");
                    var after = g.Where(r => !cut.NodeCut!.Contains(r.Source) && !cut.NodeCut!.Contains(r.Target));
                    if (cut.IsConnected)
                    {
                        MinimumCut.Between(after, s, t, options).IsConnected.Should().BeFalse("removing the node cut disconnects");
                    }
                }

                var withoutEdges = g.Where(r => !cut.EdgeCut.Contains(r));
                MinimumCut.Between(withoutEdges, s, t, options).IsConnected.Should().BeFalse("removing the edge cut disconnects");
            }
        }

        [TestCaseSource(nameof(Classic))]
        public void BiconnectivityAndCuts_ClassicGraph_AgreeWithNetworkx(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            BiconnectivityShouldAgree(g, o);
            CutsShouldAgree(g, o, undirected: true);
        }

        [TestCaseSource(nameof(Seeds))]
        public void BiconnectivityAndCuts_RandomDirectedGraph_AgreeWithNetworkx(int seed)
        {
            JToken o = AnalyticsOracle.RandomDirected(seed, 40, 70);
            Graph undirected = AnalyticsOracle.Build(new JObject { ["n"] = o["n"], ["edges"] = o["uedges"] }, "COOPERATES_WITH");
            BiconnectivityShouldAgree(undirected, o);
            Graph g = AnalyticsOracle.Build(o, "DEPENDS_ON");
            CutsShouldAgree(g, o, undirected: false);
        }

        [Test]
        public void Bridges_ParallelRelations_AreNotBridges()
        {
            Graph g = NetworkxOracle.FromEdges(3, new[] { (0, 1), (0, 1), (1, 2) });
            BiconnectivityResult result = Biconnectivity.Compute(g);
            result.Bridges.Select(r => r.Id).Should().Equal("e2");
            result.ArticulationPoints.Select(e => e.Id).Should().Equal("n1");
        }

        [Test]
        public void Biconnectivity_LongChain_NoStackOverflow()
        {
            const int n = 200_000;
            Graph g = NetworkxOracle.FromEdges(n, Enumerable.Range(0, n - 1).Select(i => (i, i + 1)).ToArray());
            BiconnectivityResult result = Biconnectivity.Compute(g);
            result.ArticulationPoints.Should().HaveCount(n - 2);
            result.Bridges.Should().HaveCount(n - 1);
        }

        [Test]
        public void MinimumCut_LongChain_NoStackOverflow()
        {
            const int n = 200_000;
            Graph g = NetworkxOracle.FromEdges(n, Enumerable.Range(0, n - 1).Select(i => (i, i + 1)).ToArray());
            MinimumCutResult cut = MinimumCut.Between(g, g.GetEntity("n0"), g.GetEntity("n" + (n - 1)));
            cut.EdgeCut.Should().ContainSingle();
            cut.NodeCut.Should().ContainSingle();
            SinglePointsOfFailure.Between(g, g.GetEntity("n0"), g.GetEntity("n50"), new CriticalOptions { MaxDepth = 100 }).Entities.Should().HaveCount(49);
        }

        [Test]
        public void SinglePointsOfFailure_Diamond_FindsTheNarrowing()
        {
            // a depends on b and c; both depend on d; d depends on e: d and d→e are on every path from a to e.
            Graph g = NetworkxOracle.FromEdges(5, new[] { (0, 1), (0, 2), (1, 3), (2, 3), (3, 4) });
            SinglePointsOfFailureResult result = SinglePointsOfFailure.Between(g, g.GetEntity("n0"), g.GetEntity("n4"));
            result.IsConnected.Should().BeTrue();
            result.Entities.Select(e => e.Id).Should().Equal("n3");
            result.Relations.Select(r => r.Id).Should().Equal("e4");
            result.Paths.Should().HaveCount(2);
            result.PathsThrough(g.GetEntity("n1")).Should().HaveCount(1);
            result.Explain().Should().Contain("Single points of failure").And.Contain("n3");
        }

        [Test]
        public void SinglePointsOfFailure_UnionState_RussiaOnIntegralBreaksWithTheSupplyRelation()
        {
            Graph graph = CuratedGraphs.UnionState;
            SinglePointsOfFailureResult result = SinglePointsOfFailure.Between(graph, graph.GetEntity("russia"), graph.GetEntity("integral"));
            result.IsConnected.Should().BeTrue();
            result.Relations.Select(r => r.Id).Should().Equal("integral-supplies-russia");
            result.Paths.Should().ContainSingle();
            result.ToHtml().Should().Contain("integral-supplies-russia");
        }

        [Test]
        public void MinimumCut_SupplyDirection_FollowsDependency()
        {
            Graph graph = CuratedGraphs.UnionState;
            MinimumCutResult cut = MinimumCut.Between(graph, graph.GetEntity("russia"), graph.GetEntity("integral"));
            cut.EdgeCut.Select(r => r.Id).Should().Equal("integral-supplies-russia");
            cut.NodeCut.Should().BeNull("Russia depends on Integral directly");
            MinimumCut.Between(graph, graph.GetEntity("integral"), graph.GetEntity("russia")).IsConnected.Should().BeFalse("Integral does not depend on Russia");
        }
    }
}

using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Communities;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Communities
{
    /// <summary>Louvain and label propagation: modularity checked by networkx (weighted by the graphs' "weight", networkx's default).</summary>
    public class CommunitiesNetworkxTests
    {
        private static readonly string[] Classic = AnalyticsOracle.Classic;

        private static double NetworkxModularity(string generator, CommunityResult result)
        {
            string partition = JsonConvert.SerializeObject(result.Communities.Select(c => AnalyticsOracle.Indexes(c).ToArray()));
            JToken answer = NetworkxOracle.Run($$"""
import json, networkx as nx
from networkx.algorithms import community as nxc
g = nx.{{generator}}()
nodes = list(g.nodes())
parts = json.loads('{{partition}}')
print(json.dumps({"q": nxc.modularity(g, [set(nodes[i] for i in p) for p in parts])}))
""");
            return (double)answer["q"]!;
        }

        [TestCaseSource(nameof(Classic))]
        public void Louvain_ClassicGraph_ModularityCloseToNetworkxLouvain(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            CommunityResult ours = Louvain.Compute(g, new CommunityOptions { Seed = 1, Weight = AnalyticsOracle.Weight });
            double checkedByNetworkx = NetworkxModularity(generator, ours);
            TestContext.Progress.WriteLine($"{generator}: our Louvain modularity {ours.Modularity:0.####} ({ours.Count} communities), networkx's Louvain {(double)o["louvain_modularity"]!:0.####}");
            ours.Modularity.Should().BeApproximately(checkedByNetworkx, 1e-9, "our modularity is networkx's modularity of our partition");
            ours.Modularity.Should().BeGreaterOrEqualTo((double)o["louvain_modularity"]! - 0.03, "Louvain is randomised; ours should be about as good as networkx's");
            ours.Count.Should().BeGreaterThan(1);
        }

        [TestCaseSource(nameof(Classic))]
        public void LabelPropagation_ClassicGraph_ModularityIsNetworkxs(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            CommunityResult ours = LabelPropagation.Compute(g, new CommunityOptions { Seed = 3, Weight = AnalyticsOracle.Weight });
            ours.Modularity.Should().BeApproximately(NetworkxModularity(generator, ours), 1e-9);
            ours.Modularity.Should().BeGreaterThan(0.0);
        }

        [Test]
        public void Louvain_TwoCliquesJoinedByOneEdge_FindsTheCliques()
        {
            var edges = from a in Enumerable.Range(0, 5) from b in Enumerable.Range(0, 5) where a < b select (a, b);
            var both = edges.Concat(edges.Select(e => (e.a + 5, e.b + 5))).Append((0, 5)).ToArray();
            Graph g = NetworkxOracle.FromEdges(10, both, "COOPERATES_WITH");
            foreach (CommunityResult r in new[] { Louvain.Compute(g), LabelPropagation.Compute(g) })
            {
                r.Count.Should().Be(2, r.Method);
                r.CommunityOf(g.GetEntity("n1")).Should().Be(r.CommunityOf(g.GetEntity("n4")));
                r.CommunityOf(g.GetEntity("n1")).Should().NotBe(r.CommunityOf(g.GetEntity("n6")));
            }
        }

        [Test]
        public void Louvain_SameSeed_SameCommunities()
        {
            Graph graph = CuratedGraphs.UnionState;
            Louvain.Compute(graph, new CommunityOptions { Seed = 5 }).Membership
                .Should().Equal(Louvain.Compute(graph, new CommunityOptions { Seed = 5 }).Membership);
        }
    }
}

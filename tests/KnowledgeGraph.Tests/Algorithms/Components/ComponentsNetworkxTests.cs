using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Components;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Components
{
    /// <summary>Connected components and core numbers against networkx.</summary>
    public class ComponentsNetworkxTests
    {
        private static readonly string[] Classic = AnalyticsOracle.Classic;

        private static readonly int[] Seeds = { 1, 2, 3 };

        private static List<List<int>> Sets(JToken token) => token.Select(c => c.Select(v => (int)v).OrderBy(v => v).ToList()).OrderBy(c => c[0]).ToList();

        private static List<List<int>> Sets(ComponentsResult result) => result.Components.Select(c => AnalyticsOracle.Indexes(c).OrderBy(v => v).ToList()).OrderBy(c => c[0]).ToList();

        [TestCaseSource(nameof(Classic))]
        public void WeakAndCore_ClassicGraph_AgreeWithNetworkx(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            ConnectedComponents.Weak(g).Components.Select(c => c.Count).OrderBy(x => x).Should().Equal(o["components"]!.Select(x => (int)x));
            ConnectedComponents.Strong(g).Components.Select(c => c.Count).OrderBy(x => x).Should().Equal(o["components"]!.Select(x => (int)x));
            CoreNumber.Compute(g).Scores.Should().Equal(AnalyticsOracle.Doubles(o["core"]!));
        }

        [TestCaseSource(nameof(Seeds))]
        public void WeakStrongAndCore_RandomDirectedGraph_AgreeWithNetworkx(int seed)
        {
            JToken o = AnalyticsOracle.RandomDirected(seed, 60, 90);
            Graph g = AnalyticsOracle.Build(o, "DEPENDS_ON");
            Sets(ConnectedComponents.Weak(g)).Should().BeEquivalentTo(Sets(o["weak"]!), opt => opt.WithStrictOrdering());
            Sets(ConnectedComponents.Strong(g)).Should().BeEquivalentTo(Sets(o["strong"]!), opt => opt.WithStrictOrdering());
            CoreNumber.Compute(g).Scores.Should().Equal(AnalyticsOracle.Doubles(o["core"]!));
        }

        [Test]
        public void Strong_LongChainWithBackEdge_NoStackOverflow()
        {
            const int n = 200_000;
            var edges = Enumerable.Range(0, n - 1).Select(i => (i, i + 1)).Append((n - 1, 0)).ToArray();
            Graph g = NetworkxOracle.FromEdges(n, edges);
            ComponentsResult strong = ConnectedComponents.Strong(g);
            strong.Count.Should().Be(1);
            strong.Components[0].Should().HaveCount(n);
        }

        [Test]
        public void Strong_UndirectedRelationTypes_LinkBothWaysUnlessAskedNot()
        {
            Graph g = NetworkxOracle.FromEdges(3, new[] { (0, 1), (1, 2) }, "COOPERATES_WITH");
            ConnectedComponents.Strong(g).Count.Should().Be(1);
            ConnectedComponents.Strong(g, undirectedBothWays: false).Count.Should().Be(3);
        }

        [Test]
        public void ComponentOf_UnionState_PutsRussiaAndBelarusTogether()
        {
            Graph graph = CuratedGraphs.UnionState;
            ComponentsResult weak = ConnectedComponents.Weak(graph);
            weak.ComponentOf(graph.GetEntity("russia")).Should().Be(weak.ComponentOf(graph.GetEntity("belarus")));
            weak.ToHtml().Should().Contain("<table");
        }
    }
}

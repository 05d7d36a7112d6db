using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Centrality
{
    public class PageRankTests
    {
        [TestCase(1)]
        [TestCase(2)]
        [TestCase(3)]
        public void Compute_RandomDirectedMultigraph_AgreesWithNetworkx(int seed)
        {
            var oracle = NetworkxOracle.Run($$"""
import json, random, networkx as nx
rnd = random.Random({{seed}})
n = 60
edges = [(rnd.randrange(n), rnd.randrange(n)) for _ in range(150)]
edges = [(s, t) for s, t in edges if s != t]
g = nx.MultiDiGraph(); g.add_nodes_from(range(n)); g.add_edges_from(edges)
pr = nx.pagerank(g, alpha=0.85)
print(json.dumps({"n": n, "edges": edges, "pr": [pr[i] for i in range(n)]}))
""");
            Graph g = NetworkxOracle.FromEdges((int)oracle["n"]!, NetworkxOracle.Edges(oracle["edges"]!));
            double[] ours = PageRank.Compute(g);
            double[] theirs = oracle["pr"]!.Select(t => (double)t).ToArray();
            for (int i = 0; i < ours.Length; i++)
            {
                ours[i].Should().BeApproximately(theirs[i], 1e-6, $"node n{i}");
            }
        }

        [Test]
        public void Compute_EmptyGraph_IsEmpty()
        {
            PageRank.Compute(new GraphBuilder().Build()).Should().BeEmpty();
        }

        [Test]
        public void Compute_ScoresSumToOne()
        {
            PageRank.Compute(CuratedGraphs.UnionState).Sum().Should().BeApproximately(1.0, 1e-9);
        }
    }
}

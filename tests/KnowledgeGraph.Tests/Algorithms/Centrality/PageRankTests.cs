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

        [TestCase(4)]
        [TestCase(5)]
        public void Compute_AsUndirected_AgreesWithNetworkxOnMultiGraphAndGraph(int seed)
        {
            var oracle = NetworkxOracle.Run($$"""
import json, random, networkx as nx
rnd = random.Random({{seed}})
n = 40
edges = [(rnd.randrange(n), rnd.randrange(n)) for _ in range(90)]
edges = [(s, t) for s, t in edges if s != t]
edges += [(t, s) for s, t in edges[:10]]
m = nx.MultiGraph(); m.add_nodes_from(range(n)); m.add_edges_from(edges)
g = nx.Graph(); g.add_nodes_from(range(n)); g.add_edges_from(edges)
d = nx.MultiDiGraph(); d.add_nodes_from(range(n)); d.add_edges_from(edges)
pm = nx.pagerank(m, alpha=0.85)
pg = nx.pagerank(g, alpha=0.85)
pd = nx.pagerank(d, alpha=0.85)
print(json.dumps({"n": n, "edges": edges, "multi": [pm[i] for i in range(n)], "simple": [pg[i] for i in range(n)], "directed": [pd[i] for i in range(n)]}))
""");
            Graph g = NetworkxOracle.FromEdges((int)oracle["n"]!, NetworkxOracle.Edges(oracle["edges"]!));
            void Agree(double[] ours, string key)
            {
                double[] theirs = oracle[key]!.Select(t => (double)t).ToArray();
                for (int i = 0; i < ours.Length; i++)
                {
                    ours[i].Should().BeApproximately(theirs[i], 1e-6, $"{key}: node n{i}");
                }
            }

            Agree(PageRank.Compute(g, new PageRankOptions { AsUndirected = true }), "multi");
            Agree(PageRank.Compute(g, new PageRankOptions { AsUndirected = true, ParallelRelations = ParallelRelations.First }), "simple");
            Agree(PageRank.Compute(g), "directed");
        }

        [Test]
        public void Among_RanksTheChosenEntitiesAmongThemselves_KeepingTheirScores()
        {
            CentralityResult pr = PageRank.Rank(CuratedGraphs.UnionState);
            Ranking actors = pr.Among(e => e.Kind.IsActor);
            actors.Select(s => s.Rank).Should().Equal(Enumerable.Range(1, actors.Count));
            actors.Should().OnlyContain(s => s.Entity.Kind.IsActor && s.Score == pr[s.Entity]);
            actors.Select(s => s.Entity.Id).Should().Equal(pr.Ranking.Where(s => s.Entity.Kind.IsActor).Select(s => s.Entity.Id));
            actors.Of.Should().Be(actors.Count);
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

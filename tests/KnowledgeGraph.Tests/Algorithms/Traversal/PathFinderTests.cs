using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Traversal
{
    public class PathFinderTests
    {
        private static readonly string[] Types = { "OWNS", "DIRECTS", "SUPPLIES", "DEPENDS_ON" };

        /// <summary>A random typed, weighted multigraph and networkx's answers on it (as MultiDiGraph, as peer_bench.py asks them).</summary>
        private static (Graph Graph, Newtonsoft.Json.Linq.JToken Oracle) RandomCase(int seed)
        {
            var oracle = NetworkxOracle.Run($$"""
import json, random, networkx as nx
rnd = random.Random({{seed}})
n = 80
types = ["OWNS", "DIRECTS", "SUPPLIES", "DEPENDS_ON"]
edges = []
for _ in range(200):
    s, t = rnd.randrange(n), rnd.randrange(n)
    if s != t:
        edges.append((s, t, rnd.choice(types), round(rnd.uniform(0.1, 10), 3)))
# parallel relations with different weights
edges += [(s, t, ty, round(w * 3, 3)) for s, t, ty, w in edges[:20]]
g = nx.MultiDiGraph(); g.add_nodes_from(range(n))
for s, t, ty, w in edges:
    g.add_edge(s, t, type=ty, weight=w)
pairs = [(rnd.randrange(n), rnd.randrange(n)) for _ in range(60)] + [(3, 3)]
def hops(view, s, t):
    try: return len(nx.shortest_path(view, s, t)) - 1
    except nx.NetworkXNoPath: return -1
def dist(s, t):
    try: return nx.dijkstra_path_length(g, s, t, weight=lambda u, v, a: min(x["weight"] for x in a.values()))
    except nx.NetworkXNoPath: return -1.0
typed = nx.subgraph_view(g, filter_edge=lambda u, v, k: g[u][v][k]["type"] in {"OWNS", "SUPPLIES"})
bfs = nx.single_source_shortest_path_length(g, 0)
print(json.dumps({"n": n, "edges": edges, "pairs": pairs,
  "hops": [hops(g, s, t) for s, t in pairs], "typed": [hops(typed, s, t) for s, t in pairs],
  "dist": [dist(s, t) for s, t in pairs], "bfs": [bfs.get(i, -1) for i in range(n)]}))
""");
            var b = new GraphBuilder(CsvVocabularies.Open);
            int n = (int)oracle["n"]!;
            for (int i = 0; i < n; i++)
            {
                b.AddEntity("n" + i.ToString(CultureInfo.InvariantCulture), "Company", "Node " + i.ToString(CultureInfo.InvariantCulture));
            }

            int e = 0;
            foreach (var edge in oracle["edges"]!)
            {
                b.AddRelation("e" + (e++).ToString(CultureInfo.InvariantCulture), (string)edge[2]!, "n" + (int)edge[0]!, "n" + (int)edge[1]!,
                    properties: PropertyMap.Of("weight", (double)edge[3]!));
            }

            return (b.Build(), oracle);
        }

        private static Entity N(Graph g, int i) => g.GetEntity("n" + i.ToString(CultureInfo.InvariantCulture));

        [TestCase(1)]
        [TestCase(2)]
        public void HopDistances_RandomMultigraph_AgreesWithNetworkx(int seed)
        {
            (Graph g, var oracle) = RandomCase(seed);
            new PathFinder(g).HopDistances(N(g, 0)).Should().Equal(oracle["bfs"]!.Select(t => (int)t));
        }

        [TestCase(1)]
        [TestCase(2)]
        [TestCase(3)]
        public void HopCountAndFindPath_RandomMultigraph_AgreeWithNetworkx(int seed)
        {
            (Graph g, var oracle) = RandomCase(seed);
            var finder = new PathFinder(g);
            var pairs = oracle["pairs"]!.Select(p => ((int)p[0]!, (int)p[1]!)).ToArray();
            int[] expected = oracle["hops"]!.Select(t => (int)t).ToArray();
            for (int i = 0; i < pairs.Length; i++)
            {
                (int s, int t) = pairs[i];
                finder.HopCount(N(g, s), N(g, t)).Should().Be(expected[i], $"pair {s} -> {t}");
                IReadOnlyList<Relation>? path = finder.FindPath(N(g, s), N(g, t));
                if (expected[i] < 0)
                {
                    path.Should().BeNull();
                    continue;
                }

                path!.Count.Should().Be(expected[i]);
                Entity at = N(g, s);
                foreach (Relation r in path)
                {
                    r.Source.Should().Be(at);
                    at = r.Target;
                }

                at.Should().Be(N(g, t));
            }
        }

        [TestCase(1)]
        [TestCase(2)]
        public void HopCount_WithTypeFilter_AgreesWithNetworkxSubgraphView(int seed)
        {
            (Graph g, var oracle) = RandomCase(seed);
            var finder = new PathFinder(g);
            var pairs = oracle["pairs"]!.Select(p => ((int)p[0]!, (int)p[1]!)).ToArray();
            int[] expected = oracle["typed"]!.Select(t => (int)t).ToArray();
            for (int i = 0; i < pairs.Length; i++)
            {
                finder.HopCount(N(g, pairs[i].Item1), N(g, pairs[i].Item2), t => t.Name is "OWNS" or "SUPPLIES").Should().Be(expected[i]);
                IReadOnlyList<Relation>? path = finder.FindPath(N(g, pairs[i].Item1), N(g, pairs[i].Item2), t => t.Name is "OWNS" or "SUPPLIES");
                (path?.Count ?? -1).Should().Be(expected[i]);
                (path ?? Array.Empty<Relation>()).Where(r => r.Type.Name != "OWNS" && r.Type.Name != "SUPPLIES").Should().BeEmpty();
            }
        }

        [TestCase(1)]
        [TestCase(2)]
        [TestCase(3)]
        public void Distance_RandomMultigraph_AgreesWithNetworkxUsingTheLightestParallelRelation(int seed)
        {
            (Graph g, var oracle) = RandomCase(seed);
            var finder = new PathFinder(g);
            double[] weights = PathFinder.RelationWeights(g, r => r.Properties.GetNumber("weight")!.Value);
            var pairs = oracle["pairs"]!.Select(p => ((int)p[0]!, (int)p[1]!)).ToArray();
            double[] expected = oracle["dist"]!.Select(t => (double)t).ToArray();
            for (int i = 0; i < pairs.Length; i++)
            {
                double d = finder.Distance(N(g, pairs[i].Item1), N(g, pairs[i].Item2), weights);
                if (expected[i] < 0)
                {
                    d.Should().Be(double.PositiveInfinity);
                    finder.FindWeightedPath(N(g, pairs[i].Item1), N(g, pairs[i].Item2), weights).Should().BeNull();
                    continue;
                }

                d.Should().BeApproximately(expected[i], 1e-9);
                finder.FindWeightedPath(N(g, pairs[i].Item1), N(g, pairs[i].Item2), weights)!.Sum(r => weights[IndexOf(g, r)]).Should().BeApproximately(expected[i], 1e-9);
            }
        }

        [Test]
        public void FindPath_UndirectedRelation_IsFollowedBothWays()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B").AddEntity("c", "Company", "C")
                .AddRelation("r1", "COOPERATES_WITH", "b", "a")
                .AddRelation("r2", "SUPPLIES", "b", "c")
                .Build();
            var finder = new PathFinder(g);
            finder.FindPath(g.GetEntity("a"), g.GetEntity("c"))!.Select(r => r.Id).Should().Equal("r1", "r2");
            finder.HopCount(g.GetEntity("c"), g.GetEntity("a")).Should().Be(-1);
            finder.HopDistances(g.GetEntity("a")).Should().Equal(0, 1, 2);
            finder.Distance(g.GetEntity("a"), g.GetEntity("c"), r => 2.0).Should().Be(4.0);
        }

        [Test]
        public void Queries_SameEntity_AreEmptyPaths()
        {
            Graph g = NetworkxOracle.FromEdges(2, new[] { (0, 1) });
            var finder = new PathFinder(g);
            finder.FindPath(N(g, 0), N(g, 0)).Should().BeEmpty();
            finder.HopCount(N(g, 1), N(g, 1)).Should().Be(0);
            finder.Distance(N(g, 0), N(g, 0), r => 1).Should().Be(0);
            finder.FindWeightedPath(N(g, 0), N(g, 0), new[] { 1.0 }).Should().BeEmpty();
        }

        [Test]
        public void Distance_NegativeWeight_Throws()
        {
            Graph g = NetworkxOracle.FromEdges(2, new[] { (0, 1) });
            FluentActions.Invoking(() => new PathFinder(g).Distance(N(g, 0), N(g, 1), new[] { -1.0 })).Should().Throw<NegativeWeightException>()
                .Which.RelationId.Should().Be(g.RelationAt(0).Id);
            FluentActions.Invoking(() => new PathFinder(g).Distance(N(g, 0), N(g, 1), new double[2])).Should().Throw<ArgumentException>();
        }

        [Test]
        public void Queries_EntityOfAnotherGraph_Throw()
        {
            Graph g = NetworkxOracle.FromEdges(2, new[] { (0, 1) });
            Graph other = NetworkxOracle.FromEdges(3, new[] { (0, 1) });
            FluentActions.Invoking(() => new PathFinder(g).HopCount(N(g, 0), N(other, 2))).Should().Throw<EntityNotFoundException>();
        }

        [Test]
        public void ManyQueries_ReuseScratchBuffers_AndStayCorrect()
        {
            Graph g = NetworkxOracle.FromEdges(4, new[] { (0, 1), (1, 2), (2, 3) });
            var finder = new PathFinder(g);
            for (int i = 0; i < 5000; i++)
            {
                finder.HopCount(N(g, i % 4), N(g, 3)).Should().Be(3 - (i % 4));
            }
        }

        private static int IndexOf(Graph g, Relation r)
        {
            for (int i = 0; i < g.Relations.Count; i++)
            {
                if (ReferenceEquals(g.Relations[i], r))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

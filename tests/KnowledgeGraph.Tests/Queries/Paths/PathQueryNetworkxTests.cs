using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Paths;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using static KnowledgeGraph.Tests.Queries.Paths.NetworkxPathOracle;

namespace KnowledgeGraph.Tests.Queries.Paths
{
    /// <summary>Differential tests: the path queries agree with networkx on 20 seeded random directed multigraphs of 30 to 200 nodes, read as directed and as undirected.</summary>
    public class PathQueryNetworkxTests
    {
        private const int Seeds = 20;

        private static PathQuery Query(Graph g, int s, int t, bool directed)
        {
            PathQuery q = g.Paths(Node(g, s), Node(g, t));
            return directed ? q.Directed() : q;
        }

        [TestCase(true)]
        [TestCase(false)]
        public void Shortest_RandomMultigraphs_LengthsAgreeWithNetworkx(bool directed)
        {
            JToken oracle = Run(Prelude(Seeds, 30, 200, 1.0, 2.5, 25) + $$"""
out = []
for n, edges, g, ps in graphs:
    h = g if {{(directed ? "True" : "False")}} else undirected(n, edges)
    res = []
    for s, t in ps:
        try:
            res.append([s, t, nx.shortest_path_length(h, s, t)])
        except nx.NetworkXNoPath:
            res.append([s, t, -1])
    out.append({"n": n, "edges": edges, "pairs": res})
print(json.dumps(out))
""");
            int compared = 0, found = 0;
            foreach (JToken entry in oracle)
            {
                Graph g = Build(entry);
                foreach (var (s, t, expected) in Pairs(entry))
                {
                    PathResult r = Query(g, s, t, directed).Shortest();
                    r.Truncated.Should().BeFalse();
                    int length = r.Found ? r.First!.Length : -1;
                    length.Should().Be((int)expected, $"shortest {s}->{t} ({(directed ? "directed" : "undirected")})");
                    if (!directed)
                    {
                        (g.ShortestPath(Node(g, s), Node(g, t))?.Length ?? -1).Should().Be((int)expected, "BasicQueries.ShortestPath reads the graph as undirected");
                    }
                    if (r.Found)
                    {
                        found++;
                        r.First!.Start.Id.Should().Be("n" + s);
                        r.First!.End.Id.Should().Be("n" + t);
                        if (directed)
                        {
                            r.First!.Steps.Should().OnlyContain(step => step.IsForward);
                        }
                    }

                    compared++;
                }
            }

            compared.Should().BeGreaterThan(Seeds * 20);
            found.Should().BeGreaterThan(compared / 4, "the random graphs must have paths to compare");
        }

        [TestCase(true)]
        [TestCase(false)]
        public void AllShortest_RandomMultigraphs_NodeSequencesAndCountsAgreeWithNetworkx(bool directed)
        {
            JToken oracle = Run(Prelude(Seeds, 30, 200, 1.0, 2.5, 15) + $$"""
out = []
for n, edges, g, ps in graphs:
    h = g if {{(directed ? "True" : "False")}} else undirected(n, edges)
    res = []
    for s, t in ps:
        try:
            paths = [list(p) for p in nx.all_shortest_paths(h, s, t)]
        except nx.NetworkXNoPath:
            paths = []
        count = sum(__import__("math").prod(h.number_of_edges(p[i], p[i + 1]) for i in range(len(p) - 1)) for p in paths)
        res.append([s, t, {"paths": paths, "count": count}])
    out.append({"n": n, "edges": edges, "pairs": res})
print(json.dumps(out))
""");
            int withPaths = 0;
            foreach (JToken entry in oracle)
            {
                Graph g = Build(entry);
                foreach (var (s, t, expected) in Pairs(entry))
                {
                    PathResult r = Query(g, s, t, directed).MaxResults(100000).AllShortest();
                    r.Truncated.Should().BeFalse();
                    var theirs = expected["paths"]!.Select(Key).ToHashSet();
                    r.Paths.Select(Key).ToHashSet().Should().BeEquivalentTo(theirs, $"all shortest {s}->{t}");
                    r.Paths.Count.Should().Be((int)expected["count"]!, "every combination of parallel relations is a distinct path");
                    withPaths += theirs.Count > 0 ? 1 : 0;
                }
            }

            withPaths.Should().BeGreaterThan(50);
        }

        [TestCase(true, 4)]
        [TestCase(false, 3)]
        public void AllSimple_RandomMultigraphs_AgreeWithNetworkxCutoff(bool directed, int cutoff)
        {
            JToken oracle = Run(Prelude(Seeds, 30, 80, 2.0, 3.5, 15) + $$"""
out = []
for n, edges, g, ps in graphs:
    h = g if {{(directed ? "True" : "False")}} else undirected(n, edges)
    res = [[s, t, [list(p) for p in nx.all_simple_paths(h, s, t, cutoff={{cutoff}})]] for s, t in ps]
    out.append({"n": n, "edges": edges, "pairs": res})
print(json.dumps(out))
""");
            int total = 0;
            foreach (JToken entry in oracle)
            {
                Graph g = Build(entry);
                foreach (var (s, t, expected) in Pairs(entry))
                {
                    PathResult r = Query(g, s, t, directed).MaxDepth(cutoff).MaxResults(1000000).AllSimple();
                    r.BoundHit.Should().NotBe(QueryBound.MaxResults);
                    List<string> ours = r.Paths.Select(Key).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
                    List<string> theirs = expected.Select(Key).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
                    ours.Should().Equal(theirs, $"simple paths {s}->{t} up to {cutoff} (as multisets: networkx repeats a path once per parallel edge)");
                    r.Paths.Select(p => p.Length).Should().BeInAscendingOrder("shortest first");
                    total += theirs.Count;
                }
            }

            total.Should().BeGreaterThan(100);
        }

        [TestCase(true)]
        [TestCase(false)]
        public void ShortestWeighted_RandomMultigraphs_DistancesAgreeWithDijkstra(bool directed)
        {
            JToken oracle = Run(Prelude(Seeds, 30, 200, 1.0, 3.0, 25) + $$"""
out = []
for n, edges, g, ps in graphs:
    h = g if {{(directed ? "True" : "False")}} else undirected(n, edges)
    res = []
    for s, t in ps:
        try:
            res.append([s, t, nx.dijkstra_path_length(h, s, t, weight="weight")])
        except nx.NetworkXNoPath:
            res.append([s, t, -1])
    out.append({"n": n, "edges": edges, "pairs": res})
print(json.dumps(out))
""");
            int found = 0;
            foreach (JToken entry in oracle)
            {
                Graph g = Build(entry);
                foreach (var (s, t, expected) in Pairs(entry))
                {
                    PathResult r = Query(g, s, t, directed).ShortestWeighted("weight");
                    double cost = r.Found ? r.Costs[0] : -1;
                    cost.Should().Be((double)expected, $"Dijkstra {s}->{t}");
                    if (r.Found)
                    {
                        found++;
                        r.First!.Relations.Sum(x => x.Properties.GetNumber("weight")!.Value).Should().Be(cost, "the cost is the sum of the path's weights");
                    }
                }
            }

            found.Should().BeGreaterThan(100);
        }

        [TestCase(true, true)]
        [TestCase(true, false)]
        [TestCase(false, true)]
        public void KShortest_RandomMultigraphs_CostsAgreeWithShortestSimplePaths(bool directed, bool weighted)
        {
            const int k = 5;
            JToken oracle = Run(Prelude(Seeds, 30, 120, 1.0, 2.5, 6) + $$"""
out = []
for n, edges, g, ps in graphs:
    d = collapse(g) if {{(directed ? "True" : "False")}} else collapse_undirected(g)
    res = []
    for s, t in ps:
        costs = []
        try:
            for p in itertools.islice(nx.shortest_simple_paths(d, s, t, weight={{(weighted ? "\"weight\"" : "None")}}), {{k}}):
                costs.append(sum(d[p[i]][p[i + 1]]["weight"] for i in range(len(p) - 1)) if {{(weighted ? "True" : "False")}} else len(p) - 1)
        except nx.NetworkXNoPath:
            pass
        res.append([s, t, costs])
    out.append({"n": n, "edges": edges, "pairs": res})
print(json.dumps(out))
""");
            int found = 0;
            foreach (JToken entry in oracle)
            {
                Graph g = Build(entry);
                foreach (var (s, t, expected) in Pairs(entry))
                {
                    PathQuery q = Query(g, s, t, directed);
                    PathResult r = weighted ? q.KShortestWeighted(k, "weight") : q.KShortest(k);
                    r.Costs.Should().Equal(expected.Select(x => (double)x), $"{k} shortest {s}->{t}");
                    r.Paths.Select(Key).Should().OnlyHaveUniqueItems("Yen's paths are distinct sequences of entities");
                    foreach (GraphPath p in r.Paths)
                    {
                        p.Entities.Select(x => x.Id).Should().OnlyHaveUniqueItems("a simple path visits no entity twice");
                    }

                    found += expected.Count();
                }
            }

            found.Should().BeGreaterThan(100);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Paths;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Tests.Queries.Paths
{
    /// <summary>
    /// Differential tests of the filters: typed, directed relation specs, excluded kinds and an as-of date give the
    /// same answers as networkx on the graph those filters describe (edges reversed for &lt;TYPE, both ways for
    /// undirected types, excluded nodes removed, relations not valid that year dropped), on 20 seeded random graphs.
    /// </summary>
    public class FilteredPathNetworkxTests
    {
        private const string Script = """
import json, random, networkx as nx
out = []
for seed in range(20):
    rnd = random.Random(1000 + seed)
    n = rnd.randint(30, 120)
    kinds = ["State" if rnd.random() < 0.25 else "Company" for _ in range(n)]
    rels = []
    for _ in range(int(n * rnd.uniform(3.0, 5.0))):
        s, t = rnd.randrange(n), rnd.randrange(n)
        if s == t:
            continue
        typ = rnd.choice(["DEPENDS_ON", "SUPPLIES", "COOPERATES_WITH", "OWNS"])
        if typ == "OWNS" and kinds[t] == "State":
            typ = "DEPENDS_ON"
        if rnd.random() < 0.4:
            a = rnd.randint(2000, 2020); b = rnd.randint(a, 2024)
        else:
            a, b = None, None
        rels.append([s, t, typ, a, b])
    year = rnd.randint(2005, 2020)
    g = nx.MultiDiGraph(); g.add_nodes_from(range(n))
    for s, t, typ, a, b in rels:
        if a is not None and not (a <= year <= b):
            continue
        if typ == "DEPENDS_ON":
            g.add_edge(s, t)
        elif typ == "SUPPLIES":
            g.add_edge(t, s)
        elif typ == "COOPERATES_WITH":
            g.add_edge(s, t); g.add_edge(t, s)
    pairs = []
    for _ in range(15):
        s, t = rnd.randrange(n), rnd.randrange(n)
        if s == t:
            continue
        h = g.subgraph([v for v in range(n) if kinds[v] != "State" or v in (s, t)])
        try:
            length = nx.shortest_path_length(h, s, t)
        except nx.NetworkXNoPath:
            length = -1
        simple = sorted(",".join(map(str, p)) for p in nx.all_simple_paths(h, s, t, cutoff=4))
        pairs.append([s, t, length, simple])
    out.append({"n": n, "kinds": kinds, "rels": rels, "year": year, "pairs": pairs})
print(json.dumps(out))

""";

        [Test]
        public void ViaAvoidKindsAsOf_RandomGraphs_AgreeWithNetworkxOnTheFilteredGraph()
        {
            JToken oracle = NetworkxOracle.Run(Script);
            int found = 0, simple = 0;
            // The oracle keeps undated relations at every date: read here as permanent under the default policy, and as of
            // unknown time (they may hold) under --undated include, which counts what may hold: both must agree with it.
            foreach ((JToken entry, bool permanent) in oracle.SelectMany(e => new[] { (e, true), (e, false) }))
            {
                Graph g = Build(entry, permanent);
                var year = new PartialDate((int)entry["year"]!);
                foreach (JToken pair in entry["pairs"]!)
                {
                    int s = (int)pair[0]!, t = (int)pair[1]!;
                    PathQuery q = g.Paths(g.GetEntity("n" + s), g.GetEntity("n" + t))
                        .Via("DEPENDS_ON>|<SUPPLIES|COOPERATES_WITH").AvoidKinds("State").AsOf(year);
                    q = permanent ? q : q.With(q.Options.WithUndated(UndatedPolicy.Include));
                    PathResult shortest = q.Shortest();
                    (shortest.Found ? shortest.First!.Length : -1).Should().Be((int)pair[2]!, $"seed graph {entry["n"]}, {s}->{t} as of {year}");
                    found += shortest.Found ? 1 : 0;
                    List<string> ours = q.MaxDepth(4).MaxResults(1000000).AllSimple().Paths
                        .Select(p => string.Join(",", p.Entities.Select(e => e.Id.Substring(1)))).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
                    ours.Should().Equal(pair[3]!.Select(x => (string)x!).OrderBy(x => x, System.StringComparer.Ordinal), $"simple paths {s}->{t}");
                    simple += ours.Count;
                }
            }

            found.Should().BeGreaterThan(20, "the random graphs must have paths to compare");
            simple.Should().BeGreaterThan(50);
        }

        private static Graph Build(JToken entry, bool permanent)
        {
            var b = new GraphBuilder();
            JToken kinds = entry["kinds"]!;
            for (int i = 0; i < (int)entry["n"]!; i++)
            {
                b.AddEntity("n" + i.ToString(CultureInfo.InvariantCulture), (string)kinds[i]!, "Node " + i.ToString(CultureInfo.InvariantCulture));
            }

            int k = 0;
            foreach (JToken r in entry["rels"]!)
            {
                Validity? v = r[3]!.Type == JTokenType.Null ? (permanent ? Validity.Permanent : null) : Validity.Between(new PartialDate((int)r[3]!), new PartialDate((int)r[4]!));
                b.AddRelation("r" + (k++).ToString(CultureInfo.InvariantCulture), (string)r[2]!, "n" + (int)r[0]!, "n" + (int)r[1]!, v);
            }

            return b.Build();
        }
    }
}

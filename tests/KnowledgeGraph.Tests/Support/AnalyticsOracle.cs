using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Tests.Support
{
    /// <summary>
    /// Answers of networkx (run at test time) on the classic social graphs and on seeded random directed graphs, with
    /// the same graphs rebuilt as KnowledgeGraph graphs (entities n0..n{k-1}). One Python run per graph, cached.
    /// </summary>
    public static class AnalyticsOracle
    {
        private static readonly ConcurrentDictionary<string, JToken> Cache = new ConcurrentDictionary<string, JToken>();

        /// <summary>The classic undirected graphs networkx generates.</summary>
        public static readonly string[] Classic = { "karate_club_graph", "florentine_families_graph", "krackhardt_kite_graph", "les_miserables_graph" };

        private const string Common = """
import json, networkx as nx
from networkx.algorithms import community as nxc
def idx(g):
    nodes = list(g.nodes())
    return nodes, {v: i for i, v in enumerate(nodes)}
def vec(d, nodes):
    return [d[v] for v in nodes]
def cuts(g, nodes, ix, pairs):
    out = []
    for s, t in pairs:
        a, b = nodes[s], nodes[t]
        adj = g.has_edge(a, b) or g.has_edge(b, a)
        out.append({"s": s, "t": t, "adjacent": adj,
                    "edge": len(nx.minimum_edge_cut(g, a, b)) if nx.has_path(g, a, b) else 0,
                    "node": (len(nx.minimum_node_cut(g, a, b)) if nx.has_path(g, a, b) else 0) if not adj else None})
    return out
""";

        /// <summary>Gets networkx's answers on a classic undirected graph (<c>karate_club_graph</c>…).</summary>
        public static JToken ClassicGraph(string generator) => Cache.GetOrAdd(generator, g => NetworkxOracle.Run(Common + "\n" + $$"""
import random
g = nx.{{g}}()
nodes, ix = idx(g)
n = len(nodes)
edges = [[ix[u], ix[v], float(d.get("weight", 1))] for u, v, d in g.edges(data=True)]
rnd = random.Random(7)
pairs = [(rnd.randrange(n), rnd.randrange(n)) for _ in range(12)]
pairs = [(s, t) for s, t in pairs if s != t]
lv = nxc.louvain_communities(g, seed=1)
print(json.dumps({
  "n": n, "edges": edges, "names": [str(v) for v in nodes],
  "degree": vec(nx.degree_centrality(g), nodes),
  "degree_weighted": vec(dict(g.degree(weight="weight")), nodes),
  "betweenness": vec(nx.betweenness_centrality(g), nodes),
  "betweenness_raw": vec(nx.betweenness_centrality(g, normalized=False), nodes),
  "betweenness_weighted": vec(nx.betweenness_centrality(g, weight="weight"), nodes),
  "closeness": vec(nx.closeness_centrality(g), nodes),
  "closeness_weighted": vec(nx.closeness_centrality(g, distance="weight"), nodes),
  "eigenvector": vec(nx.eigenvector_centrality(g), nodes),
  "eigenvector_weighted": vec(nx.eigenvector_centrality(g, weight="weight"), nodes),
  "pagerank": vec(nx.pagerank(g), nodes),
  "core": vec(nx.core_number(g), nodes),
  "components": sorted(len(c) for c in nx.connected_components(g)),
  "articulation": sorted(ix[v] for v in nx.articulation_points(g)),
  "bridges": sorted(sorted([ix[u], ix[v]]) for u, v in nx.bridges(g)),
  "cuts": cuts(g, nodes, ix, pairs),
  "louvain_modularity": nxc.modularity(g, lv),
}))
"""));

        /// <summary>Gets networkx's answers on a seeded random directed graph (<c>gnm_random_graph(n, m, seed, directed=True)</c>).</summary>
        public static JToken RandomDirected(int seed, int n = 40, int m = 120) => Cache.GetOrAdd($"random-{seed}-{n}-{m}", _ => NetworkxOracle.Run(Common + "\n" + $$"""
import random
g = nx.gnm_random_graph({{n}}, {{m}}, seed={{seed}}, directed=True)
rnd = random.Random({{seed}})
for u, v in g.edges():
    g[u][v]["weight"] = rnd.choice([1.0, 2.0, 3.0, 0.5])
nodes, ix = idx(g)
n = len(nodes)
edges = [[ix[u], ix[v], float(d["weight"])] for u, v, d in g.edges(data=True)]
pairs = [(rnd.randrange(n), rnd.randrange(n)) for _ in range(15)]
pairs = [(s, t) for s, t in pairs if s != t]
try:
    ev = vec(nx.eigenvector_centrality(g, max_iter=1000), nodes)
except nx.PowerIterationFailedConvergence:
    ev = None
u = g.to_undirected()
uedges = [[ix[a], ix[b], 1.0] for a, b in u.edges()]
print(json.dumps({
  "n": n, "edges": edges, "uedges": uedges,
  "degree": vec(nx.degree_centrality(g), nodes),
  "in_degree": vec(nx.in_degree_centrality(g), nodes),
  "out_degree": vec(nx.out_degree_centrality(g), nodes),
  "betweenness": vec(nx.betweenness_centrality(g), nodes),
  "betweenness_raw": vec(nx.betweenness_centrality(g, normalized=False), nodes),
  "betweenness_weighted": vec(nx.betweenness_centrality(g, weight="weight"), nodes),
  "closeness": vec(nx.closeness_centrality(g), nodes),
  "closeness_weighted": vec(nx.closeness_centrality(g, distance="weight"), nodes),
  "eigenvector": ev,
  "core": vec(nx.core_number(nx.Graph(u)), nodes),
  "weak": sorted(sorted(ix[v] for v in c) for c in nx.weakly_connected_components(g)),
  "strong": sorted(sorted(ix[v] for v in c) for c in nx.strongly_connected_components(g)),
  "articulation": sorted(ix[v] for v in nx.articulation_points(u)),
  "bridges": sorted(sorted([ix[a], ix[b]]) for a, b in nx.bridges(u)),
  "cuts": cuts(g, nodes, ix, pairs),
}))
"""));

        /// <summary>Builds a graph from the oracle's edges [[s, t, w], ...], with a <c>weight</c> property on each relation.</summary>
        public static Graph Build(JToken oracle, string type)
        {
            int n = (int)oracle["n"]!;
            var b = new GraphBuilder();
            for (int i = 0; i < n; i++)
            {
                b.AddEntity(Id(i), "Company", "Node " + i.ToString(CultureInfo.InvariantCulture));
            }

            int k = 0;
            foreach (JToken e in oracle["edges"]!)
            {
                b.AddRelation("e" + (k++).ToString(CultureInfo.InvariantCulture), type, Id((int)e[0]!), Id((int)e[1]!), properties: PropertyMap.Of("weight", (double)e[2]!));
            }

            return b.Build();
        }

        /// <summary>The entity id of node <paramref name="i"/>.</summary>
        public static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);

        /// <summary>Reads a list of numbers.</summary>
        public static double[] Doubles(JToken token) => token.Select(t => (double)t).ToArray();

        /// <summary>The weight of a relation built by <see cref="Build"/>.</summary>
        public static double Weight(Relation r) => r.Properties.GetNumber("weight") ?? 1.0;

        /// <summary>Lists the index of each entity (n17 → 17) in a sequence.</summary>
        public static IEnumerable<int> Indexes(IEnumerable<Entity> entities) => entities.Select(e => int.Parse(e.Id.Substring(1), CultureInfo.InvariantCulture));
    }
}

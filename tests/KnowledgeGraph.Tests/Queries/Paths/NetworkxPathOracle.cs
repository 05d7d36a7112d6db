using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Tests.Queries.Paths
{
    /// <summary>
    /// Seeded random directed multigraphs shared with networkx: the Python prelude builds the same graphs
    /// (nodes 0..n-1, edges with an integer weight) that <see cref="Build"/> turns into a <see cref="Graph"/>.
    /// </summary>
    internal static class NetworkxPathOracle
    {
        /// <summary>Python that defines <c>graphs</c>: a list of (n, edges, pairs) for the seeds, and helpers.</summary>
        public static string Prelude(int seeds, int minNodes, int maxNodes, double minDegree, double maxDegree, int pairs) => $$"""
import json, random, itertools, networkx as nx
def make(seed):
    rnd = random.Random(seed)
    n = rnd.randint({{minNodes}}, {{maxNodes}})
    m = int(n * rnd.uniform({{minDegree.ToString(CultureInfo.InvariantCulture)}}, {{maxDegree.ToString(CultureInfo.InvariantCulture)}}))
    edges = []
    for _ in range(m):
        s, t = rnd.randrange(n), rnd.randrange(n)
        if s != t:
            edges.append((s, t, rnd.randint(1, 9)))
    # a few parallel relations, as a multigraph has
    for (s, t, w) in list(edges[: max(1, len(edges) // 20)]):
        edges.append((s, t, rnd.randint(1, 9)))
    g = nx.MultiDiGraph()
    g.add_nodes_from(range(n))
    for s, t, w in edges:
        g.add_edge(s, t, weight=w)
    ps = [(rnd.randrange(n), rnd.randrange(n)) for _ in range({{pairs}})]
    ps = [(s, t) for s, t in ps if s != t]
    return n, edges, g, ps
def undirected(n, edges):
    # g.to_undirected() would merge u->v and v->u edges that share a key; every relation is its own edge here.
    h = nx.MultiGraph()
    h.add_nodes_from(range(n))
    for s, t, w in edges:
        h.add_edge(s, t, weight=w)
    return h
def collapse(g):
    d = nx.DiGraph()
    d.add_nodes_from(g.nodes)
    for s, t, w in g.edges(data="weight"):
        if not d.has_edge(s, t) or d[s][t]["weight"] > w:
            d.add_edge(s, t, weight=w)
    return d
def collapse_undirected(g):
    d = nx.Graph()
    d.add_nodes_from(g.nodes)
    for s, t, w in g.edges(data="weight"):
        if not d.has_edge(s, t) or d[s][t]["weight"] > w:
            d.add_edge(s, t, weight=w)
    return d
graphs = [make(seed) for seed in range({{seeds}})]

""";

        /// <summary>Builds the graph of one entry of the script's output: <c>{"n": n, "edges": [[s, t, w], ...]}</c>.</summary>
        public static Graph Build(JToken entry)
        {
            var b = new GraphBuilder();
            int n = (int)entry["n"]!;
            for (int i = 0; i < n; i++)
            {
                b.AddEntity("n" + i.ToString(CultureInfo.InvariantCulture), "Company", "Node " + i.ToString(CultureInfo.InvariantCulture));
            }

            int e = 0;
            foreach (JToken edge in entry["edges"]!)
            {
                b.AddRelation("e" + (e++).ToString(CultureInfo.InvariantCulture), "DEPENDS_ON", "n" + (int)edge[0]!, "n" + (int)edge[1]!, properties: PropertyMap.Of("weight", (long)edge[2]!));
            }

            return b.Build();
        }

        /// <summary>Gets entity i.</summary>
        public static Entity Node(Graph g, int i) => g.GetEntity("n" + i.ToString(CultureInfo.InvariantCulture));

        /// <summary>Formats a path as its node numbers joined by commas.</summary>
        public static string Key(GraphPath p) => string.Join(",", p.Entities.Select(x => x.Id.Substring(1)));

        /// <summary>Formats a networkx node list the same way.</summary>
        public static string Key(JToken nodes) => string.Join(",", nodes.Select(x => ((int)x).ToString(CultureInfo.InvariantCulture)));

        /// <summary>Runs the script and returns its output.</summary>
        public static JToken Run(string script) => NetworkxOracle.Run(script);

        /// <summary>Gets the (s, t) pairs of an entry.</summary>
        public static IEnumerable<(int S, int T, JToken Expected)> Pairs(JToken entry) =>
            entry["pairs"]!.Select(p => ((int)p[0]!, (int)p[1]!, p[2]!));
    }
}

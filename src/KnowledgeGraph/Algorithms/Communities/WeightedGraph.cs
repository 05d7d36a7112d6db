using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Algorithms.Communities
{
    /// <summary>An undirected weighted graph for community detection: neighbours (self excluded), self-loop weight and weighted degree (a self-loop counts twice).</summary>
    internal sealed class WeightedGraph
    {
        private WeightedGraph(List<(int, double)>[] neighbors, double[] self, double[] degree, double total)
        {
            Neighbors = neighbors;
            Self = self;
            Degree = degree;
            TotalWeight = total;
        }

        public int N => Degree.Length;

        public List<(int V, double W)>[] Neighbors { get; }

        public double[] Self { get; }

        public double[] Degree { get; }

        public double TotalWeight { get; }

        public static WeightedGraph From(Graph graph, Func<Relation, double>? weight)
        {
            // Every relation read both ways, parallel relations summed, by the one link builder; a self-loop is one link.
            LinkView links = LinkView.Build(graph, asUndirected: true, undirectedBothWays: true, weight, Centrality.ParallelRelations.Sum, outOnly: true);
            AdjacencyIndex index = graph.Index;
            int n = index.VertexCount;
            var self = new double[n];
            var neighbors = new List<(int, double)>[n];
            for (int v = 0; v < n; v++)
            {
                neighbors[v] = new List<(int, double)>(links.OutOffsets[v + 1] - links.OutOffsets[v]);
                for (int i = links.OutOffsets[v]; i < links.OutOffsets[v + 1]; i++)
                {
                    if (links.OutTargets[i] == v)
                    {
                        self[v] = links.OutWeights[i];
                    }
                    else
                    {
                        neighbors[v].Add((links.OutTargets[i], links.OutWeights[i]));
                    }
                }
            }

            // The weighted degree counts a self-loop twice; summed relation by relation, in the order they were added.
            var degree = new double[n];
            double total = 0;
            for (int r = 0; r < index.EdgeCount; r++)
            {
                double w = weight == null ? 1.0 : weight(graph.RelationAt(r));
                total += w;
                degree[index.RelationSources[r]] += w;
                degree[index.RelationTargets[r]] += w;
            }

            return new WeightedGraph(neighbors, self, degree, total);
        }

        /// <summary>Merges each community of <paramref name="community"/> (numbered 0..k-1) into one node.</summary>
        public WeightedGraph Aggregate(int[] community)
        {
            int k = 0;
            foreach (int c in community)
            {
                k = Math.Max(k, c + 1);
            }

            var maps = new Dictionary<int, double>[k];
            var self = new double[k];
            var degree = new double[k];
            for (int v = 0; v < N; v++)
            {
                int cv = community[v];
                degree[cv] += Degree[v];
                self[cv] += Self[v];
                foreach ((int u, double w) in Neighbors[v])
                {
                    int cu = community[u];
                    if (cu == cv)
                    {
                        // Each internal edge is seen from both ends.
                        self[cv] += w / 2;
                    }
                    else
                    {
                        Add(maps, cv, cu, w);
                    }
                }
            }

            var neighbors = new List<(int, double)>[k];
            for (int c = 0; c < k; c++)
            {
                neighbors[c] = new List<(int, double)>();
                if (maps[c] != null)
                {
                    foreach (KeyValuePair<int, double> p in maps[c])
                    {
                        neighbors[c].Add((p.Key, p.Value));
                    }
                }
            }

            return new WeightedGraph(neighbors, self, degree, TotalWeight);
        }

        /// <summary>Modularity of a partition of this graph's nodes, with the original total weight <paramref name="m"/>.</summary>
        public double Modularity(int[] community, double resolution, double m)
        {
            var inside = new Dictionary<int, double>();
            var deg = new Dictionary<int, double>();
            for (int v = 0; v < N; v++)
            {
                int c = community[v];
                deg.TryGetValue(c, out double d);
                deg[c] = d + Degree[v];
                inside.TryGetValue(c, out double l);
                l += Self[v];
                foreach ((int u, double w) in Neighbors[v])
                {
                    if (community[u] == c && u > v)
                    {
                        l += w;
                    }
                }

                inside[c] = l;
            }

            double q = 0;
            foreach (KeyValuePair<int, double> p in deg)
            {
                double x = p.Value / (2 * m);
                q += (inside[p.Key] / m) - (resolution * x * x);
            }

            return q;
        }

        private static void Add(Dictionary<int, double>[] maps, int a, int b, double w)
        {
            Dictionary<int, double> map = maps[a] ??= new Dictionary<int, double>();
            map.TryGetValue(b, out double old);
            map[b] = old + w;
        }
    }
}

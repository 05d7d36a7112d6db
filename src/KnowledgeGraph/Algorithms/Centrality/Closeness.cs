using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>
    /// Closeness centrality, as networkx's <c>closeness_centrality</c>: (r − 1) / (sum of distances from the r − 1
    /// entities that reach this one), multiplied by (r − 1)/(n − 1) (the Wasserman–Faust improvement, so that entities
    /// in small components do not score high); 0 for an entity nothing reaches.
    /// </summary>
    /// <remarks>
    /// <para>Directed readings use incoming distance (how far others are from the entity), as networkx does by reversing
    /// the graph. Wasserman and Faust, <i>Social Network Analysis</i>, 1994.</para>
    /// <para>Unweighted: a breadth-first search from every entity, O(V·E); weighted (a weight is a distance): Dijkstra.</para>
    /// </remarks>
    public static class Closeness
    {
        /// <summary>Computes the closeness of every entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="options">The options; networkx's defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation (checked once per entity).</param>
        /// <returns>The scores.</returns>
        /// <exception cref="NegativeWeightException">A weight is negative or not a number.</exception>
        /// <exception cref="BoundExceededException">The graph has more entities than <see cref="CentralityOptions.MaxExactEntities"/>.</exception>
        public static CentralityResult Compute(Graph graph, CentralityOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CentralityOptions();
            LinkView view = LinkView.Build(graph, options.AsUndirected, options.UndirectedBothWays, options.Weight, ParallelRelations.Min, distances: true);
            int n = view.N;
            if (options.MaxExactEntities != null && n > options.MaxExactEntities.Value)
            {
                throw new BoundExceededException(
                    string.Format(CultureInfo.InvariantCulture, "Closeness on {0:N0} entities is a search from every entity (O(V·E)); it is bounded to {1:N0} entities. Rank by degree or PageRank, estimate betweenness, filter the graph (--type, --as-of), or raise the bound (CentralityOptions.MaxExactEntities; kg rank --max-exact N).", n, options.MaxExactEntities.Value),
                    n,
                    options.MaxExactEntities.Value);
            }

            var score = new double[n];
            var dist = new double[n];
            var queue = new Queue<int>();
            var heap = new MinHeap(stable: true);
            for (int u = 0; u < n; u++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (int v = 0; v < n; v++)
                {
                    dist[v] = -1;
                }

                double total = 0;
                int reached = 0;
                if (options.Weight == null)
                {
                    dist[u] = 0;
                    queue.Enqueue(u);
                    while (queue.Count > 0)
                    {
                        int v = queue.Dequeue();
                        reached++;
                        total += dist[v];
                        for (int i = view.InOffsets[v]; i < view.InOffsets[v + 1]; i++)
                        {
                            int w = view.InSources[i];
                            if (dist[w] < 0)
                            {
                                dist[w] = dist[v] + 1;
                                queue.Enqueue(w);
                            }
                        }
                    }
                }
                else
                {
                    var best = new Dictionary<int, double> { [u] = 0 };
                    heap.Clear();
                    heap.Push(0, u, u);
                    while (heap.Count > 0)
                    {
                        int v = heap.Pop(out double d);
                        if (dist[v] >= 0)
                        {
                            continue;
                        }

                        dist[v] = d;
                        reached++;
                        total += d;
                        for (int i = view.InOffsets[v]; i < view.InOffsets[v + 1]; i++)
                        {
                            int w = view.InSources[i];
                            double dw = d + view.InWeights[i];
                            if (dist[w] < 0 && (!best.TryGetValue(w, out double bw) || dw < bw))
                            {
                                best[w] = dw;
                                heap.Push(dw, w, v);
                            }
                        }
                    }
                }

                if (total > 0 && n > 1)
                {
                    double c = (reached - 1) / total;
                    if (options.WassermanFaust)
                    {
                        c *= (reached - 1) / (double)(n - 1);
                    }

                    score[u] = c;
                }
            }

            return new CentralityResult(graph, "closeness", score);
        }
    }
}

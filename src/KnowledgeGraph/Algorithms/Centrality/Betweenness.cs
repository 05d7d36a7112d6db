using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>
    /// Betweenness centrality (Brandes, "A faster algorithm for betweenness centrality", 2001): for each entity, the
    /// share of shortest paths between other pairs that pass through it; networkx's <c>betweenness_centrality</c>
    /// (endpoints excluded, same normalisation).
    /// </summary>
    /// <remarks>
    /// <para>Unweighted: a breadth-first search from every entity, O(V·E). Weighted (<see cref="CentralityOptions.Weight"/>
    /// is a distance): Dijkstra from every entity, O(V·E + V² log V); paths of exactly equal length are all counted,
    /// as networkx does.</para>
    /// <para>Normalisation (networkx): divided by (n − 1)(n − 2) when <see cref="CentralityOptions.Normalized"/>; unnormalised
    /// undirected scores (<see cref="CentralityOptions.AsUndirected"/>) are halved so that each pair counts once.</para>
    /// </remarks>
    public static class Betweenness
    {
        /// <summary>Computes the betweenness of every entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="options">The options; networkx's defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation (checked once per source entity).</param>
        /// <returns>The scores (estimates when <see cref="CentralityOptions.SampleSize"/> is set, or past <see cref="CentralityOptions.MaxExactEntities"/>, with a <see cref="CentralityResult.Note"/> saying so).</returns>
        /// <exception cref="NegativeWeightException">A weight is negative or not a number.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The sample size is below 1.</exception>
        public static CentralityResult Compute(Graph graph, CentralityOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CentralityOptions();
            LinkView view = LinkView.Build(graph, options.AsUndirected, options.UndirectedBothWays, options.Weight, ParallelRelations.Min, distances: true);
            int n = view.N;
            var bc = new double[n];
            var sigma = new double[n];
            var dist = new double[n];
            var delta = new double[n];
            var stack = new int[n];
            var predOffsets = new List<int>[n];
            for (int v = 0; v < n; v++)
            {
                predOffsets[v] = new List<int>();
            }

            var queue = new Queue<int>();
            var heap = new MinHeap(stable: true);
            string? note = Sampling(ref options, n, "betweenness");

            int[] sources = Sources(n, options);
            foreach (int s in sources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (int v = 0; v < n; v++)
                {
                    sigma[v] = 0;
                    dist[v] = -1;
                    delta[v] = 0;
                    predOffsets[v].Clear();
                }

                int top = 0;
                sigma[s] = 1;
                dist[s] = 0;
                if (options.Weight == null)
                {
                    queue.Enqueue(s);
                    while (queue.Count > 0)
                    {
                        int v = queue.Dequeue();
                        stack[top++] = v;
                        for (int i = view.OutOffsets[v]; i < view.OutOffsets[v + 1]; i++)
                        {
                            int w = view.OutTargets[i];
                            if (dist[w] < 0)
                            {
                                dist[w] = dist[v] + 1;
                                queue.Enqueue(w);
                            }

                            if (dist[w] == dist[v] + 1)
                            {
                                sigma[w] += sigma[v];
                                predOffsets[w].Add(v);
                            }
                        }
                    }
                }
                else
                {
                    // networkx's _single_source_dijkstra_path_basic: a vertex is final when popped; ties add paths.
                    var seen = new Dictionary<int, double> { [s] = 0 };
                    var done = new bool[n];
                    heap.Clear();
                    heap.Push(0, s, s);
                    while (heap.Count > 0)
                    {
                        int v = heap.Pop(out double d, out int pred);
                        if (done[v])
                        {
                            continue;
                        }

                        sigma[v] += pred == v ? 0 : sigma[pred];
                        stack[top++] = v;
                        done[v] = true;
                        dist[v] = d;
                        for (int i = view.OutOffsets[v]; i < view.OutOffsets[v + 1]; i++)
                        {
                            int w = view.OutTargets[i];
                            double vw = d + view.OutWeights[i];
                            if (!done[w] && (!seen.TryGetValue(w, out double sw) || vw < sw))
                            {
                                seen[w] = vw;
                                heap.Push(vw, w, v);
                                sigma[w] = 0;
                                predOffsets[w].Clear();
                                predOffsets[w].Add(v);
                            }
                            else if (seen.TryGetValue(w, out double sw2) && vw == sw2)
                            {
                                sigma[w] += sigma[v];
                                predOffsets[w].Add(v);
                            }
                        }
                    }
                }

                // Accumulation, in reverse order of discovery.
                while (top > 0)
                {
                    int w = stack[--top];
                    double coeff = (1 + delta[w]) / sigma[w];
                    foreach (int v in predOffsets[w])
                    {
                        delta[v] += sigma[v] * coeff;
                    }

                    if (w != s)
                    {
                        bc[w] += delta[w];
                    }
                }
            }

            // networkx's _rescale, including the n / k factor of a sample.
            double? scale = null;
            if (options.Normalized)
            {
                scale = n <= 2 ? (double?)null : 1.0 / ((n - 1.0) * (n - 2.0));
            }
            else if (options.AsUndirected)
            {
                scale = 0.5;
            }

            if (sources.Length < n && scale != null)
            {
                scale = scale.Value * n / sources.Length;
            }
            else if (sources.Length < n && sources.Length > 0)
            {
                scale = (double)n / sources.Length;
            }

            if (scale != null)
            {
                for (int v = 0; v < n; v++)
                {
                    bc[v] *= scale.Value;
                }
            }

            return new CentralityResult(graph, "betweenness", bc, note);
        }

        /// <summary>
        /// Decides whether a measure over every source is estimated from a sample: past <see cref="CentralityOptions.MaxExactEntities"/>
        /// without a <see cref="CentralityOptions.SampleSize"/> it samples <see cref="CentralityOptions.BoundedSampleSize"/> sources
        /// (and sets it in <paramref name="options"/>). Returns the note that says so, or <c>null</c> when exact.
        /// </summary>
        internal static string? Sampling(ref CentralityOptions options, int n, string measure)
        {
            if (options.SampleSize == null && options.MaxExactEntities != null && n > options.MaxExactEntities.Value && n > CentralityOptions.BoundedSampleSize)
            {
                options = options with { SampleSize = CentralityOptions.BoundedSampleSize };
                return string.Format(CultureInfo.InvariantCulture, "estimated from {0:N0} sampled sources of {1:N0} entities: exact {2} is bounded to {3:N0} entities (CentralityOptions.MaxExactEntities; kg rank --max-exact N), or choose the sample (SampleSize; kg rank --sample K)", CentralityOptions.BoundedSampleSize, n, measure, options.MaxExactEntities.Value);
            }

            return options.SampleSize != null && options.SampleSize.Value < n
                ? string.Format(CultureInfo.InvariantCulture, "estimated from {0:N0} sampled sources of {1:N0} entities", options.SampleSize.Value, n)
                : null;
        }

        /// <summary>The source entities: all of them, or the first <see cref="CentralityOptions.SampleSize"/> of a permutation seeded with <see cref="CentralityOptions.Seed"/>, in order.</summary>
        internal static int[] Sources(int n, CentralityOptions options)
        {
            var all = new int[n];
            for (int i = 0; i < n; i++)
            {
                all[i] = i;
            }

            if (options.SampleSize == null || options.SampleSize.Value >= n)
            {
                return all;
            }

            if (options.SampleSize.Value < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(options), options.SampleSize, "The sample size must be at least 1.");
            }

            // A partial Fisher–Yates shuffle: the first k of a seeded permutation.
            var random = new System.Random(options.Seed);
            int k = options.SampleSize.Value;
            for (int i = 0; i < k; i++)
            {
                int j = i + random.Next(n - i);
                (all[i], all[j]) = (all[j], all[i]);
            }

            System.Array.Resize(ref all, k);
            System.Array.Sort(all);
            return all;
        }
    }
}

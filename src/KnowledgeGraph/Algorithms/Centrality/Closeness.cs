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
    /// <para>Unweighted: a breadth-first search from every entity, O(V·E); weighted (a weight is a distance): Dijkstra.
    /// With a <see cref="CentralityOptions.SampleSize"/> k, or past <see cref="CentralityOptions.MaxExactEntities"/>
    /// (then k = <see cref="CentralityOptions.BoundedSampleSize"/>), it is estimated from k searches forwards from sampled
    /// sources (Eppstein and Wang, 2001), O(k·E): each distance lies between 1 and the diameter Δ, so by Hoeffding's
    /// inequality an entity's estimated mean distance is within εΔ of the exact one with probability at least
    /// 1 − 2·exp(−2kε²) (for k = 256 and ε = 0.2, 1 − 3·10⁻⁹).</para>
    /// </remarks>
    public static class Closeness
    {
        /// <summary>Computes the closeness of every entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="options">The options; networkx's defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation (checked once per entity).</param>
        /// <returns>The scores (estimates when <see cref="CentralityOptions.SampleSize"/> is set, or past <see cref="CentralityOptions.MaxExactEntities"/>, with a <see cref="CentralityResult.Note"/> saying so).</returns>
        /// <exception cref="NegativeWeightException">A weight is negative or not a number.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The sample size is below 1.</exception>
        public static CentralityResult Compute(Graph graph, CentralityOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CentralityOptions();
            LinkView view = LinkView.Build(graph, options.AsUndirected, options.UndirectedBothWays, options.Weight, ParallelRelations.Min, distances: true);
            int n = view.N;
            string? note = Betweenness.Sampling(ref options, n, "closeness");
            if (note != null)
            {
                return new CentralityResult(graph, "closeness", Sampled(view, options, cancellationToken), note);
            }

            var score = new double[n];
            var dist = new double[n];
            var queue = new Queue<int>();
            var heap = new MinHeap(stable: true);
            for (int u = 0; u < n; u++)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Distances to u: a search from u along incoming links.
                Search(u, view.InOffsets, view.InSources, options.Weight == null ? null : view.InWeights, dist, queue, heap);
                double total = 0;
                int reached = 0;
                for (int v = 0; v < n; v++)
                {
                    if (dist[v] >= 0)
                    {
                        reached++;
                        total += dist[v];
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

        /// <summary>
        /// The sampled estimate (Eppstein and Wang, "Fast approximation of centrality", 2001): a search forwards from
        /// each of k sampled sources gives every entity its distance from those sources; the reachable share and the
        /// mean distance of the sampled sources (other than the entity itself) stand for those of all entities.
        /// </summary>
        private static double[] Sampled(LinkView view, CentralityOptions options, CancellationToken cancellationToken)
        {
            int n = view.N;
            int[] sources = Betweenness.Sources(n, options);
            var isSource = new bool[n];
            foreach (int s in sources)
            {
                isSource[s] = true;
            }

            var sum = new double[n];
            var hits = new int[n];
            var dist = new double[n];
            var queue = new Queue<int>();
            var heap = new MinHeap(stable: true);
            foreach (int s in sources)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Distances from s: a search from s along outgoing links.
                Search(s, view.OutOffsets, view.OutTargets, options.Weight == null ? null : view.OutWeights, dist, queue, heap);
                for (int v = 0; v < n; v++)
                {
                    if (v != s && dist[v] >= 0)
                    {
                        sum[v] += dist[v];
                        hits[v]++;
                    }
                }
            }

            // Of the k' sampled sources other than v, h reach v at total distance D: (r − 1) is estimated by h(n − 1)/k'
            // and the sum of distances by D(n − 1)/k', so (r − 1)/sum is h/D and the Wasserman–Faust factor h/k'.
            var score = new double[n];
            for (int v = 0; v < n; v++)
            {
                int others = sources.Length - (isSource[v] ? 1 : 0);
                if (hits[v] > 0 && sum[v] > 0 && others > 0)
                {
                    double c = hits[v] / sum[v];
                    if (options.WassermanFaust)
                    {
                        c *= hits[v] / (double)others;
                    }

                    score[v] = c;
                }
            }

            return score;
        }

        /// <summary>Fills <paramref name="dist"/> with the distance from <paramref name="start"/> along the given links (−1: not reached): breadth-first, or Dijkstra when weighted.</summary>
        private static void Search(int start, int[] offsets, int[] adjacent, double[]? weights, double[] dist, Queue<int> queue, MinHeap heap)
        {
            for (int v = 0; v < dist.Length; v++)
            {
                dist[v] = -1;
            }

            if (weights == null)
            {
                dist[start] = 0;
                queue.Enqueue(start);
                while (queue.Count > 0)
                {
                    int v = queue.Dequeue();
                    for (int i = offsets[v]; i < offsets[v + 1]; i++)
                    {
                        int w = adjacent[i];
                        if (dist[w] < 0)
                        {
                            dist[w] = dist[v] + 1;
                            queue.Enqueue(w);
                        }
                    }
                }

                return;
            }

            var best = new Dictionary<int, double> { [start] = 0 };
            heap.Clear();
            heap.Push(0, start, start);
            while (heap.Count > 0)
            {
                int v = heap.Pop(out double d);
                if (dist[v] >= 0)
                {
                    continue;
                }

                dist[v] = d;
                for (int i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    int w = adjacent[i];
                    double dw = d + weights[i];
                    if (dist[w] < 0 && (!best.TryGetValue(w, out double bw) || dw < bw))
                    {
                        best[w] = dw;
                        heap.Push(dw, w, v);
                    }
                }
            }
        }
    }
}

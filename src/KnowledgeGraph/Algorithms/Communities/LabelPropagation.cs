using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Algorithms.Communities
{
    /// <summary>
    /// Asynchronous label propagation (Raghavan, Albert and Kumara, "Near linear time algorithm to detect community
    /// structures in large-scale networks", 2007), as networkx's <c>asyn_lpa_communities</c>: every entity starts
    /// with its own label; in a seeded random order each takes the label with the largest total weight among its
    /// neighbours (keeping its own when that is among the best, else a seeded random choice among them), until no
    /// label changes.
    /// </summary>
    /// <remarks>Near-linear: O(E) per round. Stops at <see cref="CommunityOptions.MaxIterations"/> rounds, which <see cref="CommunityResult.Converged"/> reports.</remarks>
    public static class LabelPropagation
    {
        /// <summary>Finds communities.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view), read as undirected.</param>
        /// <param name="options">The options; seed 42 and 100 rounds when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The communities with their modularity.</returns>
        /// <exception cref="BoundExceededException">The graph has more entities than <see cref="CommunityOptions.MaxEntities"/>.</exception>
        public static CommunityResult Compute(Graph graph, CommunityOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CommunityOptions();
            options.CheckSize(graph);
            var g = WeightedGraph.From(graph, options.Weight);
            int n = g.N;
            var label = new int[n];
            var order = new int[n];
            for (int v = 0; v < n; v++)
            {
                label[v] = v;
                order[v] = v;
            }

            var random = new Random(options.Seed);
            var frequency = new Dictionary<int, double>();
            var best = new List<int>();
            bool changed = true;
            int rounds = 0;
            while (changed && rounds < options.MaxIterations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                changed = false;
                rounds++;
                for (int i = n - 1; i > 0; i--)
                {
                    int j = random.Next(i + 1);
                    (order[i], order[j]) = (order[j], order[i]);
                }

                foreach (int v in order)
                {
                    if (g.Neighbors[v].Count == 0)
                    {
                        continue;
                    }

                    frequency.Clear();
                    foreach ((int u, double w) in g.Neighbors[v])
                    {
                        frequency.TryGetValue(label[u], out double old);
                        frequency[label[u]] = old + w;
                    }

                    double max = double.MinValue;
                    foreach (double f in frequency.Values)
                    {
                        max = Math.Max(max, f);
                    }

                    best.Clear();
                    foreach (KeyValuePair<int, double> p in frequency)
                    {
                        if (p.Value == max)
                        {
                            best.Add(p.Key);
                        }
                    }

                    if (!best.Contains(label[v]))
                    {
                        label[v] = best[random.Next(best.Count)];
                        changed = true;
                    }
                }
            }

            return new CommunityResult(graph, "label-propagation", label, options.Resolution, options.Weight, !changed);
        }
    }
}

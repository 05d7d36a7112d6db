using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Algorithms.Communities
{
    /// <summary>
    /// Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre, "Fast unfolding of communities in
    /// large networks", 2008), following networkx's <c>louvain_communities</c>: entities move, in a seeded random
    /// order, to the neighbouring community that most increases modularity; communities then merge into single
    /// entities and the process repeats until modularity gains less than <see cref="CommunityOptions.Threshold"/>.
    /// </summary>
    /// <remarks>
    /// Randomised: the same seed gives the same communities, but not the same as networkx's for the same seed
    /// (Python's and .NET's generators differ). About O(E) per pass.
    /// </remarks>
    public static class Louvain
    {
        /// <summary>Finds communities.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view), read as undirected.</param>
        /// <param name="options">The options; networkx's defaults with seed 42 when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The communities with their modularity.</returns>
        /// <exception cref="BoundExceededException">The graph has more entities than <see cref="CommunityOptions.MaxEntities"/>.</exception>
        public static CommunityResult Compute(Graph graph, CommunityOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CommunityOptions();
            options.CheckSize(graph);
            var level = WeightedGraph.From(graph, options.Weight);
            int n = level.N;
            var label = new int[n];
            for (int v = 0; v < n; v++)
            {
                label[v] = v;
            }

            double m = level.TotalWeight;
            if (m == 0)
            {
                return new CommunityResult(graph, "louvain", label, options.Resolution, options.Weight, true);
            }

            var random = new Random(options.Seed);
            double mod = level.Modularity(Identity(n), options.Resolution, m);
            bool converged = true;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (int[] inner, bool improved, bool settled) = OneLevel(level, m, options.Resolution, options.MaxIterations, random, cancellationToken);
                converged &= settled;
                for (int v = 0; v < n; v++)
                {
                    label[v] = inner[label[v]];
                }

                double newMod = level.Modularity(inner, options.Resolution, m);
                if (!improved || newMod - mod <= options.Threshold)
                {
                    break;
                }

                mod = newMod;
                level = level.Aggregate(inner);
            }

            return new CommunityResult(graph, "louvain", label, options.Resolution, options.Weight, converged);
        }

        private static int[] Identity(int n)
        {
            var a = new int[n];
            for (int i = 0; i < n; i++)
            {
                a[i] = i;
            }

            return a;
        }

        /// <summary>networkx's <c>_one_level</c>: local moves until none improves; returns each node's community, renumbered 0..k-1.</summary>
        private static (int[] Communities, bool Improved, bool Settled) OneLevel(WeightedGraph g, double m, double resolution, int maxPasses, Random random, CancellationToken cancellationToken)
        {
            int n = g.N;
            int[] com = Identity(n);
            var stot = (double[])g.Degree.Clone();
            int[] order = Identity(n);
            for (int i = n - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            // Weight from u to each neighbouring community: a dense array plus the list of communities touched, in first-seen order.
            var weightTo = new double[n];
            var touched = new List<int>();
            var mark = new int[n];
            int stamp = 0;
            bool improved = false;
            int moves = 1;
            int passes = 0;
            while (moves > 0 && passes < maxPasses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                passes++;
                moves = 0;
                foreach (int u in order)
                {
                    stamp++;
                    foreach ((int v, double w) in g.Neighbors[u])
                    {
                        int c = com[v];
                        if (mark[c] != stamp)
                        {
                            mark[c] = stamp;
                            touched.Add(c);
                        }

                        weightTo[c] += w;
                    }

                    double degree = g.Degree[u];
                    int current = com[u];
                    int best = current;
                    double bestGain = 0;
                    stot[current] -= degree;
                    double removeCost = (-weightTo[current] / m) + (resolution * stot[current] * degree / (2 * m * m));
                    foreach (int c in touched)
                    {
                        double gain = removeCost + (weightTo[c] / m) - (resolution * stot[c] * degree / (2 * m * m));
                        if (gain > bestGain)
                        {
                            bestGain = gain;
                            best = c;
                        }
                    }

                    foreach (int c in touched)
                    {
                        weightTo[c] = 0;
                    }

                    touched.Clear();
                    stot[best] += degree;
                    if (best != current)
                    {
                        com[u] = best;
                        improved = true;
                        moves++;
                    }
                }
            }

            var renumber = new Dictionary<int, int>();
            for (int v = 0; v < n; v++)
            {
                if (!renumber.TryGetValue(com[v], out int k))
                {
                    renumber[com[v]] = k = renumber.Count;
                }

                com[v] = k;
            }

            return (com, improved, moves == 0);
        }
    }
}

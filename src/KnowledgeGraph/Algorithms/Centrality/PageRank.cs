using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>
    /// PageRank (Page, Brin, Motwani and Winograd, 1999) by power iteration, following networkx's
    /// <c>pagerank</c>: a relation passes rank along its direction in proportion to its weight; entities with no
    /// outgoing weight (dangling) spread their rank uniformly; the scores sum to 1.
    /// </summary>
    /// <remarks>O(iterations × (V + E)) time, O(V + E) memory. Runs on the graph's integer index.</remarks>
    public static class PageRank
    {
        /// <summary>Computes the PageRank of every entity as a ranked result keyed by entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view of it).</param>
        /// <param name="options">The options; networkx's defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The scores, with <see cref="CentralityResult.Top"/>.</returns>
        /// <exception cref="KnowledgeGraphException">The iteration did not converge within <see cref="PageRankOptions.MaxIterations"/>.</exception>
        public static CentralityResult Rank(Graph graph, PageRankOptions? options = null, CancellationToken cancellationToken = default) =>
            new CentralityResult(graph, "pagerank", Compute(graph, options, cancellationToken));

        /// <summary>Computes the PageRank of every entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view of it).</param>
        /// <param name="options">The options; networkx's defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The score of each entity, indexed like <see cref="Graph.Entities"/>.</returns>
        /// <exception cref="KnowledgeGraphException">The iteration did not converge within <see cref="PageRankOptions.MaxIterations"/>.</exception>
        public static double[] Compute(Graph graph, PageRankOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new PageRankOptions();
            AdjacencyIndex index = graph.Index;
            int n = index.VertexCount;
            if (n == 0)
            {
                return Array.Empty<double>();
            }

            // The weighted links by source, parallel relations merged by the one link builder.
            LinkView links = LinkView.Build(graph, options.AsUndirected, options.UndirectedBothWays, options.Weight, options.ParallelRelations, outOnly: true);
            int[] linkOffsets = links.OutOffsets;
            int[] linkTargets = links.OutTargets;
            double[] linkWeights = links.OutWeights;

            var outWeight = new double[n];
            for (int v = 0; v < n; v++)
            {
                for (int i = linkOffsets[v]; i < linkOffsets[v + 1]; i++)
                {
                    outWeight[v] += linkWeights[i];
                }
            }

            double alpha = options.Damping;
            double uniform = 1.0 / n;
            var x = new double[n];
            var next = new double[n];
            for (int v = 0; v < n; v++)
            {
                x[v] = uniform;
            }

            for (int iteration = 0; iteration < options.MaxIterations; iteration++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                double danglingSum = 0;
                for (int v = 0; v < n; v++)
                {
                    if (outWeight[v] == 0)
                    {
                        danglingSum += x[v];
                    }
                }

                double base_ = (alpha * danglingSum * uniform) + ((1 - alpha) * uniform);
                for (int v = 0; v < n; v++)
                {
                    next[v] = base_;
                }

                for (int v = 0; v < n; v++)
                {
                    if (outWeight[v] == 0)
                    {
                        continue;
                    }

                    double share = alpha * x[v] / outWeight[v];
                    for (int i = linkOffsets[v]; i < linkOffsets[v + 1]; i++)
                    {
                        next[linkTargets[i]] += share * linkWeights[i];
                    }
                }

                double err = 0;
                for (int v = 0; v < n; v++)
                {
                    err += Math.Abs(next[v] - x[v]);
                }

                (x, next) = (next, x);
                if (err < n * options.Tolerance)
                {
                    return x;
                }
            }

            throw new ConvergenceException($"PageRank did not converge in {options.MaxIterations} iterations (tolerance {options.Tolerance}).");
        }
    }
}

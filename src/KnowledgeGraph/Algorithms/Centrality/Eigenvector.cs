using System;
using System.Threading;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>
    /// Eigenvector centrality (Bonacich, 1987) by power iteration, as networkx's <c>eigenvector_centrality</c>: an
    /// entity scores high when entities that score high point to it (in-relations, the left eigenvector, for a directed
    /// reading); the scores have unit Euclidean norm.
    /// </summary>
    /// <remarks>
    /// <para>networkx's iteration exactly: start from 1/n everywhere, iterate x ← (A + I)ᵀ x, normalise to unit length,
    /// stop when the L1 change is below n · <see cref="CentralityOptions.Tolerance"/>. Parallel relations count once
    /// with their summed weight.</para>
    /// <para>O(iterations × (V + E)).</para>
    /// </remarks>
    public static class Eigenvector
    {
        /// <summary>Computes the eigenvector centrality of every entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="options">The options; networkx's defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The scores.</returns>
        /// <exception cref="KnowledgeGraphException">The iteration did not converge within <see cref="CentralityOptions.MaxIterations"/>.</exception>
        public static CentralityResult Compute(Graph graph, CentralityOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CentralityOptions();
            LinkView view = LinkView.Build(graph, options.AsUndirected, options.UndirectedBothWays, options.Weight, ParallelRelations.Sum);
            int n = view.N;
            if (n == 0)
            {
                return new CentralityResult(graph, "eigenvector", Array.Empty<double>());
            }

            var x = new double[n];
            var last = new double[n];
            for (int v = 0; v < n; v++)
            {
                x[v] = 1.0 / n;
            }

            for (int iteration = 0; iteration < options.MaxIterations; iteration++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (x, last) = (last, x);
                Array.Copy(last, x, n);
                for (int v = 0; v < n; v++)
                {
                    for (int i = view.OutOffsets[v]; i < view.OutOffsets[v + 1]; i++)
                    {
                        x[view.OutTargets[i]] += last[v] * view.OutWeights[i];
                    }
                }

                double norm = 0;
                for (int v = 0; v < n; v++)
                {
                    norm += x[v] * x[v];
                }

                norm = Math.Sqrt(norm);
                if (norm == 0)
                {
                    norm = 1;
                }

                double err = 0;
                for (int v = 0; v < n; v++)
                {
                    x[v] /= norm;
                    err += Math.Abs(x[v] - last[v]);
                }

                if (err < n * options.Tolerance)
                {
                    return new CentralityResult(graph, "eigenvector", x);
                }
            }

            throw new ConvergenceException($"Eigenvector centrality did not converge in {options.MaxIterations} iterations (tolerance {options.Tolerance}).");
        }
    }
}

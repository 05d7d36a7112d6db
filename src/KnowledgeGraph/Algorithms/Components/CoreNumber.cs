using System.Threading;
using KnowledgeGraph.Algorithms.Centrality;

namespace KnowledgeGraph.Algorithms.Components
{
    /// <summary>
    /// Core numbers (k-cores), as networkx's <c>core_number</c>: the core number of an entity is the largest k such
    /// that it belongs to a subgraph where every entity has at least k neighbours.
    /// </summary>
    /// <remarks>
    /// Computed on the simple undirected reading of the graph: directions are ignored, parallel relations count as
    /// one neighbour and self-loops are ignored (networkx refuses self-loops; networkx's directed core number counts
    /// in- plus out-degree, which differs only where two entities relate both ways). Batagelj and Zaversnik's
    /// bucket algorithm ("An O(m) algorithm for cores decomposition of networks", 2003), O(V + E).
    /// </remarks>
    public static class CoreNumber
    {
        /// <summary>Computes the core number of every entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The core numbers, as scores (whole numbers) with ranking.</returns>
        public static CentralityResult Compute(Graph graph, CancellationToken cancellationToken = default)
        {
            LinkView view = LinkView.Build(graph, true, true, null, Centrality.ParallelRelations.First);
            int n = view.N;
            var degree = new int[n];
            int maxDegree = 0;
            for (int v = 0; v < n; v++)
            {
                for (int i = view.OutOffsets[v]; i < view.OutOffsets[v + 1]; i++)
                {
                    if (view.OutTargets[i] != v)
                    {
                        degree[v]++;
                    }
                }

                if (degree[v] > maxDegree)
                {
                    maxDegree = degree[v];
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var bin = new int[maxDegree + 1];
            foreach (int d in degree)
            {
                bin[d]++;
            }

            int start = 0;
            for (int d = 0; d <= maxDegree; d++)
            {
                int count = bin[d];
                bin[d] = start;
                start += count;
            }

            var pos = new int[n];
            var vert = new int[n];
            for (int v = 0; v < n; v++)
            {
                pos[v] = bin[degree[v]];
                vert[pos[v]] = v;
                bin[degree[v]]++;
            }

            for (int d = maxDegree; d > 0; d--)
            {
                bin[d] = bin[d - 1];
            }

            if (maxDegree >= 0 && bin.Length > 0)
            {
                bin[0] = 0;
            }

            for (int i = 0; i < n; i++)
            {
                int v = vert[i];
                for (int k = view.OutOffsets[v]; k < view.OutOffsets[v + 1]; k++)
                {
                    int u = view.OutTargets[k];
                    if (u != v && degree[u] > degree[v])
                    {
                        int du = degree[u];
                        int pu = pos[u];
                        int pw = bin[du];
                        int w = vert[pw];
                        if (u != w)
                        {
                            pos[u] = pw;
                            vert[pu] = w;
                            pos[w] = pu;
                            vert[pw] = u;
                        }

                        bin[du]++;
                        degree[u]--;
                    }
                }
            }

            var score = new double[n];
            for (int v = 0; v < n; v++)
            {
                score[v] = degree[v];
            }

            return new CentralityResult(graph, "core number", score);
        }
    }
}

using System.Threading;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>
    /// Degree centrality: how many relations touch an entity (in, out or in total), or their summed weight; normalised
    /// like networkx's <c>degree_centrality</c>, <c>in_degree_centrality</c> and <c>out_degree_centrality</c>
    /// (divided by n − 1).
    /// </summary>
    /// <remarks>
    /// Every relation counts, parallel ones included (networkx's multigraph degree). An undirected relation type counts
    /// as both in and out for both ends when <see cref="CentralityOptions.UndirectedBothWays"/>; with
    /// <see cref="CentralityOptions.AsUndirected"/> in, out and total are the same. O(V + E), on the integer index.
    /// </remarks>
    public static class Degree
    {
        /// <summary>Computes the degree of every entity.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="kind">Which relations count.</param>
        /// <param name="options">The options; normalised and unweighted when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The scores.</returns>
        public static CentralityResult Compute(Graph graph, DegreeKind kind = DegreeKind.Total, CentralityOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CentralityOptions();
            AdjacencyIndex index = graph.Index;
            int n = index.VertexCount;
            var score = new double[n];
            for (int r = 0; r < index.EdgeCount; r++)
            {
                if ((r & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Relation relation = graph.RelationAt(r);
                double w = options.Weight == null ? 1.0 : options.Weight(relation);
                int s = index.RelationSources[r];
                int t = index.RelationTargets[r];
                bool both = options.AsUndirected || (!relation.Type.IsDirected && options.UndirectedBothWays);
                if (kind == DegreeKind.Total || options.AsUndirected)
                {
                    score[s] += w;
                    score[t] += w;
                }
                else if (kind == DegreeKind.In)
                {
                    score[t] += w;
                    if (both)
                    {
                        score[s] += w;
                    }
                }
                else
                {
                    score[s] += w;
                    if (both)
                    {
                        score[t] += w;
                    }
                }
            }

            if (options.Normalized)
            {
                for (int v = 0; v < n; v++)
                {
                    score[v] = n > 1 ? score[v] / (n - 1) : 1.0;
                }
            }

            string name = kind == DegreeKind.Total ? "degree" : kind == DegreeKind.In ? "in-degree" : "out-degree";
            return new CentralityResult(graph, name, score);
        }
    }
}

using System;
using System.Collections.Generic;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Algorithms
{
    /// <summary>
    /// A weighted simple digraph derived from a graph's <see cref="AdjacencyIndex"/>: one link per ordered pair of
    /// entities, in compressed sparse rows in both directions. The algorithms of this library run on it.
    /// </summary>
    /// <remarks>
    /// A relation becomes a link from its source to its target; an undirected relation type, or every relation when
    /// <c>asUndirected</c>, also becomes the link back (a self-loop once). With <c>dependencyDirection</c>, a relation
    /// whose type is a reverse dependency (SUPPLIES) points from its target to its source instead, so that every link
    /// reads "depends on". Built in O(V + E).
    /// </remarks>
    internal sealed class LinkView
    {
        private LinkView(int n, bool undirected)
        {
            N = n;
            Undirected = undirected;
            OutOffsets = new int[n + 1];
            InOffsets = new int[n + 1];
            OutTargets = Array.Empty<int>();
            OutWeights = Array.Empty<double>();
            InSources = Array.Empty<int>();
            InWeights = Array.Empty<double>();
        }

        /// <summary>Gets the number of entities.</summary>
        public int N { get; }

        /// <summary>Gets whether every link has its reverse (the view is undirected).</summary>
        public bool Undirected { get; }

        public int[] OutOffsets { get; private set; }

        public int[] OutTargets { get; private set; }

        public double[] OutWeights { get; private set; }

        public int[] InOffsets { get; private set; }

        public int[] InSources { get; private set; }

        public double[] InWeights { get; private set; }

        /// <summary>Gets the number of links (ordered pairs; an undirected edge counts twice, a self-loop once).</summary>
        public int LinkCount => OutTargets.Length;

        /// <summary>Merges the weight <paramref name="next"/> of a parallel relation into the weight <paramref name="merged"/> of the link so far, by <paramref name="policy"/> (the first relation's weight starts the link).</summary>
        /// <param name="policy">The policy.</param>
        /// <param name="merged">The link's weight so far.</param>
        /// <param name="next">The next parallel relation's weight.</param>
        /// <returns>The link's weight.</returns>
        public static double Merge(ParallelRelations policy, double merged, double next) => policy switch
        {
            ParallelRelations.Sum => merged + next,
            ParallelRelations.Last => next,
            ParallelRelations.Min => Math.Min(merged, next),
            _ => merged,
        };

        /// <summary>Builds the view; with <paramref name="distances"/>, every weight must be a distance (zero or more), checked by the traversal layer's one weight rule (<see cref="GraphView.DistanceOf"/>), which throws <see cref="NegativeWeightException"/>.</summary>
        public static LinkView Build(Graph graph, bool asUndirected, bool undirectedBothWays, Func<Relation, double>? weight, ParallelRelations merge, Func<Relation, bool>? filter = null, bool dependencyDirection = false, bool distances = false)
        {
            AdjacencyIndex index = graph.Index;
            int n = index.VertexCount;
            var arcs = new List<(int S, int T, int R)>(index.EdgeCount * 2);
            for (int r = 0; r < index.EdgeCount; r++)
            {
                Relation relation = graph.RelationAt(r);
                if (filter != null && !filter(relation))
                {
                    continue;
                }

                int s = index.RelationSources[r];
                int t = index.RelationTargets[r];
                RelationType type = index.Types[index.RelationTypeIds[r]];
                if (dependencyDirection && Directions.DependsBackward(type))
                {
                    (s, t) = (t, s);
                }

                arcs.Add((s, t, r));
                bool both = asUndirected || (!type.IsDirected && undirectedBothWays);
                if (both && s != t)
                {
                    arcs.Add((t, s, r));
                }
            }

            var view = new LinkView(n, asUndirected);
            var outRows = Rows(n, arcs, byTarget: false, graph, weight, merge, distances, out int[] outOffsets);
            view.OutOffsets = outOffsets;
            view.OutTargets = outRows.Item1;
            view.OutWeights = outRows.Item2;
            var inRows = Rows(n, arcs, byTarget: true, graph, weight, merge, distances, out int[] inOffsets);
            view.InOffsets = inOffsets;
            view.InSources = inRows.Item1;
            view.InWeights = inRows.Item2;
            return view;
        }

        private static (int[], double[]) Rows(int n, List<(int S, int T, int R)> arcs, bool byTarget, Graph graph, Func<Relation, double>? weight, ParallelRelations merge, bool distances, out int[] offsets)
        {
            // Bucket arcs by row, keeping the order relations were added.
            var count = new int[n + 1];
            foreach (var a in arcs)
            {
                count[(byTarget ? a.T : a.S) + 1]++;
            }

            for (int v = 0; v < n; v++)
            {
                count[v + 1] += count[v];
            }

            var sorted = new (int S, int T, int R)[arcs.Count];
            var fill = new int[n];
            foreach (var a in arcs)
            {
                int row = byTarget ? a.T : a.S;
                sorted[count[row] + fill[row]++] = a;
            }

            offsets = new int[n + 1];
            var others = new List<int>(arcs.Count);
            var weights = new List<double>(arcs.Count);
            var seenAt = new Dictionary<int, int>();
            for (int v = 0; v < n; v++)
            {
                seenAt.Clear();
                for (int i = count[v]; i < count[v + 1]; i++)
                {
                    var a = sorted[i];
                    int other = byTarget ? a.S : a.T;
                    double w = distances ? GraphView.DistanceOf(graph.RelationAt(a.R), weight) : weight == null ? 1.0 : weight(graph.RelationAt(a.R));
                    if (seenAt.TryGetValue(other, out int at))
                    {
                        weights[at] = Merge(merge, weights[at], w);
                    }
                    else
                    {
                        seenAt[other] = others.Count;
                        others.Add(other);
                        weights.Add(w);
                    }
                }

                offsets[v + 1] = others.Count;
            }

            return (others.ToArray(), weights.ToArray());
        }
    }
}

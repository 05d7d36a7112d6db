using System;
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

        /// <summary>
        /// Builds the view: the one place where relations become weighted links and parallel relations merge (PageRank,
        /// eigenvector, closeness, betweenness, components, core numbers and the communities' weighted graph all read it).
        /// With <paramref name="distances"/>, every weight must be a distance (zero or more), checked by the traversal
        /// layer's one weight rule (<see cref="GraphView.DistanceOf"/>), which throws <see cref="NegativeWeightException"/>.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="asUndirected">Whether every relation also links back.</param>
        /// <param name="undirectedBothWays">Whether a relation of an undirected type links back.</param>
        /// <param name="weight">The weight of a relation; 1 when <c>null</c>.</param>
        /// <param name="merge">How parallel relations merge into one link.</param>
        /// <param name="filter">The relations to keep, or <c>null</c> for all.</param>
        /// <param name="dependencyDirection">Whether a reverse dependency (SUPPLIES) links from its target to its source.</param>
        /// <param name="distances">Whether weights are distances (checked not to be negative).</param>
        /// <param name="outOnly">Whether only the rows by source are built (the rows by target stay empty).</param>
        /// <returns>The view. Each row lists its links in the order of the first relation that makes each; a link's
        /// weight merges its relations' weights in the order they were added.</returns>
        public static LinkView Build(Graph graph, bool asUndirected, bool undirectedBothWays, Func<Relation, double>? weight, ParallelRelations merge, Func<Relation, bool>? filter = null, bool dependencyDirection = false, bool distances = false, bool outOnly = false)
        {
            AdjacencyIndex index = graph.Index;
            int n = index.VertexCount;
            int e = index.EdgeCount;

            // Each kept relation's arc (source, target after the dependency reading), whether it links back, and its weight.
            var sources = new int[e];
            var targets = new int[e];
            var both = new bool[e];
            var weights = new double[e];
            for (int r = 0; r < e; r++)
            {
                Relation relation = graph.RelationAt(r);
                if (filter != null && !filter(relation))
                {
                    sources[r] = targets[r] = -1;
                    continue;
                }

                int s = index.RelationSources[r];
                int t = index.RelationTargets[r];
                RelationType type = index.Types[index.RelationTypeIds[r]];
                if (dependencyDirection && Directions.DependsBackward(type))
                {
                    (s, t) = (t, s);
                }

                sources[r] = s;
                targets[r] = t;
                both[r] = (asUndirected || (!type.IsDirected && undirectedBothWays)) && s != t;
                weights[r] = distances ? GraphView.DistanceOf(relation, weight) : weight == null ? 1.0 : weight(relation);
            }

            var view = new LinkView(n, asUndirected);
            view.OutTargets = Rows(n, sources, targets, both, weights, merge, out int[] outOffsets, out double[] outWeights);
            view.OutOffsets = outOffsets;
            view.OutWeights = outWeights;
            if (!outOnly)
            {
                view.InSources = Rows(n, targets, sources, both, weights, merge, out int[] inOffsets, out double[] inWeights);
                view.InOffsets = inOffsets;
                view.InWeights = inWeights;
            }

            return view;
        }

        /// <summary>Builds the rows of links keyed by <paramref name="rowOf"/> (the arc's source for the out rows, its target for the in rows), merging parallel relations.</summary>
        private static int[] Rows(int n, int[] rowOf, int[] otherOf, bool[] both, double[] weightOf, ParallelRelations merge, out int[] offsets, out double[] weights)
        {
            // Bucket the arcs by row, in the order relations were added (an arc back sits in the other end's row).
            int e = rowOf.Length;
            var start = new int[n + 1];
            for (int r = 0; r < e; r++)
            {
                if (rowOf[r] >= 0)
                {
                    start[rowOf[r] + 1]++;
                    if (both[r])
                    {
                        start[otherOf[r] + 1]++;
                    }
                }
            }

            for (int v = 0; v < n; v++)
            {
                start[v + 1] += start[v];
            }

            var others = new int[start[n]];
            var relations = new int[start[n]];
            var fill = new int[n];
            for (int r = 0; r < e; r++)
            {
                if (rowOf[r] >= 0)
                {
                    int at = start[rowOf[r]] + fill[rowOf[r]]++;
                    others[at] = otherOf[r];
                    relations[at] = r;
                    if (both[r])
                    {
                        at = start[otherOf[r]] + fill[otherOf[r]]++;
                        others[at] = rowOf[r];
                        relations[at] = r;
                    }
                }
            }

            // Merge parallel arcs in place: slotOf[other] is where the link to other sits, when it is in this row.
            offsets = new int[n + 1];
            weights = new double[others.Length];
            var slotOf = new int[n];
            int count = 0;
            for (int v = 0; v < n; v++)
            {
                int rowStart = count;
                for (int i = start[v]; i < start[v + 1]; i++)
                {
                    int other = others[i];
                    double w = weightOf[relations[i]];
                    int slot = slotOf[other];
                    if (slot >= rowStart && slot < count && others[slot] == other)
                    {
                        weights[slot] = Merge(merge, weights[slot], w);
                    }
                    else
                    {
                        slotOf[other] = count;
                        others[count] = other;
                        weights[count] = w;
                        count++;
                    }
                }

                offsets[v + 1] = count;
            }

            Array.Resize(ref others, count);
            Array.Resize(ref weights, count);
            return others;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Algorithms.Traversal
{
    /// <summary>
    /// Fast traversal kernels on a graph's integer index: hop distances from an entity (breadth-first), point-to-point
    /// shortest paths by hops (bidirectional breadth-first search, optionally restricted to some relation types) and by
    /// weight (Dijkstra with a binary heap).
    /// </summary>
    /// <remarks>
    /// <para>Relations are followed along their direction (from <see cref="Relation.Source"/> to
    /// <see cref="Relation.Target"/>), as networkx and igraph do on a directed multigraph; a relation of an undirected
    /// type (<see cref="RelationType.IsDirected"/> false, such as <c>COOPERATES_WITH</c>) is followed both ways.
    /// Parallel relations count once for hops, and the lightest one counts for weight.</para>
    /// <para>A finder keeps scratch buffers sized to the graph (visited stamps, predecessors, queues, a heap) and reuses
    /// them from one query to the next, so that a thousand queries allocate only their answers. For that reason an
    /// instance is <b>not thread-safe</b>: use one finder per thread (they may share the graph, which is immutable).
    /// The answers are exact and the same whichever instance computes them; among several shortest paths, which one
    /// is returned is unspecified.</para>
    /// <para>These are unbounded algorithm kernels (a search stops when it has its answer or has seen everything
    /// reachable); bounded, user-facing path queries belong to <c>KnowledgeGraph.Queries</c>. Each takes a
    /// <see cref="CancellationToken"/>.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var finder = new PathFinder(graph);
    /// IReadOnlyList&lt;Relation&gt;? path = finder.FindPath(graph.GetEntity("integral"), graph.GetEntity("russia"));
    /// double km = finder.Distance(a, b, PathFinder.RelationWeights(graph, r =&gt; r.Properties.GetNumber("km") ?? 1));
    /// </code>
    /// </example>
    public sealed class PathFinder
    {
        private const int CheckEvery = 1 << 14;

        private readonly Graph _graph;
        private readonly AdjacencyIndex _index;
        private readonly SearchMark[] _marks;
        private readonly int[] _queueF;
        private readonly int[] _queueB;
        private readonly byte[] _allTypes;
        private DijkstraBuffers? _dijkstra;
        private int _meetFrom;
        private int _meetTo;
        private int _meetStep;
        private int _stamp;

        /// <summary>Creates a finder for a graph, with scratch buffers sized to it (about 24 bytes per entity, 48 more once a weighted query has run).</summary>
        /// <param name="graph">The graph (or a filtered or as-of view of it).</param>
        public PathFinder(Graph graph)
        {
            _graph = graph ?? throw new ArgumentNullException(nameof(graph));
            _index = graph.Index;
            int n = _index.VertexCount;
            _marks = new SearchMark[n];
            _queueF = new int[n];
            _queueB = new int[n];
            _allTypes = TypeDirections(_index, null);

            // Touch every page of the scratch buffers now, so that the first queries do not pay the operating
            // system's first-touch page faults (tens of milliseconds for a million entities): a finder is made once
            // and reused, and its queries then take the same time from the first one on.
            for (int i = 0; i < n; i += 128)
            {
                _marks[i].StampF = 0;
                _queueF[i] = 0;
                _queueB[i] = 0;
            }
        }

        /// <summary>Gets the graph.</summary>
        public Graph Graph => _graph;

        /// <summary>Gets the weight of every relation as an array indexed like <see cref="KnowledgeGraph.Graph.Relations"/>, for the weighted queries.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="weight">The weight of a relation: finite and not negative.</param>
        /// <returns>The weights.</returns>
        public static double[] RelationWeights(Graph graph, Func<Relation, double> weight)
        {
            var weights = new double[graph.EdgeCount];
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] = weight(graph.RelationAt(i));
            }

            return weights;
        }

        /// <summary>Gets the number of hops from <paramref name="source"/> to every entity, by breadth-first search along relations.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The hop distance of each entity, indexed like <see cref="KnowledgeGraph.Graph.Entities"/>; -1 when unreachable; 0 for <paramref name="source"/>.</returns>
        /// <exception cref="EntityNotFoundException"><paramref name="source"/> is not in the graph.</exception>
        public int[] HopDistances(Entity source, CancellationToken cancellationToken = default)
        {
            int s = IndexOf(source);
            AdjacencyIndex x = _index;
            var dist = new int[x.VertexCount];
#if NET8_0_OR_GREATER
            Array.Fill(dist, -1);
#else
            for (int i = 0; i < dist.Length; i++)
            {
                dist[i] = -1;
            }
#endif
            int[] queue = _queueF;
            int[] offsets = x.OutOffsets;
            int[] targets = x.OutTargets;
            int head = 0, tail = 0;
            dist[s] = 0;
            queue[tail++] = s;
            while (head < tail)
            {
                int u = queue[head++];
                if ((head & (CheckEvery - 1)) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int next = dist[u] + 1;
                for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
                {
                    int w = targets[i];
                    if (dist[w] < 0)
                    {
                        dist[w] = next;
                        queue[tail++] = w;
                    }
                }

                if (x.HasUndirected)
                {
                    for (int i = x.InOffsets[u], end = x.InOffsets[u + 1]; i < end; i++)
                    {
                        int w = x.InSources[i];
                        if (dist[w] < 0 && !x.Types[x.RelationTypeIds[x.InRelations[i]]].IsDirected)
                        {
                            dist[w] = next;
                            queue[tail++] = w;
                        }
                    }
                }
            }

            return dist;
        }

        /// <summary>Gets the number of relations on a shortest path from <paramref name="source"/> to <paramref name="target"/>.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="relationTypes">Which relation types may be followed; all when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The hop count (0 when they are the same entity), or -1 when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        public int HopCount(Entity source, Entity target, Func<RelationType, bool>? relationTypes = null, CancellationToken cancellationToken = default)
        {
            int meet = Bidirectional(IndexOf(source), IndexOf(target), relationTypes, cancellationToken);
            if (meet == -1)
            {
                return -1;
            }

            SearchMark[] m = _marks;
            AdjacencyIndex x = _index;
            int hops = _meetStep >= 0 ? 1 : 0;
            for (int v = _meetFrom; m[v].StepF >= 0; v = From(x, m[v].StepF))
            {
                hops++;
            }

            for (int v = meet; m[v].StepB >= 0; v = To(x, m[v].StepB))
            {
                hops++;
            }

            return hops;
        }

        /// <summary>Finds a shortest path by hops, by bidirectional breadth-first search.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="relationTypes">Which relation types may be followed; all when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The relations of the path in order (empty when they are the same entity), or <c>null</c> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        public IReadOnlyList<Relation>? FindPath(Entity source, Entity target, Func<RelationType, bool>? relationTypes = null, CancellationToken cancellationToken = default)
        {
            int meet = Bidirectional(IndexOf(source), IndexOf(target), relationTypes, cancellationToken);
            if (meet == -1)
            {
                return null;
            }

            SearchMark[] m = _marks;
            AdjacencyIndex x = _index;
            var path = new List<Relation>();
            for (int v = _meetFrom; m[v].StepF >= 0; v = From(x, m[v].StepF))
            {
                path.Add(_graph.RelationAt(m[v].StepF >> 1));
            }

            path.Reverse();
            if (_meetStep >= 0)
            {
                path.Add(_graph.RelationAt(_meetStep >> 1));
            }

            for (int v = meet; m[v].StepB >= 0; v = To(x, m[v].StepB))
            {
                path.Add(_graph.RelationAt(m[v].StepB >> 1));
            }

            return path;
        }

        /// <summary>Gets the weight of a lightest path, by bidirectional Dijkstra with binary heaps (a forward search from the source and a backward one from the target, stopping as soon as no shorter path can exist).</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="weights">The weight of each relation, indexed like <see cref="KnowledgeGraph.Graph.Relations"/> (see <see cref="RelationWeights"/>).</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The total weight (0 when they are the same entity), or <see cref="double.PositiveInfinity"/> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        /// <exception cref="ArgumentException"><paramref name="weights"/> has the wrong length, or a weight met is negative or NaN.</exception>
        public double Distance(Entity source, Entity target, double[] weights, CancellationToken cancellationToken = default)
        {
            return Dijkstra(IndexOf(source), IndexOf(target), weights, cancellationToken);
        }

        /// <summary>Gets the weight of a lightest path, computing each relation's weight with <paramref name="weight"/> (for many queries, precompute with <see cref="RelationWeights"/>).</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="weight">The weight of a relation: finite and not negative.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The total weight, or <see cref="double.PositiveInfinity"/> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        /// <exception cref="ArgumentException">A weight met is negative or NaN.</exception>
        public double Distance(Entity source, Entity target, Func<Relation, double> weight, CancellationToken cancellationToken = default) =>
            Distance(source, target, RelationWeights(_graph, weight), cancellationToken);

        /// <summary>Finds a lightest path by bidirectional Dijkstra.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="weights">The weight of each relation, indexed like <see cref="KnowledgeGraph.Graph.Relations"/>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The relations of the path in order (empty when they are the same entity), or <c>null</c> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        /// <exception cref="ArgumentException"><paramref name="weights"/> has the wrong length, or a weight met is negative or NaN.</exception>
        public IReadOnlyList<Relation>? FindWeightedPath(Entity source, Entity target, double[] weights, CancellationToken cancellationToken = default)
        {
            int s = IndexOf(source);
            int t = IndexOf(target);
            if (double.IsPositiveInfinity(Dijkstra(s, t, weights, cancellationToken)))
            {
                return null;
            }

            var path = new List<Relation>();
            if (_meetStep < 0)
            {
                return path; // s == t
            }

            DijkstraBuffers d = _dijkstra!;
            AdjacencyIndex x = _index;
            for (int v = _meetFrom; v != s; v = From(x, d.ParentF[v]))
            {
                path.Add(_graph.RelationAt(d.ParentF[v] >> 1));
            }

            path.Reverse();
            path.Add(_graph.RelationAt(_meetStep >> 1));
            for (int v = _meetTo; v != t; v = To(x, d.ParentB[v]))
            {
                path.Add(_graph.RelationAt(d.ParentB[v] >> 1));
            }

            return path;
        }

        private int IndexOf(Entity entity)
        {
            if (entity == null)
            {
                throw new ArgumentNullException(nameof(entity));
            }

            int i = _graph.IndexOf(entity);
            return i >= 0 ? i : throw new EntityNotFoundException(entity.Id);
        }

        /// <summary>Gets the direction mask per relation type of the kernels: every allowed type is walked from source to target, and an undirected one also back.</summary>
        private static byte[] TypeDirections(AdjacencyIndex x, Func<RelationType, bool>? relationTypes)
        {
            bool[]? mask = relationTypes == null ? null : x.TypeMask(relationTypes);
            var dirs = new byte[x.Types.Length];
            for (int i = 0; i < dirs.Length; i++)
            {
                if (mask == null || mask[i])
                {
                    dirs[i] = x.Types[i].IsDirected ? BidirectionalSearch.Outgoing : (byte)(BidirectionalSearch.Outgoing | BidirectionalSearch.Incoming);
                }
            }

            return dirs;
        }

        private static int From(AdjacencyIndex x, int step) => (step & 1) != 0 ? x.RelationSources[step >> 1] : x.RelationTargets[step >> 1];

        private static int To(AdjacencyIndex x, int step) => (step & 1) != 0 ? x.RelationTargets[step >> 1] : x.RelationSources[step >> 1];

        private int NextStamp()
        {
            if (_stamp == int.MaxValue)
            {
                Array.Clear(_marks, 0, _marks.Length);
                if (_dijkstra != null)
                {
                    Array.Clear(_dijkstra.SeenF, 0, _dijkstra.SeenF.Length);
                    Array.Clear(_dijkstra.SeenB, 0, _dijkstra.SeenB.Length);
                    Array.Clear(_dijkstra.DoneF, 0, _dijkstra.DoneF.Length);
                    Array.Clear(_dijkstra.DoneB, 0, _dijkstra.DoneB.Length);
                }

                _stamp = 0;
            }

            return ++_stamp;
        }

        /// <summary>Runs the shared bidirectional breadth-first search; returns the meeting entity (whose backward chain leads to t) or -1, leaving the joining step and the forward chain's end in fields.</summary>
        private int Bidirectional(int s, int t, Func<RelationType, bool>? relationTypes, CancellationToken cancellationToken)
        {
            byte[] dirs = relationTypes == null ? _allTypes : TypeDirections(_index, relationTypes);
            var filter = default(OpenFilter);
            int meet = BidirectionalSearch.Bfs(_index, ref filter, dirs, _marks, _queueF, _queueB, NextStamp(), s, t, int.MaxValue, true, cancellationToken, out _meetFrom, out _meetStep, out _);
            return meet;
        }

        /// <summary>Runs the shared bidirectional Dijkstra; returns the distance (infinity when t is not reachable), leaving the meeting in fields.</summary>
        private double Dijkstra(int s, int t, double[] weights, CancellationToken cancellationToken)
        {
            AdjacencyIndex x = _index;
            if (weights == null || weights.Length != x.EdgeCount)
            {
                throw new ArgumentException($"The weights must hold one number per relation ({x.EdgeCount}).", nameof(weights));
            }

            _dijkstra ??= new DijkstraBuffers(x.VertexCount);
            var filter = new WeightFilter(_graph, weights);
            return BidirectionalSearch.Dijkstra(x, ref filter, _allTypes, _dijkstra, NextStamp(), s, t, true, cancellationToken, out _meetFrom, out _meetTo, out _meetStep);
        }

        /// <summary>No filter beyond relation types: what the unweighted kernels use.</summary>
        private struct OpenFilter : IStepFilter
        {
            public bool Walkable(int relation) => true;

            public bool Blocked(int reached, int from, int to) => false;

            public bool CanPass(int v) => true;

            public double Weight(int relation) => 1;
        }

        /// <summary>Weights from an array indexed like the relations.</summary>
        private readonly struct WeightFilter : IStepFilter
        {
            private readonly Graph _graph;
            private readonly double[] _weights;

            public WeightFilter(Graph graph, double[] weights)
            {
                _graph = graph;
                _weights = weights;
            }

            public bool Walkable(int relation) => true;

            public bool Blocked(int reached, int from, int to) => false;

            public bool CanPass(int v) => true;

            public double Weight(int relation)
            {
                double weight = _weights[relation];
                if (!(weight >= 0))
                {
                    throw new NegativeWeightException(_graph.RelationAt(relation), weight);
                }

                return weight;
            }
        }
    }
}

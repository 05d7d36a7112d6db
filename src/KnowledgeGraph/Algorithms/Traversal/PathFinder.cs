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
        private readonly Mark[] _marks;
        private readonly int[] _queueF;
        private readonly int[] _queueB;
        private Side? _forward;
        private Side? _backward;
        private double _best;
        private int _meetFrom;
        private int _meetTo;
        private int _meetRelation;
        private int _stamp;

        /// <summary>Creates a finder for a graph, with scratch buffers sized to it (about 24 bytes per entity, 48 more once a weighted query has run).</summary>
        /// <param name="graph">The graph (or a filtered or as-of view of it).</param>
        public PathFinder(Graph graph)
        {
            _graph = graph ?? throw new ArgumentNullException(nameof(graph));
            _index = graph.Index;
            int n = _index.VertexCount;
            _marks = new Mark[n];
            _queueF = new int[n];
            _queueB = new int[n];

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
            int meet = Bidirectional(IndexOf(source), IndexOf(target), Mask(relationTypes), cancellationToken, out int relation, out int from);
            if (meet == -1)
            {
                return -1;
            }

            Mark[] m = _marks;
            int hops = relation >= 0 ? 1 : 0;
            for (int v = from; m[v].RelF >= 0; v = OtherEnd(m[v].RelF, v))
            {
                hops++;
            }

            for (int v = meet; m[v].RelB >= 0; v = OtherEnd(m[v].RelB, v))
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
            int meet = Bidirectional(IndexOf(source), IndexOf(target), Mask(relationTypes), cancellationToken, out int relation, out int from);
            if (meet == -1)
            {
                return null;
            }

            Mark[] m = _marks;
            var path = new List<Relation>();
            for (int v = from; m[v].RelF >= 0; v = OtherEnd(m[v].RelF, v))
            {
                path.Add(_graph.RelationAt(m[v].RelF));
            }

            path.Reverse();
            if (relation >= 0)
            {
                path.Add(_graph.RelationAt(relation));
            }

            for (int v = meet; m[v].RelB >= 0; v = OtherEnd(m[v].RelB, v))
            {
                path.Add(_graph.RelationAt(m[v].RelB));
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
            return Dijkstra(IndexOf(source), IndexOf(target), weights, cancellationToken) ? _best : double.PositiveInfinity;
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
            if (!Dijkstra(s, t, weights, cancellationToken))
            {
                return null;
            }

            var path = new List<Relation>();
            if (_meetRelation < 0)
            {
                return path; // s == t
            }

            Side f = _forward!, b = _backward!;
            for (int v = _meetFrom; f.PredRel[v] >= 0; v = f.PredNode[v])
            {
                path.Add(_graph.RelationAt(f.PredRel[v]));
            }

            path.Reverse();
            path.Add(_graph.RelationAt(_meetRelation));
            for (int v = _meetTo; b.PredRel[v] >= 0; v = b.PredNode[v])
            {
                path.Add(_graph.RelationAt(b.PredRel[v]));
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

        private bool[]? Mask(Func<RelationType, bool>? relationTypes) => relationTypes == null ? null : _index.TypeMask(relationTypes);

        private int NextStamp()
        {
            if (_stamp == int.MaxValue)
            {
                Array.Clear(_marks, 0, _marks.Length);
                foreach (Side? side in new[] { _forward, _backward })
                {
                    if (side != null)
                    {
                        Array.Clear(side.Seen, 0, side.Seen.Length);
                        Array.Clear(side.Done, 0, side.Done.Length);
                    }
                }
                _stamp = 0;
            }

            return ++_stamp;
        }

        /// <summary>
        /// Bidirectional BFS. Returns the meeting entity (whose backward chain leads to t) or -1; <paramref name="relation"/>
        /// is the relation that joins <paramref name="from"/> (whose forward chain leads to s) to the meeting entity, or -1
        /// when the meeting entity was reached by one side alone (s == t).
        /// </summary>
        /// <remarks>
        /// Each step expands a whole level of the smaller frontier. The two visited sets stay disjoint until the first
        /// relation between them is found; at that moment every entity within k hops of s and within j hops of t is known,
        /// so no path is shorter than k + j + 1, which is the length of the path found.
        /// </remarks>
        private int Bidirectional(int s, int t, bool[]? mask, CancellationToken cancellationToken, out int relation, out int from)
        {
            relation = -1;
            from = s;
            int stamp = NextStamp();
            Mark[] m = _marks;
            m[s].StampF = stamp;
            m[s].RelF = -1;
            m[t].StampB = stamp;
            m[t].RelB = -1;
            if (s == t)
            {
                return t;
            }

            AdjacencyIndex x = _index;
            int[] qF = _queueF, qB = _queueB;
            int headF = 0, tailF = 0, headB = 0, tailB = 0;
            qF[tailF++] = s;
            qB[tailB++] = t;
            long work = 0;
            while (headF < tailF && headB < tailB)
            {
                if ((work += (tailF - headF) + (tailB - headB)) > CheckEvery)
                {
                    work = 0;
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // Expand the side whose next level reads fewer relations (in a graph with hubs, fewer entities can
                // still mean far more relations).
                if (RowSum(qF, headF, tailF, x.OutOffsets) <= RowSum(qB, headB, tailB, x.InOffsets))
                {
                    int levelEnd = tailF;
                    while (headF < levelEnd)
                    {
                        int u = qF[headF++];
                        int meet = ExpandForward(u, mask, stamp, ref tailF, out relation);
                        if (meet >= 0)
                        {
                            from = u;
                            return meet;
                        }
                    }
                }
                else
                {
                    int levelEnd = tailB;
                    while (headB < levelEnd)
                    {
                        int u = qB[headB++];
                        int meet = ExpandBackward(u, mask, stamp, ref tailB, out relation);
                        if (meet >= 0)
                        {
                            // The meeting entity is on the forward side; u (backward side) leads to t.
                            from = meet;
                            return u;
                        }
                    }
                }
            }

            return -1;
        }

        private static long RowSum(int[] queue, int head, int tail, int[] offsets)
        {
            long sum = tail - head;
            for (int i = head; i < tail; i++)
            {
                int v = queue[i];
                sum += offsets[v + 1] - offsets[v];
            }

            return sum;
        }

        /// <summary>Expands one entity of the forward side; returns an entity of the backward side that it reaches (with the joining relation), or -1.</summary>
        private int ExpandForward(int u, bool[]? mask, int stamp, ref int tail, out int relation)
        {
            AdjacencyIndex x = _index;
            Mark[] m = _marks;
            int[] queue = _queueF;
            int[] targets = x.OutTargets;
            int[] types = x.OutTypes;
            for (int i = x.OutOffsets[u], end = x.OutOffsets[u + 1]; i < end; i++)
            {
                if (mask != null && !mask[types[i]])
                {
                    continue;
                }

                int w = targets[i];
                ref Mark mw = ref m[w];
                if (mw.StampB == stamp)
                {
                    relation = x.OutRelations[i];
                    return w;
                }

                if (mw.StampF != stamp)
                {
                    mw.StampF = stamp;
                    mw.RelF = x.OutRelations[i];
                    queue[tail++] = w;
                }
            }

            if (x.HasUndirected)
            {
                for (int i = x.InOffsets[u], end = x.InOffsets[u + 1]; i < end; i++)
                {
                    int type = x.InTypes[i];
                    if (x.Types[type].IsDirected || (mask != null && !mask[type]))
                    {
                        continue;
                    }

                    int w = x.InSources[i];
                    ref Mark mw = ref m[w];
                    if (mw.StampB == stamp)
                    {
                        relation = x.InRelations[i];
                        return w;
                    }

                    if (mw.StampF != stamp)
                    {
                        mw.StampF = stamp;
                            mw.RelF = x.InRelations[i];
                        queue[tail++] = w;
                    }
                }
            }

            relation = -1;
            return -1;
        }

        /// <summary>Expands one entity of the backward side; returns an entity of the forward side that reaches it (with the joining relation), or -1.</summary>
        private int ExpandBackward(int u, bool[]? mask, int stamp, ref int tail, out int relation)
        {
            AdjacencyIndex x = _index;
            Mark[] m = _marks;
            int[] queue = _queueB;
            int[] sources = x.InSources;
            int[] types = x.InTypes;
            for (int i = x.InOffsets[u], end = x.InOffsets[u + 1]; i < end; i++)
            {
                if (mask != null && !mask[types[i]])
                {
                    continue;
                }

                int w = sources[i];
                ref Mark mw = ref m[w];
                if (mw.StampF == stamp)
                {
                    relation = x.InRelations[i];
                    return w;
                }

                if (mw.StampB != stamp)
                {
                    mw.StampB = stamp;
                    mw.RelB = x.InRelations[i];
                    queue[tail++] = w;
                }
            }

            if (x.HasUndirected)
            {
                for (int i = x.OutOffsets[u], end = x.OutOffsets[u + 1]; i < end; i++)
                {
                    int type = x.OutTypes[i];
                    if (x.Types[type].IsDirected || (mask != null && !mask[type]))
                    {
                        continue;
                    }

                    int w = x.OutTargets[i];
                    ref Mark mw = ref m[w];
                    if (mw.StampF == stamp)
                    {
                        relation = x.OutRelations[i];
                        return w;
                    }

                    if (mw.StampB != stamp)
                    {
                        mw.StampB = stamp;
                            mw.RelB = x.OutRelations[i];
                        queue[tail++] = w;
                    }
                }
            }

            relation = -1;
            return -1;
        }

        /// <summary>What the bidirectional search knows of one entity, both sides together (16 bytes), so that a visit touches one cache line.</summary>
        private struct Mark
        {
            public int StampF;
            public int StampB;
            public int RelF;
            public int RelB;
        }

        /// <summary>Gets the end of relation <paramref name="r"/> that is not <paramref name="v"/> (the previous entity on a search chain; 16-byte marks keep only the relation).</summary>
        private int OtherEnd(int r, int v)
        {
            int s = _index.RelationSources[r];
            return s == v ? _index.RelationTargets[r] : s;
        }

        /// <summary>
        /// Bidirectional Dijkstra between s and t: a forward search along relations from s and a backward search against
        /// them from t, each step settling one entity of the side with the smaller heap. Every relation relaxed between
        /// the two sides offers a candidate path; the search stops when the two heaps' smallest keys add up to at least the
        /// best candidate (Goldberg and Harrelson's criterion), which is then the shortest. Returns false when t is not
        /// reachable; otherwise <see cref="_best"/> holds the distance and the meeting relation joins the two chains.
        /// </summary>
        private bool Dijkstra(int s, int t, double[] weights, CancellationToken cancellationToken)
        {
            AdjacencyIndex x = _index;
            if (weights == null || weights.Length != x.EdgeCount)
            {
                throw new ArgumentException($"The weights must hold one number per relation ({x.EdgeCount}).", nameof(weights));
            }

            _forward ??= new Side(x.VertexCount);
            _backward ??= new Side(x.VertexCount);
            Side f = _forward, b = _backward;
            int stamp = NextStamp();
            f.Start(s, stamp);
            b.Start(t, stamp);
            _best = s == t ? 0 : double.PositiveInfinity;
            _meetFrom = s;
            _meetTo = t;
            _meetRelation = -1;
            int settled = 0;
            while (f.Heap.Count > 0 && b.Heap.Count > 0 && f.Heap.PeekKey + b.Heap.PeekKey < _best)
            {
                if ((++settled & (CheckEvery - 1)) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (f.Heap.Count <= b.Heap.Count)
                {
                    Settle(f, b, true, x, weights, stamp);
                }
                else
                {
                    Settle(b, f, false, x, weights, stamp);
                }
            }

            return !double.IsPositiveInfinity(_best);
        }

        private void Settle(Side side, Side other, bool forward, AdjacencyIndex x, double[] weights, int stamp)
        {
            double d = side.Heap.PeekKey;
            int u = side.Heap.PeekValue;
            side.Heap.Pop(out _);
            if (side.Done[u] == stamp || d > side.Dist[u])
            {
                return;
            }

            side.Done[u] = stamp;
            int[] offsets = forward ? x.OutOffsets : x.InOffsets;
            int[] ends = forward ? x.OutTargets : x.InSources;
            int[] rels = forward ? x.OutRelations : x.InRelations;
            for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
            {
                Relax(side, other, forward, u, ends[i], rels[i], d, weights, stamp);
            }

            if (x.HasUndirected)
            {
                offsets = forward ? x.InOffsets : x.OutOffsets;
                ends = forward ? x.InSources : x.OutTargets;
                rels = forward ? x.InRelations : x.OutRelations;
                for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
                {
                    int r = rels[i];
                    if (!x.Types[x.RelationTypeIds[r]].IsDirected)
                    {
                        Relax(side, other, forward, u, ends[i], r, d, weights, stamp);
                    }
                }
            }
        }

        private void Relax(Side side, Side other, bool forward, int u, int w, int r, double d, double[] weights, int stamp)
        {
            double weight = weights[r];
            if (!(weight >= 0))
            {
                throw new ArgumentException($"The relation '{_graph.RelationAt(r).Id}' has the weight {weight}; Dijkstra needs weights that are not negative.", nameof(weights));
            }

            if (side.Done[w] == stamp)
            {
                return;
            }

            double nd = d + weight;
            if (side.Seen[w] != stamp || nd < side.Dist[w])
            {
                side.Seen[w] = stamp;
                side.Dist[w] = nd;
                side.PredNode[w] = u;
                side.PredRel[w] = r;
                side.Heap.Push(nd, w);
            }

            if (other.Seen[w] == stamp)
            {
                double candidate = nd + other.Dist[w];
                if (candidate < _best)
                {
                    _best = candidate;
                    _meetRelation = r;
                    _meetFrom = forward ? u : w;
                    _meetTo = forward ? w : u;
                }
            }
        }

        /// <summary>One side of a bidirectional Dijkstra: stamps, tentative distances, predecessors and a heap.</summary>
        private sealed class Side
        {
            public Side(int n)
            {
                Seen = new int[n];
                PredNode = new int[n];
                PredRel = new int[n];
                Done = new int[n];
                Dist = new double[n];
            }

            public int[] Seen { get; }

            public int[] Done { get; }

            public int[] PredNode { get; }

            public int[] PredRel { get; }

            public double[] Dist { get; }

            public MinHeap Heap { get; } = new MinHeap();

            public void Start(int v, int stamp)
            {
                Heap.Clear();
                Seen[v] = stamp;
                Dist[v] = 0;
                PredRel[v] = -1;
                Heap.Push(0, v);
            }
        }
    }
}

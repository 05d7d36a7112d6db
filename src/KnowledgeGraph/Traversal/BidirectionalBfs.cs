using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The kernel of point-to-point shortest paths by hops: bidirectional breadth-first search on a
    /// <see cref="GraphView"/>, allocation-free apart from the answer (the buffers come from a <see cref="Workspace"/>).
    /// Used by the public fast path (<c>Algorithms.Traversal.PathFinder</c>), the path queries and Yen's spur searches.
    /// </summary>
    /// <remarks>
    /// A relation may be walked when its type's direction bits in the view allow the direction and the step filter
    /// allows it. Rows are read in the order outgoing then incoming, on both sides. O(V + E) at worst, usually far less.
    /// </remarks>
    internal static class BidirectionalBfs
    {
        private const int CancelCheckMask = 1023;

        /// <summary>What <c>Search</c> returns when the next level could pass the table's room.</summary>
        private const int NeedsDense = -2;
#if KG_STATS
        internal static long StatExpanded, StatScanned, StatQueued, StatRowSum, StatDense;
#endif

        /// <summary>Compile the search loops, and what a query runs around them, fully optimized on first use (MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; older runtimes ignore it): a finder's first queries then run at full speed, where tiered compilation would run them unoptimized until it recompiles them in the background.</summary>
        internal const MethodImplOptions Hot = (MethodImplOptions)512;

        /// <summary>Finds a shortest path by hops from <paramref name="s"/> to <paramref name="t"/>, leaving out <paramref name="blockedNodes"/> and walks between the pairs of <paramref name="blockedPairs"/>.</summary>
        /// <param name="view">The view.</param>
        /// <param name="ws">The workspace.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="t">The end entity.</param>
        /// <param name="maxDepth">The most relations on the path.</param>
        /// <param name="balanceByRelations">Whether each round expands the side with fewer relations to read (the fast path) rather than fewer entities.</param>
        /// <param name="blockedNodes">Entities the path may not pass through, or <c>null</c>.</param>
        /// <param name="blockedPairs">Walks the path may not take, or <c>null</c>.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <param name="depthBound">Whether <paramref name="maxDepth"/> cut the search.</param>
        /// <returns>The encoded steps (empty when s == t), or <c>null</c> when there is no path.</returns>
        [MethodImpl(Hot)]
        public static int[]? Path(GraphView view, Workspace ws, int s, int t, int maxDepth, bool balanceByRelations, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out bool depthBound)
        {
            ct.ThrowIfCancellationRequested();
            TraversalIndex o = view.Index.Ordered;
            s = o.Rank[s];
            t = o.Rank[t];
            int meet = Run(view, ws, s, t, maxDepth, balanceByRelations, blockedNodes, blockedPairs, ct, out int meetFrom, out int meetStep, out depthBound);
            if (meet < 0)
            {
                return null;
            }

            if (meetStep < 0)
            {
                return Array.Empty<int>();
            }

            int k = 0;
            for (int v = meetFrom; v != s; v = o.FromOf(StepOf(ws, v, false)))
            {
                k++;
            }

            int j = 0;
            for (int v = meet; v != t; v = o.ToOf(StepOf(ws, v, true)))
            {
                j++;
            }

            var steps = new int[k + 1 + j];
            for (int v = meetFrom, i = k - 1; v != s; i--)
            {
                steps[i] = StepOf(ws, v, false);
                v = o.FromOf(steps[i]);
            }

            steps[k] = meetStep;
            for (int v = meet, i = k + 1; v != t; i++)
            {
                steps[i] = StepOf(ws, v, true);
                v = o.ToOf(steps[i]);
            }

            return steps;
        }

        /// <summary>Gets the number of relations on a shortest path, without building it.</summary>
        /// <param name="view">The view.</param>
        /// <param name="ws">The workspace.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="t">The end entity.</param>
        /// <param name="balanceByRelations">Whether each round expands the side with fewer relations to read.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <param name="maxDepth">The most relations on the path.</param>
        /// <returns>The hop count (0 when s == t), or -1 when there is no path (within <paramref name="maxDepth"/>).</returns>
        [MethodImpl(Hot)]
        public static int Hops(GraphView view, Workspace ws, int s, int t, bool balanceByRelations, CancellationToken ct, int maxDepth = int.MaxValue)
        {
            TraversalIndex o = view.Index.Ordered;
            int meet = Run(view, ws, o.Rank[s], o.Rank[t], maxDepth, balanceByRelations, null, null, ct, out int meetFrom, out int meetStep, out _);
            if (meet < 0)
            {
                return -1;
            }

            int hops = meetStep >= 0 ? 1 : 0;
            for (int v = meetFrom, step; (step = StepOf(ws, v, false)) >= 0; v = o.FromOf(step))
            {
                hops++;
            }

            for (int v = meet, step; (step = StepOf(ws, v, true)) >= 0; v = o.ToOf(step))
            {
                hops++;
            }

            return hops;
        }

        /// <summary>Gets the step by which one side of the last search reached <paramref name="v"/> (-1 at its start), from the table or, when the search outgrew it, the graph-sized marks.</summary>
        [MethodImpl(Hot)]
        private static int StepOf(Workspace ws, int v, bool backward)
        {
            if (ws.DenseStamp != 0)
            {
                ref SearchMark m = ref ws.Marks[v];
                return backward ? m.StepB : m.StepF;
            }

            int slot = ws.Table.Find(v);
            return backward ? ws.Table.StepB(slot) : ws.Table.StepF(slot);
        }

        [MethodImpl(Hot)]
        private static int Run(GraphView view, Workspace ws, int s, int t, int maxDepth, bool balance, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out int meetFrom, out int meetStep, out bool depthBound)
        {
            int stamp = ws.NextStamp();
            if (view.IsPlain && blockedNodes == null && (blockedPairs == null || blockedPairs.Count == 0))
            {
                var plain = new PlainFilter(view);
                return Run(view, ref plain, ws, stamp, s, t, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
            }

            bool unblocked = blockedNodes == null && (blockedPairs == null || blockedPairs.Count == 0);
            if (unblocked && view.TimeBitsOnly is ulong[] bits)
            {
                var dated = new TimeBitsFilter(view, bits);
                return Run(view, ref dated, ws, stamp, s, t, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
            }

            var filter = new RenumberedFilter(view, new ViewFilter(view, ws, stamp, blockedNodes, blockedPairs));
            return Run(view, ref filter, ws, stamp, s, t, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
        }

        /// <summary>Runs the search on the table sized to it and, when it outgrows the table, goes on with the graph-sized marks.</summary>
        [MethodImpl(Hot)]
        private static int Run<TFilter>(GraphView view, ref TFilter filter, Workspace ws, int stamp, int s, int t, int maxDepth, bool balance, CancellationToken ct, out int meetFrom, out int meetStep, out bool depthBound)
            where TFilter : struct, IStepFilter
        {
            SearchTable table = ws.Table;
            table.Start();
            ws.DenseStamp = 0;
            meetFrom = s;
            meetStep = -1;
            depthBound = false;
            var marks = new TableMarks(table);
            marks.Mark(marks.Find(s), s, false, -1);
            marks.Mark(marks.Find(t), t, true, -1);
            if (s == t)
            {
                return t;
            }

            TraversalIndex o = view.Index.Ordered;
            int[] qa = ws.TableQueueA, qb = ws.TableQueueB;
            qa[0] = s;
            qb[0] = t;
            int cs = o.CodesOf(s), ct2 = o.CodesOf(t);
            var state = new State
            {
                TailF = 1,
                TailB = 1,
                OutF = DegreeCodes.Decode[(int)((uint)cs >> 24)],
                InF = DegreeCodes.Decode[(cs >> 16) & 0xFF],
                OutB = DegreeCodes.Decode[(int)((uint)ct2 >> 24)],
                InB = DegreeCodes.Decode[(ct2 >> 16) & 0xFF],
            };
            int meet = Search(o, ref filter, view, ref marks, qa, qb, ref state, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
            if (meet != NeedsDense)
            {
                return meet;
            }

#if KG_STATS
            StatDense++;
#endif
            table.CopyTo(ws.Marks, stamp);
            ws.DenseStamp = stamp;

            // The queues sized to the table go on in the graph-sized ones (a queue's entries keep their places).
            Array.Copy(qa, ws.QueueA, state.TailF);
            Array.Copy(qb, ws.QueueB, state.TailB);
            qa = ws.QueueA;
            qb = ws.QueueB;
            var dense = new DenseMarks(ws.Marks, stamp);
            return Search(o, ref filter, view, ref dense, qa, qb, ref state, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
        }

        /// <summary>
        /// Bidirectional breadth-first search from the start entity (the forward queue) to the end entity (the backward queue), from where <paramref name="st"/> left off. Each round expands a
        /// whole level of one side (the smaller frontier, counted in entities or, with
        /// <paramref name="balanceByRelations"/>, in relations to read). The two visited sets stay disjoint until the
        /// first walkable relation between them is found; every entity within k hops of s and within j hops of t is then
        /// known, so no path is shorter than the one found, which is returned at once.
        /// </summary>
        /// <returns>The meeting entity, whose backward chain (<see cref="SearchMark.StepB"/>) leads to t, or -1 when there is no path within <paramref name="maxDepth"/>.</returns>
        [MethodImpl(Hot)]
        private static int Search<TFilter, TMarks>(
            TraversalIndex x,
            ref TFilter filter,
            GraphView view,
            ref TMarks marks,
            int[] queueF,
            int[] queueB,
            ref State st,
            int maxDepth,
            bool balanceByRelations,
            CancellationToken ct,
            out int meetFrom,
            out int meetStep,
            out bool depthBound)
            where TFilter : struct, IStepFilter
            where TMarks : struct, IMarks
        {
            meetFrom = -1;
            meetStep = -1;
            depthBound = false;

            // Rows that no type may be walked along are skipped, and the type check is skipped when every type may be.
            byte[] typeDir = view.TypeDirections;
            int any = view.AnyTypeDirections, all = view.EveryTypeDirections;

            // The rows each side reads: forward, the outgoing rows when some type is walked along its direction and the
            // incoming rows when some type is walked against it; backward, the other way round.
            bool outF = (any & Directions.Outgoing) != 0, inF = (any & Directions.Incoming) != 0;
            while (st.HeadF < st.TailF && st.HeadB < st.TailB)
            {
                if (st.LevelF + st.LevelB + 1 > maxDepth)
                {
                    depthBound = true;
                    return -1;
                }

                // Each frontier is weighed by the degree codes its entities' slots carried when they were queued: a
                // bound on the relations of each row kind, plus one per entity.
                long countF = st.TailF - st.HeadF, countB = st.TailB - st.HeadB;
                bool forward;
                long slots;
                if (balanceByRelations)
                {
                    long sumF = countF + st.OutF, sumB = countB + st.InB;
                    forward = sumF <= sumB;
                    slots = forward ? (inF ? sumF + countF + st.InF : sumF) : (outF ? sumB + countB + st.OutB : sumB);
                }
                else
                {
                    forward = countF <= countB;
                    slots = forward
                        ? (outF ? countF + st.OutF : 0) + (inF ? countF + st.InF : 0)
                        : (inF ? countB + st.OutB : 0) + (outF ? countB + st.InB : 0);
                }

                // A level marks at most one entity per slot it reads: make room for them, or go on with the graph-sized marks.
                if (!marks.Reserve(slots))
                {
                    return NeedsDense;
                }

                if (forward)
                {
                    int from = ExpandLevel(x, ref filter, typeDir, any, all, ref marks, queueF, ref st.HeadF, ref st.TailF, false, ref st.Work, ref st.OutF, ref st.InF, ct, out int meet, out int step);
                    if (from >= 0)
                    {
                        meetFrom = from;
                        meetStep = step;
                        return meet;
                    }

                    st.LevelF++;
                }
                else
                {
                    int to = ExpandLevel(x, ref filter, typeDir, any, all, ref marks, queueB, ref st.HeadB, ref st.TailB, true, ref st.Work, ref st.OutB, ref st.InB, ct, out int meet, out int step);
                    if (to >= 0)
                    {
                        meetFrom = meet;
                        meetStep = step;
                        return to;
                    }

                    st.LevelB++;
                }
            }

            return -1;
        }

        /// <summary>
        /// Expands one whole level of one side (each entity's outgoing row, then its incoming row). Returns the expanded
        /// entity that reached the other side (<paramref name="meet"/>, by <paramref name="meetStep"/>), or -1. The rows
        /// that no type may be walked along are skipped, and the type check is skipped when every type may be. The
        /// degree bounds of the entities it queues (the next level) are summed into <paramref name="outSum"/> and <paramref name="inSum"/>.
        /// </summary>
        [MethodImpl(Hot)]
        private static int ExpandLevel<TFilter, TMarks>(TraversalIndex x, ref TFilter filter, byte[] typeDir, int any, int all, ref TMarks marks, int[] queue, ref int head, ref int tail, bool backward, ref int work, ref long outSum, ref long inSum, CancellationToken ct, out int meet, out int meetStep)
            where TFilter : struct, IStepFilter
            where TMarks : struct, IMarks
        {
            // Forward side: the outgoing row is walked source to target. Backward side: the outgoing row of v leads to
            // its targets, which the path walks from target to source; its incoming row, from source to target.
            int outBit = backward ? Directions.Incoming : Directions.Outgoing, inBit = backward ? Directions.Outgoing : Directions.Incoming;
            var outRow = new Row(outBit, any, all, backward ? 0 : 1);
            var inRow = new Row(inBit, any, all, backward ? 1 : 0);
            int[] starts = x.Starts;
            var sums = new Sums();
            int levelEnd = tail;
            while (head < levelEnd)
            {
                int v = queue[head++];
#if NET8_0_OR_GREATER
                // The entities queued next are known: ask the memory for the row starts of the one six ahead and the
                // slots of the one two ahead (whose starts were asked for four entities ago), so that their cache misses
                // overlap with this entity's work instead of following it.
                if (CacheHints.Enabled)
                {
                    if (head + 5 < tail)
                    {
                        CacheHints.Prefetch(ref starts[2 * queue[head + 5]]);
                    }

                    int at;
                    if (head + 1 < tail && (at = starts[2 * queue[head + 1]]) < x.Slots.Length)
                    {
                        CacheHints.Prefetch(ref x.Slots[at]);
                    }
                }
#endif
                int a = starts[2 * v], b = starts[(2 * v) + 1], c = starts[(2 * v) + 2];
#if KG_STATS
                StatExpanded++;
                StatScanned += c - a;
#endif
                if ((outRow.Use && Expand(x, outRow, a, b, ref filter, typeDir, ref marks, queue, ref tail, ref sums, backward, v, out meet, out meetStep))
                    || (inRow.Use && Expand(x, inRow, b, c, ref filter, typeDir, ref marks, queue, ref tail, ref sums, backward, v, out meet, out meetStep)))
                {
                    return v;
                }

                if ((++work & CancelCheckMask) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }

            outSum = sums.Out;
            inSum = sums.In;
            meet = -1;
            meetStep = -1;
            return -1;
        }


        /// <summary>Walks slots <paramref name="from"/> to <paramref name="to"/>-1 of one row of <paramref name="v"/>: marks and queues each entity newly reached, and returns <c>true</c> when a step reaches the other side (<paramref name="meet"/>, by <paramref name="meetStep"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining | Hot)]
        private static bool Expand<TFilter, TMarks>(TraversalIndex x, in Row row, int from, int to, ref TFilter filter, byte[] typeDir, ref TMarks marks, int[] queue, ref int tail, ref Sums sums, bool backward, int v, out int meet, out int meetStep)
            where TFilter : struct, IStepFilter
            where TMarks : struct, IMarks
        {
            TraversalIndex.Slot[] slotsOf = x.Slots;
            int[] decode = DegreeCodes.Decode;
            bool check = row.Check;
            int bit = row.Bit;
            for (int i = from; i < to; i++)
            {
                ref readonly TraversalIndex.Slot sl = ref slotsOf[i];
                int meta = sl.Meta;
                if (check)
                {
                    int type = meta & TraversalIndex.TypeEscape;
                    if ((typeDir[type != TraversalIndex.TypeEscape ? type : x.TypeIds[sl.Relation]] & bit) == 0)
                    {
                        continue;
                    }
                }

                // An entity this side has reached is passed over before its relation is put to the filter (a time test
                // reads the relation's columns; the mark is in cache).
                int w = sl.End;
                int slot = marks.Find(w);
                if ((backward ? marks.StepB(slot) : marks.StepF(slot)) != SearchTable.NotReached)
                {
                    continue;
                }

                int r = sl.Relation;
                if (!filter.Walkable(r) || filter.Blocked(w, backward ? w : v, backward ? v : w))
                {
                    continue;
                }

                int step = (r << 1) | row.Forward;
                if ((backward ? marks.StepF(slot) : marks.StepB(slot)) != SearchTable.NotReached)
                {
                    meet = w;
                    meetStep = step;
                    return true;
                }

                if (!filter.CanPass(w))
                {
                    continue;
                }

                marks.Mark(slot, w, backward, step);
                queue[tail++] = w;
                sums.Out += decode[(int)((uint)meta >> 24)];
                sums.In += decode[(meta >> 16) & 0xFF];
#if KG_STATS
                StatQueued++;
#endif
            }

            meet = -1;
            meetStep = -1;
            return false;
        }

        /// <summary>Where one search is: both queues' heads and tails, both sides' levels, the degree bounds of both frontiers and the work done, so that a search that outgrows its table goes on with the graph-sized marks.</summary>
        private struct State
        {
            public int HeadF, TailF, HeadB, TailB, LevelF, LevelB, Work;
            public long OutF, InF, OutB, InB;
        }

        /// <summary>The degree bounds of the entities a level has queued so far.</summary>
        private struct Sums
        {
            public long Out, In;
        }

        /// <summary>The marks of one search: which side reached an entity and by which step.</summary>
        private interface IMarks
        {
            /// <summary>Gets the slot of entity <paramref name="v"/>.</summary>
            int Find(int v);

            /// <summary>Gets the forward side's step to the entity at <paramref name="slot"/>, or <see cref="SearchTable.NotReached"/>.</summary>
            int StepF(int slot);

            /// <summary>Gets the backward side's step to the entity at <paramref name="slot"/>, or <see cref="SearchTable.NotReached"/>.</summary>
            int StepB(int slot);

            /// <summary>Marks entity <paramref name="v"/> at <paramref name="slot"/> as reached by one side.</summary>
            void Mark(int slot, int v, bool backward, int step);

            /// <summary>Makes room for <paramref name="more"/> more entities; <c>false</c> when the marks cannot hold them.</summary>
            bool Reserve(long more);
        }

        /// <summary>Marks in the <see cref="SearchTable"/> sized to the search.</summary>
        private readonly struct TableMarks : IMarks
        {
            private readonly SearchTable _table;

            public TableMarks(SearchTable table) => _table = table;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int Find(int v) => _table.Find(v);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int StepF(int slot) => _table.StepF(slot);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int StepB(int slot) => _table.StepB(slot);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Mark(int slot, int v, bool backward, int step) => _table.Mark(slot, v, backward, step);

            public bool Reserve(long more) => _table.Reserve(more);
        }

        /// <summary>Marks in the graph-sized array, valid under the search's stamp.</summary>
        private readonly struct DenseMarks : IMarks
        {
            private readonly SearchMark[] _marks;
            private readonly int _stamp;

            public DenseMarks(SearchMark[] marks, int stamp)
            {
                _marks = marks;
                _stamp = stamp;
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int Find(int v) => v;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int StepF(int slot) => _marks[slot].StampF == _stamp ? _marks[slot].StepF : SearchTable.NotReached;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int StepB(int slot) => _marks[slot].StampB == _stamp ? _marks[slot].StepB : SearchTable.NotReached;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Mark(int slot, int v, bool backward, int step)
            {
                ref SearchMark m = ref _marks[v];
                if (backward)
                {
                    m.StampB = _stamp;
                    m.StepB = step;
                }
                else
                {
                    m.StampF = _stamp;
                    m.StepF = step;
                }
            }

            public bool Reserve(long more) => true;
        }

        /// <summary>One row kind (outgoing or incoming) as one side of the search walks it.</summary>
        private readonly struct Row
        {
            public readonly int Bit;
            public readonly bool Use;
            public readonly bool Check;
            public readonly int Forward;

            public Row(int bit, int any, int all, int forward)
            {
                Bit = bit;
                Use = (any & bit) != 0;
                Check = (all & bit) == 0;
                Forward = forward;
            }
        }

        /// <summary>A step filter on the renumbered index: asks the view's filter with the entities' own numbers.</summary>
        private readonly struct RenumberedFilter : IStepFilter
        {
            private readonly ViewFilter _inner;
            private readonly int[] _order;
            private readonly bool _blocks;
            private readonly bool _kinds;

            public RenumberedFilter(GraphView view, ViewFilter inner)
            {
                _inner = inner;
                _order = view.Index.Ordered.Order;
                _blocks = inner.BlocksAny;
                _kinds = view.HasKindRule;
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public bool Walkable(int relation) => _inner.Walkable(relation);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public bool Blocked(int reached, int from, int to) => _blocks && _inner.Blocked(_order[reached], _order[from], _order[to]);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public bool CanPass(int v) => !_kinds || _inner.CanPass(_order[v]);

            public double Weight(int relation) => _inner.Weight(relation);
        }
    }
}

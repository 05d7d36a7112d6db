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

        /// <summary>Compile the search loops fully optimized on first use (MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; older runtimes ignore it).</summary>
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
        public static int[]? Path(GraphView view, Workspace ws, int s, int t, int maxDepth, bool balanceByRelations, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out bool depthBound)
        {
            ct.ThrowIfCancellationRequested();
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
            for (int v = meetFrom; v != s; v = view.FromOf(StepOf(ws, v, false)))
            {
                k++;
            }

            int j = 0;
            for (int v = meet; v != t; v = view.ToOf(StepOf(ws, v, true)))
            {
                j++;
            }

            var steps = new int[k + 1 + j];
            for (int v = meetFrom, i = k - 1; v != s; i--)
            {
                steps[i] = StepOf(ws, v, false);
                v = view.FromOf(steps[i]);
            }

            steps[k] = meetStep;
            for (int v = meet, i = k + 1; v != t; i++)
            {
                steps[i] = StepOf(ws, v, true);
                v = view.ToOf(steps[i]);
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
        /// <returns>The hop count (0 when s == t), or -1 when there is no path.</returns>
        public static int Hops(GraphView view, Workspace ws, int s, int t, bool balanceByRelations, CancellationToken ct)
        {
            int meet = Run(view, ws, s, t, int.MaxValue, balanceByRelations, null, null, ct, out int meetFrom, out int meetStep, out _);
            if (meet < 0)
            {
                return -1;
            }

            int hops = meetStep >= 0 ? 1 : 0;
            for (int v = meetFrom, step; (step = StepOf(ws, v, false)) >= 0; v = view.FromOf(step))
            {
                hops++;
            }

            for (int v = meet, step; (step = StepOf(ws, v, true)) >= 0; v = view.ToOf(step))
            {
                hops++;
            }

            return hops;
        }

        /// <summary>Gets the step by which one side of the last search reached <paramref name="v"/> (-1 at its start), from the table or, when the search outgrew it, the graph-sized marks.</summary>
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

            var filter = new ViewFilter(view, ws, stamp, blockedNodes, blockedPairs);
            return Run(view, ref filter, ws, stamp, s, t, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
        }

        /// <summary>Runs the search on the table sized to it and, when it outgrows the table, goes on with the graph-sized marks.</summary>
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

            int[] qa = ws.QueueA, qb = ws.QueueB;
            qa[0] = s;
            qb[0] = t;
            var state = new State { TailF = 1, TailB = 1 };
            int meet = Search(view.Index, ref filter, view.TypeDirections, ref marks, qa, qb, ref state, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
            if (meet != NeedsDense)
            {
                return meet;
            }

#if KG_STATS
            StatDense++;
#endif
            table.CopyTo(ws.Marks, stamp);
            ws.DenseStamp = stamp;
            var dense = new DenseMarks(ws.Marks, stamp);
            return Search(view.Index, ref filter, view.TypeDirections, ref dense, qa, qb, ref state, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
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
            AdjacencyIndex x,
            ref TFilter filter,
            byte[] typeDir,
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
            int any = 0, all = Directions.Both;
            foreach (byte d in typeDir)
            {
                any |= d;
                all &= d;
            }

            // The rows each side reads: forward, the outgoing rows when some type is walked along its direction and the
            // incoming rows when some type is walked against it; backward, the other way round.
            bool outF = (any & Directions.Outgoing) != 0, inF = (any & Directions.Incoming) != 0;
            DegreeCodes degrees = x.Degrees;
            long sumF = -1, sumB = -1;
            while (st.HeadF < st.TailF && st.HeadB < st.TailB)
            {
                if (st.LevelF + st.LevelB + 1 > maxDepth)
                {
                    depthBound = true;
                    return -1;
                }

                bool forward;
                long slots;
                if (balanceByRelations)
                {
                    // Each level is weighed once, when it is first compared (the side not expanded keeps its sum).
                    if (sumF < 0)
                    {
                        sumF = RowSum(queueF, st.HeadF, st.TailF, degrees.Out);
                    }

                    if (sumB < 0)
                    {
                        sumB = RowSum(queueB, st.HeadB, st.TailB, degrees.In);
                    }

                    forward = sumF <= sumB;
                    slots = forward ? (inF ? sumF + RowSum(queueF, st.HeadF, st.TailF, degrees.In) : sumF) : (outF ? sumB + RowSum(queueB, st.HeadB, st.TailB, degrees.Out) : sumB);
                }
                else
                {
                    forward = st.TailF - st.HeadF <= st.TailB - st.HeadB;
                    slots = forward
                        ? (outF ? RowSum(queueF, st.HeadF, st.TailF, degrees.Out) : 0) + (inF ? RowSum(queueF, st.HeadF, st.TailF, degrees.In) : 0)
                        : (inF ? RowSum(queueB, st.HeadB, st.TailB, degrees.Out) : 0) + (outF ? RowSum(queueB, st.HeadB, st.TailB, degrees.In) : 0);
                }

                // A level marks at most one entity per slot it reads: make room for them, or go on with the graph-sized marks.
                if (!marks.Reserve(slots))
                {
                    return NeedsDense;
                }

                if (forward)
                {
                    int from = ExpandLevel(x, ref filter, typeDir, any, all, ref marks, queueF, ref st.HeadF, ref st.TailF, false, ref st.Work, ct, out int meet, out int step);
                    if (from >= 0)
                    {
                        meetFrom = from;
                        meetStep = step;
                        return meet;
                    }

                    st.LevelF++;
                    sumF = -1;
                }
                else
                {
                    int to = ExpandLevel(x, ref filter, typeDir, any, all, ref marks, queueB, ref st.HeadB, ref st.TailB, true, ref st.Work, ct, out int meet, out int step);
                    if (to >= 0)
                    {
                        meetFrom = meet;
                        meetStep = step;
                        return to;
                    }

                    st.LevelB++;
                    sumB = -1;
                }
            }

            return -1;
        }

        /// <summary>Gets the entities of a level plus a bound on the relations of theirs one row kind holds (the degrees' codes summed).</summary>
        private static long RowSum(int[] queue, int head, int tail, byte[] codes)
        {
#if KG_STATS
            StatRowSum += tail - head;
#endif
            int[] decode = DegreeCodes.Decode;
            long sum = tail - head;
            for (int i = head; i < tail; i++)
            {
                sum += decode[codes[queue[i]]];
            }

            return sum;
        }

        /// <summary>
        /// Expands one whole level of one side (each entity's outgoing row, then its incoming row). Returns the expanded
        /// entity that reached the other side (<paramref name="meet"/>, by <paramref name="meetStep"/>), or -1. The rows
        /// that no type may be walked along are skipped, and the type check is skipped when every type may be.
        /// </summary>
        [MethodImpl(Hot)]
        private static int ExpandLevel<TFilter, TMarks>(AdjacencyIndex x, ref TFilter filter, byte[] typeDir, int any, int all, ref TMarks marks, int[] queue, ref int head, ref int tail, bool backward, ref int work, CancellationToken ct, out int meet, out int meetStep)
            where TFilter : struct, IStepFilter
            where TMarks : struct, IMarks
        {
            // Forward side: the outgoing row is walked source to target. Backward side: the outgoing row of v leads to
            // its targets, which the path walks from target to source; its incoming row, from source to target.
            int outBit = backward ? Directions.Incoming : Directions.Outgoing, inBit = backward ? Directions.Outgoing : Directions.Incoming;
            var outRow = new Row(x.OutOffsets, x.OutTargets, x.OutRelations, x.OutTypes, outBit, any, all, backward ? 0 : 1);
            var inRow = new Row(x.InOffsets, x.InSources, x.InRelations, x.InTypes, inBit, any, all, backward ? 1 : 0);
            int levelEnd = tail;
            while (head < levelEnd)
            {
                int v = queue[head++];
#if KG_STATS
                StatExpanded++;
                StatScanned += x.OutOffsets[v + 1] - x.OutOffsets[v] + x.InOffsets[v + 1] - x.InOffsets[v];
#endif
                if ((outRow.Use && Expand(outRow, ref filter, typeDir, ref marks, queue, ref tail, backward, v, out meet, out meetStep))
                    || (inRow.Use && Expand(inRow, ref filter, typeDir, ref marks, queue, ref tail, backward, v, out meet, out meetStep)))
                {
                    return v;
                }

                if ((++work & CancelCheckMask) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }

            meet = -1;
            meetStep = -1;
            return -1;
        }

        /// <summary>Walks one row of <paramref name="v"/>: marks and queues each entity newly reached, and returns <c>true</c> when a step reaches the other side (<paramref name="meet"/>, by <paramref name="meetStep"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining | Hot)]
        private static bool Expand<TFilter, TMarks>(in Row row, ref TFilter filter, byte[] typeDir, ref TMarks marks, int[] queue, ref int tail, bool backward, int v, out int meet, out int meetStep)
            where TFilter : struct, IStepFilter
            where TMarks : struct, IMarks
        {
            int[] ends = row.Ends, rels = row.Relations, types = row.Types;
            bool check = row.Check;
            int bit = row.Bit;
            for (int i = row.Offsets[v], end = row.Offsets[v + 1]; i < end; i++)
            {
                if (check && (typeDir[types[i]] & bit) == 0)
                {
                    continue;
                }

                // An entity this side has reached is passed over before its relation is put to the filter (a time test
                // reads the relation's columns; the mark is in cache).
                int w = ends[i];
                int slot = marks.Find(w);
                if ((backward ? marks.StepB(slot) : marks.StepF(slot)) != SearchTable.NotReached)
                {
                    continue;
                }

                int r = rels[i];
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
#if KG_STATS
                StatQueued++;
#endif
            }

            meet = -1;
            meetStep = -1;
            return false;
        }

        /// <summary>Where one search is: both queues' heads and tails, both sides' levels and the work done, so that a search that outgrows its table goes on with the graph-sized marks.</summary>
        private struct State
        {
            public int HeadF, TailF, HeadB, TailB, LevelF, LevelB, Work;
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

        /// <summary>One row kind of the index (outgoing or incoming) as one side of the search walks it.</summary>
        private readonly struct Row
        {
            public readonly int[] Offsets;
            public readonly int[] Ends;
            public readonly int[] Relations;
            public readonly int[] Types;
            public readonly int Bit;
            public readonly bool Use;
            public readonly bool Check;
            public readonly int Forward;

            public Row(int[] offsets, int[] ends, int[] relations, int[] types, int bit, int any, int all, int forward)
            {
                Offsets = offsets;
                Ends = ends;
                Relations = relations;
                Types = types;
                Bit = bit;
                Use = (any & bit) != 0;
                Check = (all & bit) == 0;
                Forward = forward;
            }
        }
    }
}

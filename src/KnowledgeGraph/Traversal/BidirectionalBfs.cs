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

            SearchMark[] m = ws.Marks;
            int k = 0;
            for (int v = meetFrom; v != s; v = view.FromOf(m[v].StepF))
            {
                k++;
            }

            int j = 0;
            for (int v = meet; v != t; v = view.ToOf(m[v].StepB))
            {
                j++;
            }

            var steps = new int[k + 1 + j];
            for (int v = meetFrom, i = k - 1; v != s; i--)
            {
                steps[i] = m[v].StepF;
                v = view.FromOf(m[v].StepF);
            }

            steps[k] = meetStep;
            for (int v = meet, i = k + 1; v != t; i++)
            {
                steps[i] = m[v].StepB;
                v = view.ToOf(m[v].StepB);
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

            SearchMark[] m = ws.Marks;
            int hops = meetStep >= 0 ? 1 : 0;
            for (int v = meetFrom; m[v].StepF >= 0; v = view.FromOf(m[v].StepF))
            {
                hops++;
            }

            for (int v = meet; m[v].StepB >= 0; v = view.ToOf(m[v].StepB))
            {
                hops++;
            }

            return hops;
        }

        private static int Run(GraphView view, Workspace ws, int s, int t, int maxDepth, bool balance, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out int meetFrom, out int meetStep, out bool depthBound)
        {
            int stamp = ws.NextStamp();
            SearchMark[] marks = ws.Marks;
            int[] qa = ws.QueueA, qb = ws.QueueB;
            if (view.IsPlain && blockedNodes == null && (blockedPairs == null || blockedPairs.Count == 0))
            {
                var plain = new PlainFilter(view);
                return Search(view.Index, ref plain, view.TypeDirections, marks, qa, qb, stamp, s, t, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
            }

            var filter = new ViewFilter(view, ws, stamp, blockedNodes, blockedPairs);
            return Search(view.Index, ref filter, view.TypeDirections, marks, qa, qb, stamp, s, t, maxDepth, balance, ct, out meetFrom, out meetStep, out depthBound);
        }

        /// <summary>
        /// Bidirectional breadth-first search from <paramref name="s"/> to <paramref name="t"/>. Each round expands a
        /// whole level of one side (the smaller frontier, counted in entities or, with
        /// <paramref name="balanceByRelations"/>, in relations to read). The two visited sets stay disjoint until the
        /// first walkable relation between them is found; every entity within k hops of s and within j hops of t is then
        /// known, so no path is shorter than the one found, which is returned at once.
        /// </summary>
        /// <returns>The meeting entity, whose backward chain (<see cref="SearchMark.StepB"/>) leads to t, or -1 when there is no path within <paramref name="maxDepth"/>.</returns>
        [MethodImpl(Hot)]
        private static int Search<TFilter>(
            AdjacencyIndex x,
            ref TFilter filter,
            byte[] typeDir,
            SearchMark[] marks,
            int[] queueF,
            int[] queueB,
            int stamp,
            int s,
            int t,
            int maxDepth,
            bool balanceByRelations,
            CancellationToken ct,
            out int meetFrom,
            out int meetStep,
            out bool depthBound)
            where TFilter : struct, IStepFilter
        {
            meetFrom = s;
            meetStep = -1;
            depthBound = false;
            marks[s].StampF = stamp;
            marks[s].StepF = -1;
            marks[t].StampB = stamp;
            marks[t].StepB = -1;
            if (s == t)
            {
                return t;
            }

            // Rows that no type may be walked along are skipped, and the type check is skipped when every type may be.
            int any = 0, all = Directions.Both;
            foreach (byte d in typeDir)
            {
                any |= d;
                all &= d;
            }

            int headF = 0, tailF = 0, headB = 0, tailB = 0, levelF = 0, levelB = 0, work = 0;
            queueF[tailF++] = s;
            queueB[tailB++] = t;
            while (headF < tailF && headB < tailB)
            {
                if (levelF + levelB + 1 > maxDepth)
                {
                    depthBound = true;
                    return -1;
                }

                bool forward = balanceByRelations
                    ? RowSum(queueF, headF, tailF, x.OutOffsets) <= RowSum(queueB, headB, tailB, x.InOffsets)
                    : tailF - headF <= tailB - headB;
                if (forward)
                {
                    int from = ExpandLevel(x, ref filter, typeDir, any, all, marks, queueF, ref headF, ref tailF, stamp, false, ref work, ct, out int meet, out int step);
                    if (from >= 0)
                    {
                        meetFrom = from;
                        meetStep = step;
                        return meet;
                    }

                    levelF++;
                }
                else
                {
                    int to = ExpandLevel(x, ref filter, typeDir, any, all, marks, queueB, ref headB, ref tailB, stamp, true, ref work, ct, out int meet, out int step);
                    if (to >= 0)
                    {
                        meetFrom = meet;
                        meetStep = step;
                        return to;
                    }

                    levelB++;
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

        /// <summary>
        /// Expands one whole level of one side (each entity's outgoing row, then its incoming row). Returns the expanded
        /// entity that reached the other side (<paramref name="meet"/>, by <paramref name="meetStep"/>), or -1. The rows
        /// that no type may be walked along are skipped, and the type check is skipped when every type may be.
        /// </summary>
        [MethodImpl(Hot)]
        private static int ExpandLevel<TFilter>(AdjacencyIndex x, ref TFilter filter, byte[] typeDir, int any, int all, SearchMark[] marks, int[] queue, ref int head, ref int tail, int stamp, bool backward, ref int work, CancellationToken ct, out int meet, out int meetStep)
            where TFilter : struct, IStepFilter
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
                if ((outRow.Use && Expand(outRow, ref filter, typeDir, marks, queue, ref tail, stamp, backward, v, out meet, out meetStep))
                    || (inRow.Use && Expand(inRow, ref filter, typeDir, marks, queue, ref tail, stamp, backward, v, out meet, out meetStep)))
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
        private static bool Expand<TFilter>(in Row row, ref TFilter filter, byte[] typeDir, SearchMark[] marks, int[] queue, ref int tail, int stamp, bool backward, int v, out int meet, out int meetStep)
            where TFilter : struct, IStepFilter
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

                int r = rels[i];
                int w = ends[i];
                if (!filter.Walkable(r) || filter.Blocked(w, backward ? w : v, backward ? v : w))
                {
                    continue;
                }

                int step = (r << 1) | row.Forward;
                ref SearchMark mw = ref marks[w];
                if ((backward ? mw.StampF : mw.StampB) == stamp)
                {
                    meet = w;
                    meetStep = step;
                    return true;
                }

                if ((backward ? mw.StampB : mw.StampF) == stamp || !filter.CanPass(w))
                {
                    continue;
                }

                if (backward)
                {
                    mw.StampB = stamp;
                    mw.StepB = step;
                }
                else
                {
                    mw.StampF = stamp;
                    mw.StepF = step;
                }

                queue[tail++] = w;
            }

            meet = -1;
            meetStep = -1;
            return false;
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

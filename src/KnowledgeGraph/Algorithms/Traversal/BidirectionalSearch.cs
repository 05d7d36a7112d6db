using System.Runtime.CompilerServices;
using System.Threading;

namespace KnowledgeGraph.Algorithms.Traversal
{
    /// <summary>
    /// The one implementation of point-to-point bidirectional breadth-first search and bidirectional Dijkstra on the
    /// integer index, shared by the public kernels (<see cref="PathFinder"/>) and the query engine
    /// (<c>KnowledgeGraph.Queries.Engine.PathFinder</c>). Allocation-free: the caller owns the visit stamps, queues,
    /// heaps and parent arrays and reuses them from one search to the next.
    /// </summary>
    /// <remarks>
    /// A relation may be walked when its type's entry in the direction mask has <see cref="Outgoing"/> (walked from
    /// source to target) or <see cref="Incoming"/> (from target to source), and the <see cref="IStepFilter"/> allows
    /// it. Steps are encoded as <c>relation * 2 + 1</c> when walked from source to target and <c>relation * 2</c>
    /// otherwise. Rows are read in the order outgoing then incoming, on both sides.
    /// </remarks>
    internal static class BidirectionalSearch
    {
        /// <summary>The direction bit of a relation walked from its source to its target.</summary>
        public const byte Outgoing = 1;

        /// <summary>The direction bit of a relation walked from its target to its source.</summary>
        public const byte Incoming = 2;

        private const int CancelCheckMask = 1023;

        /// <summary>
        /// Compile the search loops fully optimized on first use: a kernel is often called a few hundred times in a
        /// short program, which would otherwise run mostly in unoptimized tier-0 code (MethodImplOptions.AggressiveOptimization,
        /// which netstandard2.0 does not name; older runtimes ignore it).
        /// </summary>
        private const MethodImplOptions Hot = (MethodImplOptions)512;

        /// <summary>
        /// Bidirectional breadth-first search from <paramref name="s"/> to <paramref name="t"/>. Each round expands a
        /// whole level of one side (the smaller frontier, counted in entities or, with
        /// <paramref name="balanceByRelations"/>, in relations to read). The two visited sets stay disjoint until the
        /// first walkable relation between them is found; every entity within k hops of s and within j hops of t is then
        /// known, so no path is shorter than the one found, which is returned at once.
        /// </summary>
        /// <returns>The meeting entity, whose backward chain (<see cref="SearchMark.StepB"/>) leads to t, or -1 when there is no path within <paramref name="maxDepth"/>.</returns>
        [MethodImpl(Hot)]
        public static int Bfs<TFilter>(
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
            int any = 0, all = Outgoing | Incoming;
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

        /// <summary>
        /// Bidirectional Dijkstra from <paramref name="s"/> to <paramref name="t"/>: a forward search along walkable
        /// relations from s and a backward one from t, each step settling one entity of one side (the side with the
        /// smaller heap top or, with <paramref name="balanceByCount"/>, the smaller heap). Every relation relaxed between
        /// the two sides offers a candidate path; the search stops when the two heaps' smallest keys add up to at least the
        /// best candidate (Goldberg and Harrelson's criterion), which is then the lightest.
        /// </summary>
        /// <returns>The weight of a lightest path (0 when s == t, with <paramref name="meetStep"/> -1), or <see cref="double.PositiveInfinity"/>.</returns>
        [MethodImpl(Hot)]
        public static double Dijkstra<TFilter>(
            AdjacencyIndex x,
            ref TFilter filter,
            byte[] typeDir,
            DijkstraBuffers buffers,
            int stamp,
            int s,
            int t,
            bool balanceByCount,
            CancellationToken ct,
            out int meetFrom,
            out int meetTo,
            out int meetStep)
            where TFilter : struct, IStepFilter
        {
            meetFrom = s;
            meetTo = t;
            meetStep = -1;
            if (s == t)
            {
                return 0;
            }

            MinHeap heapA = buffers.HeapF, heapB = buffers.HeapB;
            int[] da = buffers.SeenF, db = buffers.SeenB, sa = buffers.DoneF, sb = buffers.DoneB, pa = buffers.ParentF, pb = buffers.ParentB;
            double[] ca = buffers.CostF, cb = buffers.CostB;
            heapA.Clear();
            heapB.Clear();
            da[s] = stamp;
            ca[s] = 0;
            pa[s] = -1;
            heapA.Push(0, s);
            db[t] = stamp;
            cb[t] = 0;
            pb[t] = -1;
            heapB.Push(0, t);
            double best = double.PositiveInfinity;
            int work = 0;
            int any = 0, all = Outgoing | Incoming;
            foreach (byte d in typeDir)
            {
                any |= d;
                all &= d;
            }

            while (heapA.Count > 0 && heapB.Count > 0)
            {
                if (heapA.PeekKey + heapB.PeekKey >= best)
                {
                    break;
                }

                bool forward = balanceByCount ? heapA.Count <= heapB.Count : heapA.PeekKey <= heapB.PeekKey;
                MinHeap heap = forward ? heapA : heapB;
                int[] settled = forward ? sa : sb, disc = forward ? da : db, other = forward ? db : da, parent = forward ? pa : pb;
                double[] c = forward ? ca : cb, oc = forward ? cb : ca;
                int v = heap.Pop(out double dv);
                if (settled[v] == stamp)
                {
                    continue;
                }

                settled[v] = stamp;
                for (int row = 0; row < 2; row++)
                {
                    bool outRow = row == 0;
                    int[] offsets = outRow ? x.OutOffsets : x.InOffsets;
                    int[] ends = outRow ? x.OutTargets : x.InSources;
                    int[] rels = outRow ? x.OutRelations : x.InRelations;
                    int[] types = outRow ? x.OutTypes : x.InTypes;
                    bool walkedForward = outRow != !forward;
                    byte bit = walkedForward ? Outgoing : Incoming;
                    if ((any & bit) == 0)
                    {
                        continue; // no type may be walked along this row
                    }

                    bool checkTypes = (all & bit) == 0;
                    for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
                    {
                        if (checkTypes && (typeDir[types[i]] & bit) == 0)
                        {
                            continue;
                        }

                        int r = rels[i];
                        int w = ends[i];
                        if (settled[w] == stamp || !filter.Walkable(r))
                        {
                            continue;
                        }

                        if (filter.Blocked(w, forward ? v : w, forward ? w : v) || (w != s && w != t && !filter.CanPass(w)))
                        {
                            continue;
                        }

                        double wt = filter.Weight(r);
                        int step = (r << 1) | (walkedForward ? 1 : 0);
                        double nc = dv + wt;
                        if (disc[w] != stamp || nc < c[w])
                        {
                            disc[w] = stamp;
                            c[w] = nc;
                            parent[w] = step;
                            heap.Push(nc, w);
                        }

                        if (other[w] == stamp && nc + oc[w] < best)
                        {
                            best = nc + oc[w];
                            meetFrom = forward ? v : w;
                            meetTo = forward ? w : v;
                            meetStep = step;
                        }
                    }
                }

                if ((++work & CancelCheckMask) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }

            return best;
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
            int outBit = backward ? Incoming : Outgoing, inBit = backward ? Outgoing : Incoming;
            bool useOut = (any & outBit) != 0, checkOut = (all & outBit) == 0;
            bool useIn = (any & inBit) != 0, checkIn = (all & inBit) == 0;
            int outForward = backward ? 0 : 1, inForward = backward ? 1 : 0;
            int[] outOffsets = x.OutOffsets, outEnds = x.OutTargets, outRels = x.OutRelations, outTypes = x.OutTypes;
            int[] inOffsets = x.InOffsets, inEnds = x.InSources, inRels = x.InRelations, inTypes = x.InTypes;
            int levelEnd = tail;
            while (head < levelEnd)
            {
                int v = queue[head++];
                if (useOut)
                {
                    for (int i = outOffsets[v], end = outOffsets[v + 1]; i < end; i++)
                    {
                        if (checkOut && (typeDir[outTypes[i]] & outBit) == 0)
                        {
                            continue;
                        }

                        int r = outRels[i];
                        int w = outEnds[i];
                        if (!filter.Walkable(r) || filter.Blocked(w, backward ? w : v, backward ? v : w))
                        {
                            continue;
                        }

                        int step = (r << 1) | outForward;
                        ref SearchMark mw = ref marks[w];
                        if ((backward ? mw.StampF : mw.StampB) == stamp)
                        {
                            meet = w;
                            meetStep = step;
                            return v;
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
                }

                if (useIn)
                {
                    for (int i = inOffsets[v], end = inOffsets[v + 1]; i < end; i++)
                    {
                        if (checkIn && (typeDir[inTypes[i]] & inBit) == 0)
                        {
                            continue;
                        }

                        int r = inRels[i];
                        int w = inEnds[i];
                        if (!filter.Walkable(r) || filter.Blocked(w, backward ? w : v, backward ? v : w))
                        {
                            continue;
                        }

                        int step = (r << 1) | inForward;
                        ref SearchMark mw = ref marks[w];
                        if ((backward ? mw.StampF : mw.StampB) == stamp)
                        {
                            meet = w;
                            meetStep = step;
                            return v;
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
    }
}

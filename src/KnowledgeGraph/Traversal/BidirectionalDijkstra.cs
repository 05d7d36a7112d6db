using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The kernel of point-to-point lightest paths: bidirectional Dijkstra with binary heaps on a <see cref="GraphView"/>,
    /// weighted by the view's weight look-up, allocation-free apart from the answer (the buffers and heaps come from a
    /// <see cref="Workspace"/>). Used by the public fast path, the weighted path queries and Yen's spur searches.
    /// </summary>
    /// <remarks>O((V + E) log V) at worst; explores far less than one-sided Dijkstra on large graphs.</remarks>
    internal static class BidirectionalDijkstra
    {
        private const int CancelCheckMask = 1023;

        /// <summary>Finds a lightest path from <paramref name="s"/> to <paramref name="t"/>, leaving out <paramref name="blockedNodes"/> and walks between the pairs of <paramref name="blockedPairs"/>.</summary>
        /// <param name="view">The view, with its weights.</param>
        /// <param name="ws">The workspace.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="t">The end entity.</param>
        /// <param name="balanceByCount">Whether each step advances the side with the smaller heap (the fast path) rather than the smaller top key.</param>
        /// <param name="blockedNodes">Entities the path may not pass through, or <c>null</c>.</param>
        /// <param name="blockedPairs">Walks the path may not take, or <c>null</c>.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <param name="cost">The weight of the path found (0 when s == t).</param>
        /// <returns>The encoded steps (empty when s == t), or <c>null</c> when there is no path.</returns>
        /// <exception cref="NegativeWeightException">A relation met has a negative or NaN weight.</exception>
        public static int[]? Path(GraphView view, Workspace ws, int s, int t, bool balanceByCount, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out double cost)
        {
            ct.ThrowIfCancellationRequested();
            cost = Distance(view, ws, s, t, balanceByCount, blockedNodes, blockedPairs, ct, out int meetFrom, out int meetTo, out int meetStep);
            if (double.IsPositiveInfinity(cost))
            {
                return null;
            }

            if (meetStep < 0)
            {
                return Array.Empty<int>();
            }

            int[] pa = ws.ParentA, pb = ws.ParentB;
            var front = new List<int>();
            for (int v = meetFrom; v != s; v = view.FromOf(pa[v]))
            {
                front.Add(pa[v]);
            }

            front.Reverse();
            front.Add(meetStep);
            for (int v = meetTo; v != t; v = view.ToOf(pb[v]))
            {
                front.Add(pb[v]);
            }

            return front.ToArray();
        }

        /// <summary>Gets the weight of a lightest path, without building it.</summary>
        /// <param name="view">The view, with its weights.</param>
        /// <param name="ws">The workspace.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="t">The end entity.</param>
        /// <param name="balanceByCount">Whether each step advances the side with the smaller heap.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <returns>The weight (0 when s == t), or <see cref="double.PositiveInfinity"/> when there is no path.</returns>
        public static double Distance(GraphView view, Workspace ws, int s, int t, bool balanceByCount, CancellationToken ct) =>
            Distance(view, ws, s, t, balanceByCount, null, null, ct, out _, out _, out _);

        private static double Distance(GraphView view, Workspace ws, int s, int t, bool balance, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out int meetFrom, out int meetTo, out int meetStep)
        {
            int stamp = ws.NextStamp();
            if (view.IsPlain && blockedNodes == null && (blockedPairs == null || blockedPairs.Count == 0))
            {
                var plain = new PlainFilter(view);
                return Search(view.Index, ref plain, view, ws, stamp, s, t, balance, ct, out meetFrom, out meetTo, out meetStep);
            }

            var filter = new ViewFilter(view, ws, stamp, blockedNodes, blockedPairs);
            return Search(view.Index, ref filter, view, ws, stamp, s, t, balance, ct, out meetFrom, out meetTo, out meetStep);
        }

        /// <summary>
        /// Bidirectional Dijkstra from <paramref name="s"/> to <paramref name="t"/>: a forward search along walkable
        /// relations from s and a backward one from t, each step settling one entity of one side (the side with the
        /// smaller heap top or, with <paramref name="balanceByCount"/>, the smaller heap). Every relation relaxed between
        /// the two sides offers a candidate path; the search stops when the two heaps' smallest keys add up to at least the
        /// best candidate (Goldberg and Harrelson's criterion), which is then the lightest.
        /// </summary>
        /// <returns>The weight of a lightest path (0 when s == t, with <paramref name="meetStep"/> -1), or <see cref="double.PositiveInfinity"/>.</returns>
        [MethodImpl(BidirectionalBfs.Hot)]
        private static double Search<TFilter>(
            AdjacencyIndex x,
            ref TFilter filter,
            GraphView view,
            Workspace buffers,
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

            MinHeap heapA = buffers.HeapA, heapB = buffers.HeapB;
            int[] da = buffers.StampA, db = buffers.StampB, sa = buffers.SettledA, sb = buffers.SettledB, pa = buffers.ParentA, pb = buffers.ParentB;
            double[] ca = buffers.CostA, cb = buffers.CostB;
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
            byte[] typeDir = view.TypeDirections;
            int any = view.AnyTypeDirections, all = view.EveryTypeDirections;

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
                    int[] types = x.RelationTypeIds;
                    bool walkedForward = outRow != !forward;
                    byte bit = walkedForward ? Directions.Outgoing : Directions.Incoming;
                    if ((any & bit) == 0)
                    {
                        continue; // no type may be walked along this row
                    }

                    bool checkTypes = (all & bit) == 0;
                    for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
                    {
                        int r = rels[i];
                        if (checkTypes && (typeDir[types[r]] & bit) == 0)
                        {
                            continue;
                        }

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

    }
}

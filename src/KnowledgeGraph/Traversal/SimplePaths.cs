using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The kernel of simple paths (no entity twice) between two entities, iterative (an explicit stack, so deep graphs
    /// cannot overflow the call stack). Used by <c>kg path --simple</c>, <c>kg path --all-shortest</c>, the dependency
    /// queries, <c>kg critical</c> and the what-if analysis alike.
    /// </summary>
    /// <remarks>
    /// <para><b>Ordering rule.</b> Paths come shortest first (fewer relations); among paths of one length, in the order
    /// of a depth-first walk from the start that reads each entity's outgoing relations, then its incoming ones, each
    /// in the order the relations were added to the graph. A bound on the number of paths therefore keeps the shortest
    /// ones, and the same question gives the same list by every door.</para>
    /// </remarks>
    internal static class SimplePaths
    {
        private const int CancelCheckMask = 1023;

        /// <summary>
        /// Enumerates simple paths from <paramref name="s"/> to <paramref name="t"/> of at most <paramref name="maxDepth"/>
        /// relations, shortest first, by iterative deepening: a backward breadth-first search gives every entity's
        /// distance to <paramref name="t"/>, and a depth-first walk (with an explicit stack) only enters an entity
        /// from which <paramref name="t"/> can still be reached in the steps left. With <paramref name="shortestOnly"/>,
        /// stops after the first length that yields a path (all shortest paths). Paths whose relations never held
        /// together as of the query's date are skipped.
        /// </summary>
        public static List<int[]> Between(GraphView w, int s, int t, int maxDepth, int maxResults, bool shortestOnly, CancellationToken ct, out SearchCut bound)
        {
            ct.ThrowIfCancellationRequested();
            bound = SearchCut.None;
            bool depthIsBinding = maxDepth < w.Graph.VertexCount - 1;
            maxDepth = Math.Min(maxDepth, Math.Max(1, w.Graph.VertexCount - 1)); // a simple path has at most V - 1 relations
            var results = new List<int[]>();
            if (s == t)
            {
                results.Add(Array.Empty<int>());
                return results;
            }

            Workspace ws = w.Cache.Rent();
            try
            {
                int stamp = ws.NextStamp();
                int[] sa = ws.StampA, sb = ws.StampB, db = ws.DistB, q = ws.QueueB;
                int head = 0, tail = 0, work = 0;
                bool cutByDepth = false;
                sb[t] = stamp;
                db[t] = 0;
                q[tail++] = t;
                while (head < tail)
                {
                    int v = q[head++];
                    int n = w.SlotCount(v);
                    if (db[v] >= maxDepth)
                    {
                        cutByDepth |= n > 0;
                        continue;
                    }

                    for (int slot = 0; slot < n; slot++)
                    {
                        int x = w.Step(v, slot, true, out _);
                        if (x < 0 || sb[x] == stamp)
                        {
                            continue;
                        }

                        if (x == s)
                        {
                            sb[x] = stamp;
                            db[x] = db[v] + 1;
                            continue;
                        }

                        if (!w.CanPass(x))
                        {
                            continue;
                        }

                        sb[x] = stamp;
                        db[x] = db[v] + 1;
                        q[tail++] = x;
                    }

                    if ((++work & CancelCheckMask) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }
                }

                if (sb[s] != stamp)
                {
                    bound = cutByDepth && depthIsBinding ? SearchCut.MaxDepth : SearchCut.None;
                    return results;
                }

                var nodeAt = new int[maxDepth + 1];
                var slotAt = new int[maxDepth + 1];
                var stepAt = new int[maxDepth];
                bool prunedLonger = false;
                for (int d = db[s]; d <= maxDepth; d++)
                {
                    bool prunedAny = false; // whether some walk was stopped by the length, so that a longer one may exist
                    int depth = 0;
                    nodeAt[0] = s;
                    slotAt[0] = 0;
                    sa[s] = stamp;
                    while (depth >= 0)
                    {
                        int v = nodeAt[depth];
                        if (slotAt[depth] >= w.SlotCount(v))
                        {
                            sa[v] = 0;
                            depth--;
                            continue;
                        }

                        int slot = slotAt[depth]++;
                        int x = w.Step(v, slot, false, out int step);
                        if (x < 0 || sa[x] == stamp || sb[x] != stamp)
                        {
                            continue;
                        }

                        int remaining = d - depth - 1;
                        if (x == t)
                        {
                            if (remaining == 0)
                            {
                                stepAt[depth] = step;
                                if (w.JointlyValid(stepAt, depth + 1))
                                {
                                    if (results.Count == maxResults)
                                    {
                                        bound = SearchCut.MaxResults;
                                        return results;
                                    }

                                    var found = new int[depth + 1];
                                    Array.Copy(stepAt, found, depth + 1);
                                    results.Add(found);
                                }
                            }

                            continue;
                        }

                        if (x == s)
                        {
                            continue;
                        }

                        if (db[x] > remaining)
                        {
                            prunedLonger |= d == maxDepth;
                            prunedAny = true;
                            continue;
                        }

                        stepAt[depth] = step;
                        depth++;
                        nodeAt[depth] = x;
                        slotAt[depth] = 0;
                        sa[x] = stamp;
                        if ((++work & CancelCheckMask) == 0)
                        {
                            ct.ThrowIfCancellationRequested();
                        }
                    }

                    if (shortestOnly && results.Count > 0)
                    {
                        return results;
                    }

                    if (!prunedAny)
                    {
                        break; // every walk ended before the length bound, so no longer path exists
                    }
                }

                if (depthIsBinding && (cutByDepth || prunedLonger))
                {
                    bound = SearchCut.MaxDepth;
                }

                return results;
            }
            finally
            {
                w.Cache.Return(ws);
            }
        }

        /// <summary>
        /// Enumerates the simple paths that start at <paramref name="s"/> and end anywhere, of 1 to
        /// <paramref name="maxDepth"/> relations, by the ordering rule of this class (shortest first, then depth-first
        /// order), at most <paramref name="maxResults"/>: iterative deepening, one depth-first walk (explicit stack) per
        /// length. Paths whose relations never held together at the view's time are skipped.
        /// </summary>
        /// <param name="w">The view.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="maxDepth">The most relations on a path.</param>
        /// <param name="maxResults">The most paths.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <param name="bound">Which bound cut the enumeration, if any.</param>
        /// <returns>The paths as encoded steps.</returns>
        public static List<int[]> From(GraphView w, int s, int maxDepth, int maxResults, CancellationToken ct, out SearchCut bound)
        {
            ct.ThrowIfCancellationRequested();
            bound = SearchCut.None;
            var results = new List<int[]>();
            Workspace ws = w.Cache.Rent();
            try
            {
                int stamp = ws.NextStamp();
                int[] onPath = ws.StampA;
                var nodeAt = new int[maxDepth + 1];
                var slotAt = new int[maxDepth + 1];
                var stepAt = new int[maxDepth];
                int work = 0;
                for (int d = 1; d <= maxDepth; d++)
                {
                    bool longer = false; // whether some path of length d could go on
                    int depth = 0;
                    nodeAt[0] = s;
                    slotAt[0] = 0;
                    onPath[s] = stamp;
                    while (depth >= 0)
                    {
                        int v = nodeAt[depth];
                        if (slotAt[depth] >= w.SlotCount(v))
                        {
                            onPath[v] = 0;
                            depth--;
                            continue;
                        }

                        int x = w.Step(v, slotAt[depth]++, false, out int step);
                        if (x < 0 || onPath[x] == stamp || !w.CanEnter(x))
                        {
                            continue;
                        }

                        stepAt[depth] = step;
                        if (depth + 1 == d)
                        {
                            if (!w.JointlyValid(stepAt, d))
                            {
                                continue;
                            }

                            if (results.Count == maxResults)
                            {
                                bound = SearchCut.MaxResults;
                                return results;
                            }

                            var found = new int[d];
                            Array.Copy(stepAt, found, d);
                            results.Add(found);
                            longer |= w.CanPass(x) && w.SlotCount(x) > 0;
                            continue;
                        }

                        if (!w.CanPass(x))
                        {
                            continue;
                        }

                        depth++;
                        nodeAt[depth] = x;
                        slotAt[depth] = 0;
                        onPath[x] = stamp;
                        if ((++work & CancelCheckMask) == 0)
                        {
                            ct.ThrowIfCancellationRequested();
                        }
                    }

                    if (!longer)
                    {
                        return results; // no path of this length goes on, so none is longer
                    }

                    if (d == maxDepth)
                    {
                        bound = SearchCut.MaxDepth;
                    }
                }

                return results;
            }
            finally
            {
                w.Cache.Return(ws);
            }
        }
    }
}

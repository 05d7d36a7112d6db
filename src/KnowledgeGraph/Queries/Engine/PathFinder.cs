using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Queries.Paths;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>
    /// The path algorithms on the integer index: breadth-first search (one-sided and bidirectional), simple paths by
    /// iterative deepening pruned by the distance to the end, bidirectional Dijkstra with binary heaps, and Yen's k
    /// shortest simple paths.
    /// Paths are arrays of encoded steps (see <see cref="Walker"/>). No recursion: deep graphs cannot overflow the stack.
    /// </summary>
    internal static class PathFinder
    {
        private const int CancelCheckMask = 1023;

        /// <summary>
        /// Finds one shortest path by bidirectional breadth-first search (each round expands a whole level of the
        /// smaller frontier), or <c>null</c>. O(V + E) at worst, usually far less.
        /// </summary>
        public static int[]? Shortest(Walker w, int s, int t, int maxDepth, CancellationToken ct, out QueryBound bound)
        {
            Workspace ws = w.Cache.Rent();
            try
            {
                return Shortest(w, ws, s, t, maxDepth, null, null, ct, out bound);
            }
            finally
            {
                w.Cache.Return(ws);
            }
        }

        /// <summary>One-sided breadth-first search from <paramref name="s"/>; ties go to the relation met first (outgoing rows before incoming, in the order added). O(V + E).</summary>
        public static int[]? BreadthFirst(Walker w, int s, int t, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            if (s == t)
            {
                return Array.Empty<int>();
            }

            Workspace ws = w.Cache.Rent();
            try
            {
                int stamp = ws.NextStamp();
                int[] seen = ws.StampA, dist = ws.DistA, parent = ws.ParentA, q = ws.QueueA;
                int head = 0, tail = 0, work = 0;
                seen[s] = stamp;
                dist[s] = 0;
                q[tail++] = s;
                while (head < tail && seen[t] != stamp)
                {
                    int v = q[head++];
                    int n = w.SlotCount(v);
                    for (int slot = 0; slot < n; slot++)
                    {
                        int x = w.Step(v, slot, false, out int step);
                        if (x < 0 || seen[x] == stamp || (x != t && !w.CanPass(x)))
                        {
                            continue;
                        }

                        seen[x] = stamp;
                        dist[x] = dist[v] + 1;
                        parent[x] = step;
                        q[tail++] = x;
                    }

                    if ((++work & CancelCheckMask) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }
                }

                if (seen[t] != stamp)
                {
                    return null;
                }

                var steps = new int[dist[t]];
                for (int v = t, i = steps.Length - 1; v != s; i--)
                {
                    steps[i] = parent[v];
                    v = w.FromOf(parent[v]);
                }

                return steps;
            }
            finally
            {
                w.Cache.Return(ws);
            }
        }

        /// <summary>Bidirectional breadth-first search in a given workspace, leaving out <paramref name="blockedNodes"/> and walks between the pairs of <paramref name="blockedPairs"/>.</summary>
        public static int[]? Shortest(Walker w, Workspace ws, int s, int t, int maxDepth, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out QueryBound bound)
        {
            ct.ThrowIfCancellationRequested();
            bound = QueryBound.None;
            if (s == t)
            {
                return Array.Empty<int>();
            }

            int stamp = ws.NextStamp();
            var filter = new EngineFilter(w, ws.Block, stamp, blockedNodes, blockedPairs, null);
            SearchMark[] m = ws.Marks;
            int meet = BidirectionalSearch.Bfs(w.Index, ref filter, w.TypeDirections, m, ws.QueueA, ws.QueueB, stamp, s, t, maxDepth, false, ct, out int meetA, out int meetStep, out bool depthBound);
            if (meet < 0)
            {
                if (depthBound)
                {
                    bound = QueryBound.MaxDepth;
                }

                return null;
            }

            int k = 0;
            for (int v = meetA; v != s; v = w.FromOf(m[v].StepF))
            {
                k++;
            }

            int j = 0;
            for (int v = meet; v != t; v = w.ToOf(m[v].StepB))
            {
                j++;
            }

            var steps = new int[k + 1 + j];
            for (int v = meetA, i = k - 1; v != s; i--)
            {
                steps[i] = m[v].StepF;
                v = w.FromOf(m[v].StepF);
            }

            steps[k] = meetStep;
            for (int v = meet, i = k + 1; v != t; i++)
            {
                steps[i] = m[v].StepB;
                v = w.ToOf(m[v].StepB);
            }

            return steps;
        }

        /// <summary>
        /// Enumerates simple paths from <paramref name="s"/> to <paramref name="t"/> of at most <paramref name="maxDepth"/>
        /// relations, shortest first, by iterative deepening: a backward breadth-first search gives every entity's
        /// distance to <paramref name="t"/>, and a depth-first walk (with an explicit stack) only enters an entity
        /// from which <paramref name="t"/> can still be reached in the steps left. With <paramref name="shortestOnly"/>,
        /// stops after the first length that yields a path (all shortest paths). Paths whose relations never held
        /// together as of the query's date are skipped.
        /// </summary>
        public static List<int[]> SimplePaths(Walker w, int s, int t, int maxDepth, int maxResults, bool shortestOnly, CancellationToken ct, out QueryBound bound)
        {
            ct.ThrowIfCancellationRequested();
            bound = QueryBound.None;
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
                    bound = cutByDepth && depthIsBinding ? QueryBound.MaxDepth : QueryBound.None;
                    return results;
                }

                var nodeAt = new int[maxDepth + 1];
                var slotAt = new int[maxDepth + 1];
                var stepAt = new int[maxDepth];
                bool prunedLonger = false;
                for (int d = db[s]; d <= maxDepth; d++)
                {
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
                                        bound = QueryBound.MaxResults;
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
                }

                if (depthIsBinding && (cutByDepth || prunedLonger))
                {
                    bound = QueryBound.MaxDepth;
                }

                return results;
            }
            finally
            {
                w.Cache.Return(ws);
            }
        }

        /// <summary>
        /// Bidirectional Dijkstra from <paramref name="s"/> to <paramref name="t"/> (two binary heaps, the side with the
        /// smaller top key is advanced; stops once the two tops together reach the best meeting cost found), or <c>null</c>.
        /// Explores far less than one-sided Dijkstra on large graphs; O((V + E) log V) at worst.
        /// </summary>
        /// <exception cref="NegativeWeightException">A relation met has a negative or NaN weight.</exception>
        public static int[]? BidirectionalDijkstra(Walker w, int s, int t, Func<Relation, double> weight, CancellationToken ct, out double cost)
        {
            Workspace ws = w.Cache.Rent();
            try
            {
                return BidirectionalDijkstra(w, ws, new MinHeap(), new MinHeap(), s, t, weight, null, null, ct, out cost);
            }
            finally
            {
                w.Cache.Return(ws);
            }
        }

        /// <summary>Bidirectional Dijkstra in a given workspace, leaving out <paramref name="blockedNodes"/> and walks between the pairs of <paramref name="blockedPairs"/>.</summary>
        public static int[]? BidirectionalDijkstra(Walker w, Workspace ws, MinHeap heapA, MinHeap heapB, int s, int t, Func<Relation, double> weight, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out double cost)
        {
            ct.ThrowIfCancellationRequested();
            cost = 0;
            if (s == t)
            {
                return Array.Empty<int>();
            }

            int stamp = ws.NextStamp();
            var filter = new EngineFilter(w, ws.Block, stamp, blockedNodes, blockedPairs, weight);
            var buffers = new DijkstraBuffers(ws.StampA, ws.StampB, ws.SettledA, ws.SettledB, ws.ParentA, ws.ParentB, ws.Cost, ws.CostB, heapA, heapB);
            double best = BidirectionalSearch.Dijkstra(w.Index, ref filter, w.TypeDirections, buffers, stamp, s, t, false, ct, out int meetA, out int meetB, out int meetStep);
            if (meetStep < 0)
            {
                return null;
            }

            int[] pa = ws.ParentA, pb = ws.ParentB;
            cost = best;
            var front = new List<int>();
            for (int v = meetA; v != s; v = w.FromOf(pa[v]))
            {
                front.Add(pa[v]);
            }

            front.Reverse();
            front.Add(meetStep);
            for (int v = meetB; v != t; v = w.ToOf(pb[v]))
            {
                front.Add(pb[v]);
            }

            return front.ToArray();
        }

        /// <summary>
        /// Yen's algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971):
        /// the <paramref name="k"/> cheapest simple paths as sequences of entities, in order of cost. Between two
        /// consecutive entities a path takes the cheapest walkable relation (the first added on a tie). Paths whose
        /// relations never held together as of the query's date are passed over; at most <paramref name="maxExamined"/>
        /// paths are examined. Without a weight (<c>null</c>), every relation costs 1 and the searches are bidirectional breadth-first.
        /// </summary>
        public static List<KeyValuePair<int[], double>> KShortest(Walker w, int s, int t, int k, Func<Relation, double>? weight, int maxDepth, int maxExamined, CancellationToken ct, out QueryBound bound)
        {
            ct.ThrowIfCancellationRequested();
            bound = QueryBound.None;
            var accepted = new List<KeyValuePair<int[], double>>();
            if (s == t)
            {
                accepted.Add(new KeyValuePair<int[], double>(Array.Empty<int>(), 0));
                return accepted;
            }

            Workspace ws = w.Cache.Rent();
            var heap = new MinHeap();
            try
            {
                int[]? first = Spur(w, ws, heap, s, t, weight, null, null, ct, out double firstCost);
                if (first == null)
                {
                    return accepted;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal) { Key(w, s, first) };
                var candidates = new List<KeyValuePair<int[], double>>();
                var current = new KeyValuePair<int[], double>(first, firstCost);
                var blockedPairs = new HashSet<long>();
                var blockedNodes = new List<int>();
                int examined = 0;
                while (true)
                {
                    if (++examined > maxExamined)
                    {
                        bound = QueryBound.MaxResults;
                        break;
                    }

                    if (current.Key.Length > maxDepth)
                    {
                        bound = QueryBound.MaxDepth;
                        break;
                    }

                    if (w.JointlyValid(current.Key, current.Key.Length))
                    {
                        accepted.Add(current);
                        if (accepted.Count == k)
                        {
                            break;
                        }
                    }

                    int[] prev = current.Key;
                    int[] prevNodes = Nodes(w, s, prev);
                    double rootCost = 0;
                    for (int i = 0; i < prev.Length; i++)
                    {
                        ct.ThrowIfCancellationRequested();
                        int spur = prevNodes[i];
                        blockedPairs.Clear();
                        blockedNodes.Clear();
                        foreach (KeyValuePair<int[], double> p in accepted)
                        {
                            BlockIfSameRoot(w, s, p.Key, prevNodes, i, blockedPairs);
                        }

                        BlockIfSameRoot(w, s, prev, prevNodes, i, blockedPairs);
                        for (int j = 0; j < i; j++)
                        {
                            blockedNodes.Add(prevNodes[j]);
                        }

                        int[]? spurPath = Spur(w, ws, heap, spur, t, weight, blockedNodes, blockedPairs, ct, out double spurCost);
                        if (spurPath != null)
                        {
                            var total = new int[i + spurPath.Length];
                            Array.Copy(prev, total, i);
                            Array.Copy(spurPath, 0, total, i, spurPath.Length);
                            if (seen.Add(Key(w, s, total)))
                            {
                                candidates.Add(new KeyValuePair<int[], double>(total, rootCost + spurCost));
                            }
                        }

                        rootCost += weight == null ? 1.0 : weight(w.Graph.RelationAt(prev[i] >> 1));
                    }

                    if (candidates.Count == 0)
                    {
                        break;
                    }

                    int bestIndex = 0;
                    for (int i = 1; i < candidates.Count; i++)
                    {
                        KeyValuePair<int[], double> a = candidates[i], b = candidates[bestIndex];
                        if (a.Value < b.Value || (a.Value == b.Value && a.Key.Length < b.Key.Length))
                        {
                            bestIndex = i;
                        }
                    }

                    current = candidates[bestIndex];
                    candidates.RemoveAt(bestIndex);
                }

                return accepted;
            }
            finally
            {
                w.Cache.Return(ws);
            }
        }

        [ThreadStatic]
        private static MinHeap? _secondHeap;

        private static MinHeap SecondHeap => _secondHeap ??= new MinHeap();

        private static int[]? Spur(Walker w, Workspace ws, MinHeap heap, int s, int t, Func<Relation, double>? weight, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out double cost)
        {
            if (weight != null)
            {
                return BidirectionalDijkstra(w, ws, heap, SecondHeap, s, t, weight, blockedNodes, blockedPairs, ct, out cost);
            }

            int[]? steps = Shortest(w, ws, s, t, int.MaxValue, blockedNodes, blockedPairs, ct, out _);
            cost = steps?.Length ?? 0;
            return steps;
        }

        private static void BlockIfSameRoot(Walker w, int s, int[] path, int[] rootNodes, int i, HashSet<long> blockedPairs)
        {
            if (path.Length <= i)
            {
                return;
            }

            int v = s;
            for (int j = 0; j < i; j++)
            {
                if (v != rootNodes[j])
                {
                    return;
                }

                v = w.ToOf(path[j]);
            }

            if (v == rootNodes[i])
            {
                blockedPairs.Add(Pair(v, w.ToOf(path[i])));
            }
        }

        private static int[] Nodes(Walker w, int s, int[] steps)
        {
            var nodes = new int[steps.Length + 1];
            nodes[0] = s;
            for (int i = 0; i < steps.Length; i++)
            {
                nodes[i + 1] = w.ToOf(steps[i]);
            }

            return nodes;
        }

        private static string Key(Walker w, int s, int[] steps)
        {
            var sb = new StringBuilder();
            sb.Append(s);
            foreach (int step in steps)
            {
                sb.Append(',').Append(w.ToOf(step));
            }

            return sb.ToString();
        }

        private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;
    }
}

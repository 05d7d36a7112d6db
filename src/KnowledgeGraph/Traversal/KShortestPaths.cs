using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace KnowledgeGraph.Traversal
{
    /// <summary>The kernel of the k shortest (or lightest) simple paths: Yen's algorithm, whose spur searches are <see cref="BidirectionalDijkstra"/> or, unweighted, <see cref="BidirectionalBfs"/>.</summary>
    internal static class KShortestPaths
    {
        /// <summary>
        /// Yen's algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971):
        /// the <paramref name="k"/> cheapest simple paths as sequences of entities, in order of cost. Between two
        /// consecutive entities a path takes the cheapest walkable relation (the first added on a tie). Paths whose
        /// relations never held together as of the query's date are passed over; at most <paramref name="maxExamined"/>
        /// paths are examined. Weighted, relations cost the view's weights (<see cref="GraphView.Weight"/>); otherwise every relation costs 1 and the searches are bidirectional breadth-first.
        /// </summary>
        public static List<KeyValuePair<int[], double>> Find(GraphView w, int s, int t, int k, bool weighted, int maxDepth, int maxExamined, CancellationToken ct, out SearchCut bound)
        {
            ct.ThrowIfCancellationRequested();
            bound = SearchCut.None;
            var accepted = new List<KeyValuePair<int[], double>>();
            if (s == t)
            {
                accepted.Add(new KeyValuePair<int[], double>(Array.Empty<int>(), 0));
                return accepted;
            }

            Workspace ws = w.Cache.Rent();
            try
            {
                int[]? first = Spur(w, ws, s, t, weighted, null, null, ct, out double firstCost);
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
                        bound = SearchCut.MaxResults;
                        break;
                    }

                    if (current.Key.Length > maxDepth)
                    {
                        bound = SearchCut.MaxDepth;
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

                        int[]? spurPath = Spur(w, ws, spur, t, weighted, blockedNodes, blockedPairs, ct, out double spurCost);
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

                        rootCost += weighted ? w.Weight(prev[i] >> 1) : 1.0;
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

        private static int[]? Spur(GraphView w, Workspace ws, int s, int t, bool weighted, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, CancellationToken ct, out double cost)
        {
            if (weighted)
            {
                return BidirectionalDijkstra.Path(w, ws, s, t, false, blockedNodes, blockedPairs, ct, out cost);
            }

            int[]? steps = BidirectionalBfs.Path(w, ws, s, t, int.MaxValue, false, blockedNodes, blockedPairs, ct, out _);
            cost = steps?.Length ?? 0;
            return steps;
        }

        private static void BlockIfSameRoot(GraphView w, int s, int[] path, int[] rootNodes, int i, HashSet<long> blockedPairs)
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

        private static int[] Nodes(GraphView w, int s, int[] steps)
        {
            var nodes = new int[steps.Length + 1];
            nodes[0] = s;
            for (int i = 0; i < steps.Length; i++)
            {
                nodes[i + 1] = w.ToOf(steps[i]);
            }

            return nodes;
        }

        private static string Key(GraphView w, int s, int[] steps)
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

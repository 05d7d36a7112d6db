using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The kernels of one-sided breadth-first search on a <see cref="GraphView"/>: hop distances from an entity, a
    /// shortest path found from one side (ties go to the relation met first), the bounded reach of an entity (the
    /// neighbourhood and dependency queries), and reachability avoiding an entity or a relation (single points of
    /// failure). Rows are read outgoing then incoming, each in the order relations were added. O(V + E).
    /// </summary>
    internal static class BreadthFirst
    {
        private const int CancelCheckMask = 1023;

        /// <summary>Gets the number of hops from <paramref name="s"/> to every entity.</summary>
        /// <param name="view">The view.</param>
        /// <param name="ws">The workspace (its queues and reached bits are used).</param>
        /// <param name="s">The start entity.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <returns>The hop distance of each entity; -1 when unreachable; 0 for <paramref name="s"/>.</returns>
        /// <remarks>
        /// <para>Runs on the renumbered rows (<see cref="TraversalIndex"/>), where the entities a level reaches mostly sit
        /// together: reached entities are marked in a bit per entity (which stays in cache), the queue holds positions,
        /// and each entity's distance is written once, when its level is done.</para>
        /// <para>The levels are searched by <see cref="LevelSearch"/>. On a view that tests nothing but relation types and
        /// directions, a level whose frontier holds many of the relations left to explore is searched bottom-up (direction-optimising search, Beamer, Asanović and Patterson
        /// 2012): every entity not yet reached reads its own row against the walk's direction until it meets a relation
        /// from the frontier, so the level reads the rows in position order instead of jumping from row to row. Distances
        /// are unique, so the answer is the same whichever way each level is searched.</para>
        /// </remarks>
        public static int[] Distances(GraphView view, Workspace ws, int s, CancellationToken ct)
        {
            TraversalIndex x = view.Index.Ordered;
            int n = x.Order.Length;
            var dist = new int[n];
#if NET8_0_OR_GREATER
            Array.Fill(dist, -1);
#else
            for (int i = 0; i < dist.Length; i++)
            {
                dist[i] = -1;
            }
#endif
            return new LevelSearch(view).Distances(ws, s, dist, ct);
        }

        /// <summary>Finds a shortest path by a breadth-first search from <paramref name="s"/>; ties go to the relation met first.</summary>
        /// <param name="view">The view.</param>
        /// <param name="ws">The workspace.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="t">The end entity.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <returns>The encoded steps (empty when s == t), or <c>null</c> when there is no path.</returns>
        public static int[]? Path(GraphView view, Workspace ws, int s, int t, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            if (s == t)
            {
                return Array.Empty<int>();
            }

            int stamp = ws.NextStamp();
            int[] seen = ws.StampA, dist = ws.DistA, parent = ws.ParentA, q = ws.QueueA;
            int head = 0, tail = 0, work = 0;
            seen[s] = stamp;
            dist[s] = 0;
            q[tail++] = s;
            while (head < tail && seen[t] != stamp)
            {
                int v = q[head++];
                int n = view.SlotCount(v);
                for (int slot = 0; slot < n; slot++)
                {
                    int x = view.Step(v, slot, false, out int step);
                    if (x < 0 || seen[x] == stamp || (x != t && !view.CanPass(x)))
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
                v = view.FromOf(parent[v]);
            }

            return steps;
        }

        /// <summary>
        /// Gets the entities within <paramref name="maxDepth"/> hops of <paramref name="s"/> (not <paramref name="s"/>
        /// itself), in breadth-first order, entering no excluded kind and passing through no stop kind, appended to
        /// <paramref name="reached"/> until it holds <paramref name="maxReached"/> entities. The visit stamps stay in the workspace's <see cref="Workspace.StampA"/>
        /// (returned in <paramref name="stamp"/>) and the hop counts in <see cref="Workspace.DistA"/>.
        /// </summary>
        /// <param name="view">The view.</param>
        /// <param name="ws">The workspace.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="reverse">Whether to walk against the view's direction (who reaches <paramref name="s"/>).</param>
        /// <param name="maxDepth">The most hops.</param>
        /// <param name="maxReached">The most entities <paramref name="reached"/> may hold (counting any it held before).</param>
        /// <param name="reached">Receives the entities reached.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <param name="stamp">The stamp of the search.</param>
        /// <returns><see cref="SearchCut.MaxResults"/> when <paramref name="maxReached"/> stopped the search; else <see cref="SearchCut.MaxDepth"/> when an entity lay beyond <paramref name="maxDepth"/>; else <see cref="SearchCut.None"/>.</returns>
        public static SearchCut Reach(GraphView view, Workspace ws, int s, bool reverse, int maxDepth, int maxReached, List<int> reached, CancellationToken ct, out int stamp)
        {
            ct.ThrowIfCancellationRequested();
            stamp = ws.NextStamp();
            int[] seen = ws.StampA, dist = ws.DistA, q = ws.QueueA;
            int head = 0, tail = 0;
            SearchCut cut = SearchCut.None;
            seen[s] = stamp;
            dist[s] = 0;
            q[tail++] = s;
            while (head < tail)
            {
                int v = q[head++];
                if (v != s && !view.CanPass(v))
                {
                    continue;
                }

                int n = view.SlotCount(v);
                for (int slot = 0; slot < n; slot++)
                {
                    int x = view.Step(v, slot, reverse, out _);
                    if (x < 0 || seen[x] == stamp || !view.CanEnter(x))
                    {
                        continue;
                    }

                    if (dist[v] >= maxDepth)
                    {
                        cut = SearchCut.MaxDepth;
                        break;
                    }

                    if (reached.Count == maxReached)
                    {
                        return SearchCut.MaxResults;
                    }

                    seen[x] = stamp;
                    dist[x] = dist[v] + 1;
                    q[tail++] = x;
                    reached.Add(x);
                }

                ct.ThrowIfCancellationRequested();
            }

            return cut;
        }

        /// <summary>Gets whether <paramref name="t"/> is reachable from <paramref name="s"/> without entering <paramref name="avoidEntity"/> or walking <paramref name="avoidRelation"/> (-1 for none).</summary>
        /// <param name="view">The view.</param>
        /// <param name="ws">The workspace.</param>
        /// <param name="s">The start entity.</param>
        /// <param name="t">The end entity.</param>
        /// <param name="avoidEntity">An entity to avoid, or -1.</param>
        /// <param name="avoidRelation">A relation to avoid, or -1.</param>
        /// <returns><c>true</c> when reachable.</returns>
        public static bool Reaches(GraphView view, Workspace ws, int s, int t, int avoidEntity = -1, int avoidRelation = -1)
        {
            if (s == avoidEntity || t == avoidEntity)
            {
                return false;
            }

            int stamp = ws.NextStamp();
            int[] seen = ws.StampA, q = ws.QueueA;
            int head = 0, tail = 0;
            seen[s] = stamp;
            q[tail++] = s;
            while (head < tail)
            {
                int v = q[head++];
                if (v == t)
                {
                    return true;
                }

                if (v != s && !view.CanPass(v))
                {
                    continue;
                }

                int n = view.SlotCount(v);
                for (int slot = 0; slot < n; slot++)
                {
                    int x = view.Step(v, slot, false, out int step);
                    if (x < 0 || seen[x] == stamp || x == avoidEntity || (step >> 1) == avoidRelation || !view.CanEnter(x))
                    {
                        continue;
                    }

                    seen[x] = stamp;
                    q[tail++] = x;
                }
            }

            return false;
        }
    }
}

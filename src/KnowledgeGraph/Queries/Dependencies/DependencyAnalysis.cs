using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Queries.Engine;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>
    /// Transitive dependency analysis on the integer index: a bounded breadth-first search along dependency relations,
    /// then the explaining simple paths of each entity reached, kept when their steps are about compatible subjects
    /// (<see cref="ChainsSubjects"/>) and hold jointly at the time asked; what only may hold is reported apart.
    /// </summary>
    internal static class DependencyAnalysis
    {
        /// <summary>How many more paths than asked for are enumerated per entity, so that paths left out for their subjects or times do not hide others.</summary>
        private const int Slack = 8;

        public static DependencyReport Run(Graph graph, Entity root, bool dependents, QueryOptions? options, int maxPathsPerEntity, CancellationToken ct, Entity? only = null)
        {
            if (maxPathsPerEntity < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxPathsPerEntity), maxPathsPerEntity, "At least one path per entity.");
            }

            QueryOptions o = options ?? QueryOptions.Default;
            if (ReferenceEquals(o.Relations, RelationFilter.Any))
            {
                o = o.Via(RelationFilter.Dependencies);
            }

            root = graph.Own(root);
            int? target = only == null ? null : graph.Own(only).Index;

            // Under Flag the walk also takes what may hold, to report it apart; each path is then judged by the query's own rule.
            GraphView w = QueryView.Of(graph, o.Undated == UndatedPolicy.Flag ? o.WithUndated(UndatedPolicy.Include) : o);
            int maxDepth = o.MaxDepthOrNull ?? QueryOptions.DefaultMaxDepth;
            int s = root.Index;
            var reached = new List<int>();
            QueryBound bound = QueryBound.None;
            if (target.HasValue)
            {
                reached.Add(target.Value);
            }
            else
            {
                Workspace ws = w.Cache.Rent();
                try
                {
                    bound = QueryView.Bound(BreadthFirst.Reach(w, ws, s, dependents, maxDepth, o.MaxResults, reached, ct, out _));
                }
                finally
                {
                    w.Cache.Return(ws);
                }
            }

            // Paths are sought past the number shown because some may be dropped (subjects that do not chain, times that
            // do not hold); when none can be (every subject, time ignored, no date), one more than shown says whether
            // there are more, and the answer is the same.
            bool everyPathCounts = o.AnySubject && o.IgnoreTime && !o.AsOf.HasValue;
            int cap = (int)Math.Min(int.MaxValue, everyPathCounts ? maxPathsPerEntity + 1L : (long)maxPathsPerEntity * Slack);
            var items = new List<Dependency>();
            var mayHold = new List<Dependency>();
            using var paths = new RootedSimplePaths(w, s, dependents, maxDepth, ct);
            foreach (int x in reached)
            {
                if (x == s)
                {
                    continue;
                }

                List<int[]> found = paths.Paths(x, cap, ct, out SearchCut b);
                var holds = new List<GraphPath>();
                var holdStatus = new List<TimeStatus>();
                var may = new List<GraphPath>();
                bool more = b != SearchCut.None;
                foreach (int[] steps in found)
                {
                    GraphPath p = w.ToPath(dependents ? x : s, steps, steps.Length);
                    if (!o.AnySubject && !ChainsSubjects(p))
                    {
                        continue;
                    }

                    TimeStatus status = QueryView.StatusOf(p, o);
                    bool counted = status == TimeStatus.Holds || (status == TimeStatus.MayHold && o.Undated == UndatedPolicy.Include);
                    if (counted)
                    {
                        if (holds.Count < maxPathsPerEntity)
                        {
                            holds.Add(p);
                            holdStatus.Add(status);
                        }
                        else
                        {
                            more = true;
                        }
                    }
                    else if (status == TimeStatus.MayHold && o.Undated == UndatedPolicy.Flag && may.Count < maxPathsPerEntity)
                    {
                        may.Add(p);
                    }
                }

                Entity e = graph.EntityAt(x);
                if (holds.Count > 0)
                {
                    items.Add(new Dependency(e, holds, more, holdStatus, may));
                }
                else if (may.Count > 0)
                {
                    var statuses = new TimeStatus[may.Count];
                    for (int i = 0; i < statuses.Length; i++)
                    {
                        statuses[i] = TimeStatus.MayHold;
                    }

                    mayHold.Add(new Dependency(e, may, more, statuses));
                }
            }

            items.Sort(Order);
            mayHold.Sort(Order);
            return new DependencyReport(root, dependents, o, maxDepth, items, bound, mayHold);
        }

        /// <summary>
        /// The closure: the entities <see cref="Run"/> would list, by the same rules (relations, kinds, subjects that
        /// chain, the time asked and the undated policy), found by <see cref="ConstrainedReach"/> without listing paths.
        /// Without a depth asked, the search has no depth bound.
        /// </summary>
        public static DependencyClosure Closure(Graph graph, Entity root, bool dependents, QueryOptions? options, CancellationToken ct)
        {
            QueryOptions o = options ?? QueryOptions.Default;
            if (ReferenceEquals(o.Relations, RelationFilter.Any))
            {
                o = o.Via(RelationFilter.Dependencies);
            }

            root = graph.Own(root);
            bool include = o.Undated != UndatedPolicy.Exclude;
            GraphView w = QueryView.Of(graph, o.Undated == UndatedPolicy.Flag ? o.WithUndated(UndatedPolicy.Include) : o);
            int maxDepth = o.MaxDepthOrNull ?? int.MaxValue;
            TimeStatus counted = o.Undated == UndatedPolicy.Include ? TimeStatus.MayHold : TimeStatus.Holds;
            var found = new List<(int Entity, TimeStatus Status, int Depth)>();
            var search = new ConstrainedReach(w, chainSubjects: !o.AnySubject, include ? TimeStatus.MayHold : TimeStatus.Holds);
            QueryBound bound;
            if (search.IsPlainReach)
            {
                // Every walk holds and chains: the plain bounded reach, with the hop counts it leaves in the workspace.
                var reached = new List<int>();
                Workspace ws = w.Cache.Rent();
                try
                {
                    bound = QueryView.Bound(BreadthFirst.Reach(w, ws, root.Index, dependents, maxDepth, o.MaxResults, reached, ct, out _));
                    foreach (int x in reached)
                    {
                        found.Add((x, TimeStatus.Holds, ws.DistA[x]));
                    }
                }
                finally
                {
                    w.Cache.Return(ws);
                }
            }
            else
            {
                bound = QueryView.Bound(search.Run(root.Index, dependents, maxDepth, o.MaxResults, counted, found, ct));
            }

            // Each entity appears once per better status; its depth is the first depth at which it was counted (or, for
            // what only may hold, first reached).
            var countedAt = new Dictionary<int, int>();
            var firstAt = new Dictionary<int, int>();
            var bestOf = new Dictionary<int, TimeStatus>();
            foreach ((int x, TimeStatus status, int depth) in found)
            {
                bestOf[x] = status;
                if (!firstAt.ContainsKey(x))
                {
                    firstAt[x] = depth;
                }

                if (status >= counted && !countedAt.ContainsKey(x))
                {
                    countedAt[x] = depth;
                }
            }

            var items = new List<ClosureEntry>(countedAt.Count);
            var mayHold = new List<ClosureEntry>();
            foreach (KeyValuePair<int, TimeStatus> e in bestOf)
            {
                if (countedAt.TryGetValue(e.Key, out int depth))
                {
                    items.Add(new ClosureEntry(graph.EntityAt(e.Key), depth, e.Value));
                }
                else if (o.Undated == UndatedPolicy.Flag && e.Value == TimeStatus.MayHold)
                {
                    mayHold.Add(new ClosureEntry(graph.EntityAt(e.Key), firstAt[e.Key], e.Value));
                }
            }

            items.Sort(Order);
            mayHold.Sort(Order);
            return new DependencyClosure(root, dependents, o, maxDepth, items, bound, mayHold);
        }

        /// <summary>
        /// Gets whether a chain's steps are about compatible subjects: every two subjects given lie one within the other
        /// (microchips within microelectronics within industry), so that all of them lie on one line of the vocabulary's
        /// subject tree. A step with no subject (<see cref="Relation.About"/> is <c>null</c>) says nothing about what is
        /// depended on and chains with anything; oil and gas never chains with microchips.
        /// </summary>
        /// <param name="path">The chain.</param>
        /// <returns><c>true</c> when compatible.</returns>
        public static bool ChainsSubjects(GraphPath path)
        {
            Subject? deepest = null;
            foreach (Relation r in path.Relations)
            {
                Subject? s = r.About;
                if (s == null)
                {
                    continue;
                }

                if (deepest == null || s.IsWithin(deepest))
                {
                    deepest = s;
                }
                else if (!deepest.IsWithin(s))
                {
                    return false;
                }
            }

            return true;
        }

        private static int Order(ClosureEntry a, ClosureEntry b)
        {
            int c = a.Depth.CompareTo(b.Depth);
            return c != 0 ? c : string.CompareOrdinal(a.Entity.Name, b.Entity.Name);
        }

        private static int Order(Dependency a, Dependency b)
        {
            int c = a.Depth.CompareTo(b.Depth);
            return c != 0 ? c : string.CompareOrdinal(a.Entity.Name, b.Entity.Name);
        }
    }
}

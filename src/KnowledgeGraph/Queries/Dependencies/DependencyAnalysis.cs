using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>Transitive dependency analysis on the integer index: a bounded breadth-first search along dependency relations, then the explaining simple paths of each entity reached.</summary>
    internal static class DependencyAnalysis
    {
        public static DependencyReport Run(Graph graph, Entity root, bool dependents, QueryOptions? options, int maxPathsPerEntity, CancellationToken ct)
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
            var w = new Walker(graph, o);
            int maxDepth = o.MaxDepthOrNull ?? QueryOptions.DefaultMaxDepth;
            int s = root.Index;
            var reached = new List<int>();
            QueryBound bound = QueryBound.None;
            ct.ThrowIfCancellationRequested();
            Workspace ws = w.Cache.Rent();
            try
            {
                int stamp = ws.NextStamp();
                int[] seen = ws.StampA, dist = ws.DistA, q = ws.QueueA;
                int head = 0, tail = 0;
                seen[s] = stamp;
                dist[s] = 0;
                q[tail++] = s;
                while (head < tail && bound != QueryBound.MaxResults)
                {
                    int v = q[head++];
                    if (v != s && !w.CanPass(v))
                    {
                        continue;
                    }

                    int n = w.SlotCount(v);
                    for (int slot = 0; slot < n; slot++)
                    {
                        int x = w.Step(v, slot, dependents, out _);
                        if (x < 0 || seen[x] == stamp || !w.CanEnter(x))
                        {
                            continue;
                        }

                        if (dist[v] >= maxDepth)
                        {
                            bound = QueryBound.MaxDepth;
                            continue;
                        }

                        if (reached.Count == o.MaxResults)
                        {
                            bound = QueryBound.MaxResults;
                            break;
                        }

                        seen[x] = stamp;
                        dist[x] = dist[v] + 1;
                        q[tail++] = x;
                        reached.Add(x);
                    }

                    ct.ThrowIfCancellationRequested();
                }
            }
            finally
            {
                w.Cache.Return(ws);
            }

            var items = new List<Dependency>();
            foreach (int x in reached)
            {
                List<int[]> found = dependents
                    ? PathFinder.SimplePaths(w, x, s, maxDepth, maxPathsPerEntity, false, ct, out QueryBound b)
                    : PathFinder.SimplePaths(w, s, x, maxDepth, maxPathsPerEntity, false, ct, out b);
                if (found.Count == 0)
                {
                    continue; // no path held as a whole as of the date
                }

                var paths = new GraphPath[found.Count];
                for (int i = 0; i < found.Count; i++)
                {
                    paths[i] = w.ToPath(dependents ? x : s, found[i], found[i].Length);
                }

                items.Add(new Dependency(graph.EntityAt(x), paths, b != QueryBound.None));
            }

            items.Sort((a, b) =>
            {
                int c = a.Depth.CompareTo(b.Depth);
                return c != 0 ? c : string.CompareOrdinal(a.Entity.Name, b.Entity.Name);
            });
            return new DependencyReport(root, dependents, o, maxDepth, items, bound);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Queries.Engine;
using KnowledgeGraph.Traversal;

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
            GraphView w = QueryView.Of(graph, o);
            int maxDepth = o.MaxDepthOrNull ?? QueryOptions.DefaultMaxDepth;
            int s = root.Index;
            var reached = new List<int>();
            QueryBound bound;
            Workspace ws = w.Cache.Rent();
            try
            {
                bound = QueryView.Bound(BreadthFirst.Reach(w, ws, s, dependents, maxDepth, o.MaxResults, reached, ct, out _));
            }
            finally
            {
                w.Cache.Return(ws);
            }

            var items = new List<Dependency>();
            foreach (int x in reached)
            {
                List<int[]> found = dependents
                    ? SimplePaths.Between(w, x, s, maxDepth, maxPathsPerEntity, false, ct, out SearchCut b)
                    : SimplePaths.Between(w, s, x, maxDepth, maxPathsPerEntity, false, ct, out b);
                if (found.Count == 0)
                {
                    continue; // no path held as a whole as of the date
                }

                var paths = new GraphPath[found.Count];
                for (int i = 0; i < found.Count; i++)
                {
                    paths[i] = w.ToPath(dependents ? x : s, found[i], found[i].Length);
                }

                items.Add(new Dependency(graph.EntityAt(x), paths, b != SearchCut.None));
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

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Engine;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph
{
    /// <summary>First queries on a <see cref="Graph"/>: the shortest path between two entities and the dependency paths from one to another.</summary>
    public static class BasicQueries
    {
        /// <summary>The default bound on the length of a path.</summary>
        public const int DefaultMaxDepth = 6;

        /// <summary>The default bound on the number of paths returned.</summary>
        public const int DefaultMaxResults = 100;

        /// <summary>
        /// Finds a shortest path between two entities by breadth-first search, following relations in either
        /// direction (the graph read as undirected), or <c>null</c> when there is none.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="from">The start.</param>
        /// <param name="to">The end.</param>
        /// <returns>The path, or <c>null</c>. Ties are broken by the order relations were added.</returns>
        /// <remarks>O(V + E), on the integer index with no allocation per step. The fluent <c>graph.Paths(from, to).Shortest()</c> is faster on large graphs (bidirectional) and takes filters and bounds.</remarks>
        public static GraphPath? ShortestPath(this Graph graph, Entity from, Entity to)
        {
            int start = graph.IndexOrThrow(from);
            int goal = graph.IndexOrThrow(to);
            GraphView w = QueryView.Of(graph, QueryOptions.Default);
            int[]? steps;
            Workspace ws = w.Cache.Rent();
            try
            {
                steps = BreadthFirst.Path(w, ws, start, goal, CancellationToken.None);
            }
            finally
            {
                w.Cache.Return(ws);
            }

            return steps == null ? null : w.ToPath(start, steps, steps.Length);
        }

        /// <summary>
        /// Finds the dependency paths from <paramref name="dependent"/> to <paramref name="dependency"/>: simple paths
        /// that follow only relation types that count as dependencies, each in its declared direction
        /// (<c>DEPENDS_ON</c> forward, <c>SUPPLIES</c> backward: who is supplied depends on the supplier).
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="dependent">The entity that depends.</param>
        /// <param name="dependency">The entity depended on.</param>
        /// <param name="maxDepth">The longest path to look for.</param>
        /// <param name="maxResults">The most paths to return.</param>
        /// <returns>The paths, shortest first, then in the order relations were added.</returns>
        /// <remarks>The paths of <see cref="QueryExtensions.DependencyOn"/>, which also says whether a bound was hit and what may hold: a chain continues only through steps about compatible subjects.</remarks>
        public static IReadOnlyList<GraphPath> DependencyPaths(this Graph graph, Entity dependent, Entity dependency, int maxDepth = DefaultMaxDepth, int maxResults = DefaultMaxResults)
        {
            if (maxDepth < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The depth must be at least 1.");
            }

            if (graph.IndexOf(dependent) < 0)
            {
                throw new EntityNotFoundException(dependent.Id);
            }

            if (graph.IndexOf(dependency) < 0)
            {
                throw new EntityNotFoundException(dependency.Id);
            }

            int results = Math.Max(1, maxResults);
            var report = graph.DependencyOn(dependent, dependency, Queries.QueryOptions.Default.WithMaxDepth(maxDepth).WithMaxResults(results), results);
            return report.Items.Count == 0 ? Array.Empty<GraphPath>() : report.Items[0].Paths;
        }
    }
}

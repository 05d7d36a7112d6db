using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Queries
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
        /// <remarks>O(V + E).</remarks>
        public static GraphPath? ShortestPath(this Graph graph, Entity from, Entity to)
        {
            int start = graph.IndexOf(from);
            int goal = graph.IndexOf(to);
            if (start < 0)
            {
                throw new EntityNotFoundException(from.Id);
            }

            if (goal < 0)
            {
                throw new EntityNotFoundException(to.Id);
            }

            var parent = new PathStep?[graph.VertexCount];
            var visited = new bool[graph.VertexCount];
            var queue = new Queue<int>();
            visited[start] = true;
            queue.Enqueue(start);
            while (queue.Count > 0 && !visited[goal])
            {
                int v = queue.Dequeue();
                foreach (Relation r in graph.OutSegment(v))
                {
                    Visit(r.Target.Index, new PathStep(r, true));
                }

                foreach (Relation r in graph.InSegment(v))
                {
                    Visit(r.Source.Index, new PathStep(r, false));
                }
            }

            if (!visited[goal])
            {
                return null;
            }

            var steps = new List<PathStep>();
            for (int v = goal; v != start;)
            {
                PathStep step = parent[v]!;
                steps.Add(step);
                v = step.From.Index;
            }

            steps.Reverse();
            return new GraphPath(graph.EntityAt(start), steps);

            void Visit(int w, PathStep step)
            {
                if (!visited[w])
                {
                    visited[w] = true;
                    parent[w] = step;
                    queue.Enqueue(w);
                }
            }
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
        public static IReadOnlyList<GraphPath> DependencyPaths(this Graph graph, Entity dependent, Entity dependency, int maxDepth = DefaultMaxDepth, int maxResults = DefaultMaxResults)
        {
            if (maxDepth < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The depth must be at least 1.");
            }

            int start = graph.IndexOf(dependent);
            int goal = graph.IndexOf(dependency);
            if (start < 0)
            {
                throw new EntityNotFoundException(dependent.Id);
            }

            if (goal < 0)
            {
                throw new EntityNotFoundException(dependency.Id);
            }

            var results = new List<GraphPath>();
            var onPath = new bool[graph.VertexCount];
            var steps = new List<PathStep>();
            onPath[start] = true;
            Walk(start);
            return results.OrderBy(p => p.Length).Take(maxResults).ToList();

            void Walk(int v)
            {
                if (steps.Count >= maxDepth || results.Count >= maxResults * 4)
                {
                    return;
                }

                foreach (PathStep step in DependencySteps(graph, v))
                {
                    int w = step.To.Index;
                    if (onPath[w])
                    {
                        continue;
                    }

                    steps.Add(step);
                    if (w == goal)
                    {
                        results.Add(new GraphPath(graph.EntityAt(start), steps.ToArray()));
                    }
                    else
                    {
                        onPath[w] = true;
                        Walk(w);
                        onPath[w] = false;
                    }

                    steps.RemoveAt(steps.Count - 1);
                }
            }
        }

        /// <summary>Gets the steps from entity <paramref name="v"/> to what it directly depends on.</summary>
        internal static IEnumerable<PathStep> DependencySteps(Graph graph, int v)
        {
            foreach (Relation r in graph.OutSegment(v))
            {
                if (r.Type.Dependency == DependencyDirection.Forward)
                {
                    yield return new PathStep(r, true);
                }
            }

            foreach (Relation r in graph.InSegment(v))
            {
                if (r.Type.Dependency == DependencyDirection.Reverse)
                {
                    yield return new PathStep(r, false);
                }
            }
        }
    }
}

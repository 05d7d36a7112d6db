using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>
    /// Single points of failure between two entities: the entities and relations whose removal disconnects every
    /// dependency path from one to the other ("if Integral disappeared, would Russia's supply of chips still have a
    /// path?").
    /// </summary>
    /// <remarks>
    /// Exact, by reachability: a candidate is an entity or relation on one shortest path; it is a point of failure when
    /// the target is unreachable without it. O(L · (V + E)) for a path of length L. The paths shown with the result
    /// are enumerated within <see cref="CriticalOptions.MaxDepth"/> and <see cref="CriticalOptions.MaxPaths"/>.
    /// </remarks>
    public static class SinglePointsOfFailure
    {
        /// <summary>Finds the single points of failure on the dependency paths from <paramref name="from"/> to <paramref name="to"/>.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="from">The entity that depends.</param>
        /// <param name="to">The entity depended on.</param>
        /// <param name="options">The options; the dependency reading when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The points of failure and the paths.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        public static SinglePointsOfFailureResult Between(Graph graph, Entity from, Entity to, CriticalOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CriticalOptions();
            int s = graph.IndexOrThrow(from);
            int t = graph.IndexOrThrow(to);
            ArcView arcs = ArcView.Build(graph, options.Relations, options.AsUndirected);
            GraphPath? shortest = s == t ? null : arcs.ShortestPath(graph, s, t);
            if (shortest == null)
            {
                return new SinglePointsOfFailureResult(graph.EntityAt(s), graph.EntityAt(t), false, new Entity[0], new Relation[0], new GraphPath[0], false);
            }

            var entities = new List<Entity>();
            var relations = new List<Relation>();
            foreach (PathStep step in shortest.Steps)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int relation = IndexOfRelation(graph, step.Relation);
                if (!arcs.Reaches(s, t, avoidRelation: relation))
                {
                    relations.Add(step.Relation);
                }

                int v = graph.IndexOf(step.To);
                if (v != t && !arcs.Reaches(s, t, avoidEntity: v))
                {
                    entities.Add(graph.EntityAt(v));
                }
            }

            (IReadOnlyList<GraphPath> paths, bool truncated) = arcs.SimplePaths(graph, s, t, options.MaxDepth, options.MaxPaths);
            return new SinglePointsOfFailureResult(graph.EntityAt(s), graph.EntityAt(t), true, entities, relations, paths, truncated);
        }

        internal static int IndexOfRelation(Graph graph, Relation relation)
        {
            for (int i = 0; i < graph.EdgeCount; i++)
            {
                if (ReferenceEquals(graph.RelationAt(i), relation))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

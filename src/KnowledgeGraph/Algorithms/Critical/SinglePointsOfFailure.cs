using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Traversal;

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
    /// are enumerated within <see cref="CriticalOptions.MaxDepth"/> and <see cref="CriticalOptions.MaxPaths"/> by the one
    /// simple-path kernel that <c>kg path --simple</c> uses too, in its order: shortest first, then depth-first order
    /// (outgoing relations before incoming ones, each in the order added), so a bound keeps the shortest paths.
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
            GraphView arcs = GraphView.DependencyReading(graph, options.Relations, options.AsUndirected);
            Workspace ws = arcs.Cache.Rent();
            try
            {
                int[]? shortest = s == t ? null : BreadthFirst.Path(arcs, ws, s, t, cancellationToken);
                if (shortest == null)
                {
                    return new SinglePointsOfFailureResult(graph.EntityAt(s), graph.EntityAt(t), false, new Entity[0], new Relation[0], new GraphPath[0], false);
                }

                var entities = new List<Entity>();
                var relations = new List<Relation>();
                foreach (int step in shortest)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!BreadthFirst.Reaches(arcs, ws, s, t, avoidRelation: step >> 1))
                    {
                        relations.Add(graph.RelationAt(step >> 1));
                    }

                    int v = arcs.ToOf(step);
                    if (v != t && !BreadthFirst.Reaches(arcs, ws, s, t, avoidEntity: v))
                    {
                        entities.Add(graph.EntityAt(v));
                    }
                }

                List<int[]> found = SimplePaths.Between(arcs, s, t, options.MaxDepth, options.MaxPaths, false, cancellationToken, out SearchCut cut);
                var paths = new GraphPath[found.Count];
                for (int i = 0; i < paths.Length; i++)
                {
                    paths[i] = arcs.ToPath(s, found[i], found[i].Length);
                }

                return new SinglePointsOfFailureResult(graph.EntityAt(s), graph.EntityAt(t), true, entities, relations, paths, cut != SearchCut.None);
            }
            finally
            {
                arcs.Cache.Return(ws);
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Algorithms.Communities
{
    /// <summary>
    /// Modularity of a partition (Newman and Girvan, 2004; with resolution, Reichardt and Bornholdt, 2006), as
    /// networkx's <c>community.modularity</c> on the undirected reading of the graph:
    /// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where L_c is the weight of relations inside community c, d_c the summed
    /// weighted degree of its entities and m the total weight.
    /// </summary>
    public static class Modularity
    {
        /// <summary>Computes the modularity of a partition given as a community number per entity.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="communityOf">The community of each entity, indexed like <see cref="Graph.Entities"/>.</param>
        /// <param name="resolution">The resolution γ; default 1.</param>
        /// <param name="weight">The weight of a relation; every relation weighs 1 when <c>null</c>.</param>
        /// <returns>The modularity; 0 for a graph with no relations.</returns>
        /// <exception cref="ArgumentException">The partition does not cover the graph.</exception>
        public static double Compute(Graph graph, IReadOnlyList<int> communityOf, double resolution = 1.0, Func<Relation, double>? weight = null)
        {
            if (communityOf.Count != graph.VertexCount)
            {
                throw new ArgumentException($"{communityOf.Count} community numbers for {graph.VertexCount} entities.", nameof(communityOf));
            }

            AdjacencyIndex index = graph.Index;
            var inside = new Dictionary<int, double>();
            var degree = new Dictionary<int, double>();
            double m = 0;
            for (int r = 0; r < index.EdgeCount; r++)
            {
                double w = weight == null ? 1.0 : weight(graph.RelationAt(r));
                int cs = communityOf[index.RelationSources[r]];
                int ct = communityOf[index.RelationTargets[r]];
                m += w;
                Add(degree, cs, w);
                Add(degree, ct, w);
                if (cs == ct)
                {
                    Add(inside, cs, w);
                }
            }

            if (m == 0)
            {
                return 0;
            }

            double q = 0;
            foreach (KeyValuePair<int, double> pair in degree)
            {
                inside.TryGetValue(pair.Key, out double l);
                double d = pair.Value / (2 * m);
                q += (l / m) - (resolution * d * d);
            }

            return q;

            static void Add(Dictionary<int, double> map, int key, double w)
            {
                map.TryGetValue(key, out double old);
                map[key] = old + w;
            }
        }

        /// <summary>Computes the modularity of a partition given as lists of entities.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="communities">The communities; every entity must be in exactly one.</param>
        /// <param name="resolution">The resolution γ; default 1.</param>
        /// <param name="weight">The weight of a relation; every relation weighs 1 when <c>null</c>.</param>
        /// <returns>The modularity.</returns>
        /// <exception cref="ArgumentException">The communities are not a partition of the graph's entities.</exception>
        public static double Compute(Graph graph, IEnumerable<IEnumerable<Entity>> communities, double resolution = 1.0, Func<Relation, double>? weight = null)
        {
            var of = new int[graph.VertexCount];
            for (int i = 0; i < of.Length; i++)
            {
                of[i] = -1;
            }

            int c = 0;
            foreach (IEnumerable<Entity> community in communities)
            {
                foreach (Entity e in community)
                {
                    int i = graph.IndexOrThrow(e);
                    if (of[i] >= 0)
                    {
                        throw new ArgumentException($"'{e.Id}' is in two communities.", nameof(communities));
                    }

                    of[i] = c;
                }

                c++;
            }

            if (Array.IndexOf(of, -1) >= 0)
            {
                throw new ArgumentException($"'{graph.EntityAt(Array.IndexOf(of, -1)).Id}' is in no community.", nameof(communities));
            }

            return Compute(graph, of, resolution, weight);
        }
    }
}

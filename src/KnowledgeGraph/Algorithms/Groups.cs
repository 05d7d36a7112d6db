using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Algorithms
{
    /// <summary>Turns a label per entity (a component, a community) into numbered groups: the largest first, ties by their first entity.</summary>
    internal static class Groups
    {
        /// <summary>Numbers the groups of a labelling.</summary>
        /// <param name="graph">The graph whose entities are labelled.</param>
        /// <param name="label">The label of each entity, by index.</param>
        /// <param name="groupOf">The number of each entity's group, by index.</param>
        /// <returns>The groups' entities, by group number.</returns>
        public static IReadOnlyList<Entity>[] Number(Graph graph, int[] label, out int[] groupOf)
        {
            int[][] groups = Enumerable.Range(0, label.Length).GroupBy(v => label[v])
                .Select(g => g.ToArray())
                .OrderByDescending(g => g.Length).ThenBy(g => g[0])
                .ToArray();
            groupOf = new int[label.Length];
            var entities = new IReadOnlyList<Entity>[groups.Length];
            for (int c = 0; c < groups.Length; c++)
            {
                foreach (int v in groups[c])
                {
                    groupOf[v] = c;
                }

                entities[c] = groups[c].Select(graph.EntityAt).ToArray();
            }

            return entities;
        }
    }
}

using System;
using System.Text;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>
    /// A graph with the name that matching, decisions and merges know it by: entities are referred to as
    /// <c>name:id</c> (<c>union-state:putin</c>, <c>wikidata-putin:q7747</c>), so that two graphs may use the same ids.
    /// </summary>
    /// <remarks>
    /// <para>The name is a lowercase slug without <c>:</c>. By default (<see cref="Of(Graph, string)"/>) it is the id of the
    /// graph's one dataset when it records exactly one (<see cref="Graph.Datasets"/>), else the fallback given (the file
    /// name without extension, for <c>kg</c>), made a slug.</para>
    /// <para>This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class NamedGraph
    {
        /// <summary>Creates a named graph.</summary>
        /// <param name="name">The name; made a slug (lowercase letters, digits, <c>-</c>, <c>_</c>, <c>.</c>).</param>
        /// <param name="graph">The graph.</param>
        /// <exception cref="ArgumentException">The name has no letter or digit.</exception>
        public NamedGraph(string name, Graph graph)
        {
            Graph = graph ?? throw new ArgumentNullException(nameof(graph));
            Name = Slug(name ?? throw new ArgumentNullException(nameof(name)));
            if (Name.Length == 0)
            {
                throw new ArgumentException($"The graph name '{name}' has no letter or digit.", nameof(name));
            }
        }

        /// <summary>Gets the name.</summary>
        public string Name { get; }

        /// <summary>Gets the graph.</summary>
        public Graph Graph { get; }

        /// <summary>Names a graph by its one dataset, or else by <paramref name="fallback"/>.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="fallback">The name when the graph does not record exactly one dataset (a file name, say).</param>
        /// <returns>The named graph.</returns>
        public static NamedGraph Of(Graph graph, string fallback)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            return new NamedGraph(graph.Datasets.Count == 1 ? graph.Datasets[0].Id : fallback, graph);
        }

        /// <summary>Gets the reference of an entity of this graph: <c>name:id</c>.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The reference.</returns>
        public string RefOf(Entity entity) => Name + ":" + entity.Id;

        /// <inheritdoc />
        public override string ToString() => Name;

        /// <summary>Makes a name a slug: lowercase ASCII letters and digits, other runs folded to one <c>-</c>, trimmed.</summary>
        internal static string Slug(string name)
        {
            var sb = new StringBuilder(name.Length);
            bool dash = false;
            foreach (char raw in name.Trim())
            {
                char c = char.ToLowerInvariant(raw);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')
                {
                    if (dash && sb.Length > 0)
                    {
                        sb.Append('-');
                    }

                    dash = false;
                    sb.Append(c);
                }
                else
                {
                    dash = true;
                }
            }

            string s = sb.ToString().TrimStart('.', '_');
            return s;
        }
    }
}

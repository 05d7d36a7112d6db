using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Neighborhoods
{
    /// <summary>The subgraph around an entity: the entities within a number of walkable steps, every walkable relation between them, and the sources those cite.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class Neighborhood : IHtmlRenderable
    {
        internal Neighborhood(Entity center, int depth, QueryOptions options, Graph graph, QueryBound boundHit)
        {
            Center = center;
            Depth = depth;
            Options = options;
            Graph = graph;
            BoundHit = boundHit;
        }

        /// <summary>Gets the entity at the centre.</summary>
        public Entity Center { get; }

        /// <summary>Gets the depth asked for.</summary>
        public int Depth { get; }

        /// <summary>Gets the filters and bounds.</summary>
        public QueryOptions Options { get; }

        /// <summary>Gets the subgraph: a new <see cref="KnowledgeGraph.Graph"/> with copies of the entities, relations and cited sources.</summary>
        public Graph Graph { get; }

        /// <summary>Gets <see cref="QueryBound.MaxResults"/> when the maximum number of entities stopped the search before the depth was reached.</summary>
        public QueryBound BoundHit { get; }

        /// <summary>Gets whether a bound stopped the search.</summary>
        public bool Truncated => BoundHit != QueryBound.None;

        /// <summary>Renders the neighbourhood as text: a heading, then one line per relation with dates and sources.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Heading()).Append('\n');
            foreach (Relation r in Graph.Relations)
            {
                sb.Append("  ").Append(Line(r)).Append('\n');
            }

            if (Truncated)
            {
                sb.Append("note: stopped at the maximum of ").Append(Options.MaxResults).Append(" entities (raise it with MaxResults / --max-results).\n");
            }

            return sb.ToString();
        }

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-neighborhood\">");
            sb.Element("p", Heading());
            sb.Append("<table>").Header("source", "relation", "target", "validity");
            foreach (Relation r in Graph.Relations)
            {
                sb.Row(r.Source.ToString(), r.Type.Name, r.Target.ToString(), r.Validity.ToString());
            }

            sb.Append("</table>");
            if (Truncated)
            {
                sb.Append("<p class=\"kg-bound\">").Append(Html.Escape($"note: stopped at the maximum of {Options.MaxResults} entities.")).Append("</p>");
            }

            return sb.Append("</div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => Heading();

        private static string Line(Relation r)
        {
            string arrow = r.Type.IsDirected ? $"-{r.Type.Name}->" : $"-{r.Type.Name}-";
            var sources = new System.Collections.Generic.List<string>();
            foreach (Citation c in r.Citations)
            {
                string s = c.Source?.ToString() ?? c.SourceId;
                if (!sources.Contains(s))
                {
                    sources.Add(s);
                }
            }

            return $"{r.Source.Name} ({r.Source.Id}) {arrow} {r.Target.Name} ({r.Target.Id}) [{r.Validity}]" + (sources.Count > 0 ? " \u2014 " + string.Join("; ", sources) : string.Empty);
        }

        private string Heading()
        {
            string filters = Options.ToString();
            return $"Neighbourhood of {Center.Name} ({Center.Id}) to depth {Depth}" + (filters.Length > 0 ? ", " + filters : string.Empty)
                + $": {Graph.VertexCount} {(Graph.VertexCount == 1 ? "entity" : "entities")}, {Graph.EdgeCount} {(Graph.EdgeCount == 1 ? "relation" : "relations")}.";
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Display
{
    /// <summary>
    /// Renders entities, relations, paths, dependency explanations, graphs and timelines as self-contained HTML
    /// fragments (tables with dates and sources, paths as step lists, graphs as inline SVG pictures). The notebook
    /// extension in the package registers these as the <c>text/html</c> formatters; they work anywhere HTML is shown.
    /// </summary>
    /// <remarks>Every piece of data is escaped; links are made only for http and https URLs. No scripts are emitted.
    /// The HTML of model values is written by the lower <c>KnowledgeGraph.Markup</c> layer, which results of queries and
    /// algorithms use too; this class adds the pictures.</remarks>
    public static class HtmlRenderer
    {
        /// <summary>The most relations a table shows before it says how many more there are.</summary>
        public const int MaxTableRows = HtmlBlocks.MaxTableRows;

        /// <summary>Renders an entity: its name, kind and id, description, other names, properties and external identifiers.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Entity(Entity entity) => HtmlBlocks.Entity(entity);

        /// <summary>Renders an entity as <see cref="Entity(KnowledgeGraph.Entity)"/> does, followed by its relations in <paramref name="graph"/> as a timeline.</summary>
        /// <param name="entity">The entity.</param>
        /// <param name="graph">The graph whose relations to list.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Entity(Entity entity, Graph graph) => HtmlBlocks.Entity(entity, graph);

        /// <summary>Renders entities as a table: name, kind, id and other names (a search result, the neighbours of an entity).</summary>
        /// <param name="entities">The entities, in the order given.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Entities(IEnumerable<Entity> entities) => HtmlBlocks.Entities(entities);

        /// <summary>Renders a relation: its type, ends, dates, confidence, properties and citations.</summary>
        /// <param name="relation">The relation.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Relation(Relation relation) => HtmlBlocks.Relation(relation);

        /// <summary>Renders a path as a numbered list of steps, each with its dates and citations, under a heading with the path's validity.</summary>
        /// <param name="path">The path.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Path(GraphPath path) => HtmlBlocks.Path(path);

        /// <summary>Renders a dependency explanation: how many paths lead from the first entity to the last, then each path as a step list.</summary>
        /// <param name="paths">The paths, as returned by <see cref="BasicQueries.DependencyPaths"/>.</param>
        /// <param name="heading">A heading, or <c>null</c> for "<i>A</i> depends on <i>B</i> through <i>n</i> paths".</param>
        /// <returns>The HTML fragment.</returns>
        public static string Paths(IEnumerable<GraphPath> paths, string? heading = null) => HtmlBlocks.Paths(paths, heading);

        /// <summary>
        /// Renders a graph: a summary line, then a picture (<see cref="GraphPicture"/>) of its relations, or, when it
        /// has more entities than <see cref="GraphPictureOptions.MaxEntities"/>, a table of its relations instead.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The picture options, or <c>null</c> for the defaults.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Graph(Graph graph, GraphPictureOptions? options = null)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            var sb = new StringBuilder();
            sb.Append("<div class=\"kg-graph\"><p><b>").Append(HtmlText.Escape(graph.Title ?? "Knowledge graph")).Append("</b>: ")
              .Append(graph.VertexCount).Append(graph.VertexCount == 1 ? " entity, " : " entities, ")
              .Append(graph.EdgeCount).Append(graph.EdgeCount == 1 ? " relation, " : " relations, ")
              .Append(graph.Sources.Count).Append(graph.Sources.Count == 1 ? " source" : " sources").Append("</p>");
            GraphPicture? picture = GraphPicture.Draw(graph, options);
            if (picture != null)
            {
                sb.Append(picture.ToHtml());
            }
            else
            {
                sb.Append("<p><i>Too many entities to draw (more than ").Append((options ?? new GraphPictureOptions()).MaxEntities).Append("): the relations as a table.</i></p>");
                HtmlBlocks.AppendTimeline(sb, graph.Relations, null);
            }

            sb.Append("</div>");
            return sb.ToString();
        }

        /// <summary>Renders relations as a timeline: a table sorted by date (undated last) with each relation's dates, ends and sources.</summary>
        /// <param name="relations">The relations.</param>
        /// <param name="heading">A heading, or <c>null</c>.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Timeline(IEnumerable<Relation> relations, string? heading = null) => HtmlBlocks.Timeline(relations, heading);

        /// <summary>Renders citations as a list: the source (linked when it has a web address), its date, the locator and the quote.</summary>
        /// <param name="citations">The citations.</param>
        /// <returns>The HTML fragment, or <c>&lt;i&gt;none&lt;/i&gt;</c>.</returns>
        public static string Citations(IEnumerable<Citation> citations) => HtmlBlocks.Citations(citations);
    }
}

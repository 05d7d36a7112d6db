using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Markup
{
    /// <summary>The HTML of the model's values (entities, relations, paths, timelines, citations) for the results' <see cref="IHtmlRenderable.ToHtml"/>; the public entry point is <c>Display.HtmlRenderer</c>.</summary>
    /// <remarks>Every piece of data is escaped; links are made only for http and https URLs. No scripts are emitted.</remarks>
    internal static class HtmlBlocks
    {
        /// <summary>The most relations a table shows before it says how many more there are.</summary>
        public const int MaxTableRows = 500;

        private const string TableStyle = " style=\"border-collapse:collapse;text-align:left\"";

        /// <summary>Renders an entity: its name, kind and id, description, other names, properties and external identifiers.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Entity(Entity entity)
        {
            if (entity == null)
            {
                throw new ArgumentNullException(nameof(entity));
            }

            var sb = new StringBuilder();
            AppendEntity(sb, entity);
            return sb.ToString();
        }

        /// <summary>Renders an entity as <see cref="Entity(KnowledgeGraph.Entity)"/> does, followed by its relations in <paramref name="graph"/> as a timeline.</summary>
        /// <param name="entity">The entity.</param>
        /// <param name="graph">The graph whose relations to list.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Entity(Entity entity, Graph graph)
        {
            if (entity == null)
            {
                throw new ArgumentNullException(nameof(entity));
            }

            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            var sb = new StringBuilder();
            AppendEntity(sb, entity);
            AppendTimeline(sb, graph.RelationsOf(entity), "Relations of " + entity.Name);
            return sb.ToString();
        }

        /// <summary>Renders entities as a table: name, kind, id and other names (a search result, the neighbours of an entity).</summary>
        /// <param name="entities">The entities, in the order given.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Entities(IEnumerable<Entity> entities)
        {
            if (entities == null)
            {
                throw new ArgumentNullException(nameof(entities));
            }

            List<Entity> list = entities.ToList();
            var sb = new StringBuilder();
            sb.Append("<div class=\"kg-entities\"><table").Append(TableStyle).Append("><thead><tr><th>Name</th><th>Kind</th><th>Id</th><th>Also known as</th></tr></thead><tbody>");
            foreach (Entity e in list.Take(MaxTableRows))
            {
                sb.Append("<tr><td><b>").Append(HtmlText.Escape(e.Name)).Append("</b></td><td>").Append(HtmlText.Kind(e.Kind))
                  .Append("</td><td><code>").Append(HtmlText.Escape(e.Id)).Append("</code></td><td>").Append(HtmlText.Escape(string.Join(", ", e.Aliases))).Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
            if (list.Count > MaxTableRows)
            {
                sb.Append("<p><i>\u2026 and ").Append(list.Count - MaxTableRows).Append(" more entities.</i></p>");
            }

            sb.Append("</div>");
            return sb.ToString();
        }

        /// <summary>Renders a relation: its type, ends, dates, confidence, properties and citations.</summary>
        /// <param name="relation">The relation.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Relation(Relation relation)
        {
            if (relation == null)
            {
                throw new ArgumentNullException(nameof(relation));
            }

            var sb = new StringBuilder();
            sb.Append("<div class=\"kg-relation\"><table").Append(TableStyle).Append('>');
            Row(sb, "Relation", RelationText(relation) + " <small>(" + HtmlText.Escape(relation.Id) + ")</small>");
            Row(sb, "When", HtmlText.Escape(relation.Validity.ToString()));
            if (relation.Confidence.HasValue)
            {
                Row(sb, "Confidence", HtmlText.Number(relation.Confidence.Value));
            }

            foreach (KeyValuePair<string, object> p in relation.Properties)
            {
                Row(sb, HtmlText.Escape(p.Key), HtmlText.Escape(PropertyMap.Format(p.Value)));
            }

            Row(sb, "Sources", Citations(relation.Citations));
            sb.Append("</table></div>");
            return sb.ToString();
        }

        /// <summary>Renders a path as a numbered list of steps, each with its dates and citations, under a heading with the path's validity.</summary>
        /// <param name="path">The path.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Path(GraphPath path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            var sb = new StringBuilder();
            AppendPath(sb, path);
            return sb.ToString();
        }

        /// <summary>Renders a dependency explanation: how many paths lead from the first entity to the last, then each path as a step list.</summary>
        /// <param name="paths">The paths, as returned by <see cref="BasicQueries.DependencyPaths"/>.</param>
        /// <param name="heading">A heading, or <c>null</c> for "<i>A</i> depends on <i>B</i> through <i>n</i> paths".</param>
        /// <returns>The HTML fragment.</returns>
        public static string Paths(IEnumerable<GraphPath> paths, string? heading = null)
        {
            if (paths == null)
            {
                throw new ArgumentNullException(nameof(paths));
            }

            IReadOnlyList<GraphPath> list = paths as IReadOnlyList<GraphPath> ?? paths.ToList();
            var sb = new StringBuilder();
            sb.Append("<div class=\"kg-paths\">");
            if (heading == null && list.Count > 0)
            {
                heading = list[0].Start.Name + " depends on " + list[0].End.Name + " through " + list.Count + (list.Count == 1 ? " path" : " paths");
            }

            sb.Append("<p><b>").Append(HtmlText.Escape(heading ?? "No path")).Append("</b></p>");
            foreach (GraphPath path in list)
            {
                AppendPath(sb, path);
            }

            sb.Append("</div>");
            return sb.ToString();
        }

        /// <summary>Renders relations as a timeline: a table sorted by date (undated last) with each relation's dates, ends and sources.</summary>
        /// <param name="relations">The relations.</param>
        /// <param name="heading">A heading, or <c>null</c>.</param>
        /// <returns>The HTML fragment.</returns>
        public static string Timeline(IEnumerable<Relation> relations, string? heading = null)
        {
            if (relations == null)
            {
                throw new ArgumentNullException(nameof(relations));
            }

            var sb = new StringBuilder();
            AppendTimeline(sb, relations, heading);
            return sb.ToString();
        }

        /// <summary>Renders citations as a list: the source (linked when it has a web address), its date, the locator and the quote.</summary>
        /// <param name="citations">The citations.</param>
        /// <returns>The HTML fragment, or <c>&lt;i&gt;none&lt;/i&gt;</c>.</returns>
        public static string Citations(IEnumerable<Citation> citations)
        {
            if (citations == null)
            {
                throw new ArgumentNullException(nameof(citations));
            }

            var items = citations.ToList();
            if (items.Count == 0)
            {
                return "<i>none</i>";
            }

            var sb = new StringBuilder("<ul class=\"kg-citations\" style=\"margin:0;padding-left:1.2em\">");
            foreach (IReadOnlyList<Citation> group in CitationGroups.Of(items))
            {
                sb.Append("<li>");
                for (int i = 0; i < group.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append("; ");
                    }

                    AppendSource(sb, group[i]);
                }

                if (group[0].Quote != null)
                {
                    sb.Append(": <q>").Append(HtmlText.Escape(group[0].Quote)).Append("</q>");
                }

                sb.Append("</li>");
            }

            sb.Append("</ul>");
            return sb.ToString();
        }

        private static void AppendSource(StringBuilder sb, Citation c)
        {
            Source? s = c.Source;
            string title = s == null ? c.SourceId : s.Publisher != null ? s.Title + " (" + s.Publisher + ")" : s.Title;
            if (s != null && HtmlText.IsSafeUrl(s.Url))
            {
                sb.Append("<a href=\"").Append(HtmlText.Escape(s.Url)).Append("\" target=\"_blank\" rel=\"noopener noreferrer\">").Append(HtmlText.Escape(title)).Append("</a>");
            }
            else
            {
                sb.Append(HtmlText.Escape(title));
            }

            if (s?.Date != null)
            {
                sb.Append(", ").Append(HtmlText.Escape(s.Date.Value.ToString()));
            }

            if (c.Locator != null)
            {
                sb.Append(" (").Append(HtmlText.Escape(c.Locator)).Append(')');
            }
        }

        private static void AppendEntity(StringBuilder sb, Entity entity)
        {
            sb.Append("<div class=\"kg-entity\"><p><b>").Append(HtmlText.Escape(entity.Name)).Append("</b> <small>(")
              .Append(HtmlText.Kind(entity.Kind)).Append(", <code>").Append(HtmlText.Escape(entity.Id)).Append("</code>)</small></p>");
            if (entity.Description != null)
            {
                sb.Append("<p>").Append(HtmlText.Escape(entity.Description)).Append("</p>");
            }

            sb.Append("<table").Append(TableStyle).Append('>');
            if (entity.Aliases.Count > 0)
            {
                Row(sb, "Also known as", HtmlText.Escape(string.Join(", ", entity.Aliases)));
            }

            foreach (KeyValuePair<string, object> p in entity.Properties)
            {
                Row(sb, HtmlText.Escape(p.Key), HtmlText.Escape(PropertyMap.Format(p.Value)));
            }

            foreach (ExternalId x in entity.ExternalIds)
            {
                Row(sb, HtmlText.Escape(x.Scheme), HtmlText.Escape(x.Value) + (x.Note != null ? " <small>(" + HtmlText.Escape(x.Note) + ")</small>" : string.Empty));
            }

            sb.Append("</table></div>");
        }

        private static void AppendPath(StringBuilder sb, GraphPath path)
        {
            sb.Append("<div class=\"kg-path\"><p>").Append(HtmlText.Escape(string.Join(" \u2192 ", path.Entities.Select(e => e.Name))))
              .Append(" <small>(").Append(path.Length).Append(path.Length == 1 ? " step" : " steps").Append(", ")
              .Append(HtmlText.Escape(path.TimeText())).Append(")</small></p><ol class=\"kg-steps\">");
            foreach (PathStep step in path.Steps)
            {
                Relation r = step.Relation;
                string arrow = !r.Type.IsDirected ? " \u2014" + r.Type.Name + "\u2014 " : step.IsForward ? " \u2014" + r.Type.Name + "\u2192 " : " \u2190" + r.Type.Name + "\u2014 ";
                sb.Append("<li><b>").Append(HtmlText.Escape(step.From.Name)).Append("</b>").Append(HtmlText.Escape(arrow)).Append("<b>")
                  .Append(HtmlText.Escape(step.To.Name)).Append("</b> <small>[").Append(HtmlText.Escape(r.Validity.ToString())).Append("]</small>")
                  .Append(Citations(r.Citations)).Append("</li>");
            }

            sb.Append("</ol></div>");
        }

        internal static void AppendTimeline(StringBuilder sb, IEnumerable<Relation> relations, string? heading)
        {
            List<Relation> sorted = relations.OrderBy(r => r, TimelineOrder.Instance).ToList();
            sb.Append("<div class=\"kg-timeline\">");
            if (heading != null)
            {
                sb.Append("<p><b>").Append(HtmlText.Escape(heading)).Append("</b></p>");
            }

            sb.Append("<table").Append(TableStyle).Append("><thead><tr><th>When</th><th>Relation</th><th>Sources</th></tr></thead><tbody>");
            foreach (Relation r in sorted.Take(MaxTableRows))
            {
                sb.Append("<tr><td style=\"white-space:nowrap\">").Append(HtmlText.Escape(r.Validity.ToString())).Append("</td><td>")
                  .Append(RelationText(r)).Append("</td><td>").Append(Citations(r.Citations)).Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
            if (sorted.Count > MaxTableRows)
            {
                sb.Append("<p><i>\u2026 and ").Append(sorted.Count - MaxTableRows).Append(" more relations.</i></p>");
            }

            sb.Append("</div>");
        }

        private static string RelationText(Relation r)
        {
            string arrow = r.Type.IsDirected ? " \u2014" + r.Type.Name + "\u2192 " : " \u2014" + r.Type.Name + "\u2014 ";
            return "<b>" + HtmlText.Escape(r.Source.Name) + "</b>" + HtmlText.Escape(arrow) + "<b>" + HtmlText.Escape(r.Target.Name) + "</b>";
        }

        private static void Row(StringBuilder sb, string header, string html) =>
            sb.Append("<tr><th style=\"vertical-align:top;padding-right:1em\">").Append(header).Append("</th><td>").Append(html).Append("</td></tr>");

        /// <summary>Orders relations by when they start (the instant, or the start of the interval), open starts first, undated last; then by end, then id.</summary>
        private sealed class TimelineOrder : IComparer<Relation>
        {
            public static readonly TimelineOrder Instance = new TimelineOrder();

            public int Compare(Relation? x, Relation? y)
            {
                if (ReferenceEquals(x, y))
                {
                    return 0;
                }

                if (x == null)
                {
                    return -1;
                }

                if (y == null)
                {
                    return 1;
                }

                int c = x.Validity.IsAlways.CompareTo(y.Validity.IsAlways);
                if (c != 0)
                {
                    return c;
                }

                c = CompareOpenFirst(x.Validity.From, y.Validity.From);
                if (c != 0)
                {
                    return c;
                }

                c = CompareOpenLast(x.Validity.To, y.Validity.To);
                return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
            }

            private static int CompareOpenFirst(PartialDate? a, PartialDate? b) =>
                a.HasValue ? (b.HasValue ? a.Value.CompareTo(b.Value) : 1) : (b.HasValue ? -1 : 0);

            private static int CompareOpenLast(PartialDate? a, PartialDate? b) =>
                a.HasValue ? (b.HasValue ? a.Value.CompareTo(b.Value) : -1) : (b.HasValue ? 1 : 0);
        }
    }
}

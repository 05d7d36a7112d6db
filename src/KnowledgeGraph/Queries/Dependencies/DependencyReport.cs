using System.Collections.Generic;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>
    /// Everything an entity depends on, transitively (<see cref="QueryExtensions.DependenciesOf"/>), or everything that
    /// depends on it (<see cref="QueryExtensions.DependentsOf"/>), each with the paths that explain it.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class DependencyReport : IHtmlRenderable
    {
        internal DependencyReport(Entity root, bool dependents, QueryOptions options, int maxDepth, IReadOnlyList<Dependency> items, QueryBound boundHit)
        {
            Root = root;
            IsDependents = dependents;
            Options = options;
            MaxDepth = maxDepth;
            Items = items;
            BoundHit = boundHit;
        }

        /// <summary>Gets the entity asked about.</summary>
        public Entity Root { get; }

        /// <summary>Gets whether the report lists what depends on <see cref="Root"/> (rather than what it depends on).</summary>
        public bool IsDependents { get; }

        /// <summary>Gets the filters and bounds.</summary>
        public QueryOptions Options { get; }

        /// <summary>Gets the maximum depth the query ran with.</summary>
        public int MaxDepth { get; }

        /// <summary>Gets the entries, nearest first, then by name.</summary>
        public IReadOnlyList<Dependency> Items { get; }

        /// <summary>Gets the bound that stopped the search, or <see cref="QueryBound.None"/>.</summary>
        public QueryBound BoundHit { get; }

        /// <summary>Gets whether a bound stopped the search, so that more may exist.</summary>
        public bool Truncated => BoundHit != QueryBound.None;

        /// <summary>Renders the report as text: a heading, then each entity with its explaining paths, one line per step with dates and sources.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Heading()).Append('\n');
            foreach (Dependency d in Items)
            {
                sb.Append("- ").Append(d.Entity.Name).Append(" (").Append(d.Entity.Id).Append("), ")
                  .Append(d.IsDirect ? "direct" : "through " + (d.Depth - 1) + " intermediar" + (d.Depth == 2 ? "y" : "ies"))
                  .Append(d.PathsTruncated ? ", more paths exist" : string.Empty).Append('\n');
                foreach (GraphPath p in d.Paths)
                {
                    foreach (string line in p.Explain().TrimEnd('\n').Split('\n'))
                    {
                        sb.Append("    ").Append(line).Append('\n');
                    }
                }
            }

            sb.BoundNoteText(BoundHit, MaxDepth, Options.MaxResults);

            return sb.ToString();
        }

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-dependencies\">");
            sb.Element("p", Heading());
            sb.Append("<table>").Header("entity", "kind", "depth", "paths");
            foreach (Dependency d in Items)
            {
                sb.Append("<tr>").Element("td", d.Entity.ToString()).Element("td", d.Entity.Kind.Name).Element("td", d.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("<td>");
                string how = IsDependents ? $"{d.Entity.Name} depends on {Root.Name}" : $"{Root.Name} depends on {d.Entity.Name}";
                sb.Append(HtmlBlocks.Paths(d.Paths, how + $" through {d.Paths.Count} path{(d.Paths.Count == 1 ? string.Empty : "s")}" + (d.PathsTruncated ? " (more exist)" : string.Empty)));
                sb.Append("</td></tr>");
            }

            sb.Append("</table>");
            sb.BoundNoteHtml(BoundHit, MaxDepth, Options.MaxResults);

            return sb.Append("</div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => Heading();

        private string Heading()
        {
            string filters = Options.ToString();
            string what = IsDependents ? $"What depends on {Root.Name} ({Root.Id})" : $"What {Root.Name} ({Root.Id}) depends on";
            return what + (filters.Length > 0 ? ", " + filters : string.Empty) + $": {Items.Count} entit{(Items.Count == 1 ? "y" : "ies")}.";
        }
    }
}

using System.Collections.Generic;
using System.Linq;
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
        internal DependencyReport(Entity root, bool dependents, QueryOptions options, int maxDepth, IReadOnlyList<Dependency> items, QueryBound boundHit, IReadOnlyList<Dependency> mayHold)
        {
            MayHold = mayHold;
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

        /// <summary>Gets the entities reached only through paths that may hold at the time asked (dates unknown, bounded or approximate), reported apart and not counted in <see cref="Items"/>: filled under <see cref="UndatedPolicy.Flag"/>.</summary>
        public IReadOnlyList<Dependency> MayHold { get; }

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
                Entry(sb, "- ", d);
            }

            if (MayHold.Count > 0)
            {
                sb.MayHoldIntro(Items.Count, Options, MayHold.Count);
                foreach (Dependency d in MayHold)
                {
                    Entry(sb, "? ", d);
                }
            }

            sb.BoundNoteText(BoundHit, MaxDepth, Options.MaxResults);

            return sb.ToString();
        }

        private static void Entry(StringBuilder sb, string mark, Dependency d)
        {
            sb.Append(mark).Append(d.Entity.Name).Append(" (").Append(d.Entity.Id).Append("), ")
              .Append(DependencyText.Distance(d.Depth))
              .Append(d.About != null ? ", about " + d.About.Id : string.Empty)
              .Append(d.PathsTruncated ? ", more paths exist" : string.Empty).Append('\n');
            for (int i = 0; i < d.Paths.Count; i++)
            {
                string text = d.Paths[i].Explain().TrimEnd('\n');
                if (mark == "- " && d.Statuses[i] == TimeStatus.MayHold)
                {
                    int nl = text.IndexOf('\n');
                    text = nl < 0 ? text + " (may hold)" : text.Substring(0, nl) + " (may hold: counted under --undated include)" + text.Substring(nl);
                }

                foreach (string line in text.Split('\n'))
                {
                    sb.Append("    ").Append(line).Append('\n');
                }
            }

            if (mark == "- " && d.MayHoldPaths.Count > 0)
            {
                sb.Append("    not counted, may hold: ").Append(d.MayHoldPaths.Count).Append(d.MayHoldPaths.Count == 1 ? " more path\n" : " more paths\n");
                foreach (GraphPath p in d.MayHoldPaths)
                {
                    foreach (string line in ("? " + p.Explain()).TrimEnd('\n').Split('\n'))
                    {
                        sb.Append("    ").Append(line).Append('\n');
                    }
                }
            }
        }

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-dependencies\">");
            sb.Element("p", Heading());
            sb.Append("<table>").Header("entity", "kind", "depth", "about", "time", "paths");
            foreach (Dependency d in Items.Concat(MayHold))
            {
                sb.Append("<tr>").Element("td", d.Entity.ToString()).Element("td", d.Entity.Kind.Name).Element("td", d.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture))
                  .Element("td", d.About?.Id ?? string.Empty).Element("td", Certainty.TimeWords(d.Status)).Append("<td>");
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

        private string Heading() => DependencyText.Heading(Root, IsDependents, transitive: false, Options, Items.Count, MayHold.Count);
    }
}

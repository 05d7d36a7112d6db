using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>
    /// Everything an entity depends on, transitively, without the paths that explain it
    /// (<see cref="QueryExtensions.DependencyClosureOf"/>), or everything that depends on it
    /// (<see cref="QueryExtensions.DependentsClosureOf"/>): the same entities, by the same rules, as
    /// <see cref="QueryExtensions.DependenciesOf"/> and <see cref="QueryExtensions.DependentsOf"/>, found in time linear in
    /// the graph's size instead of by listing paths, for closures too large to explain.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class DependencyClosure : IHtmlRenderable
    {
        internal DependencyClosure(Entity root, bool dependents, QueryOptions options, int maxDepth, IReadOnlyList<ClosureEntry> items, QueryBound boundHit, IReadOnlyList<ClosureEntry> mayHold)
        {
            Root = root;
            IsDependents = dependents;
            Options = options;
            MaxDepth = maxDepth;
            Items = items;
            BoundHit = boundHit;
            MayHold = mayHold;
        }

        /// <summary>Gets the entity asked about.</summary>
        public Entity Root { get; }

        /// <summary>Gets whether the closure lists what depends on <see cref="Root"/> (rather than what it depends on).</summary>
        public bool IsDependents { get; }

        /// <summary>Gets the filters and bounds.</summary>
        public QueryOptions Options { get; }

        /// <summary>Gets the maximum depth the query ran with (<see cref="int.MaxValue"/> when none was asked).</summary>
        public int MaxDepth { get; }

        /// <summary>Gets the entities reached through a path that holds at the time asked (or may hold, under <see cref="UndatedPolicy.Include"/>), nearest first, then by name.</summary>
        public IReadOnlyList<ClosureEntry> Items { get; }

        /// <summary>Gets the entities reached only through paths that may hold at the time asked, reported apart and not counted in <see cref="Items"/>: filled under <see cref="UndatedPolicy.Flag"/>.</summary>
        public IReadOnlyList<ClosureEntry> MayHold { get; }

        /// <summary>Gets the bound that stopped the search, or <see cref="QueryBound.None"/>.</summary>
        public QueryBound BoundHit { get; }

        /// <summary>Gets whether a bound stopped the search, so that more may exist.</summary>
        public bool Truncated => BoundHit != QueryBound.None;

        /// <summary>Renders the closure as text: a heading, then one line per entity.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Heading()).Append('\n');
            foreach (ClosureEntry e in Items)
            {
                Entry(sb, "- ", e);
            }

            if (MayHold.Count > 0)
            {
                sb.MayHoldIntro(Items.Count, Options, MayHold.Count);
                foreach (ClosureEntry e in MayHold)
                {
                    Entry(sb, "? ", e);
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
            sb.Append("<table>").Header("entity", "kind", "depth", "time");
            foreach (ClosureEntry e in Items.Concat(MayHold))
            {
                sb.Append("<tr>").Element("td", e.Entity.ToString()).Element("td", e.Entity.Kind.Name)
                  .Element("td", e.Depth.ToString(CultureInfo.InvariantCulture)).Element("td", Certainty.TimeWords(e.Status)).Append("</tr>");
            }

            sb.Append("</table>");
            sb.BoundNoteHtml(BoundHit, MaxDepth, Options.MaxResults);
            return sb.Append("</div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => Heading();

        private static void Entry(StringBuilder sb, string mark, ClosureEntry e) =>
            sb.Append(mark).Append(e.Entity.Name).Append(" (").Append(e.Entity.Id).Append("), ")
              .Append(DependencyText.Distance(e.Depth))
              .Append(mark == "- " && e.Status == TimeStatus.MayHold ? " (may hold: counted under --undated include)" : string.Empty).Append('\n');

        private string Heading() => DependencyText.Heading(Root, IsDependents, transitive: true, Options, Items.Count, MayHold.Count);
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Time
{
    /// <summary>
    /// An entity's relations in date order: when each started, happened or ended. Undated relations are kept apart,
    /// in <see cref="Undated"/>, after the dated entries.
    /// </summary>
    /// <remarks>
    /// <para>Entries are ordered by <see cref="PartialDate.CompareTo(PartialDate)"/>: by the first day of the period
    /// each date names, then coarser before finer, so <c>2022</c> comes before <c>2022-12</c>, which comes before
    /// <c>2022-12-01</c> and <c>2022-12-21</c>. On the same date, starts come before things that happened once, which
    /// come before ends; then relations keep the order they were added to the graph.</para>
    /// <para>An interval with both ends gives two entries (started, ended); <c>since</c> gives one, <c>until</c> one.</para>
    /// <para>This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class Timeline : IHtmlRenderable, ITabular
    {
        internal Timeline(Entity entity, IReadOnlyList<TimelineEntry> entries, IReadOnlyList<TimelineEntry> undated)
        {
            Entity = entity;
            Entries = entries;
            Undated = undated;
        }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the dated entries, in date order (see the remarks).</summary>
        public IReadOnlyList<TimelineEntry> Entries { get; }

        /// <summary>Gets the entries of undated relations, in the order the relations were added.</summary>
        public IReadOnlyList<TimelineEntry> Undated { get; }

        /// <summary>Renders the timeline as text: one line per entry with its date and sources; undated relations last, under their own heading.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append("Timeline of ").Append(Entity.Name).Append(" (").Append(Entity.Id).Append("): ")
              .Append(Entries.Count).Append(" dated or bounded entr").Append(Entries.Count == 1 ? "y" : "ies").Append(", ")
              .Append(Undated.Count).Append(" undated or permanent relation").Append(Undated.Count == 1 ? string.Empty : "s").Append(".\n");
            foreach (TimelineEntry e in Entries)
            {
                sb.Append("  ").Append(e).Append('\n');
            }

            if (Undated.Count > 0)
            {
                sb.Append("Undated or permanent:\n");
                foreach (TimelineEntry e in Undated)
                {
                    sb.Append("  ").Append(e).Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <summary>
        /// Converts the timeline to a table, dated entries first then the undated: <c>date</c> (empty when undated),
        /// <c>event</c> (started, happened, ended, undated), <c>other_id</c>, <c>other_name</c>, <c>direction</c>
        /// (out when the entity is the relation's source), then the relation's columns.
        /// </summary>
        /// <returns>The table.</returns>
        public ResultTable ToTable() => new ResultTable(
            $"Timeline of {Entity.Name} ({Entity.Id})",
            TableCells.Columns(new[] { TableCells.Text("date"), TableCells.Text("event"), TableCells.Text("other_id"), TableCells.Text("other_name"), TableCells.Text("direction") }, TableCells.RelationColumns()),
            Entries.Concat(Undated).Select(e => TableCells.Row(
                new object?[] { TableCells.Date(e.Date), TableCells.Lower(e.Kind), e.Other.Id, e.Other.Name, e.Relation.Source.Equals(e.Subject) ? "out" : "in" },
                TableCells.RelationValues(e.Relation))));

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-timeline\">");
            sb.Element("p", $"Timeline of {Entity.Name} ({Entity.Id})");
            sb.Append("<table>").Header("date", "what", "relation", "validity", "certainty", "sources");
            foreach (TimelineEntry e in Entries)
            {
                Add(sb, e);
            }

            foreach (TimelineEntry e in Undated)
            {
                Add(sb, e);
            }

            return sb.Append("</table></div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"Timeline of {Entity.Id}: {Entries.Count} dated, {Undated.Count} undated";

        private static void Add(StringBuilder sb, TimelineEntry e)
        {
            Relation r = e.Relation;
            IEnumerable<string> sources = CitationGroups.Lines(r.Citations);
            sb.Row(e.When, e.Kind.ToString().ToLowerInvariant(), $"{r.Source} {r.Type.Name} {r.Target}", r.Validity.ToString(), Certainty.Describe(r), string.Join("; ", sources));
        }
    }
}

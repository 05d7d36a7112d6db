using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Time
{
    /// <summary>
    /// What changed in a graph between two dates: the relations that hold as of the second date but not the first
    /// (appeared) and those that held as of the first but no longer as of the second (ended), as
    /// <see cref="Validity.HoldsAsOf"/> decides. Undated relations hold at every date, so never appear nor end.
    /// </summary>
    /// <remarks>An event (an instant) holds as of every date from its own on, so one that happened between the two dates appears. This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class GraphDiff : IHtmlRenderable, ITabular
    {
        internal GraphDiff(PartialDate from, PartialDate to, IReadOnlyList<Relation> appeared, IReadOnlyList<Relation> ended, int unchanged)
        {
            From = from;
            To = to;
            Appeared = appeared;
            Ended = ended;
            Unchanged = unchanged;
        }

        /// <summary>Gets the first date.</summary>
        public PartialDate From { get; }

        /// <summary>Gets the second date.</summary>
        public PartialDate To { get; }

        /// <summary>Gets the relations that hold as of <see cref="To"/> but not as of <see cref="From"/>, by start date.</summary>
        public IReadOnlyList<Relation> Appeared { get; }

        /// <summary>Gets the relations that held as of <see cref="From"/> but not as of <see cref="To"/>, by end date.</summary>
        public IReadOnlyList<Relation> Ended { get; }

        /// <summary>Gets the number of relations that hold as of both dates.</summary>
        public int Unchanged { get; }

        /// <summary>Gets whether nothing changed.</summary>
        public bool IsEmpty => Appeared.Count == 0 && Ended.Count == 0;

        /// <summary>Renders the difference as text: a heading, <c>+</c> lines for relations that appeared and <c>-</c> lines for those that ended, each with its dates and sources.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append("From ").Append(From).Append(" to ").Append(To).Append(": ")
              .Append(Appeared.Count).Append(" relation").Append(Appeared.Count == 1 ? string.Empty : "s").Append(" appeared, ")
              .Append(Ended.Count).Append(" ended, ").Append(Unchanged).Append(" held at both dates.\n");
            foreach (Relation r in Appeared)
            {
                sb.Append("  + ").Append(Line(r)).Append('\n');
            }

            foreach (Relation r in Ended)
            {
                sb.Append("  - ").Append(Line(r)).Append('\n');
            }

            return sb.ToString();
        }

        /// <summary>Converts the difference to a table: <c>change</c> (appeared, ended), <c>source_id</c>, <c>source_name</c>, <c>target_id</c>, <c>target_name</c>, then the relation's columns.</summary>
        /// <returns>The table: what appeared, then what ended.</returns>
        public ResultTable ToTable() => new ResultTable(
            $"From {From} to {To}",
            TableCells.Columns(new[] { TableCells.Text("change"), TableCells.Text("source_id"), TableCells.Text("source_name"), TableCells.Text("target_id"), TableCells.Text("target_name") }, TableCells.RelationColumns()),
            Appeared.Select(r => ("appeared", r)).Concat(Ended.Select(r => ("ended", r))).Select(p => TableCells.Row(
                new object?[] { p.Item1, p.r.Source.Id, p.r.Source.Name, p.r.Target.Id, p.r.Target.Name },
                TableCells.RelationValues(p.r))));

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-diff\">");
            sb.Element("p", $"From {From} to {To}: {Appeared.Count} appeared, {Ended.Count} ended, {Unchanged} held at both dates.");
            sb.Append("<table>").Header("change", "relation", "validity", "sources");
            foreach (Relation r in Appeared)
            {
                sb.Row("appeared", $"{r.Source} {r.Type.Name} {r.Target}", r.Validity.ToString(), Sources(r));
            }

            foreach (Relation r in Ended)
            {
                sb.Row("ended", $"{r.Source} {r.Type.Name} {r.Target}", r.Validity.ToString(), Sources(r));
            }

            return sb.Append("</table></div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{From} → {To}: +{Appeared.Count} −{Ended.Count}";

        private static string Sources(Relation r) => string.Join("; ", r.Citations.Select(c => c.Source?.ToString() ?? c.SourceId).Distinct());

        private static string Line(Relation r)
        {
            string arrow = r.Type.IsDirected ? $"-{r.Type.Name}->" : $"-{r.Type.Name}-";
            string s = Sources(r);
            return $"{r.Source.Name} ({r.Source.Id}) {arrow} {r.Target.Name} ({r.Target.Id}) [{r.Validity}]" + (s.Length > 0 ? " \u2014 " + s : string.Empty);
        }
    }
}

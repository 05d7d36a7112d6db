using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Time
{
    /// <summary>
    /// What changed in a graph between two dates, by the three-valued rule (<see cref="Validity.StatusAsOf"/>): the
    /// relations that appeared (do not hold at the first date, hold at the second), ended (the reverse), held at both, and
    /// those whose status is unknown at one date or both, kept apart and never counted as a change: became known (may hold
    /// at the first date, hold at the second: the start is not known), no longer known (hold at the first, may hold at
    /// the second), may have ended, may have appeared, and unknown at both.
    /// </summary>
    /// <remarks>An event holds as of every date from its own on, so one that happened between the two dates appears. This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class GraphDiff : IHtmlRenderable, ITabular
    {
        internal GraphDiff(PartialDate from, PartialDate to, IReadOnlyList<Relation> appeared, IReadOnlyList<Relation> ended, IReadOnlyList<Relation> held, IReadOnlyList<Relation> becameKnown, IReadOnlyList<Relation> noLongerKnown, IReadOnlyList<Relation> mayHaveEnded, IReadOnlyList<Relation> mayHaveAppeared, IReadOnlyList<Relation> unknownAtBoth)
        {
            From = from;
            To = to;
            Appeared = appeared;
            Ended = ended;
            Held = held;
            BecameKnown = becameKnown;
            NoLongerKnown = noLongerKnown;
            MayHaveEnded = mayHaveEnded;
            MayHaveAppeared = mayHaveAppeared;
            UnknownAtBoth = unknownAtBoth;
        }

        /// <summary>Gets the first date.</summary>
        public PartialDate From { get; }

        /// <summary>Gets the second date.</summary>
        public PartialDate To { get; }

        /// <summary>Gets the relations that hold as of <see cref="To"/> and certainly not as of <see cref="From"/>, by start date.</summary>
        public IReadOnlyList<Relation> Appeared { get; }

        /// <summary>Gets the relations that held as of <see cref="From"/> and certainly not as of <see cref="To"/>, by end date.</summary>
        public IReadOnlyList<Relation> Ended { get; }

        /// <summary>Gets the relations that hold as of both dates.</summary>
        public IReadOnlyList<Relation> Held { get; }

        /// <summary>Gets the number of relations that hold as of both dates (<see cref="Held"/>).</summary>
        public int Unchanged => Held.Count;

        /// <summary>Gets the relations that may hold as of <see cref="From"/> and hold as of <see cref="To"/>: known to hold now, not known before (no start date), so not "appeared".</summary>
        public IReadOnlyList<Relation> BecameKnown { get; }

        /// <summary>Gets the relations that hold as of <see cref="From"/> and may hold as of <see cref="To"/> (no known end, no evidence at the second date).</summary>
        public IReadOnlyList<Relation> NoLongerKnown { get; }

        /// <summary>Gets the relations that may hold as of <see cref="From"/> and certainly not as of <see cref="To"/>.</summary>
        public IReadOnlyList<Relation> MayHaveEnded { get; }

        /// <summary>Gets the relations that certainly do not hold as of <see cref="From"/> and may hold as of <see cref="To"/>.</summary>
        public IReadOnlyList<Relation> MayHaveAppeared { get; }

        /// <summary>Gets the relations that may hold as of both dates.</summary>
        public IReadOnlyList<Relation> UnknownAtBoth { get; }

        /// <summary>Gets every relation whose status is unknown at one date or both: the five groups above, in that order.</summary>
        public IReadOnlyList<Relation> Unknown => BecameKnown.Concat(NoLongerKnown).Concat(MayHaveEnded).Concat(MayHaveAppeared).Concat(UnknownAtBoth).ToArray();

        /// <summary>Gets whether nothing certainly changed (nothing appeared nor ended; unknowns are not changes).</summary>
        public bool IsEmpty => Appeared.Count == 0 && Ended.Count == 0;

        private int UnknownCount => BecameKnown.Count + NoLongerKnown.Count + MayHaveEnded.Count + MayHaveAppeared.Count + UnknownAtBoth.Count;

        /// <summary>
        /// Renders the difference as text: a heading with the counts, <c>+</c> lines for relations that appeared, <c>-</c>
        /// lines for those that ended, then the unknowns by group (<c>?</c> lines), each with its dates, certainty and sources.
        /// </summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Heading()).Append('\n');
            foreach (Relation r in Appeared)
            {
                sb.Append("  + ").Append(Line(r)).Append('\n');
            }

            foreach (Relation r in Ended)
            {
                sb.Append("  - ").Append(Line(r)).Append('\n');
            }

            foreach ((string title, IReadOnlyList<Relation> list) in UnknownGroups())
            {
                if (list.Count == 0)
                {
                    continue;
                }

                sb.Append(Capital(title)).Append(" (").Append(list.Count).Append("): ").Append(Meaning(title)).Append('\n');
                foreach (Relation r in list)
                {
                    sb.Append("  ? ").Append(Line(r)).Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <summary>
        /// Converts the difference to a table: <c>change</c> (appeared, ended, became known, no longer known, may have
        /// ended, may have appeared, unknown at both), <c>source_id</c>, <c>source_name</c>, <c>target_id</c>,
        /// <c>target_name</c>, then the relation's columns. Relations that held at both dates are not listed.
        /// </summary>
        /// <returns>The table: what appeared, what ended, then the unknowns.</returns>
        public ResultTable ToTable() => new ResultTable(
            $"From {From} to {To}",
            TableCells.Columns(new[] { TableCells.Text("change"), TableCells.Text("source_id"), TableCells.Text("source_name"), TableCells.Text("target_id"), TableCells.Text("target_name") }, TableCells.RelationColumns()),
            Changes().Select(p => TableCells.Row(
                new object?[] { p.Change, p.Relation.Source.Id, p.Relation.Source.Name, p.Relation.Target.Id, p.Relation.Target.Name },
                TableCells.RelationValues(p.Relation))));

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-diff\">");
            sb.Element("p", Heading());
            sb.Append("<table>").Header("change", "relation", "validity", "certainty", "sources");
            foreach ((string change, Relation r) in Changes())
            {
                sb.Row(change, $"{r.Source} {r.Type.Name} {r.Target}", r.Validity.ToString(), Certainty.Describe(r), Sources(r));
            }

            return sb.Append("</table></div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{From} → {To}: +{Appeared.Count} −{Ended.Count} ?{UnknownCount}";

        private IEnumerable<(string Change, Relation Relation)> Changes() =>
            Appeared.Select(r => ("appeared", r)).Concat(Ended.Select(r => ("ended", r)))
                .Concat(UnknownGroups().SelectMany(g => g.List.Select(r => (g.Title, r))));

        private IEnumerable<(string Title, IReadOnlyList<Relation> List)> UnknownGroups()
        {
            yield return ("became known", BecameKnown);
            yield return ("no longer known", NoLongerKnown);
            yield return ("may have ended", MayHaveEnded);
            yield return ("may have appeared", MayHaveAppeared);
            yield return ("unknown at both", UnknownAtBoth);
        }

        private string Meaning(string title) => title switch
        {
            "became known" => $"may hold on {From}, hold on {To} (when they started is not known)",
            "no longer known" => $"held on {From}, may hold on {To}",
            "may have ended" => $"may hold on {From}, do not hold on {To}",
            "may have appeared" => $"do not hold on {From}, may hold on {To}",
            _ => "may hold on both dates",
        };

        private string Heading() =>
            $"From {From} to {To}: {Appeared.Count} relation{(Appeared.Count == 1 ? string.Empty : "s")} appeared, {Ended.Count} ended, {Held.Count} held at both dates, {UnknownCount} unknown"
            + (UnknownCount == 0 ? "." : $" ({BecameKnown.Count} became known, {NoLongerKnown.Count} no longer known, {MayHaveEnded.Count} may have ended, {MayHaveAppeared.Count} may have appeared, {UnknownAtBoth.Count} unknown at both).");

        private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);

        private static string Sources(Relation r) => string.Join("; ", r.Citations.Select(c => c.Source?.ToString() ?? c.SourceId).Distinct());

        private static string Line(Relation r)
        {
            string arrow = r.Type.IsDirected ? $"-{r.Type.Name}->" : $"-{r.Type.Name}-";
            string s = Sources(r);
            string certainty = Certainty.Bracketed(r);
            return $"{r.Source.Name} ({r.Source.Id}) {arrow} {r.Target.Name} ({r.Target.Id}) [{r.Validity}]" + (certainty.Length > 0 ? " " + certainty : string.Empty) + (s.Length > 0 ? " \u2014 " + s : string.Empty);
        }
    }
}

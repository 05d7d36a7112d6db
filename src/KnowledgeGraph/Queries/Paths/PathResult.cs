using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Paths
{
    /// <summary>The answer to a path query: the paths found, their costs, and whether a bound stopped the search (never silently).</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class PathResult : IHtmlRenderable, ITabular
    {
        internal PathResult(string question, Entity from, Entity to, QueryOptions options, int maxDepth, IReadOnlyList<GraphPath> paths, IReadOnlyList<double> costs, QueryBound boundHit, bool weighted, string? weightName, IReadOnlyList<TimeStatus>? statuses = null, IReadOnlyList<GraphPath>? mayHold = null)
        {
            Statuses = statuses ?? paths.Select(_ => TimeStatus.Holds).ToArray();
            MayHold = mayHold ?? Array.Empty<GraphPath>();
            Question = question;
            From = from;
            To = to;
            Options = options;
            MaxDepth = maxDepth;
            Paths = paths;
            Costs = costs;
            BoundHit = boundHit;
            WeightName = weightName;
            IsWeighted = weighted;
        }

        /// <summary>Gets what was asked, in words: <c>shortest path</c>, <c>3 shortest paths</c>…</summary>
        public string Question { get; }

        /// <summary>Gets the start entity.</summary>
        public Entity From { get; }

        /// <summary>Gets the end entity.</summary>
        public Entity To { get; }

        /// <summary>Gets the filters and bounds the query ran with.</summary>
        public QueryOptions Options { get; }

        /// <summary>Gets the maximum depth the query ran with.</summary>
        public int MaxDepth { get; }

        /// <summary>Gets the paths, cheapest (shortest) first.</summary>
        public IReadOnlyList<GraphPath> Paths { get; }

        /// <summary>Gets how each path of <see cref="Paths"/> stands to the query's time: <see cref="TimeStatus.Holds"/>, or <see cref="TimeStatus.MayHold"/> for paths counted under <see cref="UndatedPolicy.Include"/> (marked in the output).</summary>
        public IReadOnlyList<TimeStatus> Statuses { get; }

        /// <summary>Gets the paths that may hold (their relations may or may not hold together at the time asked), reported apart and not counted in <see cref="Paths"/>: filled under <see cref="UndatedPolicy.Flag"/>, empty under the other policies.</summary>
        public IReadOnlyList<GraphPath> MayHold { get; }

        /// <summary>Gets the cost of each path: its length for unweighted queries, the sum of its relations' weights for weighted ones.</summary>
        public IReadOnlyList<double> Costs { get; }

        /// <summary>Gets the bound that stopped the search, or <see cref="QueryBound.None"/> when the answer is complete.</summary>
        public QueryBound BoundHit { get; }

        /// <summary>Gets whether a bound stopped the search, so that more (or longer) paths may exist.</summary>
        public bool Truncated => BoundHit != QueryBound.None;

        /// <summary>Gets whether at least one path was found.</summary>
        public bool Found => Paths.Count > 0;

        /// <summary>Gets the first path, or <c>null</c>.</summary>
        public GraphPath? First => Paths.Count > 0 ? Paths[0] : null;

        /// <summary>Gets the name of the weight (a relation property), or <c>null</c> for unweighted queries or a weight function.</summary>
        public string? WeightName { get; }

        /// <summary>Gets whether the costs are weights (sums of relation weights) rather than lengths.</summary>
        public bool IsWeighted { get; }

        /// <summary>Renders the result as readable text: a heading, each path with one line per step (dates and sources), and the bound hit, if any.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Heading()).Append('\n');
            for (int i = 0; i < Paths.Count; i++)
            {
                if (Paths.Count > 1 || IsWeighted)
                {
                    sb.Append('#').Append(i + 1);
                    if (IsWeighted)
                    {
                        sb.Append(" (cost ").Append(Costs[i].ToString("G6", CultureInfo.InvariantCulture)).Append(')');
                    }

                    sb.Append(' ');
                }

                string text = Paths[i].Explain();
                if (Statuses[i] == TimeStatus.MayHold)
                {
                    int nl = text.IndexOf('\n');
                    text = text.Substring(0, nl) + " (may hold: counted under --undated include)" + text.Substring(nl);
                }

                sb.Append(text);
            }

            if (MayHold.Count > 0)
            {
                sb.Append(Paths.Count == 0 ? "No path holds" : "Not counted").Append(Options.AsOf.HasValue ? " as of " + Options.AsOf.Value : " at one time")
                  .Append("; ").Append(MayHold.Count).Append(MayHold.Count == 1 ? " path may hold" : " paths may hold")
                  .Append(" (dates unknown, bounded or approximate):\n");
                foreach (GraphPath p in MayHold)
                {
                    sb.Append("? ").Append(p.Explain());
                }
            }

            sb.BoundNoteText(BoundHit, MaxDepth, Options.MaxResults);

            return sb.ToString();
        }

        /// <summary>
        /// Converts the paths to a table, one row per step: <c>path</c> (1 = the first), <c>step</c>, <c>from_id</c>,
        /// <c>from_name</c>, <c>direction</c> (forward, backward, undirected), <c>to_id</c>, <c>to_name</c>, <c>path_cost</c>
        /// (the path's cost, its number of steps unless weighted), then the relation's columns.
        /// </summary>
        /// <returns>The table.</returns>
        public ResultTable ToTable() => new ResultTable(
            Heading(),
            TableCells.Columns(
                new[] { TableCells.Int("path"), TableCells.Int("step"), TableCells.Text("from_id"), TableCells.Text("from_name"), TableCells.Text("direction"), TableCells.Text("to_id"), TableCells.Text("to_name"), TableCells.Number("path_cost") },
                TableCells.RelationColumns()),
            Paths.SelectMany((p, i) => p.Steps.Select((s, k) => TableCells.Row(
                new object?[] { i + 1, k + 1, s.From.Id, s.From.Name, !s.Relation.Type.IsDirected ? "undirected" : s.IsForward ? "forward" : "backward", s.To.Id, s.To.Name, i < Costs.Count ? Costs[i] : (double?)null },
                TableCells.RelationValues(s.Relation)))));

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-path-result\">");
            sb.Append(HtmlBlocks.Paths(Paths, Heading()));
            if (MayHold.Count > 0)
            {
                sb.Append(HtmlBlocks.Paths(MayHold, $"may hold (not counted): {MayHold.Count} path{(MayHold.Count == 1 ? string.Empty : "s")}"));
            }

            if (IsWeighted && Paths.Count > 0)
            {
                sb.Append("<p>cost").Append(Paths.Count == 1 ? ": " : "s: ");
                for (int i = 0; i < Costs.Count; i++)
                {
                    sb.Append(i == 0 ? string.Empty : ", ").Append(Costs[i].ToString("G6", CultureInfo.InvariantCulture));
                }

                sb.Append("</p>");
            }

            sb.BoundNoteHtml(BoundHit, MaxDepth, Options.MaxResults);

            return sb.Append("</div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => Heading();

        /// <summary>Gets this result with the paths that may hold, reported apart.</summary>
        internal PathResult WithMayHold(IReadOnlyList<GraphPath> mayHold) =>
            new PathResult(Question, From, To, Options, MaxDepth, Paths, Costs, BoundHit, IsWeighted, WeightName, Statuses, mayHold);

        private string Heading()
        {
            string filters = Options.ToString();
            string head = $"{Question} from {From.Name} ({From.Id}) to {To.Name} ({To.Id})" + (filters.Length > 0 ? " " + filters : string.Empty);
            string may = MayHold.Count > 0 ? $"; {MayHold.Count} may hold" : string.Empty;
            int counted = Statuses.Count(x => x == TimeStatus.MayHold);
            string marked = counted > 0 ? $", {counted} of which may hold" : string.Empty;
            return Paths.Count == 0 ? head + (MayHold.Count > 0 ? ": none holds" + may + "." : ": none found.") : head + $": {Paths.Count} path{(Paths.Count == 1 ? string.Empty : "s")}{marked}{may}.";
        }
    }
}

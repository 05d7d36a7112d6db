using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>Who is exposed to the sanctions of a graph, how and through which path, under an <see cref="ExposureRule"/>.</summary>
    /// <remarks>This type is immutable and safe to share between threads (do not change <see cref="Rule"/>: it is a copy, kept for reference).</remarks>
    [Immutable]
    public sealed class ExposureResult : IHtmlRenderable, ITabular
    {
        internal ExposureResult(Graph graph, ExposureRule rule, PartialDate? asOf, IReadOnlyList<Entity> sanctions, IReadOnlyList<IReadOnlyList<Entity>> imposers, IReadOnlyList<ExposureRecord> records, IReadOnlyList<ExposureRecord> mayHold, IReadOnlyList<FormerExposure> former)
        {
            Graph = graph;
            Rule = rule;
            AsOf = asOf;
            Sanctions = sanctions;
            Imposers = imposers;
            Records = records;
            MayHold = mayHold;
            Former = former;
        }

        /// <summary>Gets the graph the exposure was computed on.</summary>
        public Graph Graph { get; }

        /// <summary>Gets the date the exposure was computed as of: the rule's <see cref="ExposureRule.AsOf"/>, or today; <c>null</c> under <see cref="ExposureRule.IgnoreTime"/>.</summary>
        public PartialDate? AsOf { get; }

        /// <summary>Gets the rule the result was computed under.</summary>
        public ExposureRule Rule { get; }

        /// <summary>Gets the sanctions found in the graph, in the order they were added.</summary>
        public IReadOnlyList<Entity> Sanctions { get; }

        /// <summary>Gets who imposes each sanction (same positions as <see cref="Sanctions"/>).</summary>
        public IReadOnlyList<IReadOnlyList<Entity>> Imposers { get; }

        /// <summary>
        /// Gets the exposed entities, strongest exposure first (targeted, owned or controlled, linked by fewer steps), then in
        /// the order they were added: those whose exposure holds at <see cref="AsOf"/> (and, under
        /// <see cref="UndatedPolicy.Include"/>, those whose exposure may hold, marked by <see cref="ExposureRecord.Status"/>).
        /// </summary>
        public IReadOnlyList<ExposureRecord> Records { get; }

        /// <summary>
        /// Gets the entities whose exposure may hold at <see cref="AsOf"/> but is not known to (a relation on the path is
        /// undated or only bounded), in the same order; not counted. Empty unless the policy is <see cref="UndatedPolicy.Flag"/>.
        /// </summary>
        public IReadOnlyList<ExposureRecord> MayHold { get; }

        /// <summary>
        /// Gets ownership or control by an exposed owner that ended before <see cref="AsOf"/>, of entities not exposed at
        /// that date: reported with both dates, never counted as owned or controlled.
        /// </summary>
        public IReadOnlyList<FormerExposure> Former { get; }

        /// <summary>Gets the exposure of an entity, or <c>null</c> when it is not exposed.</summary>
        /// <param name="entity">The entity (of this graph, or one with the same id).</param>
        /// <returns>The record, or <c>null</c>.</returns>
        public ExposureRecord? For(Entity entity) => Records.FirstOrDefault(r => r.Entity.Equals(entity));

        /// <summary>Gets the exposure of an entity by id, or <c>null</c>.</summary>
        /// <param name="id">The id.</param>
        /// <returns>The record, or <c>null</c>.</returns>
        public ExposureRecord? For(string id) => Records.FirstOrDefault(r => r.Entity.Id == id);

        /// <summary>Renders the result as text: the sanctions, then each exposed entity with its path and citations.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append("Sanctions: ").Append(Sanctions.Count == 0 ? "none" : SanctionsSummary());
            sb.Append(When()).Append('\n');
            int uncertain = Records.Count(r => r.Status == TimeStatus.MayHold);
            sb.Append(Records.Count).Append(Records.Count == 1 ? " exposed entity" : " exposed entities");
            if (uncertain > 0)
            {
                sb.Append(", of which ").Append(uncertain).Append(" only may hold (counted: undated include)");
            }

            sb.Append(" (links within ").Append(Rule.MaxSteps).Append(Rule.MaxSteps == 1 ? " step" : " steps").Append(", ownership from ").Append((Rule.OwnershipThreshold * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append("%):\n");
            foreach (ExposureRecord r in Records)
            {
                sb.Append(r.Explain());
            }

            if (MayHold.Count > 0)
            {
                sb.Append("May hold, not counted (a relation on the path is undated or only bounded at that date): ").Append(MayHold.Count).Append(MayHold.Count == 1 ? " entity" : " entities").Append(":\n");
                foreach (ExposureRecord r in MayHold)
                {
                    sb.Append(r.Explain());
                }
            }

            if (Former.Count > 0)
            {
                sb.Append("Former ownership or control, not counted (ended before ").Append(AsOf).Append("): ").Append(Former.Count).Append(":\n");
                foreach (FormerExposure f in Former)
                {
                    sb.Append(f.Explain());
                }
            }

            return sb.ToString();
        }

        /// <summary>Says when the exposure was computed: <c>, as of 2026-11-30</c> or <c>, ignoring time</c>.</summary>
        private string When() => AsOf != null ? ", as of " + AsOf.Value : ", ignoring time";

        /// <summary>
        /// Converts the exposure to a table, one row per exposed entity, then one per entity whose exposure only may hold,
        /// then one per former ownership or control: <c>entity_id</c>, <c>name</c>, <c>kind</c>, <c>exposure</c> (targeted,
        /// owned-or-controlled, linked, former-owned-or-controlled), <c>description</c>, <c>time</c> (holds, may hold,
        /// former), <c>link_steps</c> (0 unless linked), <c>ownership_share</c> (empty when not owned), <c>sanctions</c>,
        /// <c>imposed_by</c>, <c>path</c>, <c>sources</c>.
        /// </summary>
        /// <returns>The table.</returns>
        public ResultTable ToTable() => new ResultTable(
            Caption(),
            new[]
            {
                TableCells.Text("entity_id"), TableCells.Text("name"), TableCells.Text("kind"), TableCells.Text("exposure"), TableCells.Text("description"), TableCells.Text("time"), TableCells.Int("link_steps"),
                TableCells.Number("ownership_share"), TableCells.Text("sanctions"), TableCells.Text("imposed_by"), TableCells.Text("path"), TableCells.Text("sources"),
            },
            Records.Concat(MayHold).Select(r => (IReadOnlyList<object?>)new object?[]
            {
                r.Entity.Id, r.Entity.Name, r.Entity.Kind.Name, r.Kind == ExposureKind.OwnedOrControlled ? "owned-or-controlled" : TableCells.Lower(r.Kind), r.Description, r.Status == TimeStatus.MayHold ? "may hold" : "holds", r.LinkSteps,
                r.OwnershipShare, string.Join("; ", r.Sanctions.Select(s => s.Name).Distinct()), string.Join("; ", r.ImposedBy.Select(s => s.Name).Distinct()), r.Path.ToString(),
                TableCells.Sources(r.Path.Relations.SelectMany(x => x.Citations)),
            }).Concat(Former.Select(f => (IReadOnlyList<object?>)new object?[]
            {
                f.Entity.Id, f.Entity.Name, f.Entity.Kind.Name, "former-owned-or-controlled", f.Description, "former", 0,
                null, f.Path.Start.Name, string.Empty, f.Path.ToString(), TableCells.Sources(f.Path.Relations.SelectMany(x => x.Citations)),
            })));

        /// <inheritdoc />
        public string ToHtml() => HtmlTable.Render(
            Caption(),
            new[] { "entity", "id", "exposure", "sanctions", "imposed by", "path", "sources" },
            Records.Concat(MayHold).Select(r => (IReadOnlyList<string>)new[]
            {
                r.Entity.Name, r.Entity.Id, r.Description + (r.Status == TimeStatus.MayHold ? " (may hold)" : string.Empty), string.Join(", ", r.Sanctions.Select(s => s.Name)), string.Join(", ", r.ImposedBy.Select(s => s.Name)), r.Path.ToString(),
                string.Join("\n", CitationGroups.Lines(r.Path.Relations.SelectMany(x => x.Citations)).Distinct()),
            }).Concat(Former.Select(f => (IReadOnlyList<string>)new[]
            {
                f.Entity.Name, f.Entity.Id, f.Description, f.Path.Start.Name, string.Empty, f.Path.ToString(),
                string.Join("\n", CitationGroups.Lines(f.Path.Relations.SelectMany(x => x.Citations)).Distinct()),
            })),
            $"Rule: links within {Rule.MaxSteps} steps; ownership from {(Rule.OwnershipThreshold * 100).ToString("0.#", CultureInfo.InvariantCulture)}%{(Rule.AggregateOwnership ? " in aggregate" : string.Empty)}."
            + (MayHold.Count > 0 ? $" {MayHold.Count} may hold (not counted)." : string.Empty)
            + (Former.Count > 0 ? $" {Former.Count} former ownership or control (not counted)." : string.Empty));

        private string Caption() => $"Sanctions exposure: {Records.Count} {(Records.Count == 1 ? "entity" : "entities")}{When()}";

        /// <summary>
        /// Lists the sanctions once per name, with how many there are of that name when more than one (imported lists
        /// hold one Sanction entity per listing, many under the same programme) and every imposer once.
        /// </summary>
        private string SanctionsSummary() => string.Join("; ", Enumerable.Range(0, Sanctions.Count)
            .GroupBy(i => Sanctions[i].Name, System.StringComparer.Ordinal)
            .Select(g =>
            {
                string[] imposers = g.SelectMany(i => Imposers[i]).Select(x => x.Name).Distinct(System.StringComparer.Ordinal).ToArray();
                int n = g.Count();
                return g.Key + (n > 1 ? $" \u00D7{n.ToString(CultureInfo.InvariantCulture)}" : string.Empty) + (imposers.Length > 0 ? " (imposed by " + string.Join(", ", imposers) + ")" : string.Empty);
            }));

        /// <inheritdoc />
        public override string ToString() => $"{Records.Count} exposed: " + string.Join(", ", Records.Take(10).Select(r => r.Entity.Id + " (" + r.Description + ")")) + (Records.Count > 10 ? ", …" : string.Empty);
    }
}

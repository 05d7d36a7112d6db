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
        internal ExposureResult(Graph graph, ExposureRule rule, IReadOnlyList<Entity> sanctions, IReadOnlyList<IReadOnlyList<Entity>> imposers, IReadOnlyList<ExposureRecord> records)
        {
            Graph = graph;
            Rule = rule;
            Sanctions = sanctions;
            Imposers = imposers;
            Records = records;
        }

        /// <summary>Gets the graph the exposure was computed on (the as-of view when the rule has a date).</summary>
        public Graph Graph { get; }

        /// <summary>Gets the rule the result was computed under.</summary>
        public ExposureRule Rule { get; }

        /// <summary>Gets the sanctions found in the graph, in the order they were added.</summary>
        public IReadOnlyList<Entity> Sanctions { get; }

        /// <summary>Gets who imposes each sanction (same positions as <see cref="Sanctions"/>).</summary>
        public IReadOnlyList<IReadOnlyList<Entity>> Imposers { get; }

        /// <summary>Gets the exposed entities, strongest exposure first (targeted, owned or controlled, linked by fewer steps), then in the order they were added.</summary>
        public IReadOnlyList<ExposureRecord> Records { get; }

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
            sb.Append(Rule.AsOf != null ? ", as of " + Rule.AsOf.Value : string.Empty).Append('\n');
            sb.Append(Records.Count).Append(Records.Count == 1 ? " exposed entity" : " exposed entities").Append(" (links within ").Append(Rule.MaxSteps).Append(Rule.MaxSteps == 1 ? " step" : " steps").Append(", ownership from ").Append((Rule.OwnershipThreshold * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append("%):\n");
            foreach (ExposureRecord r in Records)
            {
                sb.Append(r.Explain());
            }

            return sb.ToString();
        }

        /// <summary>
        /// Converts the exposure to a table, one row per exposed entity: <c>entity_id</c>, <c>name</c>, <c>kind</c>,
        /// <c>exposure</c> (targeted, owned-or-controlled, linked), <c>description</c>, <c>link_steps</c> (0 unless linked),
        /// <c>ownership_share</c> (empty when not owned), <c>sanctions</c>, <c>imposed_by</c>, <c>path</c>, <c>sources</c>.
        /// </summary>
        /// <returns>The table.</returns>
        public ResultTable ToTable() => new ResultTable(
            $"Sanctions exposure: {Records.Count} {(Records.Count == 1 ? "entity" : "entities")}" + (Rule.AsOf != null ? ", as of " + Rule.AsOf.Value : string.Empty),
            new[]
            {
                TableCells.Text("entity_id"), TableCells.Text("name"), TableCells.Text("kind"), TableCells.Text("exposure"), TableCells.Text("description"), TableCells.Int("link_steps"),
                TableCells.Number("ownership_share"), TableCells.Text("sanctions"), TableCells.Text("imposed_by"), TableCells.Text("path"), TableCells.Text("sources"),
            },
            Records.Select(r => (IReadOnlyList<object?>)new object?[]
            {
                r.Entity.Id, r.Entity.Name, r.Entity.Kind.Name, r.Kind == ExposureKind.OwnedOrControlled ? "owned-or-controlled" : TableCells.Lower(r.Kind), r.Description, r.LinkSteps,
                r.OwnershipShare, string.Join("; ", r.Sanctions.Select(s => s.Name).Distinct()), string.Join("; ", r.ImposedBy.Select(s => s.Name).Distinct()), r.Path.ToString(),
                TableCells.Sources(r.Path.Relations.SelectMany(x => x.Citations)),
            }));

        /// <inheritdoc />
        public string ToHtml() => HtmlTable.Render(
            $"Sanctions exposure: {Records.Count} {(Records.Count == 1 ? "entity" : "entities")}" + (Rule.AsOf != null ? ", as of " + Rule.AsOf.Value : string.Empty),
            new[] { "entity", "id", "exposure", "sanctions", "imposed by", "path", "sources" },
            Records.Select(r => (IReadOnlyList<string>)new[]
            {
                r.Entity.Name, r.Entity.Id, r.Description, string.Join(", ", r.Sanctions.Select(s => s.Name)), string.Join(", ", r.ImposedBy.Select(s => s.Name)), r.Path.ToString(),
                string.Join("\n", CitationGroups.Lines(r.Path.Relations.SelectMany(x => x.Citations)).Distinct()),
            }),
            $"Rule: links within {Rule.MaxSteps} steps; ownership from {(Rule.OwnershipThreshold * 100).ToString("0.#", CultureInfo.InvariantCulture)}%{(Rule.AggregateOwnership ? " in aggregate" : string.Empty)}.");

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

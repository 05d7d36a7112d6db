using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>Who is exposed to the sanctions of a graph, how and through which path, under an <see cref="ExposureRule"/>.</summary>
    /// <remarks>This type is immutable and safe to share between threads (do not change <see cref="Rule"/>: it is a copy, kept for reference).</remarks>
    public sealed class ExposureResult : IHtmlRenderable
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
            sb.Append("Sanctions: ").Append(Sanctions.Count == 0 ? "none" : string.Join("; ", Sanctions.Select((s, i) => s.Name + (Imposers[i].Count > 0 ? " (imposed by " + string.Join(", ", Imposers[i].Select(x => x.Name)) + ")" : string.Empty))));
            sb.Append(Rule.AsOf != null ? ", as of " + Rule.AsOf.Value : string.Empty).Append('\n');
            sb.Append(Records.Count).Append(Records.Count == 1 ? " exposed entity" : " exposed entities").Append(" (links within ").Append(Rule.MaxSteps).Append(Rule.MaxSteps == 1 ? " step" : " steps").Append(", ownership from ").Append((Rule.OwnershipThreshold * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append("%):\n");
            foreach (ExposureRecord r in Records)
            {
                sb.Append(r.Explain());
            }

            return sb.ToString();
        }

        /// <inheritdoc />
        public string ToHtml() => HtmlTable.Render(
            $"Sanctions exposure: {Records.Count} entities" + (Rule.AsOf != null ? ", as of " + Rule.AsOf.Value : string.Empty),
            new[] { "entity", "id", "exposure", "sanctions", "imposed by", "path", "sources" },
            Records.Select(r => (IReadOnlyList<string>)new[]
            {
                r.Entity.Name, r.Entity.Id, r.Description, string.Join(", ", r.Sanctions.Select(s => s.Name)), string.Join(", ", r.ImposedBy.Select(s => s.Name)), r.Path.ToString(),
                string.Join("\n", r.Path.Relations.SelectMany(x => x.Citations).Select(c => c.ToString()).Distinct()),
            }),
            $"Rule: links within {Rule.MaxSteps} steps; ownership from {(Rule.OwnershipThreshold * 100).ToString("0.#", CultureInfo.InvariantCulture)}%{(Rule.AggregateOwnership ? " in aggregate" : string.Empty)}.");

        /// <inheritdoc />
        public override string ToString() => $"{Records.Count} exposed: " + string.Join(", ", Records.Take(10).Select(r => r.Entity.Id + " (" + r.Description + ")")) + (Records.Count > 10 ? ", …" : string.Empty);
    }
}

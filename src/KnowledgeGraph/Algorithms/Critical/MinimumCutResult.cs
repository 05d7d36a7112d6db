using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>A minimum cut between two entities: the fewest relations (edge cut) and the fewest entities (node cut) whose removal leaves no path.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class MinimumCutResult : IHtmlRenderable
    {
        internal MinimumCutResult(Entity from, Entity to, double edgeCutCapacity, IReadOnlyList<Relation> edgeCut, IReadOnlyList<Entity>? nodeCut)
        {
            From = from;
            To = to;
            EdgeCutCapacity = edgeCutCapacity;
            EdgeCut = edgeCut;
            NodeCut = nodeCut;
        }

        /// <summary>Gets the entity the paths start from.</summary>
        public Entity From { get; }

        /// <summary>Gets the entity the paths lead to.</summary>
        public Entity To { get; }

        /// <summary>Gets whether any path leads from <see cref="From"/> to <see cref="To"/>.</summary>
        public bool IsConnected => EdgeCutCapacity > 0;

        /// <summary>Gets the capacity of the minimum edge cut, equal to the maximum flow (with unit capacities: the number of relation-disjoint paths).</summary>
        public double EdgeCutCapacity { get; }

        /// <summary>Gets the relations of a minimum edge cut (networkx's <c>minimum_edge_cut</c>), in the order relations were added.</summary>
        public IReadOnlyList<Relation> EdgeCut { get; }

        /// <summary>
        /// Gets the entities of a minimum node cut (networkx's <c>minimum_node_cut</c>; the number of entity-disjoint
        /// paths), or <c>null</c> when <see cref="From"/> relates to <see cref="To"/> directly, so that no removal of
        /// other entities separates them.
        /// </summary>
        public IReadOnlyList<Entity>? NodeCut { get; }

        /// <summary>Renders the result as text.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            if (!IsConnected)
            {
                return $"{From.Name} has no path to {To.Name}: nothing to cut.\n";
            }

            sb.Append("Minimum edge cut: ").Append(EdgeCut.Count).Append(EdgeCut.Count == 1 ? " relation" : " relations");
            if (EdgeCutCapacity != EdgeCut.Count)
            {
                sb.Append(" (capacity ").Append(EdgeCutCapacity.ToString("0.###", CultureInfo.InvariantCulture)).Append(')');
            }

            sb.Append('\n');
            foreach (Relation r in EdgeCut)
            {
                sb.Append("  ").Append(r.Id).Append(": ").Append(r).Append('\n');
            }

            if (NodeCut == null)
            {
                sb.Append("Minimum node cut: none: ").Append(From.Name).Append(" relates to ").Append(To.Name).Append(" directly.\n");
            }
            else
            {
                sb.Append("Minimum node cut: ").Append(NodeCut.Count).Append(NodeCut.Count == 1 ? " entity\n" : " entities\n");
                foreach (Entity e in NodeCut)
                {
                    sb.Append("  ").Append(e).Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder();
            HtmlTable.Append(sb, $"Minimum edge cut from {From.Name} to {To.Name}: {EdgeCut.Count}", new[] { "relation", "type", "from", "to", "valid" }, EdgeCut.Select(r => (IReadOnlyList<string>)new[] { r.Id, r.Type.Name, r.Source.Name, r.Target.Name, r.Validity.ToString() }));
            HtmlTable.Append(sb, NodeCut == null ? "Minimum node cut: none (directly related)" : $"Minimum node cut: {NodeCut.Count}", new[] { "entity", "id", "kind" }, (NodeCut ?? new Entity[0]).Select(e => (IReadOnlyList<string>)new[] { e.Name, e.Id, e.Kind.Name }));
            return sb.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{From.Id} → {To.Id}: edge cut {EdgeCut.Count}, node cut {(NodeCut == null ? "none (adjacent)" : NodeCut.Count.ToString(CultureInfo.InvariantCulture))}";
    }
}

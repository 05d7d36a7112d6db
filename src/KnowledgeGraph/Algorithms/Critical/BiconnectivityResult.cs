using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>The articulation points and bridges of a graph read as undirected: the entities and relations whose removal splits a connected part.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class BiconnectivityResult : IHtmlRenderable
    {
        internal BiconnectivityResult(IReadOnlyList<Entity> articulationPoints, IReadOnlyList<Relation> bridges)
        {
            ArticulationPoints = articulationPoints;
            Bridges = bridges;
        }

        /// <summary>Gets the articulation points (cut vertices), in the order entities were added.</summary>
        public IReadOnlyList<Entity> ArticulationPoints { get; }

        /// <summary>Gets the bridges (cut edges), in the order relations were added. Two parallel relations are never bridges.</summary>
        public IReadOnlyList<Relation> Bridges { get; }

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new System.Text.StringBuilder();
            HtmlTable.Append(sb, $"Articulation points: {ArticulationPoints.Count}", new[] { "entity", "id", "kind" }, ArticulationPoints.Select(e => (IReadOnlyList<string>)new[] { e.Name, e.Id, e.Kind.Name }));
            HtmlTable.Append(sb, $"Bridges: {Bridges.Count}", new[] { "relation", "type", "from", "to", "valid" }, Bridges.Select(r => (IReadOnlyList<string>)new[] { r.Id, r.Type.Name, r.Source.Name, r.Target.Name, r.Validity.ToString() }));
            return sb.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{ArticulationPoints.Count} articulation points ({string.Join(", ", ArticulationPoints.Select(e => e.Id))}); {Bridges.Count} bridges ({string.Join(", ", Bridges.Select(r => r.Id))})";
    }
}

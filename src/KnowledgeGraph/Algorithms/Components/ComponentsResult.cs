using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Algorithms.Components
{
    /// <summary>A partition of a graph's entities into connected components, largest first.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class ComponentsResult : IHtmlRenderable
    {
        private readonly Graph _graph;
        private readonly int[] _componentOf;

        internal ComponentsResult(Graph graph, string kind, int[] label)
        {
            _graph = graph;
            Kind = kind;

            // Renumber: largest component first, ties by their first entity.
            IReadOnlyList<Entity>[] components = Groups.Number(graph, label, out _componentOf);
            Components = components;
        }

        /// <summary>Gets the kind of connectivity: <c>weak</c> or <c>strong</c>.</summary>
        public string Kind { get; }

        /// <summary>Gets the components, largest first (ties: by the first entity added); each lists its entities in the order they were added.</summary>
        public IReadOnlyList<IReadOnlyList<Entity>> Components { get; }

        /// <summary>Gets the number of components.</summary>
        public int Count => Components.Count;

        /// <summary>Gets the position in <see cref="Components"/> of the component that holds <paramref name="entity"/>.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The component number.</returns>
        /// <exception cref="EntityNotFoundException">The entity is not in the graph.</exception>
        public int ComponentOf(Entity entity)
        {
            int i = _graph.IndexOf(entity);
            return i >= 0 ? _componentOf[i] : throw new EntityNotFoundException(entity.Id);
        }

        /// <inheritdoc />
        public string ToHtml() => HtmlTable.Render(
            $"{Kind} components: {Count}",
            new[] { "#", "size", "entities" },
            Components.Take(50).Select((c, i) => (IReadOnlyList<string>)new[] { (i + 1).ToString(CultureInfo.InvariantCulture), c.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", c.Take(30).Select(e => e.Name)) + (c.Count > 30 ? ", …" : string.Empty) }),
            Count > 50 ? $"{Count - 50} more components not shown." : null);

        /// <inheritdoc />
        public override string ToString() => $"{Count} {Kind} components; sizes " + string.Join(", ", Components.Take(10).Select(c => c.Count.ToString(CultureInfo.InvariantCulture))) + (Count > 10 ? ", …" : string.Empty);
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Algorithms.Communities
{
    /// <summary>A partition of a graph's entities into communities, largest first, with its modularity.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class CommunityResult : IHtmlRenderable, ITabular
    {
        private readonly Graph _graph;
        private readonly int[] _communityOf;

        internal CommunityResult(Graph graph, string method, int[] label, double resolution, System.Func<Relation, double>? weight, bool converged)
        {
            _graph = graph;
            Method = method;
            Converged = converged;
            IReadOnlyList<Entity>[] communities = Groups.Number(graph, label, out _communityOf);
            Communities = communities;
            Modularity = KnowledgeGraph.Algorithms.Communities.Modularity.Compute(graph, _communityOf, resolution, weight);
        }

        /// <summary>Gets the method that found the communities: <c>louvain</c> or <c>label-propagation</c>.</summary>
        public string Method { get; }

        /// <summary>Gets the communities, largest first (ties: by first entity); each lists its entities in the order they were added.</summary>
        public IReadOnlyList<IReadOnlyList<Entity>> Communities { get; }

        /// <summary>Gets the number of communities.</summary>
        public int Count => Communities.Count;

        /// <summary>Gets the modularity of the partition (see <see cref="KnowledgeGraph.Algorithms.Communities.Modularity"/>).</summary>
        public double Modularity { get; }

        /// <summary>Gets whether the method converged (label propagation may stop at its iteration bound; Louvain always converges).</summary>
        public bool Converged { get; }

        /// <summary>Gets the community number of each entity, indexed like <see cref="Graph.Entities"/> (positions in <see cref="Communities"/>).</summary>
        public IReadOnlyList<int> Membership => _communityOf;

        /// <summary>Gets the position in <see cref="Communities"/> of the community of <paramref name="entity"/>.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The community number.</returns>
        /// <exception cref="EntityNotFoundException">The entity is not in the graph.</exception>
        public int CommunityOf(Entity entity)
        {
            int i = _graph.IndexOf(entity);
            return i >= 0 ? _communityOf[i] : throw new EntityNotFoundException(entity.Id);
        }

        /// <summary>Converts the partition to a table with one row per entity: <c>community</c> (1 = the largest), <c>size</c>, <c>entity_id</c>, <c>name</c>, <c>kind</c>; join it to other tables on <c>entity_id</c>.</summary>
        /// <returns>The table, community by community, each in the order entities were added.</returns>
        public ResultTable ToTable() => new ResultTable(
            ToString(),
            new[] { TableCells.Int("community"), TableCells.Int("size"), TableCells.Text("entity_id"), TableCells.Text("name"), TableCells.Text("kind") },
            Communities.SelectMany((c, i) => c.Select(e => (IReadOnlyList<object?>)new object?[] { i + 1, c.Count, e.Id, e.Name, e.Kind.Name })));

        /// <inheritdoc />
        public string ToHtml() => HtmlTable.Render(
            $"{Method}: {Count} communities, modularity {Modularity.ToString("0.####", CultureInfo.InvariantCulture)}",
            new[] { "#", "size", "entities" },
            Communities.Take(50).Select((c, i) => (IReadOnlyList<string>)new[] { (i + 1).ToString(CultureInfo.InvariantCulture), c.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", c.Take(40).Select(e => e.Name)) + (c.Count > 40 ? ", …" : string.Empty) }),
            Converged ? null : "Stopped at the iteration bound before converging.");

        /// <inheritdoc />
        public override string ToString() => $"{Method}: {Count} communities, modularity {Modularity.ToString("0.####", CultureInfo.InvariantCulture)}";
    }
}

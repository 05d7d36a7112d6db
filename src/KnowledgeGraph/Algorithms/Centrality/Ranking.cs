using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>
    /// Entities with their scores and ranks by one measure, highest first (<see cref="CentralityResult.Ranking"/>,
    /// <see cref="CentralityResult.Top"/>): a list of <see cref="EntityScore"/> that displays as a table in notebooks and
    /// converts to a <see cref="ResultTable"/>.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class Ranking : IReadOnlyList<EntityScore>, IHtmlRenderable, ITabular
    {
        private readonly EntityScore[] _items;

        /// <summary>Creates a ranking.</summary>
        /// <param name="measure">The name of the measure (<c>betweenness</c>).</param>
        /// <param name="items">The entries, highest first.</param>
        /// <param name="of">How many entities were scored in all (the ranking may be the top of them).</param>
        public Ranking(string measure, IEnumerable<EntityScore> items, int of)
        {
            Measure = measure;
            _items = items.ToArray();
            Of = of;
        }

        /// <summary>Gets the name of the measure.</summary>
        public string Measure { get; }

        /// <summary>Gets how many entities were scored in all.</summary>
        public int Of { get; }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public EntityScore this[int index] => _items[index];

        /// <inheritdoc />
        public IEnumerator<EntityScore> GetEnumerator() => ((IEnumerable<EntityScore>)_items).GetEnumerator();

        /// <inheritdoc />
        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <summary>Converts the ranking to a table: <c>rank</c>, <c>entity_id</c>, <c>name</c>, <c>kind</c>, and the score in a column named after the measure.</summary>
        /// <returns>The table, one row per entity, highest first.</returns>
        public ResultTable ToTable() => new ResultTable(
            Caption(),
            new[] { new TableColumn("rank", typeof(int)), new TableColumn("entity_id", typeof(string)), new TableColumn("name", typeof(string)), new TableColumn("kind", typeof(string)), new TableColumn(Measure, typeof(double)) },
            _items.Select(s => (IReadOnlyList<object?>)new object?[] { s.Rank, s.Entity.Id, s.Entity.Name, s.Entity.Kind.Name, s.Score }));

        /// <inheritdoc />
        public string ToHtml() => ToTable().ToHtml();

        /// <inheritdoc />
        public override string ToString() => $"{Measure}: " + string.Join(", ", _items.Take(5).Select(s => s.ToString())) + (_items.Length > 5 ? ", …" : string.Empty);

        private string Caption() => Count == Of
            ? $"{Measure}: {Of.ToString(CultureInfo.InvariantCulture)} {(Of == 1 ? "entity" : "entities")}"
            : $"{Measure} (top {Count.ToString(CultureInfo.InvariantCulture)} of {Of.ToString(CultureInfo.InvariantCulture)})";
    }
}

using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Search
{
    /// <summary>The entities found by a search, best first.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class SearchResults : IReadOnlyList<SearchHit>, IHtmlRenderable, ITabular
    {
        private readonly IReadOnlyList<SearchHit> _hits;

        internal SearchResults(string text, IReadOnlyList<SearchHit> hits, bool truncated)
        {
            Text = text;
            _hits = hits;
            Truncated = truncated;
        }

        /// <summary>Gets the text searched for.</summary>
        public string Text { get; }

        /// <summary>Gets whether more entities matched than the limit let through.</summary>
        public bool Truncated { get; }

        /// <inheritdoc />
        public int Count => _hits.Count;

        /// <inheritdoc />
        public SearchHit this[int index] => _hits[index];

        /// <inheritdoc />
        public IEnumerator<SearchHit> GetEnumerator() => _hits.GetEnumerator();

        /// <inheritdoc />
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Renders the results as text: one line per entity with its score and the name that matched.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Heading()).Append('\n');
            foreach (SearchHit h in _hits)
            {
                sb.Append("  ").Append(h).Append('\n');
            }

            if (Truncated)
            {
                sb.Append("note: more entities matched; raise the limit to see them.\n");
            }

            return sb.ToString();
        }

        /// <summary>Converts the hits to a table, best first: <c>rank</c>, <c>score</c>, <c>entity_id</c>, <c>name</c>, <c>kind</c>, <c>matched_name</c>, <c>match</c> (id, externalid, name, fuzzy).</summary>
        /// <returns>The table.</returns>
        public ResultTable ToTable() => new ResultTable(
            $"Search for '{Text}'",
            new[] { TableCells.Int("rank"), TableCells.Number("score"), TableCells.Text("entity_id"), TableCells.Text("name"), TableCells.Text("kind"), TableCells.Text("matched_name"), TableCells.Text("match") },
            _hits.Select((h, i) => (IReadOnlyList<object?>)new object?[] { i + 1, h.Score, h.Entity.Id, h.Entity.Name, h.Entity.Kind.Name, h.MatchedName, TableCells.Lower(h.MatchKind) }));

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-search\">");
            sb.Element("p", Heading());
            sb.Append("<table>").Header("score", "entity", "kind", "match");
            foreach (SearchHit h in _hits)
            {
                sb.Row(h.Score.ToString("0.00", CultureInfo.InvariantCulture), h.Entity.ToString(), h.Entity.Kind.Name, h.MatchKind.ToString().ToLowerInvariant() + ": " + h.MatchedName);
            }

            sb.Append("</table>");
            if (Truncated)
            {
                sb.Element("p", "note: more entities matched; raise the limit to see them.");
            }

            return sb.Append("</div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => Heading();

        private string Heading() => $"Search for '{Text}': {_hits.Count} entit{(_hits.Count == 1 ? "y" : "ies")}" + (Truncated ? " (more matched)." : ".");
    }
}

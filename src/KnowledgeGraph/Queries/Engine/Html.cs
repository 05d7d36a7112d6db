using System.Text;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>Small helpers to write escaped HTML fragments for <see cref="KnowledgeGraph.Markup.IHtmlRenderable"/> results.</summary>
    internal static class Html
    {
        /// <summary>Escapes text for HTML content and attribute values.</summary>
        public static string Escape(string? text) => KnowledgeGraph.Markup.HtmlText.Escape(text);

        /// <summary>Appends an element with escaped text.</summary>
        public static StringBuilder Element(this StringBuilder sb, string tag, string? text) =>
            sb.Append('<').Append(tag).Append('>').Append(Escape(text)).Append("</").Append(tag).Append('>');

        /// <summary>Appends a table row of escaped cells.</summary>
        public static StringBuilder Row(this StringBuilder sb, params string?[] cells)
        {
            sb.Append("<tr>");
            foreach (string? c in cells)
            {
                sb.Element("td", c);
            }

            return sb.Append("</tr>");
        }

        /// <summary>Appends a table header row.</summary>
        public static StringBuilder Header(this StringBuilder sb, params string[] cells)
        {
            sb.Append("<tr>");
            foreach (string c in cells)
            {
                sb.Element("th", c);
            }

            return sb.Append("</tr>");
        }

        /// <summary>Describes a bound that was hit, for text output.</summary>
        public static string? BoundText(QueryBound bound, int maxDepth, int maxResults) => bound switch
        {
            QueryBound.MaxDepth => $"stopped at the maximum depth of {maxDepth}: longer paths may exist (raise it with MaxDepth / --max-depth).",
            QueryBound.MaxResults => $"stopped at the maximum of {maxResults} results: more exist (raise it with MaxResults / --max-results).",
            _ => null,
        };

        /// <summary>Appends the note that a query stopped at a bound, as a text line (nothing when no bound was hit).</summary>
        public static StringBuilder BoundNoteText(this StringBuilder sb, QueryBound bound, int maxDepth, int maxResults)
        {
            string? text = BoundText(bound, maxDepth, maxResults);
            return text == null ? sb : sb.Append("note: ").Append(text).Append('\n');
        }

        /// <summary>Appends the note that a query stopped at a bound, as an HTML paragraph (nothing when no bound was hit).</summary>
        public static StringBuilder BoundNoteHtml(this StringBuilder sb, QueryBound bound, int maxDepth, int maxResults)
        {
            string? text = BoundText(bound, maxDepth, maxResults);
            return text == null ? sb : sb.Append("<p class=\"kg-bound\"><strong>note:</strong> ").Append(Escape(text)).Append("</p>");
        }
    }
}

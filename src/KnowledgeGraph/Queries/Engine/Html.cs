using System.Net;
using System.Text;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>Small helpers to write escaped HTML fragments for <see cref="Display.IHtmlRenderable"/> results.</summary>
    internal static class Html
    {
        /// <summary>Escapes text for HTML content and attribute values.</summary>
        public static string Escape(string? text) => text == null ? string.Empty : WebUtility.HtmlEncode(text);

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
    }
}

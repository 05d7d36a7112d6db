using System;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Markup
{
    /// <summary>Escapes text for HTML and SVG (both XML-compatible): every piece of data goes through here.</summary>
    internal static class HtmlText
    {
        /// <summary>Escapes text for an element's content or a quoted attribute value.</summary>
        /// <param name="text">The text, or <c>null</c> (gives an empty string).</param>
        /// <returns>The escaped text.</returns>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            var sb = new StringBuilder(text!.Length + 16);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&':
                        sb.Append("&amp;");
                        break;
                    case '<':
                        sb.Append("&lt;");
                        break;
                    case '>':
                        sb.Append("&gt;");
                        break;
                    case '"':
                        sb.Append("&quot;");
                        break;
                    case '\'':
                        sb.Append("&#39;");
                        break;
                    default:
                        // Control characters are not allowed in XML (SVG); tabs and line breaks are kept.
                        if (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t')
                        {
                            sb.Append(' ');
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.ToString();
        }

        /// <summary>Renders an entity kind as a small badge in the kind's colours from the vocabulary (<see cref="EntityKind.Style"/>), the same as in every picture.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The HTML: <c>&lt;span class="kg-kind"&gt;</c> with the kind's fill, text and border colours.</returns>
        public static string Kind(EntityKind kind)
        {
            KindStyle style = (kind ?? throw new ArgumentNullException(nameof(kind))).Style;
            return "<span class=\"kg-kind\" style=\"background:" + style.Fill + ";color:" + style.Text + ";border:1px solid " + style.Line
                + ";border-radius:3px;padding:0 3px\">" + Escape(kind.Name) + "</span>";
        }

        /// <summary>Formats a number for SVG coordinates: invariant culture, one decimal.</summary>
        /// <param name="value">The number.</param>
        /// <returns>The text.</returns>
        public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        /// <summary>Returns whether a URL is safe to put in an <c>href</c>: only http and https.</summary>
        /// <param name="url">The URL.</param>
        /// <returns><c>true</c> when it starts with http:// or https://.</returns>
        public static bool IsSafeUrl(string? url) =>
            url != null && (url.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase));
    }
}

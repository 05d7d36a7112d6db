using System.Collections.Generic;
using System.Text;

namespace KnowledgeGraph.Markup
{
    /// <summary>Writes the tables of the analytics results (<see cref="IHtmlRenderable"/>): a caption, then a table; all text escaped with <see cref="HtmlText"/>, styled like <see cref="HtmlBlocks"/>'s tables.</summary>
    internal static class HtmlTable
    {
        /// <summary>Escapes text for HTML.</summary>
        public static string Escape(string? text) => HtmlText.Escape(text);

        /// <summary>Renders a table with a caption; cells are escaped.</summary>
        public static string Render(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? note = null)
        {
            var sb = new StringBuilder();
            Append(sb, caption, headers, rows, note);
            return sb.ToString();
        }

        /// <summary>Appends a table with a caption; cells are escaped.</summary>
        public static void Append(StringBuilder sb, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? note = null)
        {
            sb.Append("<table class=\"kg-table\" style=\"border-collapse:collapse;text-align:left\"><caption>").Append(Escape(caption)).Append("</caption><thead><tr>");
            foreach (string h in headers)
            {
                sb.Append("<th>").Append(Escape(h)).Append("</th>");
            }

            sb.Append("</tr></thead><tbody>");
            foreach (IReadOnlyList<string> row in rows)
            {
                sb.Append("<tr>");
                foreach (string cell in row)
                {
                    sb.Append("<td>").Append(Escape(cell).Replace("\n", "<br/>")).Append("</td>");
                }

                sb.Append("</tr>");
            }

            sb.Append("</tbody></table>");
            if (note != null)
            {
                sb.Append("<p>").Append(Escape(note)).Append("</p>");
            }
        }
    }
}

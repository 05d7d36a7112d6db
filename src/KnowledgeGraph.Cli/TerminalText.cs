using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli
{
    /// <summary>Makes text from data safe to show on a terminal: control characters and escape sequences are shown as <c>\x1B</c>, never obeyed.</summary>
    /// <remarks>
    /// Escaped: C0 controls other than newline and tab, DEL, C1 controls (U+0080–U+009F, which include the 8-bit CSI),
    /// the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can make text read differently from
    /// what it is), U+2028/U+2029 and the non-characters U+FFFE/U+FFFF. <see cref="OneLine"/> also turns line breaks into spaces.
    /// </remarks>
    public static class TerminalText
    {
        /// <summary>Escapes the characters a terminal would obey, keeping newlines and tabs.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The text, escaped.</returns>
        public static string Escape(string text)
        {
            int first = 0;
            while (first < text.Length && !NeedsEscape(text[first], true))
            {
                first++;
            }

            if (first == text.Length)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length + 8);
            sb.Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                Append(sb, text[i], true);
            }

            return sb.ToString();
        }

        /// <summary>Escapes a field of data shown inside a line (a name, a value): as <see cref="Escape"/>, and line breaks and tabs too, so that a field cannot start a line of its own.</summary>
        /// <param name="text">The field.</param>
        /// <returns>The field, escaped.</returns>
        public static string Inline(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (c == '\n' || c == '\t')
                {
                    sb.Append(c == '\n' ? "\\x0A" : "\\x09");
                }
                else
                {
                    Append(sb, c, false);
                }
            }

            return sb.ToString();
        }

        /// <summary>Makes a message one line: every run of line breaks becomes one space, and control characters are escaped.</summary>
        /// <param name="text">The message.</param>
        /// <returns>One line.</returns>
        public static string OneLine(string text)
        {
            var sb = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
                {
                    while (i + 1 < text.Length && (text[i + 1] == '\n' || text[i + 1] == '\r' || text[i + 1] == ' '))
                    {
                        i++;
                    }

                    if (sb.Length > 0 && sb[sb.Length - 1] != ' ')
                    {
                        sb.Append(' ');
                    }

                    continue;
                }

                Append(sb, c, false);
            }

            return sb.ToString().TrimEnd();
        }

        /// <summary>Gets whether a character is shown escaped.</summary>
        /// <param name="c">The character.</param>
        /// <param name="keepNewline">Whether newline passes.</param>
        /// <returns><c>true</c> when it is escaped.</returns>
        internal static bool NeedsEscape(char c, bool keepNewline) =>
            (c < 0x20 && c != '\t' && !(keepNewline && c == '\n'))
            || (c >= 0x7F && c <= 0x9F)
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069')
            || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF';

        private static void Append(StringBuilder sb, char c, bool keepNewline)
        {
            if (!NeedsEscape(c, keepNewline))
            {
                sb.Append(c);
            }
            else if (c <= 0xFF)
            {
                sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
    }
}

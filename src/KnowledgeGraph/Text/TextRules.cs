using System.Globalization;

namespace KnowledgeGraph.Text
{
    /// <summary>
    /// Which characters a graph may hold: the one rule every reader meets through <see cref="GraphBuilder"/>.
    /// Names and text (of entities, aliases, properties, sources, citations) may hold tabs and line breaks but no other
    /// control character (C0, DEL or C1, so no NUL and no terminal escape), no non-character (U+FFFE, U+FFFF,
    /// U+FDD0–U+FDEF and the last two code points of every plane) and no half of a surrogate pair: such text breaks
    /// name look-up, XML and RDF output and terminals.
    /// </summary>
    internal static class TextRules
    {
        /// <summary>Says what is wrong with a name or a text, or <c>null</c> when it is fine (empty is the caller's concern).</summary>
        /// <param name="text">The name or text.</param>
        /// <returns>A phrase such as "holds the control character U+001B", or <c>null</c>.</returns>
        public static string? Problem(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                {
                    if (c == '\t' || c == '\n' || c == '\r')
                    {
                        continue;
                    }

                    return $"holds the control character {CodePoint(c)}";
                }

                if (c < 0xD800)
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    int cp = char.ConvertToUtf32(c, text[i + 1]);
                    if ((cp & 0xFFFE) == 0xFFFE)
                    {
                        return $"holds the non-character {CodePoint(cp)}";
                    }

                    i++;
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    return $"holds half of a surrogate pair ({CodePoint(c)})";
                }

                if (c >= 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF))
                {
                    return $"holds the non-character {CodePoint(c)}";
                }
            }

            return null;
        }

        private static string CodePoint(int cp) => "U+" + cp.ToString(cp > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture);
    }
}

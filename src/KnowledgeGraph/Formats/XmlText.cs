using System.Text;

namespace KnowledgeGraph.Formats
{
    /// <summary>Makes text safe for XML 1.0: characters XML cannot carry (most control characters, lone surrogates) become U+FFFD.</summary>
    internal static class XmlText
    {
        public static string Clean(string text)
        {
            StringBuilder? sb = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool ok;
                if (char.IsHighSurrogate(c))
                {
                    ok = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                    if (ok)
                    {
                        sb?.Append(c).Append(text[i + 1]);
                        i++;
                        continue;
                    }
                }
                else
                {
                    ok = !char.IsLowSurrogate(c) && (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF));
                }

                if (!ok && sb == null)
                {
                    sb = new StringBuilder(text.Length);
                    sb.Append(text, 0, i);
                }

                sb?.Append(ok ? c : '\uFFFD');
            }

            return sb?.ToString() ?? text;
        }
    }
}

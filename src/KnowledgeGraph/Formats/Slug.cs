using System.Text;

namespace KnowledgeGraph.Formats
{
    /// <summary>Turns foreign identifiers into this library's ids: lowercase slugs <c>[a-z0-9][a-z0-9._:-]*</c>.</summary>
    internal static class Slug
    {
        /// <summary>Lowercases ASCII letters, keeps digits and <c>.</c> <c>:</c> <c>-</c>, turns every other run of characters into one <c>-</c>, and trims leading and trailing separators; empty text becomes <c>x</c>.</summary>
        public static string Make(string text)
        {
            var sb = new StringBuilder(text.Length);
            bool dash = false;
            foreach (char ch in text)
            {
                char c = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ((c == '.' || c == ':' || c == '-') && sb.Length > 0))
                {
                    if (dash && c != '-')
                    {
                        sb.Append('-');
                    }

                    dash = false;
                    sb.Append(c);
                }
                else if (sb.Length > 0)
                {
                    dash = true;
                }
            }

            string s = sb.ToString().TrimEnd('-', '.', ':');
            return s.Length == 0 ? "x" : s;
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>Escaping shared by the Turtle and N-Triples writers.</summary>
    internal static class RdfText
    {
        private static readonly Regex LocalName = new Regex("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

        /// <summary>Quotes a string literal: escapes quote, backslash and control characters; when <paramref name="asciiOnly"/>, writes every non-ASCII character as <c>\uXXXX</c> or <c>\UXXXXXXXX</c>.</summary>
        public static string Quote(string text, bool asciiOnly)
        {
            var sb = new StringBuilder(text.Length + 2);
            sb.Append('"');
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            if (asciiOnly)
                            {
                                sb.Append("\\U").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                sb.Append(c).Append(text[i + 1]);
                            }

                            i++;
                        }
                        else if (char.IsSurrogate(c))
                        {
                            sb.Append("\\uFFFD");
                        }
                        else if (c < 0x20 || c == 0x7F || (asciiOnly && c > 0x7E))
                        {
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('"');
            return sb.ToString();
        }

        /// <summary>Writes an IRI in angle brackets (the IRIs written are ASCII: minted ones are percent-encoded).</summary>
        public static string Iri(string iri)
        {
            var sb = new StringBuilder(iri.Length + 2);
            sb.Append('<');
            foreach (char c in iri)
            {
                if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\' || c > 0x7E)
                {
                    foreach (byte b in Encoding.UTF8.GetBytes(c.ToString()))
                    {
                        sb.Append('%').Append(((int)b).ToString("X2", CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }

            sb.Append('>');
            return sb.ToString();
        }

        /// <summary>Writes an IRI as a prefixed name when a prefix covers it and the rest is a plain local name, else in angle brackets.</summary>
        public static string Compact(string iri)
        {
            foreach ((string prefix, string ns) in RdfNames.Prefixes)
            {
                if (iri.StartsWith(ns, System.StringComparison.Ordinal) && LocalName.IsMatch(iri.Substring(ns.Length)))
                {
                    return prefix + ":" + iri.Substring(ns.Length);
                }
            }

            return Iri(iri);
        }
    }
}

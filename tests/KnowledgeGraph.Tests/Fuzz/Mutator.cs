using System;
using System.Text;

namespace KnowledgeGraph.Tests.Fuzz
{
    /// <summary>Deterministic text mutations (a seeded <see cref="Random"/>): cut, repeat, swap and truncate spans, and insert tokens that readers find hard.</summary>
    internal static class Mutator
    {
        /// <summary>Tokens that stress JSON, XML, CSV and N-Triples readers: structure, escapes, extreme numbers, control and non-characters, markup declarations.</summary>
        public static readonly string[] Hostile =
        {
            "\"", "'", "<", ">", "&", "&#0;", "&#xFFFF;", "&bogus;", "\\", "\\u0000", "\\uFFFF", "\\uD800", "\\UFFFFFFFF", "\\U0010FFFF", "]]>", "<![CDATA[x]]>",
            "<!DOCTYPE g [<!ENTITY a \"b\">]>", "<?xml version=\"1.0\"?>", "{", "}", "[", "]", ",", ":", ";", "null", "true", "\"\"", "{}", "[]",
            "1e999", "-1e999", "99999999999999999999", "-99999999999999999999", "NaN", "Infinity", "0x1F", "-0", "1.5e300", "007",
            "\n", "\r", "\r\n", "\t", "\0", "\uFFFE", "\uFFFF", "\uD800", "🚀", "\u001b[31m", "\u0085", "\u2028",
            "^^<http://www.w3.org/2001/XMLSchema#double>", "^^<http://www.w3.org/2001/XMLSchema#integer>", "<>", "<a>", "_:b", "@en", "#", " .", " . \n",
            "\"from\":\"2020\",\"at\":\"2021\"", "\"properties\":{\"\":1}", "\"id\":1", "\"schema\":[]", "\"caption\":{}", "\"op\":7", "\"datasets\":[1]",
            "id=\"\"", "key=\"\"", "source=\"nowhere\"", "<data key=\"\"/>", "<node/>", "<edge/>", "\"nodes\":5", "\"edges\":{}", "\"metadata\":[]",
            "\"2022-13-45\"", "\"9999999999\"", "\"\"\"", "\",\"", "\"\n", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p",
        };

        /// <summary>Applies one to three mutations to <paramref name="text"/>.</summary>
        public static string Mutate(string text, Random random)
        {
            var sb = new StringBuilder(text);
            int count = 1 + random.Next(3);
            for (int i = 0; i < count; i++)
            {
                MutateOnce(sb, random);
            }

            return sb.ToString();
        }

        private static void MutateOnce(StringBuilder sb, Random random)
        {
            int at = sb.Length == 0 ? 0 : random.Next(sb.Length + 1);
            int span = sb.Length == 0 ? 0 : Math.Min(sb.Length - Math.Min(at, sb.Length), 1 + random.Next(random.Next(2) == 0 ? 8 : 200));
            switch (random.Next(8))
            {
                case 0:
                    sb.Remove(Math.Min(at, sb.Length), span);
                    break;
                case 1:
                    sb.Insert(at, sb.ToString(Math.Min(at, sb.Length), span));
                    break;
                case 2:
                case 3:
                case 4:
                    sb.Insert(at, Hostile[random.Next(Hostile.Length)]);
                    break;
                case 5:
                    if (sb.Length > 0)
                    {
                        int pos = random.Next(sb.Length);
                        sb[pos] = sb[random.Next(sb.Length)];
                    }

                    break;
                case 6:
                    if (random.Next(4) == 0)
                    {
                        sb.Length = Math.Min(at, sb.Length);
                    }
                    else
                    {
                        // Put a hostile token inside a value: just after a quote.
                        string s = sb.ToString();
                        int quote = s.IndexOf('"', Math.Min(at, s.Length));
                        sb.Insert(quote < 0 ? at : quote + 1, Hostile[random.Next(Hostile.Length)]);
                    }

                    break;
                default:
                    if (sb.Length > 2)
                    {
                        int a = random.Next(sb.Length);
                        int b = random.Next(sb.Length);
                        (sb[a], sb[b]) = (sb[b], sb[a]);
                    }

                    break;
            }
        }
    }
}

using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Text
{
    /// <summary>
    /// Folds names to a key for matching across case, diacritics and scripts: <c>Лукашенко</c>, <c>LUKASHENKO</c>
    /// and <c>Lukašenko</c> all fold to <c>lukashenko</c>.
    /// </summary>
    /// <remarks>
    /// <para>The steps: Unicode compatibility decomposition (NFKD) with combining marks removed (so <c>й</c> becomes
    /// <c>и</c> and <c>š</c> becomes <c>s</c>), lower case, Cyrillic transliterated to Latin by a fixed table close to
    /// BGN/PCGN (Russian, Belarusian and Ukrainian letters: <c>ж</c> zh, <c>х</c> kh, <c>ц</c> ts, <c>ў</c> u, <c>і</c> i),
    /// Latin letters that have no decomposition folded to their base letters (<c>ł</c> l, <c>đ</c> and <c>ð</c> d,
    /// <c>ø</c> o, <c>ħ</c> h, <c>ı</c> i, <c>ŧ</c> t, <c>ß</c> ss, <c>æ</c> ae, <c>œ</c> oe, <c>þ</c> th: <c>Łukašenka</c> is
    /// <c>lukasenka</c>), every run of other characters (spaces, punctuation) folded to one space, trimmed.</para>
    /// <para>Different transliteration schemes still give different keys (<c>Alyaksandr</c> / <c>Aleksandr</c>); fuzzy
    /// search bridges those.</para>
    /// </remarks>
    public static class NameNormalizer
    {
        private static readonly string[] Cyrillic = BuildTable();

        private static readonly System.Collections.Generic.Dictionary<char, string> Latin = new System.Collections.Generic.Dictionary<char, string>
        {
            ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['ø'] = "o", ['ħ'] = "h", ['ı'] = "i", ['ŧ'] = "t", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th",
        };

        /// <summary>Folds a name to its matching key.</summary>
        /// <param name="name">The name.</param>
        /// <returns>The key: lowercase Latin letters, digits and single spaces.</returns>
        public static string Normalize(string name)
        {
            string decomposed = name.Normalize(NormalizationForm.FormKD);
            var sb = new StringBuilder(decomposed.Length);
            bool pendingSpace = false;
            foreach (char raw in decomposed)
            {
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(raw);
                if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                if (raw == '\'' || raw == '\u2019' || raw == '\u02BC')
                {
                    continue; // apostrophes inside names (Lukashenka’s, Д'ябал) do not separate words
                }

                char c = char.ToLowerInvariant(raw);
                string? mapped = null;
                if (c >= '\u0400' && c <= '\u04FF')
                {
                    mapped = Cyrillic[c - '\u0400'];
                }
                else if (Latin.TryGetValue(c, out string? latin))
                {
                    mapped = latin;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    mapped = c.ToString();
                }

                if (mapped == null)
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }

                if (mapped.Length == 0)
                {
                    continue;
                }

                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(mapped);
            }

            return sb.ToString();
        }

        /// <summary>Gets the transliteration of each character from U+0400 to U+04FF (index = code - 0x400), for the explorer's search, which folds queries the same way in the browser.</summary>
        internal static System.Collections.Generic.IReadOnlyList<string> CyrillicTable => Cyrillic;

        /// <summary>Gets the Latin letters without a decomposition and what they fold to, for the explorer's search.</summary>
        internal static System.Collections.Generic.IReadOnlyDictionary<char, string> LatinTable => Latin;

        private static string[] BuildTable()
        {
            var table = new string[0x100];
            void Map(char c, string latin) => table[c - '\u0400'] = latin;
            Map('а', "a"); Map('б', "b"); Map('в', "v"); Map('г', "g"); Map('ґ', "g"); Map('д', "d"); Map('е', "e"); Map('ё', "e");
            Map('є', "ye"); Map('ж', "zh"); Map('з', "z"); Map('и', "i"); Map('і', "i"); Map('ї', "yi"); Map('й', "i"); Map('к', "k");
            Map('л', "l"); Map('м', "m"); Map('н', "n"); Map('о', "o"); Map('п', "p"); Map('р', "r"); Map('с', "s"); Map('т', "t");
            Map('у', "u"); Map('ў', "u"); Map('ф', "f"); Map('х', "kh"); Map('ц', "ts"); Map('ч', "ch"); Map('ш', "sh"); Map('щ', "shch");
            Map('ъ', string.Empty); Map('ы', "y"); Map('ь', string.Empty); Map('э', "e"); Map('ю', "yu"); Map('я', "ya");
            for (int i = 0; i < table.Length; i++)
            {
                if (table[i] == null)
                {
                    char c = (char)('\u0400' + i);
                    table[i] = char.IsLetter(c) ? c.ToString() : string.Empty;
                }
            }

            return table;
        }
    }
}

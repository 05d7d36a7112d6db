using System;
using System.Text;

namespace KnowledgeGraph.Text
{
    /// <summary>
    /// Scores how alike two names are, for ranked fuzzy search: 1 for the same folded name, down to 0. Works on
    /// names folded by <see cref="NameNormalizer"/>, so case, diacritics and Cyrillic/Latin script do not count.
    /// </summary>
    /// <remarks>
    /// <para>The score is the best of: the whole-name similarity by optimal-string-alignment Damerau–Levenshtein
    /// distance (<c>1 - distance / longer length</c>: one typo or one swapped pair of letters costs one), and a
    /// word-by-word score in which each word of the query is matched to its best word of the name, weighted by
    /// length. Two words match by edit distance, as a prefix (three letters or more), or by their consonant
    /// skeleton, which bridges transliteration schemes: <c>x</c> is read <c>ks</c>, <c>kh</c> <c>h</c>, <c>w</c>
    /// <c>v</c>, the Polish <c>sz</c> <c>sh</c> and <c>cz</c> <c>ch</c> (<c>Łukaszenka</c> and <c>Lukashenka</c> both
    /// give <c>lkshnk</c>), vowels and <c>y</c> are dropped, doubled letters collapsed; so <c>Alexander</c> and
    /// <c>Alyaksandr</c> both give <c>lksndr</c>, <c>Lukashenko</c> and <c>Lukashenka</c> both <c>lkshnk</c>.</para>
    /// <para>O(m·n) per pair of words. Thread-safe.</para>
    /// </remarks>
    public static class NameSimilarity
    {
        [ThreadStatic]
        private static int[]? _rows;

        /// <summary>Scores two names, folding both first.</summary>
        /// <param name="a">A name.</param>
        /// <param name="b">Another name.</param>
        /// <returns>The score in [0, 1].</returns>
        public static double Score(string a, string b) => ScoreFolded(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b));

        /// <summary>Scores a folded query against a folded name (both from <see cref="NameNormalizer.Normalize"/>).</summary>
        /// <param name="query">The folded query.</param>
        /// <param name="name">The folded name.</param>
        /// <returns>The score in [0, 1].</returns>
        public static double ScoreFolded(string query, string name)
        {
            if (query.Length == 0 || name.Length == 0)
            {
                return 0;
            }

            if (string.Equals(query, name, StringComparison.Ordinal))
            {
                return 1;
            }

            double whole = Ratio(query, name);
            string[] qWords = query.Split(' ');
            string[] nWords = name.Split(' ');
            double sum = 0;
            int weight = 0;
            foreach (string q in qWords)
            {
                double best = 0;
                foreach (string n in nWords)
                {
                    best = Math.Max(best, WordScore(q, n));
                }

                sum += best * q.Length;
                weight += q.Length;
            }

            double words = weight == 0 ? 0 : sum / weight;
            // A name with words the query does not mention is a slightly weaker match than the exact name.
            double coverage = qWords.Length >= nWords.Length ? 0.98 : 0.95;
            return Math.Max(whole * 0.99, words * coverage);
        }

        /// <summary>Gets the optimal-string-alignment (restricted Damerau–Levenshtein) distance: insertions, deletions, substitutions and swaps of two adjacent characters each cost one.</summary>
        /// <param name="a">A string.</param>
        /// <param name="b">Another string.</param>
        /// <returns>The distance.</returns>
        public static int DamerauLevenshtein(string a, string b)
        {
            int n = a.Length, m = b.Length;
            if (n == 0)
            {
                return m;
            }

            if (m == 0)
            {
                return n;
            }

            // Three rows of m + 1 cells in one reused buffer (per thread): no allocation per call.
            int w = m + 1;
            int[] rows = _rows != null && _rows.Length >= 3 * w ? _rows : (_rows = new int[Math.Max(3 * w, 96)]);
            int prev2 = 0, prev = w, cur = 2 * w;
            for (int j = 0; j <= m; j++)
            {
                rows[prev + j] = j;
            }

            for (int i = 1; i <= n; i++)
            {
                rows[cur] = i;
                for (int j = 1; j <= m; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int d = Math.Min(Math.Min(rows[prev + j] + 1, rows[cur + j - 1] + 1), rows[prev + j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d = Math.Min(d, rows[prev2 + j - 2] + 1);
                    }

                    rows[cur + j] = d;
                }

                int t = prev2;
                prev2 = prev;
                prev = cur;
                cur = t;
            }

            return rows[prev + m];
        }

        /// <summary>Gets the consonant skeleton of a folded word (see the remarks of <see cref="NameSimilarity"/>).</summary>
        /// <param name="folded">A folded word.</param>
        /// <returns>The skeleton.</returns>
        public static string Skeleton(string folded)
        {
            var sb = new StringBuilder(folded.Length + 2);
            for (int i = 0; i < folded.Length; i++)
            {
                char c = folded[i];
                char next = i + 1 < folded.Length ? folded[i + 1] : '\0';
                string add;
                if (c == 'x')
                {
                    add = "ks";
                }
                else if (c == 'k' && next == 'h')
                {
                    add = "h";
                    i++;
                }
                else if (c == 'w')
                {
                    add = "v";
                }
                else if ((c == 's' || c == 'c') && next == 'z')
                {
                    add = c == 's' ? "sh" : "ch";
                    i++;
                }
                else if ("aeiouy".IndexOf(c) >= 0)
                {
                    continue;
                }
                else
                {
                    add = c.ToString();
                }

                foreach (char a in add)
                {
                    if (sb.Length == 0 || sb[sb.Length - 1] != a)
                    {
                        sb.Append(a);
                    }
                }
            }

            return sb.ToString();
        }

        private static double WordScore(string q, string n)
        {
            if (string.Equals(q, n, StringComparison.Ordinal))
            {
                return 1;
            }

            double score = Ratio(q, n);
            if (q.Length >= 3 && n.StartsWith(q, StringComparison.Ordinal))
            {
                score = Math.Max(score, 0.8 + (0.15 * q.Length / n.Length));
            }

            if (q.Length >= 4 && n.Length >= 4)
            {
                string sq = Skeleton(q), sn = Skeleton(n);
                if (sq.Length >= 2 && sn.Length >= 2)
                {
                    score = Math.Max(score, 0.9 * Ratio(sq, sn));
                }
            }

            return score;
        }

        private static double Ratio(string a, string b)
        {
            int longer = Math.Max(a.Length, b.Length);
            if (Math.Abs(a.Length - b.Length) >= longer)
            {
                return 0;
            }

            return 1.0 - ((double)DamerauLevenshtein(a, b) / longer);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Text
{
    /// <summary>
    /// "Did you mean" suggestions: the known names closest to a mistyped one, scored by <see cref="NameSimilarity"/>
    /// (one typo or one swapped pair of letters costs one; case, diacritics and script do not count).
    /// </summary>
    /// <remarks>Used for unknown commands, options, formats, measures and kinds in <c>kg</c> and in exception messages;
    /// entities are suggested by the graph's own search (<c>graph.Search</c>). O(n·m·k) for n candidates of length m
    /// and a query of length k. Thread-safe.</remarks>
    public static class Suggestions
    {
        /// <summary>The score from which a candidate is suggested by default.</summary>
        public const double DefaultMinScore = 0.6;

        /// <summary>Gets the candidates closest to <paramref name="input"/>, best first (ties in the given order), leaving out an exact match.</summary>
        /// <param name="input">What was typed.</param>
        /// <param name="candidates">The known names.</param>
        /// <param name="max">The most suggestions.</param>
        /// <param name="minScore">The lowest score suggested, in [0, 1].</param>
        /// <returns>At most <paramref name="max"/> names, each once.</returns>
        public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3, double minScore = DefaultMinScore)
        {
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            if (candidates == null)
            {
                throw new ArgumentNullException(nameof(candidates));
            }

            string folded = NameNormalizer.Normalize(input.TrimStart('-', '/'));
            if (folded.Length == 0 || max < 1)
            {
                return Array.Empty<string>();
            }

            return candidates
                .Where(c => !string.IsNullOrEmpty(c))
                .Distinct(StringComparer.Ordinal)
                .Select((c, i) => (Name: c, Order: i, Score: NameSimilarity.ScoreFolded(folded, NameNormalizer.Normalize(c.TrimStart('-', '/')))))
                .Where(x => x.Score >= minScore && x.Score < 1)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Order)
                .Take(max)
                .Select(x => x.Name)
                .ToArray();
        }

        /// <summary>Formats suggestions as a sentence to append to a message: <c> Did you mean 'show'?</c>, or the empty string when there are none.</summary>
        /// <param name="suggestions">The suggestions, best first.</param>
        /// <returns>The sentence, starting with a space, or empty.</returns>
        public static string DidYouMean(IReadOnlyList<string> suggestions)
        {
            if (suggestions == null || suggestions.Count == 0)
            {
                return string.Empty;
            }

            return " Did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?";
        }
    }
}

using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph
{
    /// <summary>
    /// Groups a relation's citations by quote, so that a quote that an article gives and the source it cites gives too is
    /// shown once, with all its sources: <c>Sb.by, 2023-04-30 (as cited in edm, paragraph 3); Eurasia Daily Monitor,
    /// 2023-05-04 (paragraph 3): “…”</c>. Citations without a quote are grouped by source and locator.
    /// </summary>
    internal static class CitationGroups
    {
        /// <summary>Groups citations, in the order each quote first appears; within a group, the citations in order, the same source and locator once.</summary>
        /// <param name="citations">The citations.</param>
        /// <returns>The groups: each a non-empty list of citations that share one quote (or, without a quote, one source).</returns>
        public static IReadOnlyList<IReadOnlyList<Citation>> Of(IEnumerable<Citation> citations)
        {
            var groups = new List<List<Citation>>();
            var byKey = new Dictionary<string, List<Citation>>();
            foreach (Citation c in citations)
            {
                string key = c.Quote != null ? "q\u0001" + c.Quote : "s\u0001" + SourceText(c);
                if (!byKey.TryGetValue(key, out List<Citation>? group))
                {
                    byKey[key] = group = new List<Citation>();
                    groups.Add(group);
                }

                if (!group.Any(g => SourceText(g) == SourceText(c)))
                {
                    group.Add(c);
                }
            }

            return groups;
        }

        /// <summary>Formats each group on one line: its sources (with locators) joined by <c>; </c>, then the quote.</summary>
        /// <param name="citations">The citations.</param>
        /// <returns>One line per quote.</returns>
        public static IEnumerable<string> Lines(IEnumerable<Citation> citations) =>
            Of(citations).Select(g => string.Join("; ", g.Select(SourceText)) + (g[0].Quote != null ? ": \u201C" + g[0].Quote + "\u201D" : string.Empty));

        /// <summary>Gets the source of a citation with its locator: <c>Sb.by, 2023-04-30 (paragraph 3)</c>.</summary>
        /// <param name="c">The citation.</param>
        /// <returns>The text.</returns>
        public static string SourceText(Citation c) => (c.Source?.ToString() ?? c.SourceId) + (c.Locator != null ? " (" + c.Locator + ")" : string.Empty);
    }
}

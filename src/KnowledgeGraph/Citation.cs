using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>A reference from a fact to the <see cref="KnowledgeGraph.Source"/> that states it, with an optional quote and locator.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class Citation
    {
        /// <summary>Creates a citation.</summary>
        /// <param name="sourceId">The id of the cited source.</param>
        /// <param name="quote">A short quote from the source that supports the fact, or <c>null</c>.</param>
        /// <param name="locator">Where in the source (a paragraph, a page), or <c>null</c>.</param>
        public Citation(string sourceId, string? quote = null, string? locator = null)
        {
            SourceId = sourceId;
            Quote = quote;
            Locator = locator;
        }

        /// <summary>Gets the id of the cited source.</summary>
        public string SourceId { get; }

        /// <summary>Gets the cited source once the citation belongs to a graph; <c>null</c> before.</summary>
        public Source? Source { get; private set; }

        /// <summary>Gets the supporting quote, or <c>null</c>.</summary>
        public string? Quote { get; }

        /// <summary>Gets where in the source the fact is found, or <c>null</c>.</summary>
        public string? Locator { get; }

        /// <summary>Formats the citation: <c>Sb.by, 2023-04-30 (paragraph 3): "quote"</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string text = Source?.ToString() ?? SourceId;
            if (Locator != null)
            {
                text += " (" + Locator + ")";
            }

            return Quote != null ? text + ": \u201C" + Quote + "\u201D" : text;
        }

        /// <summary>Returns a copy bound to its source, for a graph being built.</summary>
        internal Citation Bind(Source source) => new Citation(SourceId, Quote, Locator) { Source = source };
    }
}

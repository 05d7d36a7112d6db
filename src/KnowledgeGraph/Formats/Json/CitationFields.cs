namespace KnowledgeGraph.Formats.Json
{
    /// <summary>The fields of one citation of a relation as read, before its evidence is checked (see <see cref="RelationFields"/>).</summary>
    internal sealed class CitationFields
    {
        public CitationFields(string source, string? quote, string? locator, string? evidence)
        {
            Source = source;
            Quote = quote;
            Locator = locator;
            Evidence = evidence;
        }

        public string Source { get; }

        public string? Quote { get; }

        public string? Locator { get; }

        public string? Evidence { get; }
    }
}

namespace KnowledgeGraph.Formats
{
    /// <summary>What an importer does with a bad line or record.</summary>
    public enum ImportErrorMode
    {
        /// <summary>Stop at the first bad line and throw a <see cref="GraphValidationException"/> naming it; nothing is built.</summary>
        Stop = 0,

        /// <summary>Skip bad lines, import the rest, and report every skipped line in <see cref="ImportResult.Problems"/>.</summary>
        Skip = 1,
    }
}

namespace KnowledgeGraph
{
    /// <summary>What kind of document a <see cref="Source"/> is.</summary>
    public enum SourceKind
    {
        /// <summary>A news or analysis article.</summary>
        Article = 0,

        /// <summary>An official statement: a government or presidential website, a communiqué.</summary>
        OfficialStatement = 1,

        /// <summary>An interview.</summary>
        Interview = 2,

        /// <summary>A dataset such as an OpenSanctions collection or Wikidata.</summary>
        Dataset = 3,

        /// <summary>A website as a whole.</summary>
        Website = 4,

        /// <summary>Anything else.</summary>
        Other = 5,
    }
}

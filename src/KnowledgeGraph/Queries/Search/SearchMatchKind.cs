namespace KnowledgeGraph.Queries.Search
{
    /// <summary>How a <see cref="SearchHit"/> matched.</summary>
    public enum SearchMatchKind
    {
        /// <summary>The text is the entity's id.</summary>
        Id,

        /// <summary>The text is an external identifier of the entity (<c>Q184</c>, <c>wikidata:Q184</c>).</summary>
        ExternalId,

        /// <summary>The text folds to the same key as the name or an alias (case, diacritics and script ignored).</summary>
        Name,

        /// <summary>The text is close to the name or an alias (typos, other transliterations, a prefix).</summary>
        Fuzzy,
    }
}

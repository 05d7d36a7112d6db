namespace KnowledgeGraph.Merging
{
    /// <summary>The kind of evidence a <see cref="MatchReason"/> records.</summary>
    public enum MatchReasonKind
    {
        /// <summary>Both entities carry the same identifier (a Wikidata Q-id, an OpenSanctions id, an ISO code, a registration number).</summary>
        SharedId,

        /// <summary>Both entities carry an identifier of a scheme that allows one value per entity, and the values differ.</summary>
        ConflictingId,

        /// <summary>A name or alias of one folds to the same key as a name or alias of the other (case, diacritics and script ignored).</summary>
        SameName,

        /// <summary>The best pair of names is alike by the fuzzy name similarity (transliteration schemes, typos).</summary>
        SimilarName,

        /// <summary>The kinds differ but one is a kind of the other (Company and Organization).</summary>
        CompatibleKind,

        /// <summary>A dated property (birth date, death date, incorporation date) agrees.</summary>
        AgreeingDate,

        /// <summary>A dated property disagrees.</summary>
        ConflictingDate,

        /// <summary>The countries (country, nationality, citizenship, jurisdiction) have one in common.</summary>
        AgreeingCountry,

        /// <summary>Both give countries and they have none in common.</summary>
        ConflictingCountry,

        /// <summary>Neighbours of both have the same name or identifier.</summary>
        SharedNeighbour,

        /// <summary>
        /// The names are alike but each has a word naming a place the other lacks, and the two differ (<c>President of
        /// Belarus</c> / <c>President of Russia</c>): a place word is a one-word name or alias of a <c>State</c> (or
        /// <c>Country</c>, <c>Place</c>, <c>Region</c>, <c>City</c>) entity of either graph.
        /// </summary>
        ConflictingNameWord,
    }
}

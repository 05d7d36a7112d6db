namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>Vocabularies for importing CSV files whose relation types or kind pairs are not those of <see cref="Vocabulary.Default"/>.</summary>
    /// <remarks>The default vocabulary itself is never loosened: these are separate vocabularies. Immutable and thread-safe.</remarks>
    public static class CsvVocabularies
    {
        /// <summary>
        /// Gets an open vocabulary: the default's entity kinds, and the default's relation types plus the generic
        /// <c>OWNS</c>, <c>DIRECTS</c>, <c>SUPPLIES</c>, <c>DEPENDS_ON</c>, <c>MEMBER_OF</c>, <c>SANCTIONS</c> and
        /// <c>PARTICIPATES_IN</c> of OpenSanctions-style graphs (such as the peer benchmark's <c>gen_graph.py</c>),
        /// each allowed between entities of any kinds. Direction, dependency and control keep the default's meaning.
        /// </summary>
        public static Vocabulary Open => Vocabulary.Open;

        /// <summary>Builds an open vocabulary (see <see cref="Open"/>) with extra relation types, directed and between any kinds. Unlike <see cref="Vocabulary.Open"/>, it has no built-in name: a graph saved on it must be loaded with the same vocabulary.</summary>
        /// <param name="relationTypes">The names of the extra types (UPPER_SNAKE_CASE); names already present are ignored.</param>
        /// <returns>The vocabulary.</returns>
        /// <exception cref="GraphValidationException">A name is empty.</exception>
        public static Vocabulary OpenWith(params string[] relationTypes) =>
            OpenVocabulary.Build(relationTypes);
    }
}

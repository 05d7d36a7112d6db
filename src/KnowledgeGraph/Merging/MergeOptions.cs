using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>Options of <see cref="GraphMerger"/>: the decisions to apply, whether sure matches merge without one, and the merged graph's title.</summary>
    [Immutable]
    public sealed record MergeOptions
    {
        /// <summary>Gets the default options: no decisions, automatic merging of sure matches.</summary>
        public static MergeOptions Default { get; } = new MergeOptions();

        /// <summary>Gets the decisions: <see cref="Judgement.Same"/> joins two entities, <see cref="Judgement.Different"/> keeps them apart through any chain of joins, <see cref="Judgement.Unsure"/> joins nothing. Default none.</summary>
        public DecisionSet? Decisions { get; init; }

        /// <summary>
        /// Gets whether candidates that share an identifier (a Wikidata Q-id, an OpenSanctions id, a registration number) and
        /// have no conflicting evidence merge without a decision (default <c>true</c>); otherwise only <see cref="Judgement.Same"/> decisions join entities.
        /// </summary>
        public bool AutoMergeSharedIds { get; init; } = true;

        /// <summary>Gets the options of the matching that finds the automatic merges; <see cref="MatchOptions.Default"/> when <c>null</c>.</summary>
        public MatchOptions? Match { get; init; }

        /// <summary>Gets the merged graph's title; <c>Merge of A, B</c> when <c>null</c>.</summary>
        public string? Title { get; init; }
    }
}

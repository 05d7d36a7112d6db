using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>Options of <see cref="EntityMatcher"/>: the score a candidate needs, how many candidates per entity, the blocking cap, and the decisions already taken.</summary>
    [Immutable]
    public sealed record MatchOptions
    {
        /// <summary>Gets the default options.</summary>
        public static MatchOptions Default { get; } = new MatchOptions();

        /// <summary>Gets the lowest score a pair needs to be a candidate. Default 0.6 (an exactly equal name alone scores 0.8; a shared strong identifier 0.95).</summary>
        public double MinScore { get; init; } = 0.6;

        /// <summary>Gets the most candidates kept for each entity of the left graph, best first. Default 5.</summary>
        public int MaxCandidatesPerEntity { get; init; } = 5;

        /// <summary>
        /// Gets the largest name block compared: a name key (a folded name, its sorted words, one word's consonant
        /// skeleton) shared by more entities of the right graph than this is too common to tell anything (<c>llc</c>,
        /// <c>vladimir</c> in a large import) and is skipped; identifier blocks are never skipped. Default 100.
        /// </summary>
        public int MaxBlockSize { get; init; } = 100;

        /// <summary>Gets the decisions already taken: candidates carry theirs (<see cref="MatchCandidate.Decision"/>). Default none.</summary>
        public DecisionSet? Decisions { get; init; }
    }
}

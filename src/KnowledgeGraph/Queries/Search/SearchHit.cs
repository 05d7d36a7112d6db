using System.Globalization;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Queries.Search
{
    /// <summary>One entity found by <see cref="QueryExtensions.Search"/>, with its score and the name that matched.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class SearchHit
    {
        internal SearchHit(Entity entity, double score, string matchedName, SearchMatchKind kind)
        {
            Entity = entity;
            Score = score;
            MatchedName = matchedName;
            MatchKind = kind;
        }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the score in [0, 1]: 1 for an id, external id or folded name match, less for fuzzy matches (see <see cref="Text.NameSimilarity"/>).</summary>
        public double Score { get; }

        /// <summary>Gets the name, alias, id or external id that matched.</summary>
        public string MatchedName { get; }

        /// <summary>Gets how the entity matched.</summary>
        public SearchMatchKind MatchKind { get; }

        /// <summary>Formats the hit: <c>0.91  Alyaksandr Lukashenka (lukashenka), Person — fuzzy match of 'Lukashenka'</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{Score.ToString("0.00", CultureInfo.InvariantCulture)}  {Entity.Name} ({Entity.Id}), {Entity.Kind.Name} \u2014 {MatchKind.ToString().ToLowerInvariant()} match of '{MatchedName}'";
    }
}

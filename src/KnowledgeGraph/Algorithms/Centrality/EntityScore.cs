using System.Globalization;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>An entity with its score and its rank (1 = highest) in a <see cref="CentralityResult"/>.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class EntityScore
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="entity">The entity.</param>
        /// <param name="score">The score.</param>
        /// <param name="rank">The rank, 1 for the highest score.</param>
        public EntityScore(Entity entity, double score, int rank)
        {
            Entity = entity;
            Score = score;
            Rank = rank;
        }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the score.</summary>
        public double Score { get; }

        /// <summary>Gets the rank: 1 for the highest score; ties are broken by the order entities were added.</summary>
        public int Rank { get; }

        /// <summary>Formats the entry as <c>1. Russia (russia) 0.123456</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Rank.ToString(CultureInfo.InvariantCulture) + ". " + Entity + " " + Score.ToString("0.######", CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Analysis.WhatIf
{
    /// <summary>How an entity's rank by a measure moved in a what-if scenario.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class RankChange
    {
        internal RankChange(string measure, Entity entity, int? rankBefore, int? rankAfter, double? scoreBefore, double? scoreAfter)
        {
            Measure = measure;
            Entity = entity;
            RankBefore = rankBefore;
            RankAfter = rankAfter;
            ScoreBefore = scoreBefore;
            ScoreAfter = scoreAfter;
        }

        /// <summary>Gets the measure: <c>pagerank</c> or <c>betweenness</c>.</summary>
        public string Measure { get; }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the rank before (1 = highest), or <c>null</c> when the entity was not in the graph.</summary>
        public int? RankBefore { get; }

        /// <summary>Gets the rank after, or <c>null</c> when the scenario removed the entity.</summary>
        public int? RankAfter { get; }

        /// <summary>Gets the score before, or <c>null</c>.</summary>
        public double? ScoreBefore { get; }

        /// <summary>Gets the score after, or <c>null</c>.</summary>
        public double? ScoreAfter { get; }

        /// <summary>Formats the change: <c>pagerank: Russia (russia) 1 → 2 (0.081 → 0.064)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{Measure}: {Entity} {Rank(RankBefore)} → {Rank(RankAfter)} ({Score(ScoreBefore)} → {Score(ScoreAfter)})";

        private static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "gone";

        private static string Score(double? score) => score?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-";
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Analysis.WhatIf
{
    /// <summary>What a <see cref="Scenario"/> changes: dependency paths lost and gained, exposure changes, rank moves.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class WhatIfResult : IHtmlRenderable
    {
        internal WhatIfResult(string scenario, PartialDate? asOf, IReadOnlyList<Entity> watched, IReadOnlyList<GraphPath> pathsLost, IReadOnlyList<GraphPath> pathsGained, bool truncated, ExposureResult exposureBefore, ExposureResult exposureAfter, IReadOnlyList<ExposureChange> exposureChanges, IReadOnlyList<RankChange> rankChanges, bool ranksActors)
        {
            RanksActors = ranksActors;
            Scenario = scenario;
            AsOf = asOf;
            Watched = watched;
            PathsLost = pathsLost;
            PathsGained = pathsGained;
            Truncated = truncated;
            ExposureBefore = exposureBefore;
            ExposureAfter = exposureAfter;
            ExposureChanges = exposureChanges;
            RankChanges = rankChanges;
        }

        /// <summary>Gets the scenario, described in one line.</summary>
        public string Scenario { get; }

        /// <summary>Gets the date of the comparison, or <c>null</c> for the whole graphs.</summary>
        public PartialDate? AsOf { get; }

        /// <summary>Gets the entities whose dependency paths were compared.</summary>
        public IReadOnlyList<Entity> Watched { get; }

        /// <summary>Gets the dependency paths that existed before and not after (shown as they were before, with their citations).</summary>
        public IReadOnlyList<GraphPath> PathsLost { get; }

        /// <summary>Gets the dependency paths that exist after and not before.</summary>
        public IReadOnlyList<GraphPath> PathsGained { get; }

        /// <summary>Gets whether a bound cut the enumeration of paths (more may have changed).</summary>
        public bool Truncated { get; }

        /// <summary>Gets the sanctions exposure before the change.</summary>
        public ExposureResult ExposureBefore { get; }

        /// <summary>Gets the sanctions exposure after the change.</summary>
        public ExposureResult ExposureAfter { get; }

        /// <summary>Gets the entities whose exposure was gained, lost or changed kind.</summary>
        public IReadOnlyList<ExposureChange> ExposureChanges { get; }

        /// <summary>Gets the moves in rank among the top entities by PageRank and by betweenness.</summary>
        public IReadOnlyList<RankChange> RankChanges { get; }

        /// <summary>Gets whether <see cref="RankChanges"/> compare the actors among themselves (the vocabulary marks actor kinds in the graph), as <c>kg rank</c> does, rather than every entity.</summary>
        public bool RanksActors { get; }

        /// <summary>Renders the result as text.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append("What if: ").Append(Scenario).Append(AsOf != null ? " (as of " + AsOf.Value + ")" : string.Empty).Append('\n');
            if (Watched.Count > 0)
            {
                sb.Append("\nDependency paths lost (").Append(string.Join(", ", Watched.Select(e => e.Id))).Append("): ").Append(PathsLost.Count).Append(Truncated ? " (bounded search)" : string.Empty).Append('\n');
                foreach (GraphPath p in PathsLost)
                {
                    sb.Append(p.Explain());
                }

                if (PathsGained.Count > 0)
                {
                    sb.Append("Dependency paths gained: ").Append(PathsGained.Count).Append('\n');
                    foreach (GraphPath p in PathsGained)
                    {
                        sb.Append(p.Explain());
                    }
                }
            }

            sb.Append("\nSanctions exposure: ").Append(ExposureBefore.Records.Count).Append(" → ").Append(ExposureAfter.Records.Count).Append(" exposed entities");
            if (ExposureBefore.MayHold.Count + ExposureAfter.MayHold.Count > 0)
            {
                sb.Append(" (and ").Append(ExposureBefore.MayHold.Count).Append(" → ").Append(ExposureAfter.MayHold.Count).Append(" that may be)");
            }

            sb.Append('\n');
            if (ExposureChanges.Count == 0)
            {
                sb.Append("  no change\n");
            }

            foreach (ExposureChange c in ExposureChanges)
            {
                sb.Append("  ").Append(c).Append('\n');
            }

            sb.Append("\nRank moves among the top ").Append(RanksActors ? "actors" : "entities").Append(" by PageRank and betweenness:\n");
            if (RankChanges.Count == 0)
            {
                sb.Append("  none\n");
            }

            foreach (RankChange r in RankChanges)
            {
                sb.Append("  ").Append(r).Append('\n');
            }

            return sb.ToString();
        }

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder();
            sb.Append("<p>What if: ").Append(HtmlTable.Escape(Scenario)).Append(AsOf != null ? HtmlTable.Escape(" (as of " + AsOf.Value + ")") : string.Empty).Append("</p>");
            if (Watched.Count > 0)
            {
                sb.Append(HtmlBlocks.Paths(PathsLost, $"Dependency paths lost: {PathsLost.Count}" + (Truncated ? " (bounded search: more may have changed)" : string.Empty)));
                if (PathsGained.Count > 0)
                {
                    sb.Append(HtmlBlocks.Paths(PathsGained, $"Dependency paths gained: {PathsGained.Count}"));
                }
            }

            HtmlTable.Append(sb, $"Exposure changes: {ExposureChanges.Count}", new[] { "entity", "before", "after" }, ExposureChanges.Select(c => (IReadOnlyList<string>)new[]
            {
                c.Entity.Name + " (" + c.Entity.Id + ")", ExposureChange.Describe(c.Before), ExposureChange.Describe(c.After),
            }));
            HtmlTable.Append(sb, $"Rank moves: {RankChanges.Count}", new[] { "measure", "entity", "rank before", "rank after", "score before", "score after" }, RankChanges.Select(r => (IReadOnlyList<string>)new[]
            {
                r.Measure, r.Entity.Name, r.RankBefore?.ToString(CultureInfo.InvariantCulture) ?? "-", r.RankAfter?.ToString(CultureInfo.InvariantCulture) ?? "removed",
                r.ScoreBefore?.ToString("0.######", CultureInfo.InvariantCulture) ?? "-", r.ScoreAfter?.ToString("0.######", CultureInfo.InvariantCulture) ?? "-",
            }));
            return sb.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{Scenario}: {PathsLost.Count} paths lost, {ExposureChanges.Count} exposure changes, {RankChanges.Count} rank moves";
    }
}

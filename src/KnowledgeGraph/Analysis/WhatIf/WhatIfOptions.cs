using System.Collections.Generic;
using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Analysis.WhatIf
{
    /// <summary>Options of <see cref="WhatIfAnalysis"/>: when to compare, which dependency paths to watch, how many ranks to compare.</summary>
    [Immutable]
    public sealed record WhatIfOptions
    {
        /// <summary>
        /// Gets the date of the comparison: both graphs are taken as of it. When <c>null</c> (the default) the
        /// graphs are compared whole, and a relation the scenario ends counts as gone (the comparison is "now versus after the end").
        /// </summary>
        public PartialDate? AsOf { get; init; }

        /// <summary>
        /// Gets what the comparison does, at <see cref="AsOf"/>, with relations that may hold then (undated or only bounded):
        /// <see cref="UndatedPolicy.Flag"/> (the default) leaves them out of dependency paths and rankings and reports
        /// exposure through them apart; <see cref="UndatedPolicy.Include"/> counts them; <see cref="UndatedPolicy.Exclude"/> drops them.
        /// </summary>
        public UndatedPolicy Undated { get; init; } = UndatedPolicy.Flag;

        /// <summary>
        /// Gets the ids of the entities whose dependency paths are compared: every ordered pair among them; with
        /// one entity, every dependency path that starts from it. Empty (the default) compares no paths.
        /// </summary>
        public IList<string> Between { get; init; } = new List<string>();

        /// <summary>Gets the longest dependency path compared. Default 6.</summary>
        public int MaxDepth { get; init; } = 6;

        /// <summary>Gets the most paths compared per pair. Default 100.</summary>
        public int MaxPaths { get; init; } = 100;

        /// <summary>Gets how many top-ranked entities (PageRank and betweenness; the actors among themselves when the vocabulary marks any, as <c>kg rank</c> does) are compared. Default 10.</summary>
        public int Top { get; init; } = 10;

        /// <summary>Gets the exposure rule; its defaults when <c>null</c>. Its <see cref="ExposureRule.AsOf"/> is replaced by <see cref="AsOf"/>, its <see cref="ExposureRule.Undated"/> by <see cref="Undated"/>, and without a date it ignores time (<see cref="ExposureRule.IgnoreTime"/>), as the comparison does.</summary>
        public ExposureRule? Exposure { get; init; }
    }
}

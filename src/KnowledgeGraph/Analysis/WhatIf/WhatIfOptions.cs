using System.Collections.Generic;
using KnowledgeGraph.Analysis.Exposure;

namespace KnowledgeGraph.Analysis.WhatIf
{
    /// <summary>Options of <see cref="WhatIfAnalysis"/>: when to compare, which dependency paths to watch, how many ranks to compare.</summary>
    public sealed class WhatIfOptions
    {
        /// <summary>
        /// Gets or sets the date of the comparison: both graphs are taken as of it. When <c>null</c> (the default) the
        /// graphs are compared whole, and a relation the scenario ends counts as gone (the comparison is "now versus after the end").
        /// </summary>
        public PartialDate? AsOf { get; set; }

        /// <summary>
        /// Gets or sets the ids of the entities whose dependency paths are compared: every ordered pair among them; with
        /// one entity, every dependency path that starts from it. Empty (the default) compares no paths.
        /// </summary>
        public IList<string> Between { get; set; } = new List<string>();

        /// <summary>Gets or sets the longest dependency path compared. Default 6.</summary>
        public int MaxDepth { get; set; } = 6;

        /// <summary>Gets or sets the most paths compared per pair. Default 100.</summary>
        public int MaxPaths { get; set; } = 100;

        /// <summary>Gets or sets how many top-ranked entities (PageRank and betweenness) are compared. Default 10.</summary>
        public int Top { get; set; } = 10;

        /// <summary>Gets or sets the exposure rule; its defaults when <c>null</c>. Its <see cref="ExposureRule.AsOf"/> is replaced by <see cref="AsOf"/>.</summary>
        public ExposureRule? Exposure { get; set; }
    }
}

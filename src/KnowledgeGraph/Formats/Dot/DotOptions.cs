using System.Collections.Generic;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>Options of <see cref="DotWriter"/>: layout direction and engine, clusters, a highlighted path or subgraph, the graph as of a date, the legend.</summary>
    /// <remarks>The defaults (<see cref="Default"/>) give a left-to-right picture styled by kind, with a legend and dated relation labels.</remarks>
    public sealed class DotOptions
    {
        /// <summary>Gets options with every default.</summary>
        public static DotOptions Default { get; } = new DotOptions();

        /// <summary>Gets or sets the direction of the layout: <c>LR</c> (the default), <c>TB</c>, <c>RL</c> or <c>BT</c>.</summary>
        public string RankDir { get; set; } = "LR";

        /// <summary>Gets or sets the GraphViz layout engine written as the <c>layout</c> graph attribute: <c>dot</c> (the default), <c>neato</c>, <c>fdp</c>, <c>sfdp</c>, <c>circo</c> or <c>twopi</c>.</summary>
        public string Engine { get; set; } = "dot";

        /// <summary>Gets or sets how entities are grouped into clusters; <see cref="DotClusterMode.None"/> by default.</summary>
        public DotClusterMode Clusters { get; set; } = DotClusterMode.None;

        /// <summary>Gets or sets a path to highlight (its entities and relations drawn thick and red), or <c>null</c>.</summary>
        public GraphPath? HighlightPath { get; set; }

        /// <summary>Gets or sets the ids of entities to highlight, with every relation between two of them, or <c>null</c>.</summary>
        public ISet<string>? HighlightEntities { get; set; }

        /// <summary>Gets or sets a date: when set, only the relations that hold as of that date are drawn (see <see cref="Graph.AsOf"/>).</summary>
        public PartialDate? AsOf { get; set; }

        /// <summary>Gets or sets whether to draw a legend cluster of the kinds present (true by default).</summary>
        public bool Legend { get; set; } = true;

        /// <summary>Gets or sets whether relation labels show dates (true by default).</summary>
        public bool RelationDates { get; set; } = true;

        /// <summary>Gets or sets the width, in characters, at which long entity names are wrapped onto several lines (at spaces); 0 turns wrapping off. 28 by default.</summary>
        public int WrapWidth { get; set; } = 28;

        /// <summary>
        /// Gets or sets whether the relations between the same two entities are drawn as one edge labelled with each type
        /// (<c>SUPPLIES ×3</c>), so that a busy pair reads as one line rather than a pile of labels (true by default).
        /// A highlighted relation is always drawn on its own.
        /// </summary>
        public bool MergeParallel { get; set; } = true;

        /// <summary>Gets or sets whether entities with no relation drawn are left out (false by default).</summary>
        public bool OmitIsolated { get; set; }
    }
}

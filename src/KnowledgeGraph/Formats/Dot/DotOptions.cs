using System.Collections.Generic;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>Options of <see cref="DotWriter"/>: layout direction and engine, clusters, a highlighted path or subgraph, the graph as of a date, the legend.</summary>
    /// <remarks>The defaults (<see cref="Default"/>) give a left-to-right picture styled by kind, with a legend and dated relation labels.</remarks>
    [Immutable]
    public sealed record DotOptions
    {
        private readonly ISet<string>? _highlightEntities;

        /// <summary>Gets options with every default.</summary>
        public static DotOptions Default { get; } = new DotOptions();

        /// <summary>Gets the direction of the layout: <c>LR</c> (the default), <c>TB</c>, <c>RL</c> or <c>BT</c>.</summary>
        public string RankDir { get; init; } = "LR";

        /// <summary>
        /// Gets the GraphViz layout engine to name in the file (one of <see cref="GraphvizRenderer.Engines"/>), or <c>null</c>
        /// (the default) to name none, so that the program that renders the file chooses: <c>sfdp file.dot</c> or
        /// <c>dot -Ksfdp</c> lays it out with sfdp, plain <c>dot</c> with dot.
        /// </summary>
        /// <remarks>
        /// A named engine is written as the <c>layout</c> graph attribute, which GraphViz obeys over <c>-K</c> and over the
        /// name of the program run; <see cref="GraphFormats"/> passes it to <see cref="GraphvizRenderer.Render(string, string, string?)"/> as well.
        /// Spline edges (<c>splines=true</c>) are asked for only when a named engine other than <c>dot</c> lays out at most
        /// <see cref="DotWriter.MaxSplineEntities"/> entities: dot draws splines anyway, and the other engines' spline
        /// router takes minutes on large graphs (sfdp crashed on 20,000 entities).
        /// </remarks>
        public string? Engine { get; init; }

        /// <summary>Gets how entities are grouped into clusters; <see cref="DotClusterMode.None"/> by default.</summary>
        public DotClusterMode Clusters { get; init; } = DotClusterMode.None;

        /// <summary>Gets a path to highlight (its entities and relations drawn thick and red), or <c>null</c>.</summary>
        public GraphPath? HighlightPath { get; init; }

        /// <summary>Gets the ids of entities to highlight, with every relation between two of them, or <c>null</c>.</summary>
        /// <remarks>The set given is copied into one that cannot be changed (its methods that would change it throw <see cref="System.NotSupportedException"/>), so that options stay as they were made.</remarks>
        public ISet<string>? HighlightEntities
        {
            get => _highlightEntities;
            init => _highlightEntities = value == null ? null : new ReadOnlySet<string>(value);
        }

        /// <summary>Gets a date: when set, only the relations that hold as of that date are drawn (see <see cref="Graph.AsOf"/>).</summary>
        public PartialDate? AsOf { get; init; }

        /// <summary>Gets whether to draw a legend cluster of the kinds present (true by default).</summary>
        public bool Legend { get; init; } = true;

        /// <summary>Gets whether relation labels show dates (true by default).</summary>
        public bool RelationDates { get; init; } = true;

        /// <summary>Gets the width, in characters, at which long entity names are wrapped onto several lines (at spaces); 0 turns wrapping off. 28 by default.</summary>
        public int WrapWidth { get; init; } = 28;

        /// <summary>
        /// Gets whether the relations between the same two entities are drawn as one edge labelled with each type
        /// (<c>SUPPLIES ×3</c>), so that a busy pair reads as one line rather than a pile of labels (true by default).
        /// A highlighted relation is always drawn on its own.
        /// </summary>
        public bool MergeParallel { get; init; } = true;

        /// <summary>Gets whether entities with no relation drawn are left out (false by default).</summary>
        public bool OmitIsolated { get; init; }
    }
}

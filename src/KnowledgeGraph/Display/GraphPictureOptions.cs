using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Display
{
    /// <summary>Options for drawing a graph as an SVG picture.</summary>
    [Immutable]
    public sealed record GraphPictureOptions
    {
        /// <summary>The default for <see cref="MaxEntities"/>: 80.</summary>
        public const int DefaultMaxEntities = 80;

        /// <summary>Gets which program draws the picture. Default: <see cref="PictureRenderer.Auto"/>.</summary>
        public PictureRenderer Renderer { get; init; } = PictureRenderer.Auto;

        /// <summary>
        /// Gets the most entities a picture shows; a larger graph displays as a table instead (a picture of
        /// hundreds of nodes cannot be read). Default: <see cref="DefaultMaxEntities"/>.
        /// </summary>
        public int MaxEntities { get; init; } = DefaultMaxEntities;

        /// <summary>Gets whether entities with no relation in the graph are drawn. Default: <c>false</c>, so the picture of <see cref="Graph.AsOf"/> or <see cref="Graph.Where"/> shows only what is connected.</summary>
        public bool IncludeIsolated { get; init; }

        /// <summary>Gets the path of GraphViz <c>dot</c>, or <c>null</c> to look for it on <c>PATH</c>. Default: <c>null</c>.</summary>
        public string? DotPath { get; init; }

        /// <summary>Gets how long <c>dot</c> may run before the built-in layout is used instead. Default: 20 seconds.</summary>
        public TimeSpan DotTimeout { get; init; } = TimeSpan.FromSeconds(20);
    }
}

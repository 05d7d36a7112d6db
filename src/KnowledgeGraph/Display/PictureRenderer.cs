namespace KnowledgeGraph.Display
{
    /// <summary>Which program draws a graph picture.</summary>
    public enum PictureRenderer
    {
        /// <summary>GraphViz <c>dot</c> when it is installed, otherwise the built-in layout.</summary>
        Auto,

        /// <summary>GraphViz <c>dot</c> only; when it is missing or fails, the built-in layout is used and the caption says so.</summary>
        GraphViz,

        /// <summary>The built-in layout: a deterministic force-directed layout written out as SVG, needing no install.</summary>
        BuiltIn,
    }
}

using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>The shape and colours GraphViz draws an entity kind with.</summary>
    [Immutable]
    public sealed class DotStyle
    {
        /// <summary>Creates a style.</summary>
        /// <param name="shape">A GraphViz node shape (<c>box</c>, <c>ellipse</c>, <c>hexagon</c>…).</param>
        /// <param name="fillColor">The fill colour, as <c>#rrggbb</c>.</param>
        /// <param name="borderColor">The border colour, as <c>#rrggbb</c>.</param>
        public DotStyle(string shape, string fillColor, string borderColor)
        {
            Shape = shape;
            FillColor = fillColor;
            BorderColor = borderColor;
        }

        /// <summary>Gets the GraphViz node shape.</summary>
        public string Shape { get; }

        /// <summary>Gets the fill colour.</summary>
        public string FillColor { get; }

        /// <summary>Gets the border colour.</summary>
        public string BorderColor { get; }

        /// <summary>Gets the style of an entity kind: the style of its root kind (a Summit is drawn as an Event); a grey box for a root kind this library does not know.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The style.</returns>
        public static DotStyle For(EntityKind kind) => kind.Root.Name switch
        {
            "Person" => new DotStyle("ellipse", "#dbe9f6", "#2b6ca3"),
            "State" => new DotStyle("doubleoctagon", "#fde2c8", "#c25e00"),
            "Organization" => new DotStyle("box", "#e3f1df", "#3c7a2e"),
            "Company" => new DotStyle("component", "#efe3f6", "#6d3a8c"),
            "Treaty" => new DotStyle("note", "#fff6c7", "#9a7d00"),
            "Program" => new DotStyle("tab", "#fff0d9", "#a86b00"),
            "Sanction" => new DotStyle("octagon", "#f9d3d3", "#b01c1c"),
            "Event" => new DotStyle("cds", "#e0f4f4", "#1f7a7a"),
            "Sector" => new DotStyle("hexagon", "#eeeeee", "#555555"),
            "Document" => new DotStyle("folder", "#f2efe6", "#7a6a3c"),
            "Location" => new DotStyle("house", "#e6eef9", "#3a5a8c"),
            _ => new DotStyle("box", "#f5f5f5", "#666666"),
        };
    }
}

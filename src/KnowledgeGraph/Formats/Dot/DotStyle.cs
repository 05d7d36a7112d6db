using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>The shape and colours GraphViz draws an entity kind with: the kind's <see cref="KindStyle"/> from the vocabulary.</summary>
    [Immutable]
    public sealed class DotStyle
    {
        /// <summary>Creates a style.</summary>
        /// <param name="shape">A GraphViz node shape (<c>box</c>, <c>ellipse</c>, <c>hexagon</c>…).</param>
        /// <param name="fillColor">The fill colour, as <c>#rrggbb</c>.</param>
        /// <param name="borderColor">The border colour, as <c>#rrggbb</c>.</param>
        /// <param name="fontColor">The text colour, as <c>#rrggbb</c>; near-black when omitted.</param>
        public DotStyle(string shape, string fillColor, string borderColor, string fontColor = KindStyle.DarkText)
        {
            Shape = shape;
            FillColor = fillColor;
            BorderColor = borderColor;
            FontColor = fontColor;
        }

        /// <summary>Gets the GraphViz node shape.</summary>
        public string Shape { get; }

        /// <summary>Gets the fill colour.</summary>
        public string FillColor { get; }

        /// <summary>Gets the border colour.</summary>
        public string BorderColor { get; }

        /// <summary>Gets the text colour.</summary>
        public string FontColor { get; }

        /// <summary>Gets the style of an entity kind: its <see cref="EntityKind.Style"/>, so a Summit is drawn as an Event unless the vocabulary says otherwise, and a kind with no style anywhere up its tree gets <see cref="KindStyle.Fallback"/>.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The style.</returns>
        public static DotStyle For(EntityKind kind)
        {
            KindStyle s = kind.Style;
            return new DotStyle(s.Shape, s.Fill, s.Line, s.Text);
        }
    }
}

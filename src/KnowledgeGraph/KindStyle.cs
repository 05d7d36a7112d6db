using System;
using System.Globalization;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// How every picture draws an entity kind: a shape and three colours, read from the vocabulary's <c>style</c>
    /// field, so DOT, SVG, HTML, notebooks and the explorer all show a kind the same way.
    /// </summary>
    /// <remarks>
    /// <para>In a vocabulary file: <c>"style": {"shape": "ellipse", "fill": "#9ec5ec", "line": "#2b6ca3"}</c>, with an
    /// optional <c>"text"</c> colour. Without <c>text</c>, the text colour is whichever of near-black <c>#1a1a1a</c> and
    /// white contrasts more with the fill. A kind without a style takes its parent's (a Summit is drawn as an Event);
    /// a top-level kind without one gets <see cref="Fallback"/>.</para>
    /// <para>Shapes are GraphViz node shape names from <see cref="Shapes"/>; the explorer maps each to the nearest shape
    /// of its drawing library. Colours are <c>#rrggbb</c>.</para>
    /// <para>This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class KindStyle
    {
        /// <summary>The shapes a vocabulary may give a kind (GraphViz node shape names).</summary>
        public static System.Collections.Generic.IReadOnlyList<string> Shapes => ShapeNames;

        private static readonly string[] ShapeNames =
        {
            "ellipse", "box", "doubleoctagon", "octagon", "hexagon", "component", "note", "tab", "cds", "folder", "house", "diamond", "parallelogram", "cylinder",
        };

        /// <summary>The text colour used on light fills.</summary>
        public const string DarkText = "#1a1a1a";

        /// <summary>The text colour used on dark fills.</summary>
        public const string LightText = "#ffffff";

        /// <summary>Creates a style.</summary>
        /// <param name="shape">One of <see cref="Shapes"/>.</param>
        /// <param name="fill">The fill colour, <c>#rrggbb</c>.</param>
        /// <param name="line">The border colour, <c>#rrggbb</c>.</param>
        /// <param name="text">The text colour, or <c>null</c> for whichever of <see cref="DarkText"/> and <see cref="LightText"/> contrasts more with <paramref name="fill"/>.</param>
        /// <exception cref="ArgumentException">The shape is not one of <see cref="Shapes"/>, or a colour is not <c>#rrggbb</c>.</exception>
        public KindStyle(string shape, string fill, string line, string? text = null)
        {
            if (shape == null || Array.IndexOf(ShapeNames, shape) < 0)
            {
                throw new ArgumentException($"The shape '{shape}' is not one of {string.Join(", ", Shapes)}.", nameof(shape));
            }

            Shape = shape;
            Fill = CheckColour(fill, nameof(fill));
            Line = CheckColour(line, nameof(line));
            Text = text == null
                ? (ContrastRatio(Fill, DarkText) >= ContrastRatio(Fill, LightText) ? DarkText : LightText)
                : CheckColour(text, nameof(text));
        }

        /// <summary>Gets the style of a top-level kind that the vocabulary gives none: a light grey box.</summary>
        public static KindStyle Fallback { get; } = new KindStyle("box", "#eeeeee", "#666666");

        /// <summary>Gets the shape: one of <see cref="Shapes"/>.</summary>
        public string Shape { get; }

        /// <summary>Gets the fill colour, <c>#rrggbb</c>.</summary>
        public string Fill { get; }

        /// <summary>Gets the border colour, <c>#rrggbb</c>; also the kind's colour where a picture has no fills (GEXF, edges of the kind).</summary>
        public string Line { get; }

        /// <summary>Gets the colour of text drawn on <see cref="Fill"/>, <c>#rrggbb</c>.</summary>
        public string Text { get; }

        /// <summary>Gets whether text is a colour of the form <c>#rrggbb</c>.</summary>
        /// <param name="text">The text.</param>
        /// <returns><c>true</c> when it is.</returns>
        public static bool IsColour(string? text)
        {
            if (text == null || text.Length != 7 || text[0] != '#')
            {
                return false;
            }

            for (int i = 1; i < 7; i++)
            {
                if (!Uri.IsHexDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Gets the WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).</summary>
        /// <param name="a">A colour, <c>#rrggbb</c>.</param>
        /// <param name="b">Another colour, <c>#rrggbb</c>.</param>
        /// <returns>The ratio (L1 + 0.05) / (L2 + 0.05) of their relative luminances, the lighter over the darker.</returns>
        /// <remarks>WCAG 2.x, success criterion 1.4.3: normal text needs at least 4.5 (level AA).</remarks>
        /// <exception cref="ArgumentException">A colour is not <c>#rrggbb</c>.</exception>
        public static double ContrastRatio(string a, string b)
        {
            double la = RelativeLuminance(CheckColour(a, nameof(a))), lb = RelativeLuminance(CheckColour(b, nameof(b)));
            return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
        }

        /// <inheritdoc />
        public override string ToString() => Shape + " " + Fill + "/" + Line + "/" + Text;

        private static double RelativeLuminance(string colour)
        {
            double Channel(int at)
            {
                double c = int.Parse(colour.Substring(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }

        private static string CheckColour(string colour, string parameter)
        {
            if (!IsColour(colour))
            {
                throw new ArgumentException($"The colour '{colour}' is not of the form #rrggbb.", parameter);
            }

            return colour.ToLowerInvariant();
        }
    }
}

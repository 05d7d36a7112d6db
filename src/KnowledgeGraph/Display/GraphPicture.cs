using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Display
{
    /// <summary>
    /// A picture of a graph or of some relations as inline SVG: drawn by GraphViz <c>dot</c> when it is installed,
    /// otherwise by a built-in deterministic force-directed layout that needs no install. Displays in a notebook as
    /// the picture with a caption and a colour key.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class GraphPicture : IHtmlRenderable
    {
        private const int MaxLabel = 32;

        private readonly IReadOnlyList<(string Kind, string Colour)> _key;

        private GraphPicture(string svg, PictureRenderer drawnBy, int entityCount, int relationCount, IReadOnlyList<(string Kind, string Colour)> key, string? note)
        {
            Svg = svg;
            DrawnBy = drawnBy;
            EntityCount = entityCount;
            RelationCount = relationCount;
            _key = key;
            Note = note;
        }

        /// <summary>Gets the <c>&lt;svg&gt;</c> element.</summary>
        public string Svg { get; }

        /// <summary>Gets which program drew the picture: <see cref="PictureRenderer.GraphViz"/> or <see cref="PictureRenderer.BuiltIn"/>.</summary>
        public PictureRenderer DrawnBy { get; }

        /// <summary>Gets the number of entities drawn.</summary>
        public int EntityCount { get; }

        /// <summary>Gets the number of relations drawn.</summary>
        public int RelationCount { get; }

        /// <summary>Gets a remark for the caption (why GraphViz was not used), or <c>null</c>.</summary>
        public string? Note { get; }

        /// <summary>Draws a graph: its relations, and its isolated entities when <see cref="GraphPictureOptions.IncludeIsolated"/> is set.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options, or <c>null</c> for the defaults.</param>
        /// <returns>The picture, or <c>null</c> when it would show more than <see cref="GraphPictureOptions.MaxEntities"/> entities.</returns>
        public static GraphPicture? Draw(Graph graph, GraphPictureOptions? options = null)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            options ??= new GraphPictureOptions();
            IEnumerable<Entity> extra = options.IncludeIsolated ? graph.Entities : Enumerable.Empty<Entity>();
            return Draw(graph.Relations, extra, options);
        }

        /// <summary>Draws some relations and the entities they connect (for example <c>graph.RelationsOf(russia)</c> or the relations of a few paths).</summary>
        /// <param name="relations">The relations; each is drawn once.</param>
        /// <param name="options">The options, or <c>null</c> for the defaults.</param>
        /// <returns>The picture, or <c>null</c> when it would show more than <see cref="GraphPictureOptions.MaxEntities"/> entities.</returns>
        public static GraphPicture? Draw(IEnumerable<Relation> relations, GraphPictureOptions? options = null)
        {
            if (relations == null)
            {
                throw new ArgumentNullException(nameof(relations));
            }

            return Draw(relations, Enumerable.Empty<Entity>(), options ?? new GraphPictureOptions());
        }

        /// <summary>Renders the picture with a caption and a colour key for the kinds of entity.</summary>
        /// <returns>The HTML fragment.</returns>
        public string ToHtml()
        {
            var sb = new StringBuilder();
            sb.Append("<figure class=\"kg-picture\" style=\"margin:0\">");
            sb.Append("<div style=\"overflow:auto;max-width:100%\">").Append(Svg).Append("</div>");
            sb.Append("<figcaption style=\"font-size:smaller;color:#555\">");
            sb.Append(EntityCount).Append(EntityCount == 1 ? " entity, " : " entities, ").Append(RelationCount).Append(RelationCount == 1 ? " relation" : " relations");
            sb.Append("; drawn by ").Append(DrawnBy == PictureRenderer.GraphViz ? "GraphViz dot" : "the built-in layout");
            if (Note != null)
            {
                sb.Append(" (").Append(HtmlText.Escape(Note)).Append(')');
            }

            sb.Append(". ");
            foreach ((string kind, string colour) in _key)
            {
                sb.Append("<span style=\"white-space:nowrap\"><span style=\"display:inline-block;width:0.8em;height:0.8em;border-radius:50%;background:")
                  .Append(colour).Append("\"></span> ").Append(HtmlText.Escape(kind)).Append("</span> ");
            }

            sb.Append("</figcaption></figure>");
            return sb.ToString();
        }

        /// <summary>Returns the SVG.</summary>
        /// <returns>The SVG element.</returns>
        public override string ToString() => Svg;

        private static GraphPicture? Draw(IEnumerable<Relation> relations, IEnumerable<Entity> extraEntities, GraphPictureOptions options)
        {
            var edges = new List<Relation>();
            var seenRelations = new HashSet<string>(StringComparer.Ordinal);
            var nodes = new List<Entity>();
            var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Relation r in relations)
            {
                if (!seenRelations.Add(r.Id))
                {
                    continue;
                }

                edges.Add(r);
                AddNode(r.Source);
                AddNode(r.Target);
            }

            foreach (Entity e in extraEntities)
            {
                AddNode(e);
            }

            if (nodes.Count > options.MaxEntities)
            {
                return null;
            }

            // One colour per top-level kind (Person, State, Organization, ...), in order of first appearance: the kind's
            // style from the vocabulary, the same as in DOT, HTML and the explorer.
            var colours = new Dictionary<string, KindStyle>(StringComparer.Ordinal);
            var key = new List<(string, string)>();
            foreach (Entity e in nodes)
            {
                string root = e.Kind.Root.Name;
                if (!colours.ContainsKey(root))
                {
                    colours[root] = e.Kind.Root.Style;
                    key.Add((root, e.Kind.Root.Style.Fill));
                }
            }

            string? note = null;
            if (options.Renderer != PictureRenderer.BuiltIn)
            {
                string? dot = GraphVizRunner.FindDot(options.DotPath);
                if (dot != null && GraphVizRunner.TryRender(dot, ToDot(nodes, edges, colours), options.DotTimeout, out string? svg))
                {
                    return new GraphPicture(svg!, PictureRenderer.GraphViz, nodes.Count, edges.Count, key, null);
                }

                note = dot == null ? "GraphViz dot is not installed" : "GraphViz dot failed";
            }

            return new GraphPicture(BuiltInSvg(nodes, edges, nodeIndex, colours), PictureRenderer.BuiltIn, nodes.Count, edges.Count, key, options.Renderer == PictureRenderer.BuiltIn ? null : note);

            void AddNode(Entity e)
            {
                if (!nodeIndex.ContainsKey(e.Id))
                {
                    nodeIndex[e.Id] = nodes.Count;
                    nodes.Add(e);
                }
            }
        }

        /// <summary>
        /// Moves nodes apart vertically where their labelled boxes (the circle and the label to its right) overlap:
        /// the hubs of a force-directed layout crowd together. Each overlapping pair moves symmetrically, for a few
        /// rounds, and every node stays inside the bounds.
        /// </summary>
        private static void Separate((double X, double Y)[] at, double[] labelWidth, double minX, double maxX, double minY, double maxY)
        {
            const double half = 9, gap = 2;
            for (int round = 0; round < 80; round++)
            {
                bool moved = false;
                for (int i = 0; i < at.Length; i++)
                {
                    for (int j = i + 1; j < at.Length; j++)
                    {
                        double left = Math.Max(at[i].X - half, at[j].X - half);
                        double right = Math.Min(at[i].X + half + labelWidth[i], at[j].X + half + labelWidth[j]);
                        double dy = at[j].Y - at[i].Y;
                        double overlap = (2 * half) + gap - Math.Abs(dy);
                        if (right <= left || overlap <= 0)
                        {
                            continue;
                        }

                        // The upper one goes up, the lower one down; a tie is broken by position in the list.
                        double direction = dy > 0 || (dy == 0 && i < j) ? 1 : -1;
                        at[i] = (at[i].X, at[i].Y - (direction * overlap / 2));
                        at[j] = (at[j].X, at[j].Y + (direction * overlap / 2));
                        moved = true;
                    }
                }

                for (int i = 0; i < at.Length; i++)
                {
                    at[i] = (Math.Min(maxX, Math.Max(minX, at[i].X)), Math.Min(maxY, Math.Max(minY, at[i].Y)));
                }

                if (!moved)
                {
                    break;
                }
            }
        }

        /// <summary>Shortens a long name for a label (the full name is in the hover title).</summary>
        private static string Shorten(string name) => name.Length <= MaxLabel ? name : name.Substring(0, MaxLabel - 1).TrimEnd() + "\u2026";

        private static string ToDot(List<Entity> nodes, List<Relation> edges, Dictionary<string, KindStyle> colours)
        {
            var sb = new StringBuilder();
            sb.Append("digraph picture {\n");
            sb.Append("  graph [rankdir=LR, bgcolor=\"transparent\", fontname=\"Helvetica\", nodesep=0.25, ranksep=0.6];\n");
            sb.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
            sb.Append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#777777\", fontcolor=\"#555555\"];\n");
            foreach (Entity e in nodes)
            {
                sb.Append("  ").Append(DotWriter.Quote(e.Id)).Append(" [label=").Append(DotWriter.Quote(e.Name))
                  .Append(", fillcolor=\"").Append(colours[e.Kind.Root.Name].Fill).Append("\", color=\"").Append(colours[e.Kind.Root.Name].Line)
                  .Append("\", fontcolor=\"").Append(colours[e.Kind.Root.Name].Text).Append('"')
                  .Append(", tooltip=").Append(DotWriter.Quote(e.Name + " (" + e.Kind.Name + ", " + e.Id + ")")).Append("];\n");
            }

            foreach (Relation r in edges)
            {
                sb.Append("  ").Append(DotWriter.Quote(r.Source.Id)).Append(" -> ").Append(DotWriter.Quote(r.Target.Id))
                  .Append(" [label=").Append(DotWriter.Quote(r.Type.Name))
                  .Append(", tooltip=").Append(DotWriter.Quote(r.Source.Name + " " + r.Type.Name + " " + r.Target.Name + ", " + r.Validity));
                if (!r.Type.IsDirected)
                {
                    sb.Append(", dir=none");
                }

                sb.Append("];\n");
            }

            sb.Append("}\n");
            return sb.ToString();
        }

        private static string BuiltInSvg(List<Entity> nodes, List<Relation> edges, Dictionary<string, int> nodeIndex, Dictionary<string, KindStyle> colours)
        {
            const double margin = 30, radius = 7;
            double width = nodes.Count <= 12 ? 560 : 860;
            double height = nodes.Count <= 12 ? 360 : Math.Max(620, 16 * nodes.Count);
            var pairs = edges.Select(r => (nodeIndex[r.Source.Id], nodeIndex[r.Target.Id])).ToList();
            (double X, double Y)[] unit = ForceLayout.Layout(nodes.Count, pairs);

            // Labels sit to the right of a node: keep room for them on the right edge.
            double right = 140;
            var at = unit.Select(p => (X: margin + (p.X * (width - margin - right)), Y: margin + (p.Y * (height - (2 * margin))))).ToArray();
            double[] labelWidth = nodes.Select(e => (Shorten(e.Name).Length * 6.0) + 3).ToArray();
            Separate(at, labelWidth, margin, width - right, margin, height - margin);
            var sb = new StringBuilder();
            sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kg-svg\" style=\"max-width:100%;height:auto\" width=\"").Append(HtmlText.Number(width))
              .Append("\" height=\"").Append(HtmlText.Number(height)).Append("\" viewBox=\"0 0 ").Append(HtmlText.Number(width)).Append(' ').Append(HtmlText.Number(height))
              .Append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">");
            sb.Append("<defs><marker id=\"kg-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
              .Append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#777\"/></marker></defs>");
            sb.Append("<g class=\"kg-edges\" stroke=\"#999\" stroke-width=\"1.2\">");
            bool labels = edges.Count <= 60;
            foreach (Relation r in edges)
            {
                var s = at[nodeIndex[r.Source.Id]];
                var t = at[nodeIndex[r.Target.Id]];
                double dx = t.X - s.X, dy = t.Y - s.Y;
                double length = Math.Sqrt((dx * dx) + (dy * dy));
                sb.Append("<g class=\"kg-edge\"><title>").Append(HtmlText.Escape(r.Source.Name + " " + r.Type.Name + " " + r.Target.Name + ", " + r.Validity)).Append("</title>");
                if (length < 1e-6)
                {
                    // A self-loop: a small circle above the node.
                    sb.Append("<circle cx=\"").Append(HtmlText.Number(s.X)).Append("\" cy=\"").Append(HtmlText.Number(s.Y - (2 * radius)))
                      .Append("\" r=\"").Append(HtmlText.Number(radius)).Append("\" fill=\"none\"/></g>");
                    continue;
                }

                double ux = dx / length, uy = dy / length;
                sb.Append("<line x1=\"").Append(HtmlText.Number(s.X + (ux * radius))).Append("\" y1=\"").Append(HtmlText.Number(s.Y + (uy * radius)))
                  .Append("\" x2=\"").Append(HtmlText.Number(t.X - (ux * (radius + 1)))).Append("\" y2=\"").Append(HtmlText.Number(t.Y - (uy * (radius + 1)))).Append('"');
                if (r.Type.IsDirected)
                {
                    sb.Append(" marker-end=\"url(#kg-arrow)\"");
                }

                sb.Append("/>");
                if (labels)
                {
                    sb.Append("<text x=\"").Append(HtmlText.Number((s.X + t.X) / 2)).Append("\" y=\"").Append(HtmlText.Number(((s.Y + t.Y) / 2) - 2))
                      .Append("\" font-size=\"8\" fill=\"#777\" stroke=\"none\" text-anchor=\"middle\">").Append(HtmlText.Escape(r.Type.Name)).Append("</text>");
                }

                sb.Append("</g>");
            }

            sb.Append("</g><g class=\"kg-nodes\">");
            for (int i = 0; i < nodes.Count; i++)
            {
                Entity e = nodes[i];
                sb.Append("<g class=\"kg-node\"><title>").Append(HtmlText.Escape(e.Name + " (" + e.Kind.Name + ", " + e.Id + ")")).Append("</title>");
                sb.Append("<circle cx=\"").Append(HtmlText.Number(at[i].X)).Append("\" cy=\"").Append(HtmlText.Number(at[i].Y)).Append("\" r=\"").Append(HtmlText.Number(radius))
                  .Append("\" fill=\"").Append(colours[e.Kind.Root.Name].Fill).Append("\" stroke=\"").Append(colours[e.Kind.Root.Name].Line).Append("\" stroke-width=\"1.5\"/>");
                sb.Append("<text x=\"").Append(HtmlText.Number(at[i].X + radius + 3)).Append("\" y=\"").Append(HtmlText.Number(at[i].Y + 4))
                  .Append("\" fill=\"#222\">").Append(HtmlText.Escape(Shorten(e.Name))).Append("</text></g>");
            }

            sb.Append("</g></svg>");
            return sb.ToString();
        }
    }
}

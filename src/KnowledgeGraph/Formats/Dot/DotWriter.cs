using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>
    /// Writes a graph in the GraphViz DOT language: one node per entity, shaped and coloured by its kind
    /// (<see cref="DotStyle.For"/>), one edge per relation labelled with its type and dates; optionally clusters,
    /// a legend, a highlighted path or subgraph, and the graph as of a date (<see cref="DotOptions"/>).
    /// </summary>
    /// <remarks>
    /// Every name goes through <see cref="Quote"/>: quotes, backslashes and line breaks are escaped, and any Unicode
    /// text, Cyrillic included, is written as is (DOT files are UTF-8, declared with <c>charset="UTF-8"</c>).
    /// No HTML-like labels are used, so <c>&lt;</c> and <c>&gt;</c> need no escaping; <c>&amp;</c> is escaped because GraphViz decodes entities in every string.
    /// Render the text with <see cref="GraphvizRenderer"/>.
    /// </remarks>
    public static class DotWriter
    {
        private const string HighlightColor = "#d62728";

        /// <summary>Writes the DOT text of a graph to a file, safely (a temporary file, then a replace), as UTF-8.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Dot"/> is read (<see cref="DotOptions.Default"/> when <c>null</c>).</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.ToFile(graph, path, w => WriteText(graph, w, options?.Dot));

        /// <summary>Writes the DOT text of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Dot"/> is read (<see cref="DotOptions.Default"/> when <c>null</c>).</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => TextOutput.ToStream(graph, stream, w => WriteText(graph, w, options?.Dot));

        /// <summary>Writes the DOT text of a graph to a text writer, which is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Dot"/> is read (<see cref="DotOptions.Default"/> when <c>null</c>).</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.ToWriter(graph, writer, w => WriteText(graph, w, options?.Dot));

        /// <summary>Gets the DOT text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Dot"/> is read (<see cref="DotOptions.Default"/> when <c>null</c>).</param>
        /// <returns>The text.</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.ToText(graph, w => WriteText(graph, w, options?.Dot));

        /// <summary>Writes the DOT text of a graph, with the default options.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        public static void Write(Graph graph, TextWriter writer) => Write(graph, writer, (FormatWriteOptions?)null);

        private static void WriteText(Graph graph, TextWriter writer, DotOptions? options)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            options ??= DotOptions.Default;
            if (Array.IndexOf(new[] { "LR", "TB", "RL", "BT" }, options.RankDir) < 0)
            {
                throw new ArgumentException($"The rank direction '{options.RankDir}' is not one of LR, TB, RL, BT.", nameof(options));
            }

            if (!GraphvizRenderer.Engines.Contains(options.Engine))
            {
                throw new ArgumentException($"The engine '{options.Engine}' is not one of {string.Join(", ", GraphvizRenderer.Engines)}.", nameof(options));
            }

            Graph g = options.AsOf.HasValue ? graph.AsOf(options.AsOf.Value) : graph;
            var highlightedEntities = new HashSet<string>(StringComparer.Ordinal);
            var highlightedRelations = new HashSet<string>(StringComparer.Ordinal);
            if (options.HighlightPath != null)
            {
                foreach (Entity e in options.HighlightPath.Entities)
                {
                    highlightedEntities.Add(e.Id);
                }

                foreach (Relation r in options.HighlightPath.Relations)
                {
                    highlightedRelations.Add(r.Id);
                }
            }

            if (options.HighlightEntities != null)
            {
                foreach (string id in options.HighlightEntities)
                {
                    highlightedEntities.Add(id);
                }

                foreach (Relation r in g.Relations)
                {
                    if (options.HighlightEntities.Contains(r.Source.Id) && options.HighlightEntities.Contains(r.Target.Id))
                    {
                        highlightedRelations.Add(r.Id);
                    }
                }
            }

            bool dim = highlightedEntities.Count > 0;
            IReadOnlyList<Entity> entities = g.Entities;
            if (options.OmitIsolated)
            {
                var touched = new HashSet<string>(g.Relations.SelectMany(r => new[] { r.Source.Id, r.Target.Id }), StringComparer.Ordinal);
                entities = entities.Where(e => touched.Contains(e.Id) || highlightedEntities.Contains(e.Id)).ToList();
            }

            writer.Write("digraph ");
            writer.Write(Quote(graph.Title ?? "knowledge-graph"));
            writer.Write(" {\n");
            writer.Write("  graph [charset=\"UTF-8\", rankdir=" + options.RankDir + ", layout=" + options.Engine + ", fontname=\"Helvetica\", overlap=false, splines=true");
            if (options.AsOf.HasValue)
            {
                writer.Write(", label=" + Quote((graph.Title ?? "knowledge graph") + " as of " + options.AsOf.Value) + ", labelloc=t");
            }

            writer.Write("];\n");
            writer.Write("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=11];\n");
            writer.Write("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");

            Dictionary<string, string> clusterOf = ClusterAssignment(g, entities, options.Clusters, out List<(string Key, string Label)> clusters);
            if (clusters.Count > 0)
            {
                for (int i = 0; i < clusters.Count; i++)
                {
                    writer.Write("  subgraph " + Quote("cluster_" + i.ToString(CultureInfo.InvariantCulture)) + " {\n");
                    writer.Write("    label=" + Quote(clusters[i].Label) + "; style=\"rounded,dashed\"; color=\"#999999\";\n");
                    foreach (Entity e in entities.Where(e => clusterOf.TryGetValue(e.Id, out string? k) && k == clusters[i].Key))
                    {
                        WriteNode(writer, "    ", e, dim, highlightedEntities.Contains(e.Id), options.WrapWidth);
                    }

                    writer.Write("  }\n");
                }
            }

            foreach (Entity e in entities)
            {
                if (!clusterOf.ContainsKey(e.Id))
                {
                    WriteNode(writer, "  ", e, dim, highlightedEntities.Contains(e.Id), options.WrapWidth);
                }
            }

            var drawn = new HashSet<string>(entities.Select(e => e.Id), StringComparer.Ordinal);
            foreach (List<Relation> group in EdgeGroups(g.Relations, drawn, highlightedRelations, options.MergeParallel))
            {
                if (group.Count == 1)
                {
                    WriteEdge(writer, group[0], options.RelationDates, highlightedRelations.Contains(group[0].Id), dim);
                }
                else
                {
                    WriteMergedEdge(writer, group, options.RelationDates, dim);
                }
            }

            if (options.Legend)
            {
                WriteLegend(writer, entities);
            }

            writer.Write("}\n");
        }

        /// <summary>Quotes text as a DOT string: wraps it in double quotes, escapes quotes and backslashes, and writes line breaks as <c>\n</c>.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The quoted string.</returns>
        /// <remarks>Other control characters become spaces. A backslash is doubled, so a name never produces one of GraphViz's label escapes (<c>\N</c>, <c>\l</c>…).
        /// An ampersand is written <c>&amp;amp;</c>: GraphViz decodes HTML entities in every string, so a name containing <c>&amp;amp;</c> would otherwise be drawn as <c>&amp;</c>.</remarks>
        public static string Quote(string text)
        {
            var sb = new StringBuilder(text.Length + 2);
            sb.Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"':
                        sb.Append("\\\"");
                        break;
                    case '\\':
                        sb.Append("\\\\");
                        break;
                    case '&':
                        // GraphViz decodes HTML entities (&amp; &lt; &#45;) in every string, not only in HTML-like labels.
                        sb.Append("&amp;");
                        break;
                    case '\n':
                        sb.Append("\\n");
                        break;
                    case '\r':
                        break;
                    default:
                        sb.Append(char.IsControl(c) ? ' ' : c);
                        break;
                }
            }

            sb.Append('"');
            return sb.ToString();
        }

        /// <summary>Wraps text at spaces so that no line is longer than <paramref name="width"/> characters (a longer word stays whole).</summary>
        internal static string Wrap(string text, int width)
        {
            if (width <= 0 || text.Length <= width)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length + 8);
            int lineLength = 0;
            foreach (string word in text.Split(' '))
            {
                if (lineLength > 0 && lineLength + 1 + word.Length > width)
                {
                    sb.Append('\n');
                    lineLength = 0;
                }
                else if (lineLength > 0)
                {
                    sb.Append(' ');
                    lineLength++;
                }

                sb.Append(word);
                int newline = word.LastIndexOf('\n');
                lineLength = newline >= 0 ? word.Length - newline - 1 : lineLength + word.Length;
            }

            return sb.ToString();
        }

        /// <summary>
        /// Groups the relations to draw: with <paramref name="merge"/>, the relations between the same two entities (either
        /// direction) form one group, in order of first appearance; a highlighted relation is always drawn on its own.
        /// </summary>
        private static IEnumerable<List<Relation>> EdgeGroups(IEnumerable<Relation> relations, HashSet<string> drawn, HashSet<string> highlighted, bool merge)
        {
            var groups = new List<List<Relation>>();
            var byPair = new Dictionary<(string, string), List<Relation>>();
            foreach (Relation r in relations)
            {
                if (!drawn.Contains(r.Source.Id) || !drawn.Contains(r.Target.Id))
                {
                    continue;
                }

                if (!merge || highlighted.Contains(r.Id))
                {
                    groups.Add(new List<Relation> { r });
                    continue;
                }

                (string, string) pair = string.CompareOrdinal(r.Source.Id, r.Target.Id) <= 0 ? (r.Source.Id, r.Target.Id) : (r.Target.Id, r.Source.Id);
                if (!byPair.TryGetValue(pair, out List<Relation>? group))
                {
                    group = new List<Relation>();
                    byPair.Add(pair, group);
                    groups.Add(group);
                }

                group.Add(r);
            }

            return groups;
        }

        private static void WriteEdge(TextWriter writer, Relation r, bool dates, bool highlighted, bool dim)
        {
            writer.Write("  ");
            writer.Write(Quote(r.Source.Id));
            writer.Write(" -> ");
            writer.Write(Quote(r.Target.Id));
            string label = r.Type.Name + (dates && !r.Validity.IsAlways ? "\n" + r.Validity : string.Empty);
            writer.Write(" [label=");
            writer.Write(Quote(label));
            writer.Write(", id=" + Quote("relation:" + r.Id));
            if (!r.Type.IsDirected)
            {
                writer.Write(", dir=none");
            }

            if (highlighted)
            {
                writer.Write(", color=\"" + HighlightColor + "\", fontcolor=\"" + HighlightColor + "\", penwidth=3");
            }
            else if (dim)
            {
                writer.Write(", color=\"#cccccc\", fontcolor=\"#aaaaaa\"");
            }

            writer.Write("];\n");
        }

        /// <summary>
        /// Writes several relations between the same two entities as one edge: one label line per relation type and
        /// direction (<c>SUPPLIES ×3</c>; a single relation keeps its dates), arrows at the ends the relations point to,
        /// and, when the directions differ, <c>→</c> or <c>←</c> before each line, read along the edge as drawn.
        /// </summary>
        private static void WriteMergedEdge(TextWriter writer, List<Relation> group, bool dates, bool dim)
        {
            Entity a = group[0].Source, b = group[0].Target;
            bool forward = group.Any(r => r.Type.IsDirected && r.Source.Id == a.Id && r.Source.Id != r.Target.Id);
            bool back = group.Any(r => r.Type.IsDirected && r.Source.Id == b.Id && r.Source.Id != r.Target.Id);
            var lines = new List<string>();
            foreach (var kind in group.GroupBy(r => (r.Type.Name, Way: !r.Type.IsDirected ? 0 : r.Source.Id == a.Id ? 1 : 2)))
            {
                string arrow = forward && back && kind.Key.Way != 0 ? (kind.Key.Way == 1 ? "\u2192 " : "\u2190 ") : string.Empty;
                int n = kind.Count();
                Relation first = kind.First();
                string text = arrow + kind.Key.Name + (n > 1 ? " \u00d7" + n.ToString(CultureInfo.InvariantCulture)
                    : dates && !first.Validity.IsAlways ? " (" + first.Validity + ")" : string.Empty);
                lines.Add(text);
            }

            writer.Write("  ");
            writer.Write(Quote(a.Id));
            writer.Write(" -> ");
            writer.Write(Quote(b.Id));
            writer.Write(" [label=" + Quote(string.Join("\n", lines)));
            writer.Write(", id=" + Quote("relations:" + string.Join("+", group.Select(r => r.Id))));
            writer.Write(", tooltip=" + Quote(string.Join("\n", group.Select(r => r.Source.Name + " " + r.Type.Name + " " + r.Target.Name + ", " + r.Validity))));
            writer.Write(", penwidth=" + (1 + Math.Min(2.0, group.Count / 4.0)).ToString("0.##", CultureInfo.InvariantCulture));
            writer.Write(forward && back ? ", dir=both" : back ? ", dir=back" : forward ? string.Empty : ", dir=none");
            if (dim)
            {
                writer.Write(", color=\"#cccccc\", fontcolor=\"#aaaaaa\"");
            }

            writer.Write("];\n");
        }

        private static void WriteNode(TextWriter writer, string indent, Entity e, bool dim, bool highlighted, int wrapWidth)
        {
            DotStyle style = DotStyle.For(e.Kind);
            writer.Write(indent);
            writer.Write(Quote(e.Id));
            writer.Write(" [label=");
            writer.Write(Quote(Wrap(e.Name, wrapWidth) + "\n" + e.Kind.Name));
            writer.Write(", shape=" + style.Shape);
            writer.Write(", fillcolor=\"" + style.FillColor + "\", fontcolor=\"" + (dim && !highlighted ? "#555555" : style.FontColor) + "\"");
            if (highlighted)
            {
                writer.Write(", color=\"" + HighlightColor + "\", penwidth=3");
            }
            else
            {
                writer.Write(", color=\"" + style.BorderColor + "\"");
            }

            writer.Write(", tooltip=" + Quote(e.Description ?? e.Name));
            writer.Write("];\n");
        }

        private static void WriteLegend(TextWriter writer, IEnumerable<Entity> entities)
        {
            List<EntityKind> roots = entities.Select(e => e.Kind.Root).Distinct().ToList();
            if (roots.Count == 0)
            {
                return;
            }

            writer.Write("  subgraph \"cluster_legend\" {\n");
            writer.Write("    label=\"Legend\"; style=\"rounded\"; color=\"#bbbbbb\"; fontsize=10;\n");
            string? previous = null;
            foreach (EntityKind kind in roots)
            {
                DotStyle style = DotStyle.For(kind);

                // Legend node ids start with '_', which no entity id (a slug) can, so they never collide.
                string id = Quote("_legend_" + kind.Name);
                writer.Write("    " + id + " [label=" + Quote(kind.Name) + ", shape=" + style.Shape + ", fillcolor=\"" + style.FillColor + "\", fontcolor=\"" + style.FontColor + "\", color=\"" + style.BorderColor + "\", fontsize=9];\n");
                if (previous != null)
                {
                    writer.Write("    " + previous + " -> " + id + " [style=invis];\n");
                }

                previous = id;
            }

            writer.Write("  }\n");
        }

        private static Dictionary<string, string> ClusterAssignment(Graph g, IReadOnlyList<Entity> entities, DotClusterMode mode, out List<(string Key, string Label)> clusters)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            clusters = new List<(string Key, string Label)>();
            if (mode == DotClusterMode.Kind)
            {
                foreach (Entity e in entities)
                {
                    string key = e.Kind.Root.Name;
                    if (!clusters.Any(c => c.Key == key))
                    {
                        clusters.Add((key, key));
                    }

                    result[e.Id] = key;
                }
            }
            else if (mode == DotClusterMode.Country)
            {
                var present = new HashSet<string>(entities.Select(e => e.Id), StringComparer.Ordinal);
                foreach (Relation r in g.Relations)
                {
                    // The vocabulary says which relations cluster their source around which kinds of target (clusterIn).
                    if (r.Type.ClustersIn(r.Target.Kind) && present.Contains(r.Source.Id) && present.Contains(r.Target.Id)
                        && !result.ContainsKey(r.Source.Id) && !r.Source.Kind.IsA(r.Target.Kind.Root))
                    {
                        result[r.Source.Id] = r.Target.Id;
                        if (!clusters.Any(c => c.Key == r.Target.Id))
                        {
                            clusters.Add((r.Target.Id, r.Target.Name));
                        }
                    }
                }

                foreach ((string key, _) in clusters)
                {
                    result[key] = key;
                }
            }

            return result;
        }

        /// <summary>Gets the DOT text of a graph, with the default options.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The DOT text.</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);

        /// <summary>Gets the DOT text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options.</param>
        /// <returns>The DOT text.</returns>
        [Obsolete("Use WriteToString(graph, new FormatWriteOptions { Dot = options }).")]
        public static string Write(Graph graph, DotOptions options) => WriteToString(graph, new FormatWriteOptions { Dot = options });

        /// <summary>Writes the DOT text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        /// <param name="options">The options.</param>
        /// <exception cref="ArgumentException">The rank direction or the engine is not one GraphViz knows.</exception>
        [Obsolete("Use Write(graph, writer, new FormatWriteOptions { Dot = options }).")]
        public static void Write(Graph graph, TextWriter writer, DotOptions options) => Write(graph, writer, new FormatWriteOptions { Dot = options });
    }
}

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
        /// <summary>
        /// The most bytes (UTF-8, the quotes included) of every quoted string DotWriter writes. GraphViz's scanner refuses a
        /// longer run of a quoted string without a backslash ("scanning a quoted string (missing endquote? longer than
        /// 16384?)"; GraphViz 2.43 reads <c>"</c> + 16,381 bytes + <c>"</c> and refuses one byte more), and the whole file
        /// with it; bounding the whole string is the simple rule that covers every run. A label or tooltip that would be
        /// longer is cut to fit and ends with a note of how much was cut; an entity id that would be longer is written as
        /// <c>LONG-ID:</c> and its SHA-256 (upper case, which no entity id holds), the same at every mention; the file ends
        /// with a comment counting both.
        /// </summary>
        public const int MaxQuotedBytes = 16383;

        /// <summary>
        /// The most entities drawn for which spline edges (<c>splines=true</c>) are asked of an engine other than <c>dot</c>
        /// (<see cref="DotOptions.Engine"/>): their spline router is slow on large graphs, and sfdp crashed (a segmentation
        /// fault) on 20,000 entities with it. Above this, those engines draw straight edges; dot draws splines at any size.
        /// </summary>
        public const int MaxSplineEntities = 1000;

        private const string HighlightColor = "#d62728";

        /// <summary>The start of the stand-in name of an entity whose id is too long for GraphViz: upper case, which no entity id (a lowercase slug) holds.</summary>
        private const string LongIdPrefix = "LONG-ID:";

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

            if (options.Engine != null && !GraphvizRenderer.Engines.Contains(options.Engine))
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

                foreach (Relation r in g.RelationViews)
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
                var touched = new HashSet<string>(g.RelationViews.SelectMany(r => new[] { r.Source.Id, r.Target.Id }), StringComparer.Ordinal);
                entities = entities.Where(e => touched.Contains(e.Id) || highlightedEntities.Contains(e.Id)).ToList();
            }

            var quote = new Quoter();
            writer.Write("digraph ");
            writer.Write(quote.Text(graph.Title ?? "knowledge-graph"));
            writer.Write(" {\n");

            // The layout is named only when asked for: otherwise the program that renders the file chooses (layout= wins over -K).
            writer.Write("  graph [charset=\"UTF-8\", rankdir=" + options.RankDir);
            if (options.Engine != null)
            {
                writer.Write(", layout=" + options.Engine);
            }

            writer.Write(", fontname=\"Helvetica\", overlap=false");
            if (options.Engine != null && options.Engine != "dot" && entities.Count <= MaxSplineEntities)
            {
                writer.Write(", splines=true");
            }

            if (options.AsOf.HasValue)
            {
                writer.Write(", label=" + quote.Text((graph.Title ?? "knowledge graph") + " as of " + options.AsOf.Value) + ", labelloc=t");
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
                    writer.Write("    label=" + quote.Text(clusters[i].Label) + "; style=\"rounded,dashed\"; color=\"#999999\";\n");
                    foreach (Entity e in entities.Where(e => clusterOf.TryGetValue(e.Id, out string? k) && k == clusters[i].Key))
                    {
                        WriteNode(writer, quote, "    ", e, dim, highlightedEntities.Contains(e.Id), options.WrapWidth);
                    }

                    writer.Write("  }\n");
                }
            }

            foreach (Entity e in entities)
            {
                if (!clusterOf.ContainsKey(e.Id))
                {
                    WriteNode(writer, quote, "  ", e, dim, highlightedEntities.Contains(e.Id), options.WrapWidth);
                }
            }

            var drawn = new HashSet<string>(entities.Select(e => e.Id), StringComparer.Ordinal);
            foreach (List<Relation> group in EdgeGroups(g.RelationViews, drawn, highlightedRelations, options.MergeParallel))
            {
                if (group.Count == 1)
                {
                    WriteEdge(writer, quote, group[0], options.RelationDates, highlightedRelations.Contains(group[0].Id), dim);
                }
                else
                {
                    WriteMergedEdge(writer, quote, group, options.RelationDates, dim);
                }
            }

            if (options.Legend)
            {
                WriteLegend(writer, quote, entities);
            }

            writer.Write("}\n");
            if (quote.Cut > 0 || quote.Renamed > 0)
            {
                writer.Write("// kg: GraphViz reads at most " + MaxQuotedBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes in a quoted string: "
                    + quote.Cut.ToString(CultureInfo.InvariantCulture) + " label(s) or tooltip(s) were cut to fit (each ends with a note), "
                    + quote.Renamed.ToString(CultureInfo.InvariantCulture) + " entity id(s) were written as " + LongIdPrefix + "HASH.\n");
            }
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

        /// <summary>
        /// Quotes the strings of one DOT text so that GraphViz can read each (<see cref="MaxQuotedBytes"/>): text that would be
        /// too long is cut and ends with a note; an id that would be too long gets a stand-in name, the same for every mention.
        /// </summary>
        private sealed class Quoter
        {
            private Dictionary<string, string>? _standIns;

            /// <summary>Gets how many texts were cut.</summary>
            public int Cut { get; private set; }

            /// <summary>Gets how many ids were given a stand-in name.</summary>
            public int Renamed => _standIns?.Count ?? 0;

            /// <summary>Gets how many bytes <paramref name="text"/> takes once quoted by <see cref="Quote"/>, without the two quotes.</summary>
            public static long EscapedBytes(string text)
            {
                long n = 0;
                for (int i = 0; i < text.Length; i++)
                {
                    n += CharBytes(text, i);
                }

                return n;
            }

            /// <summary>Quotes a text (a label, a tooltip), cut to fit when it is too long.</summary>
            public string Text(string text) => Quote(Fit(text, 0));

            /// <summary>Gets <paramref name="text"/>, or its start followed by a note of what was cut, so that it takes at most <see cref="MaxQuotedBytes"/> less the quotes and <paramref name="reserve"/> bytes once quoted.</summary>
            public string Fit(string text, long reserve)
            {
                long budget = MaxQuotedBytes - 2 - reserve;

                // No character takes more than 5 bytes quoted ('&' becomes &amp;): a short text needs no count.
                if ((long)text.Length * 5 <= budget || EscapedBytes(text) <= budget)
                {
                    return text;
                }

                Cut++;
                string total = text.Length.ToString("N0", CultureInfo.InvariantCulture);
                long room = budget - EscapedBytes(Note(total, total));
                long used = 0;
                int shown = 0;
                while (shown < text.Length && used + CharBytes(text, shown) <= room)
                {
                    used += CharBytes(text, shown);
                    shown++;
                }

                if (shown > 0 && char.IsHighSurrogate(text[shown - 1]))
                {
                    shown--;
                }

                return text.Substring(0, shown) + Note(shown.ToString("N0", CultureInfo.InvariantCulture), total);
            }

            /// <summary>Quotes an id (an entity's, a legend node's): as it is when GraphViz can read it, else as <c>LONG-ID:</c> and a SHA-256 of it.</summary>
            public string Id(string id)
            {
                string quoted = Quote(id);
                if ((long)quoted.Length * 3 <= MaxQuotedBytes || Encoding.UTF8.GetByteCount(quoted) <= MaxQuotedBytes)
                {
                    return quoted;
                }

                _standIns ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (!_standIns.TryGetValue(id, out string? standIn))
                {
                    using (var sha = System.Security.Cryptography.SHA256.Create())
                    {
                        byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(id));
                        standIn = Quote(LongIdPrefix + string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))));
                    }

                    _standIns.Add(id, standIn);
                }

                return standIn;
            }

            private static string Note(string shown, string total) => "\u2026 (cut to fit GraphViz: the first " + shown + " of " + total + " characters)";

            /// <summary>The bytes the character at <paramref name="i"/> takes once quoted (a surrogate pair counts at its first half).</summary>
            private static int CharBytes(string text, int i)
            {
                char c = text[i];
                switch (c)
                {
                    case '"':
                    case '\\':
                    case '\n':
                        return 2;
                    case '&':
                        return 5;
                    case '\r':
                        return 0;
                }

                if (char.IsHighSurrogate(c))
                {
                    return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 4 : 3;
                }

                if (char.IsLowSurrogate(c))
                {
                    return i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0 : 3;
                }

                return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
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

        private static void WriteEdge(TextWriter writer, Quoter quote, Relation r, bool dates, bool highlighted, bool dim)
        {
            writer.Write("  ");
            writer.Write(quote.Id(r.Source.Id));
            writer.Write(" -> ");
            writer.Write(quote.Id(r.Target.Id));
            string label = r.Type.Name + (dates && !r.Validity.IsAlways ? "\n" + r.Validity : string.Empty);
            writer.Write(" [label=");
            writer.Write(quote.Text(label));
            writer.Write(", id=" + quote.Text("relation:" + r.Id));
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
        private static void WriteMergedEdge(TextWriter writer, Quoter quote, List<Relation> group, bool dates, bool dim)
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
            writer.Write(quote.Id(a.Id));
            writer.Write(" -> ");
            writer.Write(quote.Id(b.Id));
            writer.Write(" [label=" + quote.Text(string.Join("\n", lines)));
            writer.Write(", id=" + quote.Text("relations:" + string.Join("+", group.Select(r => r.Id))));
            writer.Write(", tooltip=" + quote.Text(string.Join("\n", group.Select(r => r.Source.Name + " " + r.Type.Name + " " + r.Target.Name + ", " + r.Validity))));
            writer.Write(", penwidth=" + (1 + Math.Min(2.0, group.Count / 4.0)).ToString("0.##", CultureInfo.InvariantCulture));
            writer.Write(forward && back ? ", dir=both" : back ? ", dir=back" : forward ? string.Empty : ", dir=none");
            if (dim)
            {
                writer.Write(", color=\"#cccccc\", fontcolor=\"#aaaaaa\"");
            }

            writer.Write("];\n");
        }

        private static void WriteNode(TextWriter writer, Quoter quote, string indent, Entity e, bool dim, bool highlighted, int wrapWidth)
        {
            DotStyle style = DotStyle.For(e.Kind);
            writer.Write(indent);
            writer.Write(quote.Id(e.Id));
            writer.Write(" [label=");
            string kindLine = "\n" + e.Kind.Name;
            writer.Write(quote.Text(quote.Fit(Wrap(e.Name, wrapWidth), Quoter.EscapedBytes(kindLine)) + kindLine));
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

            writer.Write(", tooltip=" + quote.Text(e.Description ?? e.Name));
            writer.Write("];\n");
        }

        private static void WriteLegend(TextWriter writer, Quoter quote, IEnumerable<Entity> entities)
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
                string id = quote.Id("_legend_" + kind.Name);
                writer.Write("    " + id + " [label=" + quote.Text(kind.Name) + ", shape=" + style.Shape + ", fillcolor=\"" + style.FillColor + "\", fontcolor=\"" + style.FontColor + "\", color=\"" + style.BorderColor + "\", fontsize=9];\n");
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
                foreach (Relation r in g.RelationViews)
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

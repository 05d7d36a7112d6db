using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Formats.Mermaid
{
    /// <summary>
    /// Writes a small graph or subgraph as a Mermaid flowchart (<c>flowchart LR</c>), which GitHub and Jupyter render
    /// in place. Above <see cref="MermaidOptions.MaxEntities"/> entities, <see cref="MaxRelations"/> relations or
    /// <see cref="MaxCharacters"/> characters (mermaid's own limits) it refuses, or truncates when asked and says so in a comment.
    /// </summary>
    /// <remarks>
    /// Node ids are generated (<c>n0</c>, <c>n1</c>…), so no entity id can break the syntax; labels are double-quoted
    /// and every character that means something to Mermaid (<c>"</c>, <c>#</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
    /// brackets, braces, <c>|</c>, back-quote, <c>;</c>) is written as a <c>#NNN;</c> entity code. Line breaks become <c>&lt;br/&gt;</c>.
    /// Each node gets a class per root kind, coloured as in the GraphViz pictures.
    /// </remarks>
    public static class MermaidWriter
    {
        /// <summary>The most relations mermaid draws (its <c>maxEdges</c>, 500: a flowchart with more is refused with "Edge limit exceeded").</summary>
        public const int MaxRelations = 500;

        /// <summary>The most characters mermaid reads (its <c>maxTextSize</c>, 50,000: a longer diagram is refused).</summary>
        public const int MaxCharacters = 50_000;

        /// <summary>Writes the Mermaid text of a graph to a file, safely (a temporary file, then a replace), as UTF-8.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Mermaid"/> is read (the defaults when <c>null</c>).</param>
        /// <exception cref="BoundExceededException">The graph has more entities than the bound, or the picture more relations or characters than mermaid takes, and truncation was not asked for.</exception>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.ToFile(graph, path, w => w.Write(Text(graph, options?.Mermaid)));

        /// <summary>Writes the Mermaid text of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Mermaid"/> is read (the defaults when <c>null</c>).</param>
        /// <exception cref="BoundExceededException">The graph has more entities than the bound, or the picture more relations or characters than mermaid takes, and truncation was not asked for.</exception>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => TextOutput.ToStream(graph, stream, w => w.Write(Text(graph, options?.Mermaid)));

        /// <summary>Writes the Mermaid text of a graph to a text writer, which is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Mermaid"/> is read (the defaults when <c>null</c>).</param>
        /// <exception cref="BoundExceededException">The graph has more entities than the bound, or the picture more relations or characters than mermaid takes, and truncation was not asked for.</exception>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.ToWriter(graph, writer, w => w.Write(Text(graph, options?.Mermaid)));

        /// <summary>Gets the Mermaid text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options; only <see cref="FormatWriteOptions.Mermaid"/> is read (the defaults when <c>null</c>).</param>
        /// <returns>The text.</returns>
        /// <exception cref="BoundExceededException">The graph has more entities than the bound, or the picture more relations or characters than mermaid takes, and truncation was not asked for.</exception>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.ToText(graph, w => w.Write(Text(graph, options?.Mermaid)));

        private static string Text(Graph graph, MermaidOptions? options)
        {
            options ??= new MermaidOptions();
            if (Array.IndexOf(new[] { "LR", "TB", "TD", "RL", "BT" }, options.Direction) < 0)
            {
                throw new ArgumentException($"The direction '{options.Direction}' is not one of LR, TB, TD, RL, BT.", nameof(options));
            }

            IReadOnlyList<Entity> entities = graph.Entities;
            string? note = null;
            if (entities.Count > options.MaxEntities)
            {
                if (!options.Truncate)
                {
                    throw new BoundExceededException($"The graph has {entities.Count} entities; Mermaid is for small pictures of at most {options.MaxEntities}. Export a subgraph, raise the bound, or ask for truncation (kg export --format mermaid --max-entities N --truncate).", entities.Count, options.MaxEntities);
                }

                entities = Best(graph, options.MaxEntities);
                note = $"truncated: the {options.MaxEntities} entities with the most relations of {graph.VertexCount}";
            }

            // Mermaid's own limits: truncation keeps fewer of the best-connected entities until the picture fits.
            while (true)
            {
                string text = Picture(graph, entities, options, note, out int relations);
                string? problem = relations > MaxRelations ? $"{relations} relations; mermaid draws at most {MaxRelations} (its maxEdges)"
                    : text.Length > MaxCharacters ? $"{text.Length:N0} characters; mermaid reads at most {MaxCharacters:N0} (its maxTextSize)"
                    : null;
                if (problem == null)
                {
                    return text;
                }

                if (!options.Truncate)
                {
                    throw new BoundExceededException($"The picture has {problem}. Export a subgraph (fewer entities or relation types), or ask for truncation (kg export --format mermaid --truncate).", relations > MaxRelations ? relations : text.Length, relations > MaxRelations ? MaxRelations : MaxCharacters);
                }

                int fewer = Math.Max(0, Math.Min(entities.Count - 1, entities.Count * 3 / 4));
                entities = Best(graph, fewer);
                note = $"truncated: the {fewer} entities with the most relations of {graph.VertexCount}, to fit mermaid's limits ({MaxRelations} relations, {MaxCharacters:N0} characters)";
            }
        }

        private static IReadOnlyList<Entity> Best(Graph graph, int count) =>
            graph.Entities.OrderByDescending(graph.Degree).ThenBy(e => e.Index).Take(count).OrderBy(e => e.Index).ToList();

        private static string Picture(Graph graph, IReadOnlyList<Entity> entities, MermaidOptions options, string? note, out int relations)
        {
            relations = 0;
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var sb = new StringBuilder();
            sb.Append("flowchart ").Append(options.Direction).Append('\n');
            if (note != null)
            {
                sb.Append("%% ").Append(note).Append('\n');
            }

            foreach (Entity e in entities)
            {
                string id = "n" + ids.Count.ToString(CultureInfo.InvariantCulture);
                ids[e.Id] = id;
                sb.Append("    ").Append(id).Append("[\"").Append(Escape(e.Name)).Append("<br/><small>").Append(Escape(e.Kind.Name)).Append("</small>\"]:::k").Append(ClassName(e.Kind.Root.Name)).Append('\n');
            }

            foreach (Relation r in graph.RelationViews)
            {
                if (!ids.TryGetValue(r.Source.Id, out string? s) || !ids.TryGetValue(r.Target.Id, out string? t))
                {
                    continue;
                }

                relations++;
                string label = r.Type.Name + (r.Validity.IsAlways ? string.Empty : " (" + r.Validity + ")");
                sb.Append("    ").Append(s).Append(r.Type.IsDirected ? " -->|\"" : " ---|\"").Append(Escape(label)).Append("\"| ").Append(t).Append('\n');
            }

            foreach (EntityKind root in entities.Select(e => e.Kind.Root).Distinct())
            {
                Dot.DotStyle style = Dot.DotStyle.For(root);
                sb.Append("    classDef k").Append(ClassName(root.Name)).Append(" fill:").Append(style.FillColor).Append(",stroke:").Append(style.BorderColor).Append('\n');
            }

            return sb.ToString();
        }

        /// <summary>Escapes text for a double-quoted Mermaid label.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The escaped text.</returns>
        public static string Escape(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\n':
                        sb.Append("<br/>");
                        break;
                    case '\r':
                        break;
                    case '"':
                    case '#':
                    case '<':
                    case '>':
                    case '&':
                    case '[':
                    case ']':
                    case '{':
                    case '}':
                    case '(':
                    case ')':
                    case '|':
                    case '`':
                    case ';':
                        sb.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                        break;
                    default:
                        sb.Append(char.IsControl(c) ? ' ' : c);
                        break;
                }
            }

            return sb.ToString();
        }

        private static string ClassName(string name)
        {
            var sb = new StringBuilder();
            foreach (char c in name)
            {
                sb.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
            }

            return sb.ToString();
        }

        /// <summary>Gets the Mermaid text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options, or <c>null</c> for the defaults.</param>
        /// <returns>The text.</returns>
        /// <exception cref="BoundExceededException">The graph has more entities than the bound, or the picture more relations or characters than mermaid takes, and truncation was not asked for.</exception>
        [Obsolete("Use WriteToString(graph, new FormatWriteOptions { Mermaid = options }).")]
        public static string Write(Graph graph, MermaidOptions? options = null) => WriteToString(graph, new FormatWriteOptions { Mermaid = options });
    }
}

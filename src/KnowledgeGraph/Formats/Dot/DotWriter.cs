using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>Writes a graph in the GraphViz DOT language: one node per entity labelled with its name and kind, one edge per relation labelled with its type and dates.</summary>
    /// <remarks>Names are escaped for DOT's quoted strings (quotes, backslashes, newlines); any Unicode text, Cyrillic included, is written as UTF-8.</remarks>
    public static class DotWriter
    {
        /// <summary>Gets the DOT text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The DOT text.</returns>
        public static string Write(Graph graph)
        {
            var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            Write(graph, sw);
            return sw.ToString();
        }

        /// <summary>Writes the DOT text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        public static void Write(Graph graph, TextWriter writer)
        {
            writer.Write("digraph ");
            writer.Write(Quote(graph.Title ?? "knowledge-graph"));
            writer.Write(" {\n");
            writer.Write("  graph [rankdir=LR, fontname=\"Helvetica\"];\n");
            writer.Write("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f5f5f5\", fontname=\"Helvetica\"];\n");
            writer.Write("  edge [fontname=\"Helvetica\", fontsize=10];\n");
            foreach (Entity e in graph.Entities)
            {
                writer.Write("  ");
                writer.Write(Quote(e.Id));
                writer.Write(" [label=");
                writer.Write(Quote(e.Name + "\n" + e.Kind.Name));
                writer.Write("];\n");
            }

            foreach (Relation r in graph.Relations)
            {
                writer.Write("  ");
                writer.Write(Quote(r.Source.Id));
                writer.Write(" -> ");
                writer.Write(Quote(r.Target.Id));
                string label = r.Type.Name + (r.Validity.IsAlways ? string.Empty : "\n" + r.Validity);
                writer.Write(" [label=");
                writer.Write(Quote(label));
                if (!r.Type.IsDirected)
                {
                    writer.Write(", dir=none");
                }

                writer.Write("];\n");
            }

            writer.Write("}\n");
        }

        /// <summary>Quotes text as a DOT string: wraps it in double quotes, escapes quotes and backslashes, and writes line breaks as <c>\n</c>.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The quoted string.</returns>
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
    }
}

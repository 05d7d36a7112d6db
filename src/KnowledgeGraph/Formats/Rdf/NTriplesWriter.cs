using System;
using System.Globalization;
using System.IO;
using System.Text;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>Writes a graph as N-Triples, one triple per line, in the model described on <see cref="TurtleWriter"/>.</summary>
    /// <remarks>Every non-ASCII character is written as a <c>\u</c> escape, so the output is also valid N-Triples 1.0 (ASCII) for older tools.</remarks>
    public static class NTriplesWriter
    {
        /// <summary>Writes the N-Triples text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        public static void Write(Graph graph, TextWriter writer) => Write(graph, writer, null);

        /// <summary>Writes the N-Triples text of a graph to a file, safely (a temporary file, then a replace), as UTF-8.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.ToFile(graph, path, w => WriteText(graph, w));

        /// <summary>Writes the N-Triples text of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => TextOutput.ToStream(graph, stream, w => WriteText(graph, w));

        /// <summary>Writes the N-Triples text of a graph to a text writer, which is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.ToWriter(graph, writer, w => WriteText(graph, w));

        /// <summary>Gets the N-Triples text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        /// <returns>The text.</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.ToText(graph, w => WriteText(graph, w));

        private static void WriteText(Graph graph, TextWriter writer)
        {
            // Streamed: each triple is written as it is made, so that exporting needs no more memory than the graph.
            RdfMapper.Map(graph, new TripleSink(t =>
            {
                writer.Write(RdfText.Iri(t.Subject));
                writer.Write(' ');
                writer.Write(RdfText.Iri(t.Predicate));
                writer.Write(' ');
                if (t.Object.IsIri)
                {
                    writer.Write(RdfText.Iri(t.Object.Value));
                }
                else
                {
                    writer.Write(RdfText.Quote(t.Object.Value, true));
                    if (t.Object.Datatype != null)
                    {
                        writer.Write("^^");
                        writer.Write(RdfText.Iri(t.Object.Datatype));
                    }
                }

                writer.Write(" .\n");
            }));
        }

        /// <summary>Gets the text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The text.</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);

        /// <summary>Writes a graph to a file as N-Triples, safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        [Obsolete("Use Write(graph, path).")]
        public static void WriteFile(Graph graph, string path) => Write(graph, path, null);
    }
}

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
        /// <summary>Gets the N-Triples text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The text.</returns>
        public static string Write(Graph graph)
        {
            var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            Write(graph, sw);
            return sw.ToString();
        }

        /// <summary>Writes a graph to a file as N-Triples, safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        public static void WriteFile(Graph graph, string path) => SafeFile.Write(path, s =>
        {
            using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16, true) { NewLine = "\n" };
            Write(graph, w);
        });

        /// <summary>Writes the N-Triples text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        public static void Write(Graph graph, TextWriter writer)
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
    }
}

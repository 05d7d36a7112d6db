using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>Writes a graph as JSON-LD 1.1: a <c>@context</c> of prefixes and a <c>@graph</c> of node objects, in the model described on <see cref="TurtleWriter"/>.</summary>
    /// <remarks>Every value is an explicit <c>@id</c> or <c>@value</c> object (with its <c>@type</c> for typed literals), so the triples a JSON-LD processor reads are exactly those of the Turtle and N-Triples output.</remarks>
    public static class JsonLdWriter
    {
        /// <summary>Writes the JSON-LD text (indented) of a graph to a file, safely (a temporary file, then a replace), as UTF-8.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">Ignored: JSON-LD takes no options.</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.ToFile(graph, path, w => w.Write(Text(graph)));

        /// <summary>Writes the JSON-LD text (indented) of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">Ignored: JSON-LD takes no options.</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => TextOutput.ToStream(graph, stream, w => w.Write(Text(graph)));

        /// <summary>Writes the JSON-LD text (indented) of a graph to a text writer, which is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">Ignored: JSON-LD takes no options.</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.ToWriter(graph, writer, w => w.Write(Text(graph)));

        /// <summary>Gets the JSON-LD text (indented) of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">Ignored: JSON-LD takes no options.</param>
        /// <returns>The text.</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.ToText(graph, w => w.Write(Text(graph)));

        private static string Text(Graph graph) => ToJson(graph).ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";

        /// <summary>Gets the JSON-LD document of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The document.</returns>
        public static JObject ToJson(Graph graph)
        {
            var context = new JObject();
            foreach ((string prefix, string iri) in RdfNames.Prefixes)
            {
                context[prefix] = iri;
            }

            var nodes = new JArray();
            foreach (IGrouping<string, RdfTriple> subject in RdfMapper.Map(graph).GroupBy(t => t.Subject))
            {
                var node = new JObject { ["@id"] = subject.Key };
                foreach (IGrouping<string, RdfTriple> predicate in subject.GroupBy(t => t.Predicate))
                {
                    if (predicate.Key == RdfNames.RdfNs + "type")
                    {
                        node["@type"] = new JArray(predicate.Select(t => Compact(t.Object.Value)));
                        continue;
                    }

                    node[Compact(predicate.Key)] = new JArray(predicate.Select(t => Value(t.Object)));
                }

                nodes.Add(node);
            }

            return new JObject { ["@context"] = context, ["@graph"] = nodes };
        }

        private static JObject Value(RdfTerm t)
        {
            if (t.IsIri)
            {
                return new JObject { ["@id"] = t.Value };
            }

            var v = new JObject { ["@value"] = t.Value };
            if (t.Datatype != null)
            {
                v["@type"] = Compact(t.Datatype);
            }

            return v;
        }

        private static string Compact(string iri)
        {
            string c = RdfText.Compact(iri);
            return c.StartsWith("<", System.StringComparison.Ordinal) ? iri : c;
        }

        /// <summary>Gets the text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The text, indented.</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);

        /// <summary>Writes a graph to a file, safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        [Obsolete("Use Write(graph, path).")]
        public static void WriteFile(Graph graph, string path) => Write(graph, path, null);
    }
}

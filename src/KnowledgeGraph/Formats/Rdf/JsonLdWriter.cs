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
        /// <summary>Gets the JSON-LD text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The text (indented).</returns>
        public static string Write(Graph graph) => ToJson(graph).ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";

        /// <summary>Writes a graph to a file as JSON-LD, safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        public static void WriteFile(Graph graph, string path) => SafeFile.Write(path, s =>
        {
            byte[] bytes = new UTF8Encoding(false).GetBytes(Write(graph));
            s.Write(bytes, 0, bytes.Length);
        });

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
    }
}

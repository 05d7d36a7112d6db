using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Jgf
{
    /// <summary>
    /// Writes a graph in the JSON Graph Format v2 (https://jsongraphformat.info/, schema
    /// <c>json-graph-schema_v2.json</c>): <c>{"graph": {"nodes": {id: {label, metadata}}, "edges": [...]}}</c>, for web tools.
    /// </summary>
    /// <remarks>
    /// <para>The graph has <c>type</c> <c>knowledge-graph/2</c>, <c>directed</c> true, and <c>metadata</c> holding the
    /// <c>description</c> and the <c>sources</c>. A node is keyed by the entity id, labelled with its name; its metadata
    /// has <c>kind</c>, <c>aliases</c>, <c>description</c>, <c>properties</c> and <c>externalIds</c>. An edge has the
    /// relation's <c>id</c>, <c>source</c>, <c>target</c>, <c>relation</c> (the type), <c>directed</c>, a <c>label</c>, and
    /// metadata with <c>from</c>, <c>to</c>, <c>at</c>, then, when set, the time and certainty fields of the JSON format under
    /// the same names and types (<c>approximate</c>, <c>event</c>, <c>time</c>, <c>notBefore</c>, <c>notAfter</c>,
    /// <c>observed</c>, <c>status</c>, <c>attribution</c>, <c>note</c>, <c>about</c>), <c>confidence</c>, <c>properties</c> and
    /// <c>citations</c> (each with <c>source</c>, <c>quote</c>, <c>locator</c> and, when set, <c>evidence</c>). The time is
    /// written as stated: the evidence of the citations is derived again on reading.</para>
    /// <para><see cref="JgfReader"/> reads this back to the same graph.</para>
    /// </remarks>
    public static class JgfWriter
    {
        /// <summary>The graph <c>type</c> written, which <see cref="JgfReader"/> requires.</summary>
        public const string GraphType = "knowledge-graph/2";

        /// <summary>Writes the JGF text (indented) of a graph to a file, safely (a temporary file, then a replace), as UTF-8.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">Ignored: JGF takes no options.</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.ToFile(graph, path, w => w.Write(Text(graph)));

        /// <summary>Writes the JGF text (indented) of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">Ignored: JGF takes no options.</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => TextOutput.ToStream(graph, stream, w => w.Write(Text(graph)));

        /// <summary>Writes the JGF text (indented) of a graph to a text writer, which is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">Ignored: JGF takes no options.</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.ToWriter(graph, writer, w => w.Write(Text(graph)));

        /// <summary>Gets the JGF text (indented) of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">Ignored: JGF takes no options.</param>
        /// <returns>The text.</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.ToText(graph, w => w.Write(Text(graph)));

        private static string Text(Graph graph) => ToJson(graph).ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";

        /// <summary>Gets the JGF document of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The document.</returns>
        public static JObject ToJson(Graph graph)
        {
            var nodes = new JObject();
            foreach (Entity e in graph.Entities)
            {
                nodes[e.Id] = new JObject
                {
                    ["label"] = e.Name,
                    ["metadata"] = new JObject
                    {
                        ["kind"] = e.Kind.Name,
                        ["aliases"] = new JArray(e.Aliases),
                        ["description"] = e.Description,
                        ["properties"] = Properties(e.Properties),
                        ["externalIds"] = new JArray(e.ExternalIds.Select(GraphMLWriter.ExternalIdJson)),
                    },
                };
            }

            var edges = new JArray();
            foreach (Relation r in graph.RelationViews)
            {
                Validity v = r.StatedValidity;
                var meta = new JObject
                {
                    ["from"] = v.IsInstant ? null : v.From?.ToString(),
                    ["to"] = v.IsInstant ? null : v.To?.ToString(),
                    ["at"] = v.At?.ToString(),
                };
                foreach (KeyValuePair<string, object> f in RelationFields.TimeAndCertainty(r, stated: true))
                {
                    meta[f.Key] = f.Value is string[] list ? new JArray(list) : JToken.FromObject(f.Value);
                }

                meta["confidence"] = r.Confidence;
                meta["properties"] = Properties(r.Properties);
                meta["citations"] = new JArray(r.Citations.Select(GraphMLWriter.CitationJson));
                edges.Add(new JObject
                {
                    ["id"] = r.Id,
                    ["source"] = r.Source.Id,
                    ["target"] = r.Target.Id,
                    ["relation"] = r.Type.Name,
                    ["directed"] = r.Type.IsDirected,
                    ["label"] = r.Type.Name + (r.Validity.IsUnknown ? string.Empty : " (" + r.Validity + ")"),
                    ["metadata"] = meta,
                });
            }

            var g = new JObject
            {
                ["id"] = "knowledge-graph",
                ["type"] = GraphType,
                ["directed"] = true,
            };
            if (graph.Title != null)
            {
                g["label"] = graph.Title;
            }

            g["metadata"] = new JObject
            {
                ["description"] = graph.Description,
                ["vocabularies"] = new JArray(graph.VocabularyFiles),
                ["sources"] = new JArray(graph.Sources.Select(GraphMLWriter.SourceJson)),
            };
            g["nodes"] = nodes;
            g["edges"] = edges;
            return new JObject { ["graph"] = g };
        }

        private static JObject Properties(PropertyMap props)
        {
            var o = new JObject();
            foreach (KeyValuePair<string, object> p in props)
            {
                o[p.Key] = p.Value is IEnumerable<string> list && !(p.Value is string) ? new JArray(list) : JToken.FromObject(p.Value);
            }

            return o;
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

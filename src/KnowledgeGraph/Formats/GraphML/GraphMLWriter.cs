using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.IO;
using Newtonsoft.Json.Linq;
using static KnowledgeGraph.Formats.PropertyColumns;

namespace KnowledgeGraph.Formats.GraphML
{
    /// <summary>
    /// Writes a graph as GraphML (http://graphml.graphdrawing.org/), readable by networkx, igraph, Gephi, yEd and
    /// Cytoscape, and by <see cref="GraphMLReader"/> back into the same graph.
    /// </summary>
    /// <remarks>
    /// <para>Node ids are entity ids and edge ids are relation ids, so they are stable across exports. Every value has
    /// a <c>&lt;key&gt;</c> with its <c>attr.name</c> and <c>attr.type</c>: on nodes <c>kind</c>, <c>name</c>,
    /// <c>description</c>, <c>aliases</c> and <c>externalIds</c> (JSON arrays), <c>wikidata</c>; on edges <c>type</c>,
    /// <c>directed</c> (boolean), <c>from</c>, <c>to</c>, <c>at</c> (partial dates as text), the time and certainty fields of
    /// the JSON format under the same names (<c>approximate</c> and <c>event</c> booleans; <c>time</c>, <c>notBefore</c>,
    /// <c>notAfter</c>, <c>status</c>, <c>attribution</c>, <c>note</c>, <c>about</c> strings; <c>observed</c> a JSON array
    /// of dates), written only when set and as stated (the evidence of citations is derived again on reading),
    /// <c>validity</c> (for people: the time the graph answers on), <c>confidence</c> (double), <c>citations</c> (a JSON
    /// array of objects with <c>source</c>, <c>quote</c>, <c>locator</c> and, when set, <c>evidence</c>) and
    /// <c>citationText</c> (for people);
    /// on the graph <c>format</c>, <c>title</c>, <c>description</c> and <c>sources</c> (a JSON array). Each entity
    /// or relation property becomes a key named <c>prop:NAME</c> of type <c>long</c>, <c>double</c>, <c>boolean</c>
    /// or <c>string</c>; a list of strings becomes a key named <c>propList:NAME</c> holding a JSON array.</para>
    /// <para>The graph is declared <c>edgedefault="directed"</c>; an undirected relation type is marked by the
    /// <c>directed</c> data value (false), not by the edge's <c>directed</c> attribute, which networkx refuses in a
    /// directed graph.</para>
    /// </remarks>
    public static class GraphMLWriter
    {
        /// <summary>The GraphML namespace.</summary>
        public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

        /// <summary>The value of the graph's <c>format</c> key, which <see cref="GraphMLReader"/> looks for.</summary>
        public const string FormatMarker = "knowledge-graph/2";

        /// <summary>The marker of files of the first version (before the time and certainty fields), which still read.</summary>
        internal const string FormatMarkerV1 = "knowledge-graph/1";

        /// <summary>Writes the GraphML of a graph to a file, safely (a temporary file, then a replace).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">Ignored: GraphML takes no options.</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.BytesToFile(graph, path, s => Write(graph, s));

        /// <summary>Writes the GraphML of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">Ignored: GraphML takes no options.</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => Write(graph, stream);

        /// <summary>Writes the GraphML of a graph to a text writer (the text is the one written to a stream, UTF-8 declared); the writer is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">Ignored: GraphML takes no options.</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.BytesToWriter(graph, writer, s => Write(graph, s));

        /// <summary>Gets the GraphML text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">Ignored: GraphML takes no options.</param>
        /// <returns>The XML text (UTF-8 declared).</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.BytesToText(graph, s => Write(graph, s));

        /// <summary>Writes the GraphML of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        public static void Write(Graph graph, Stream stream)
        {
            TextOutput.Require(graph, nameof(graph));
            TextOutput.Require(stream, nameof(stream));
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", CheckCharacters = false };
            using XmlWriter w = XmlWriter.Create(stream, settings);
            List<KeyValuePair<string, ColumnType>> nodeProps = Of(graph.Entities.Select(e => e.Properties));
            List<KeyValuePair<string, ColumnType>> edgeProps = Of(graph.RelationViews.Select(r => r.Properties));

            w.WriteStartDocument();
            w.WriteStartElement("graphml", Namespace);
            w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            w.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

            Key(w, "g_format", "graph", "format", "string");
            Key(w, "g_title", "graph", "title", "string");
            Key(w, "g_description", "graph", "description", "string");
            Key(w, "g_sources", "graph", "sources", "string");
            Key(w, "n_kind", "node", "kind", "string");
            Key(w, "n_name", "node", "name", "string");
            Key(w, "n_description", "node", "description", "string");
            Key(w, "n_aliases", "node", "aliases", "string");
            Key(w, "n_externalIds", "node", "externalIds", "string");
            Key(w, "n_wikidata", "node", "wikidata", "string");
            for (int i = 0; i < nodeProps.Count; i++)
            {
                Key(w, "np" + i.ToString(CultureInfo.InvariantCulture), "node", PropName(nodeProps[i]), AttrType(nodeProps[i].Value));
            }

            Key(w, "e_type", "edge", "type", "string");
            Key(w, "e_directed", "edge", "directed", "boolean");
            Key(w, "e_from", "edge", "from", "string");
            Key(w, "e_to", "edge", "to", "string");
            Key(w, "e_at", "edge", "at", "string");
            foreach ((string name, RelationFields.FieldShape shape) in RelationFields.FieldNames)
            {
                Key(w, "e_" + name, "edge", name, shape == RelationFields.FieldShape.Flag ? "boolean" : "string");
            }

            Key(w, "e_validity", "edge", "validity", "string");
            Key(w, "e_confidence", "edge", "confidence", "double");
            Key(w, "e_citations", "edge", "citations", "string");
            Key(w, "e_citationText", "edge", "citationText", "string");
            for (int i = 0; i < edgeProps.Count; i++)
            {
                Key(w, "ep" + i.ToString(CultureInfo.InvariantCulture), "edge", PropName(edgeProps[i]), AttrType(edgeProps[i].Value));
            }

            w.WriteStartElement("graph", Namespace);
            w.WriteAttributeString("id", "G");
            w.WriteAttributeString("edgedefault", "directed");
            Data(w, "g_format", FormatMarker);
            Data(w, "g_title", graph.Title);
            Data(w, "g_description", graph.Description);
            Data(w, "g_sources", new JArray(graph.Sources.Select(SourceJson)).ToString(Newtonsoft.Json.Formatting.None));

            foreach (Entity e in graph.Entities)
            {
                w.WriteStartElement("node", Namespace);
                w.WriteAttributeString("id", e.Id);
                Data(w, "n_kind", e.Kind.Name);
                Data(w, "n_name", e.Name);
                Data(w, "n_description", e.Description);
                Data(w, "n_aliases", new JArray(e.Aliases).ToString(Newtonsoft.Json.Formatting.None));
                Data(w, "n_externalIds", new JArray(e.ExternalIds.Select(ExternalIdJson)).ToString(Newtonsoft.Json.Formatting.None));
                Data(w, "n_wikidata", e.GetExternalId(ExternalId.Wikidata));
                Props(w, "np", nodeProps, e.Properties);
                w.WriteEndElement();
            }

            foreach (Relation r in graph.RelationViews)
            {
                w.WriteStartElement("edge", Namespace);
                w.WriteAttributeString("id", r.Id);
                w.WriteAttributeString("source", r.Source.Id);
                w.WriteAttributeString("target", r.Target.Id);
                Data(w, "e_type", r.Type.Name);
                Data(w, "e_directed", r.Type.IsDirected ? "true" : "false");
                Validity stated = r.StatedValidity;
                if (stated.IsInstant)
                {
                    Data(w, "e_at", stated.At?.ToString());
                }
                else
                {
                    Data(w, "e_from", stated.From?.ToString());
                    Data(w, "e_to", stated.To?.ToString());
                }

                foreach (KeyValuePair<string, object> f in RelationFields.TimeAndCertainty(r, stated: true))
                {
                    Data(w, "e_" + f.Key, f.Value switch
                    {
                        bool b => b ? "true" : "false",
                        string[] list => new JArray(list.Cast<object>().ToArray()).ToString(Newtonsoft.Json.Formatting.None),
                        _ => (string)f.Value,
                    });
                }

                Data(w, "e_validity", r.Validity.ToString());
                Data(w, "e_confidence", r.Confidence?.ToString("R", CultureInfo.InvariantCulture));
                Data(w, "e_citations", new JArray(r.Citations.Select(CitationJson)).ToString(Newtonsoft.Json.Formatting.None));
                if (r.Citations.Count > 0)
                {
                    Data(w, "e_citationText", string.Join("\n", r.Citations.Select(c => c.ToString())));
                }

                Props(w, "ep", edgeProps, r.Properties);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        internal static JObject SourceJson(Source s) => new JObject
        {
            ["id"] = s.Id,
            ["kind"] = Json.SourceKinds.Name(s.Kind),
            ["title"] = s.Title,
            ["publisher"] = s.Publisher,
            ["date"] = s.Date?.ToString(),
            ["url"] = s.Url,
            ["citedIn"] = s.CitedIn,
        };

        internal static JObject ExternalIdJson(ExternalId x) => new JObject
        {
            ["scheme"] = x.Scheme,
            ["value"] = x.Value,
            ["source"] = x.SourceId,
            ["note"] = x.Note,
        };

        internal static JObject CitationJson(Citation c)
        {
            var o = new JObject
            {
                ["source"] = c.SourceId,
                ["quote"] = c.Quote,
                ["locator"] = c.Locator,
            };
            if (RelationFields.EvidenceName(c.Evidence) is string evidence)
            {
                o["evidence"] = evidence;
            }

            return o;
        }

        private static string PropName(KeyValuePair<string, ColumnType> p) => (p.Value == ColumnType.TextList ? "propList:" : "prop:") + p.Key;

        private static string AttrType(ColumnType t) => t switch
        {
            ColumnType.Long => "long",
            ColumnType.Double => "double",
            ColumnType.Boolean => "boolean",
            _ => "string",
        };

        private static void Props(XmlWriter w, string prefix, List<KeyValuePair<string, ColumnType>> columns, PropertyMap props)
        {
            // In the item's own order, so that a reader restores the order the properties were given in.
            foreach (KeyValuePair<string, object> p in props)
            {
                int i = columns.FindIndex(c => c.Key == p.Key);
                string text = columns[i].Value == ColumnType.TextList
                    ? new JArray(((IEnumerable<string>)p.Value).Cast<object>().ToArray()).ToString(Newtonsoft.Json.Formatting.None)
                    : PropertyMap.Format(p.Value);
                Data(w, prefix + i.ToString(CultureInfo.InvariantCulture), text);
            }
        }

        private static void Key(XmlWriter w, string id, string target, string name, string type)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }

        private static void Data(XmlWriter w, string key, string? value)
        {
            if (value == null)
            {
                return;
            }

            w.WriteStartElement("data", Namespace);
            w.WriteAttributeString("key", key);
            w.WriteString(XmlText.Clean(value));
            w.WriteEndElement();
        }

        /// <summary>Gets the GraphML text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The XML text (UTF-8 declared).</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);

        /// <summary>Writes a graph to a file, safely (a temporary file, then a replace).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        [Obsolete("Use Write(graph, path).")]
        public static void WriteFile(Graph graph, string path) => Write(graph, path, null);
    }
}

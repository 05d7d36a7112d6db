using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.IO;
using static KnowledgeGraph.Formats.PropertyColumns;

namespace KnowledgeGraph.Formats.Gexf
{
    /// <summary>
    /// Writes a graph as GEXF 1.3 (https://gexf.net/), the format of Gephi, with the validity of each relation as a
    /// time interval (a <c>&lt;spell&gt;</c>), so that Gephi's timeline shows relations appearing and ending.
    /// </summary>
    /// <remarks>
    /// <para>The graph is <c>mode="dynamic"</c> with <c>timeformat="date"</c> and <c>timerepresentation="interval"</c>.
    /// A relation's spell runs from the first day of its <c>from</c> date to the last day of its <c>to</c> date (an open end
    /// is left out); an event (<c>at</c>) spans the period its date names (one day, month or year). A relation without
    /// known dates but with bounds spans from its <c>notBefore</c> to its <c>notAfter</c> (outside them it does not hold;
    /// an event happened within them). A relation of unknown or permanent time, or with only observed dates, has no spell
    /// and is present at every time: its attributes say what is known. Entities have no spell: they are always present.</para>
    /// <para>Node and edge ids are entity and relation ids. Attributes: on nodes <c>kind</c>, <c>rootKind</c>,
    /// <c>description</c>, <c>aliases</c>, <c>wikidata</c> and each property; on edges <c>relationType</c>, <c>from</c>,
    /// <c>to</c>, <c>at</c>, the time and certainty the graph answers on (the evidence of citations included) under the
    /// names of the JSON format (<c>approximate</c> and <c>event</c> booleans, <c>time</c>, <c>notBefore</c>, <c>notAfter</c>,
    /// <c>observed</c> a <c>liststring</c>, <c>status</c>, <c>attribution</c>, <c>note</c>, <c>about</c>), <c>confidence</c>,
    /// <c>citations</c>, <c>citationEvidence</c> (each citation's <c>observed</c>, <c>reported</c> or <c>none</c>, when one has
    /// some) and each property (lists as <c>liststring</c>: <c>["a, b", "c \"d\""]</c>, each item quoted with <c>\</c> and
    /// <c>"</c> escaped by a backslash, so that commas inside items survive). A property whose name is also an attribute's title (or
    /// <c>label</c>) gets the title <c>prop.NAME</c>, so that no two attributes share a title.
    /// Undirected relation types are edges of <c>type="undirected"</c>. Each node has a <c>viz:color</c>, the colour of its kind.</para>
    /// </remarks>
    public static class GexfWriter
    {
        /// <summary>The GEXF 1.3 namespace.</summary>
        public const string Namespace = "http://gexf.net/1.3";

        /// <summary>The GEXF 1.3 visualization namespace (node colours and shapes).</summary>
        public const string VizNamespace = "http://gexf.net/1.3/viz";

        /// <summary>Writes the GEXF of a graph to a file, safely (a temporary file, then a replace).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">Ignored: GEXF takes no options.</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.BytesToFile(graph, path, s => Write(graph, s));

        /// <summary>Writes the GEXF of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">Ignored: GEXF takes no options.</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => Write(graph, stream);

        /// <summary>Writes the GEXF of a graph to a text writer (the text is the one written to a stream, UTF-8 declared); the writer is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">Ignored: GEXF takes no options.</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.BytesToWriter(graph, writer, s => Write(graph, s));

        /// <summary>Gets the GEXF text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">Ignored: GEXF takes no options.</param>
        /// <returns>The XML text (UTF-8 declared).</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.BytesToText(graph, s => Write(graph, s));

        /// <summary>Writes the GEXF of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        public static void Write(Graph graph, Stream stream)
        {
            TextOutput.Require(graph, nameof(graph));
            TextOutput.Require(stream, nameof(stream));
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
            using XmlWriter w = XmlWriter.Create(stream, settings);
            List<KeyValuePair<string, ColumnType>> nodeProps = Of(graph.Entities.Select(e => e.Properties));
            List<KeyValuePair<string, ColumnType>> edgeProps = Of(graph.RelationViews.Select(r => r.Properties));

            w.WriteStartDocument();
            w.WriteStartElement("gexf", Namespace);
            w.WriteAttributeString("xmlns", "viz", null, VizNamespace);
            w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            w.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Namespace + " http://gexf.net/1.3/gexf.xsd");
            w.WriteAttributeString("version", "1.3");
            w.WriteStartElement("meta", Namespace);
            w.WriteElementString("creator", Namespace, "KnowledgeGraph");
            w.WriteElementString("description", Namespace, XmlText.Clean(graph.Title ?? "knowledge graph"));
            w.WriteEndElement();

            w.WriteStartElement("graph", Namespace);
            w.WriteAttributeString("mode", "dynamic");
            w.WriteAttributeString("defaultedgetype", "directed");
            w.WriteAttributeString("timeformat", "date");
            w.WriteAttributeString("timerepresentation", "interval");

            var nodeAttrs = new List<(string Title, string Type)> { ("kind", "string"), ("rootKind", "string"), ("description", "string"), ("aliases", "liststring"), ("wikidata", "string") };
            var nodeTitles = new HashSet<string>(nodeAttrs.Select(a => a.Title), StringComparer.Ordinal) { "label" };
            nodeAttrs.AddRange(nodeProps.Select(p => (PropertyNames.Outside(p.Key, nodeTitles), TypeName(p.Value))));
            var edgeAttrs = new List<(string Title, string Type)> { ("relationType", "string"), ("from", "string"), ("to", "string"), ("at", "string") };
            edgeAttrs.AddRange(RelationFields.FieldNames.Select(f => (f.Name, f.Shape == RelationFields.FieldShape.Flag ? "boolean" : f.Shape == RelationFields.FieldShape.DateList ? "liststring" : "string")));
            edgeAttrs.AddRange(new[] { ("confidence", "double"), ("citations", "string"), ("citationEvidence", "liststring") });
            var edgeTitles = new HashSet<string>(edgeAttrs.Select(a => a.Title), StringComparer.Ordinal) { "label" };
            edgeAttrs.AddRange(edgeProps.Select(p => (PropertyNames.Outside(p.Key, edgeTitles), TypeName(p.Value))));
            Attributes(w, "node", nodeAttrs);
            Attributes(w, "edge", edgeAttrs);

            w.WriteStartElement("nodes", Namespace);
            foreach (Entity e in graph.Entities)
            {
                w.WriteStartElement("node", Namespace);
                w.WriteAttributeString("id", e.Id);
                w.WriteAttributeString("label", XmlText.Clean(e.Name));
                var values = new List<string?> { e.Kind.Name, e.Kind.Root.Name, e.Description, e.Aliases.Count > 0 ? ListString(e.Aliases) : null, e.GetExternalId(ExternalId.Wikidata) };
                values.AddRange(nodeProps.Select(p => e.Properties.TryGetValue(p.Key, out object? v) ? Value(v) : null));
                AttValues(w, values);

                // Gephi colours nodes by viz:color: the kind's border colour, as in the GraphViz pictures.
                string color = Dot.DotStyle.For(e.Kind).BorderColor;
                w.WriteStartElement("viz", "color", VizNamespace);
                w.WriteAttributeString("r", Convert.ToInt32(color.Substring(1, 2), 16).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("g", Convert.ToInt32(color.Substring(3, 2), 16).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("b", Convert.ToInt32(color.Substring(5, 2), 16).ToString(CultureInfo.InvariantCulture));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteStartElement("edges", Namespace);
            foreach (Relation r in graph.RelationViews)
            {
                w.WriteStartElement("edge", Namespace);
                w.WriteAttributeString("id", r.Id);
                w.WriteAttributeString("source", r.Source.Id);
                w.WriteAttributeString("target", r.Target.Id);
                w.WriteAttributeString("label", r.Type.Name);
                if (!r.Type.IsDirected)
                {
                    w.WriteAttributeString("type", "undirected");
                }

                Validity v = r.Validity;
                var values = new List<string?>
                {
                    r.Type.Name,
                    v.IsInstant ? null : v.From?.ToString(),
                    v.IsInstant ? null : v.To?.ToString(),
                    v.At?.ToString(),
                };
                var fields = RelationFields.TimeAndCertainty(r, stated: false).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
                values.AddRange(RelationFields.FieldNames.Select(f => !fields.TryGetValue(f.Name, out object? value) ? null
                    : value is bool b ? (b ? "true" : "false")
                    : value is string[] list ? ListString(list)
                    : (string)value));
                values.Add(r.Confidence?.ToString("R", CultureInfo.InvariantCulture));
                values.Add(r.Citations.Count > 0 ? string.Join("\n", r.Citations.Select(c => c.ToString())) : null);
                values.Add(r.Citations.Any(c => c.Evidence != CitationEvidence.None) ? ListString(r.Citations.Select(c => RelationFields.EvidenceName(c.Evidence) ?? "none")) : null);
                values.AddRange(edgeProps.Select(p => r.Properties.TryGetValue(p.Key, out object? pv) ? Value(pv) : null));
                AttValues(w, values);

                // The spell is the period the dates give (an event: the period in which it happened); without known dates,
                // the bounds; a fact of unknown or permanent time, or only observed, has none (present at every time).
                PartialDate? start = v.IsInstant ? v.At : v.From ?? (v.IsPermanent ? null : v.NotBefore);
                PartialDate? end = v.IsInstant ? v.At : v.To ?? (v.IsPermanent ? null : v.NotAfter);
                if (start.HasValue || end.HasValue)
                {
                    w.WriteStartElement("spells", Namespace);
                    w.WriteStartElement("spell", Namespace);
                    if (start.HasValue)
                    {
                        w.WriteAttributeString("start", Day(start.Value.FirstDay));
                    }

                    if (end.HasValue)
                    {
                        w.WriteAttributeString("end", Day(end.Value.LastDay));
                    }

                    w.WriteEndElement();
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        private static string Day(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string TypeName(ColumnType t) => t switch
        {
            ColumnType.Long => "long",
            ColumnType.Double => "double",
            ColumnType.Boolean => "boolean",
            ColumnType.TextList => "liststring",
            _ => "string",
        };

        // GEXF 1.3 writes a list as [a, b, c]; each item is quoted ("…", with \ and " escaped by a backslash), as Gephi's
        // and graphology's list parsers read it, so that items holding commas, brackets, quotes or spaces survive.
        private static string ListString(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => "\"" + i.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + "]";

        private static string Value(object v) => v is IEnumerable<string> list && !(v is string) ? ListString(list) : PropertyMap.Format(v);

        private static void Attributes(XmlWriter w, string target, List<(string Title, string Type)> attrs)
        {
            w.WriteStartElement("attributes", Namespace);
            w.WriteAttributeString("class", target);
            w.WriteAttributeString("mode", "static");
            for (int i = 0; i < attrs.Count; i++)
            {
                w.WriteStartElement("attribute", Namespace);
                w.WriteAttributeString("id", i.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("title", XmlText.Clean(attrs[i].Title));
                w.WriteAttributeString("type", attrs[i].Type);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        private static void AttValues(XmlWriter w, List<string?> values)
        {
            if (values.All(v => v == null))
            {
                return;
            }

            w.WriteStartElement("attvalues", Namespace);
            for (int i = 0; i < values.Count; i++)
            {
                if (values[i] != null)
                {
                    w.WriteStartElement("attvalue", Namespace);
                    w.WriteAttributeString("for", i.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("value", XmlText.Clean(values[i]!));
                    w.WriteEndElement();
                }
            }

            w.WriteEndElement();
        }

        /// <summary>Gets the GEXF text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The XML text.</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);

        /// <summary>Writes a graph to a file as GEXF, safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        [Obsolete("Use Write(graph, path).")]
        public static void WriteFile(Graph graph, string path) => Write(graph, path, null);
    }
}

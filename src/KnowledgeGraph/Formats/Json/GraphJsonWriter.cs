using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.IO;
using Newtonsoft.Json;
using static KnowledgeGraph.Formats.Json.JsonFields;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>Writes the JSON graph format (<c>knowledge-graph/2</c>) in a fixed field order, so that loading and saving a file reproduces it byte for byte.</summary>
    /// <remarks>
    /// Output is UTF-8 without a byte-order mark, two-space indentation, <c>\n</c> line ends and a final newline.
    /// Sources, entities and relations keep the order of the graph (the order of the file they were read from).
    /// A relation always has <c>from</c>, <c>to</c> and <c>at</c> (null when absent); the fields of version 2 (bounds,
    /// observed dates, certainty, subject, evidence) are written only when set. A relation's time is written as stated,
    /// without what its citations' evidence adds (the loader derives that again).
    /// </remarks>
    public static class GraphJsonWriter
    {
        /// <summary>Saves a graph to a file safely: writes a temporary file in the same directory, then replaces the target, so that a failure leaves the previous file intact.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        public static void Write(Graph graph, string path) => TextOutput.ToFile(graph, path, w => WriteText(graph, w));

        /// <summary>Writes the JSON text of a graph to a stream (UTF-8, no byte-order mark).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream; left open.</param>
        public static void Write(Graph graph, Stream stream) => TextOutput.ToStream(graph, stream, w => WriteText(graph, w));

        /// <summary>Writes the JSON text of a graph to a text writer.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="textWriter">The writer; its <see cref="TextWriter.NewLine"/> should be "\n". Left open.</param>
        public static void Write(Graph graph, TextWriter textWriter) => TextOutput.ToWriter(graph, textWriter, w => WriteText(graph, w));

        /// <summary>Gets the JSON text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The text.</returns>
        public static string WriteToString(Graph graph) => TextOutput.ToText(graph, w => WriteText(graph, w));

        private static void WriteText(Graph graph, TextWriter textWriter)
        {
            var w = new JsonTextWriter(textWriter) { Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ', CloseOutput = false };
            w.WriteStartObject();
            w.WritePropertyName("format");
            w.WriteValue(GraphJsonReader.FormatName);
            if (graph.Vocabulary.BuiltInName != null && graph.Vocabulary.BuiltInName != Vocabulary.DefaultName)
            {
                // Only a graph built on another built-in vocabulary says which; files on the default stay as they were.
                Prop(w, "vocabulary", graph.Vocabulary.BuiltInName);
            }

            Prop(w, "title", graph.Title);
            Prop(w, "description", graph.Description);
            StringArray(w, "vocabularies", graph.VocabularyFiles);
            DatasetFields.Write(w, graph);

            w.WritePropertyName("sources");
            w.WriteStartArray();
            foreach (Source s in graph.Sources)
            {
                w.WriteStartObject();
                Prop(w, "id", s.Id);
                Prop(w, "kind", SourceKinds.Name(s.Kind));
                Prop(w, "title", s.Title);
                Prop(w, "publisher", s.Publisher);
                Prop(w, "date", s.Date?.ToString());
                Prop(w, "url", s.Url);
                Prop(w, "citedIn", s.CitedIn);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WritePropertyName("entities");
            w.WriteStartArray();
            foreach (Entity e in graph.Entities)
            {
                w.WriteStartObject();
                Prop(w, "id", e.Id);
                Prop(w, "kind", e.Kind.Name);
                Prop(w, "name", e.Name);
                StringArray(w, "aliases", e.Aliases);
                Prop(w, "description", e.Description);
                Properties(w, e.Properties);
                w.WritePropertyName("externalIds");
                w.WriteStartArray();
                foreach (ExternalId x in e.ExternalIds)
                {
                    w.WriteStartObject();
                    Prop(w, "scheme", x.Scheme);
                    Prop(w, "value", x.Value);
                    Prop(w, "source", x.SourceId);
                    Prop(w, "note", x.Note);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WritePropertyName("relations");
            w.WriteStartArray();
            foreach (Relation r in graph.RelationViews)
            {
                w.WriteStartObject();
                Prop(w, "id", r.Id);
                Prop(w, "type", r.Type.Name);
                Prop(w, "source", r.Source.Id);
                Prop(w, "target", r.Target.Id);
                Validity v = r.StatedValidity;
                Prop(w, "from", v.IsInstant ? null : v.From?.ToString());
                Prop(w, "to", v.IsInstant ? null : v.To?.ToString());
                Prop(w, "at", v.At?.ToString());
                if (v.IsApproximate)
                {
                    w.WritePropertyName("approximate");
                    w.WriteValue(true);
                }

                if (v.IsEvent && !v.IsInstant)
                {
                    w.WritePropertyName("event");
                    w.WriteValue(true);
                }

                if (v.IsPermanent)
                {
                    Prop(w, "time", "permanent");
                }

                OptionalProp(w, "notBefore", v.NotBefore?.ToString());
                OptionalProp(w, "notAfter", v.NotAfter?.ToString());
                if (v.Observed.Count > 0)
                {
                    StringArray(w, "observed", v.Observed.Select(o => o.ToString()));
                }

                Properties(w, r.Properties);
                w.WritePropertyName("confidence");
                if (r.Confidence.HasValue)
                {
                    w.WriteValue(r.Confidence.Value);
                }
                else
                {
                    w.WriteNull();
                }

                OptionalProp(w, "status", r.Status == RelationStatus.Stated ? null : RelationFields.StatusNames[(int)r.Status]);
                OptionalProp(w, "attribution", r.Attribution);
                OptionalProp(w, "note", r.Note);
                OptionalProp(w, "about", r.About?.Id);
                w.WritePropertyName("citations");
                w.WriteStartArray();
                foreach (Citation c in r.Citations)
                {
                    w.WriteStartObject();
                    Prop(w, "source", c.SourceId);
                    Prop(w, "quote", c.Quote);
                    Prop(w, "locator", c.Locator);
                    OptionalProp(w, "evidence", c.Evidence == CitationEvidence.None ? null : RelationFields.EvidenceNames[(int)c.Evidence]);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.Flush();
            textWriter.Write('\n');
            textWriter.Flush();
        }

        private static void Properties(JsonWriter w, PropertyMap properties)
        {
            w.WritePropertyName("properties");
            w.WriteStartObject();
            foreach (KeyValuePair<string, object> p in properties)
            {
                w.WritePropertyName(p.Key);
                switch (p.Value)
                {
                    case string s:
                        w.WriteValue(s);
                        break;
                    case long l:
                        w.WriteValue(l);
                        break;
                    case double d:
                        w.WriteValue(d);
                        break;
                    case bool b:
                        w.WriteValue(b);
                        break;
                    case IEnumerable<string> list:
                        w.WriteStartArray();
                        foreach (string item in list)
                        {
                            w.WriteValue(item);
                        }

                        w.WriteEndArray();
                        break;
                    default:
                        throw new InvalidOperationException($"Unsupported property value {p.Value.GetType().Name}.");
                }
            }

            w.WriteEndObject();
        }

        /// <summary>Gets the JSON text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The text.</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);

        /// <summary>Saves a graph to a file safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        [Obsolete("Use Write(graph, path).")]
        public static void WriteFile(Graph graph, string path) => Write(graph, path);
    }
}

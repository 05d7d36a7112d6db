using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Formats.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Jgf
{
    /// <summary>Reads a JSON Graph Format v2 document written by <see cref="JgfWriter"/> back into a <see cref="Graph"/>.</summary>
    /// <remarks>
    /// A document of another origin reads too when its nodes carry a <c>metadata.kind</c> and its edges a <c>relation</c>
    /// the vocabulary knows; every problem is reported at once with its line and column.
    /// </remarks>
    public static class JgfReader
    {
        /// <summary>Reads a JGF file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options (only <see cref="ImportOptions.Vocabulary"/> is read: the file is read all or nothing); the defaults when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read, or the text is not JGF or has errors; every error is listed.</exception>
        public static ImportResult Import(string path, ImportOptions? options = null) => FormatInput.FromPath(path, options, Import);

        /// <summary>Reads JGF from a stream (UTF-8), which is left open.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options (only <see cref="ImportOptions.Vocabulary"/> is read: the text is read all or nothing); the defaults when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not JGF or has errors; every error is listed.</exception>
        public static ImportResult Import(Stream stream, string? fileName = null, ImportOptions? options = null) => FormatInput.FromStream(stream, fileName, options, Import);

        /// <summary>Reads JGF from a text reader, which is left open.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options (only <see cref="ImportOptions.Vocabulary"/> is read: the text is read all or nothing); the defaults when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not JGF or has errors; every error is listed.</exception>
        public static ImportResult Import(TextReader reader, string? fileName = null, ImportOptions? options = null) => FormatInput.Whole(Read(FormatInput.ReadAll(reader), fileName, options?.Vocabulary));

        private static Graph Read(string json, string? fileName, Vocabulary? vocabulary)
        {
            // The JSON rules (strict decoding, positions, field types, properties) are the native reader's; only the layout differs.
            var errors = new JsonErrorSink(fileName);
            JObject? doc = JsonDocumentReader.ParseObject(json, errors);
            if (doc == null)
            {
                throw new GraphValidationException(errors.Errors);
            }

            if (!(doc["graph"] is JObject g))
            {
                throw new GraphValidationException(new[] { Err(fileName, doc, GraphErrorCode.InvalidField, "The document has no \"graph\" object (a \"graphs\" array of several graphs is not read).", null) });
            }

            JObject graphMeta = Object(g, "metadata", null, errors);
            var builder = new GraphBuilder(vocabulary) { Title = errors.OptionalString(g, "label"), Description = errors.OptionalString(graphMeta, "description") };

            // The graph's "vocabularies" are not carried over: this reader checks against the vocabulary it is given, and
            // file names relative to the JGF file would not resolve beside the graph it is saved as.
            foreach (JObject s in errors.ObjectArray(graphMeta, "sources"))
            {
                string? id = errors.RequiredString(s, "id", null);
                string? kindName = errors.OptionalString(s, "kind", id);
                SourceKind kind = kindName != null && SourceKinds.TryParse(kindName, out SourceKind sk) ? sk : SourceKind.Other;
                PartialDate? date = errors.OptionalString(s, "date", id) is string ds ? Date(ds, s["date"]!, errors, id) : null;
                string? title = errors.RequiredString(s, "title", id);
                if (id != null && title != null)
                {
                    builder.AddSource(new Source(id, kind, title, errors.OptionalString(s, "publisher", id), date, errors.OptionalString(s, "url", id), errors.OptionalString(s, "citedIn", id)), Pos(fileName, s));
                }
            }

            foreach (JProperty n in Object(g, "nodes", null, errors).Properties())
            {
                if (n.Value is not JObject node)
                {
                    errors.Add(GraphErrorCode.InvalidField, $"The node '{n.Name}' must be an object, not {JsonErrorSink.Describe(n.Value)}.", n.Name, n.Value);
                    continue;
                }

                JObject meta = Object(node, "metadata", n.Name, errors);
                string? kind = errors.OptionalString(meta, "kind", n.Name);
                if (kind == null)
                {
                    errors.Add(GraphErrorCode.InvalidField, $"The node '{n.Name}' has no metadata.kind.", n.Name, n);
                    continue;
                }

                var aliases = errors.StringArray(meta, "aliases", n.Name).Select(t => (string)t!).ToList();
                var xids = new List<ExternalId>();
                foreach (JObject x in errors.ObjectArray(meta, "externalIds", n.Name))
                {
                    string? scheme = errors.RequiredString(x, "scheme", n.Name);
                    string? value = errors.RequiredString(x, "value", n.Name);
                    if (scheme != null && value != null)
                    {
                        xids.Add(new ExternalId(scheme, value, errors.OptionalString(x, "source", n.Name), errors.OptionalString(x, "note", n.Name)));
                    }
                }

                builder.AddEntity(n.Name, kind, errors.OptionalString(node, "label", n.Name) ?? string.Empty, aliases, errors.OptionalString(meta, "description", n.Name), GraphJsonReader.ReadProperties(meta, n.Name, errors), xids, Pos(fileName, n));
            }

            foreach (JObject e in errors.ObjectArray(g, "edges"))
            {
                string id = errors.OptionalString(e, "id") ?? string.Empty;
                string? type = errors.OptionalString(e, "relation", id);
                if (type == null)
                {
                    errors.Add(GraphErrorCode.InvalidField, $"The edge '{id}' has no \"relation\" (its type).", id, e);
                    continue;
                }

                JObject meta = Object(e, "metadata", id, errors);
                var fields = new RelationFields
                {
                    Id = id,
                    Type = type,
                    Source = errors.OptionalString(e, "source", id) ?? string.Empty,
                    Target = errors.OptionalString(e, "target", id) ?? string.Empty,
                    Properties = GraphJsonReader.ReadProperties(meta, id, errors),
                };

                // The time, certainty and citations are read by the JSON format's own routine, from the metadata.
                GraphJsonReader.AddRelation(fields, e, meta, errors, builder);
            }

            foreach (GraphError error in errors.Errors)
            {
                builder.AddError(error);
            }

            return builder.Build();
        }

        /// <summary>Gets an optional object field, reporting another type; an empty object when absent.</summary>
        private static JObject Object(JObject parent, string field, string? id, JsonErrorSink errors)
        {
            JToken? token = parent[field];
            if (token is JObject o)
            {
                return o;
            }

            if (token != null && token.Type != JTokenType.Null)
            {
                errors.Add(GraphErrorCode.InvalidField, $"The field '{field}' must be an object, not {JsonErrorSink.Describe(token)}.", id, token);
            }

            return new JObject();
        }

        private static PartialDate? Date(string text, JToken at, JsonErrorSink errors, string? id)
        {
            if (PartialDate.TryParse(text, out PartialDate d, out string? error))
            {
                return d;
            }

            errors.Add(GraphErrorCode.InvalidDate, error ?? "Invalid date.", id, at);
            return null;
        }

        private static TextPosition Pos(string? file, JToken t)
        {
            var li = (IJsonLineInfo)t;
            return new TextPosition(file, li.HasLineInfo() ? li.LineNumber : 0, li.HasLineInfo() ? li.LinePosition : 0);
        }

        private static GraphError Err(string? file, JToken t, GraphErrorCode code, string message, string? id) => Pos(file, t).Error(code, message, id);

        /// <summary>Reads a JGF file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file is not JGF or has errors; every error is listed.</exception>
        [Obsolete("Use Import(path, new ImportOptions { Vocabulary = vocabulary }).")]
        public static Graph ReadFile(string path, Vocabulary? vocabulary = null) => Read(InputFile.ReadAllText(path), path, vocabulary);

        /// <summary>Parses JGF text.</summary>
        /// <param name="json">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not JGF or has errors; every error is listed.</exception>
        [Obsolete("Use Import(new StringReader(json), fileName, options).")]
        public static Graph Parse(string json, string? fileName = null, Vocabulary? vocabulary = null) => Read(json, fileName, vocabulary);
    }
}

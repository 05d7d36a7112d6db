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
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file is not JGF or has errors; every error is listed.</exception>
        public static Graph ReadFile(string path, Vocabulary? vocabulary = null) => Parse(File.ReadAllText(path), path, vocabulary);

        /// <summary>Parses JGF text.</summary>
        /// <param name="json">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not JGF or has errors; every error is listed.</exception>
        public static Graph Parse(string json, string? fileName = null, Vocabulary? vocabulary = null)
        {
            JObject doc;
            try
            {
                using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
                doc = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            }
            catch (JsonReaderException ex)
            {
                throw new GraphValidationException(new[] { new GraphError(GraphErrorCode.MalformedJson, "The file is not well-formed JSON: " + ex.Message, null, fileName, ex.LineNumber, ex.LinePosition) });
            }

            var errors = new List<GraphError>();
            if (!(doc["graph"] is JObject g))
            {
                throw new GraphValidationException(new[] { Err(fileName, doc, GraphErrorCode.InvalidField, "The document has no \"graph\" object (a \"graphs\" array of several graphs is not read).", null) });
            }

            var builder = new GraphBuilder(vocabulary) { Title = (string?)g["label"], Description = (string?)g["metadata"]?["description"] };
            foreach (JToken v in g["metadata"]?["vocabularies"] as JArray ?? new JArray())
            {
                builder.VocabularyFiles.Add((string?)v ?? string.Empty);
            }

            foreach (JObject s in (g["metadata"]?["sources"] as JArray ?? new JArray()).OfType<JObject>())
            {
                string? kindName = (string?)s["kind"];
                SourceKind kind = kindName != null && SourceKinds.TryParse(kindName, out SourceKind sk) ? sk : SourceKind.Other;
                PartialDate? date = (string?)s["date"] is string ds ? Date(ds, fileName, s, errors, (string?)s["id"]) : null;
                builder.AddSource(new Source((string?)s["id"] ?? string.Empty, kind, (string?)s["title"] ?? string.Empty, (string?)s["publisher"], date, (string?)s["url"], (string?)s["citedIn"]), Pos(fileName, s));
            }

            foreach (JProperty n in (g["nodes"] as JObject ?? new JObject()).Properties())
            {
                JToken meta = n.Value["metadata"] ?? new JObject();
                string? kind = (string?)meta["kind"];
                if (kind == null)
                {
                    errors.Add(Err(fileName, n, GraphErrorCode.InvalidField, $"The node '{n.Name}' has no metadata.kind.", n.Name));
                    continue;
                }

                var aliases = (meta["aliases"] as JArray ?? new JArray()).Select(t => (string?)t ?? string.Empty).ToList();
                var xids = (meta["externalIds"] as JArray ?? new JArray()).OfType<JObject>()
                    .Select(x => new ExternalId((string?)x["scheme"] ?? string.Empty, (string?)x["value"] ?? string.Empty, (string?)x["source"], (string?)x["note"])).ToList();
                builder.AddEntity(n.Name, kind, (string?)n.Value["label"] ?? string.Empty, aliases, (string?)meta["description"], Properties(meta["properties"], fileName, errors), xids, Pos(fileName, n));
            }

            foreach (JObject e in (g["edges"] as JArray ?? new JArray()).OfType<JObject>())
            {
                string id = (string?)e["id"] ?? string.Empty;
                string? type = (string?)e["relation"];
                if (type == null)
                {
                    errors.Add(Err(fileName, e, GraphErrorCode.InvalidField, $"The edge '{id}' has no \"relation\" (its type).", id));
                    continue;
                }

                JToken meta = e["metadata"] ?? new JObject();
                Validity validity = Validity.Always;
                if ((string?)meta["at"] is string at)
                {
                    PartialDate? a = Date(at, fileName, e, errors, id);
                    validity = a.HasValue ? Validity.Instant(a.Value) : Validity.Always;
                }
                else
                {
                    PartialDate? from = (string?)meta["from"] is string f ? Date(f, fileName, e, errors, id) : null;
                    PartialDate? to = (string?)meta["to"] is string t ? Date(t, fileName, e, errors, id) : null;
                    try
                    {
                        validity = Validity.Between(from, to);
                    }
                    catch (ArgumentException ex)
                    {
                        errors.Add(Err(fileName, e, GraphErrorCode.InvalidInterval, $"The edge '{id}': {ex.Message}", id));
                    }
                }

                var citations = (meta["citations"] as JArray ?? new JArray()).OfType<JObject>()
                    .Select(c => new Citation((string?)c["source"] ?? string.Empty, (string?)c["quote"], (string?)c["locator"])).ToList();
                double? confidence = meta["confidence"] is JValue cv && (cv.Type == JTokenType.Float || cv.Type == JTokenType.Integer) ? (double)cv : null;
                builder.AddRelation(id, type, (string?)e["source"] ?? string.Empty, (string?)e["target"] ?? string.Empty, validity, Properties(meta["properties"], fileName, errors), citations, confidence, Pos(fileName, e));
            }

            if (errors.Count > 0)
            {
                throw new GraphValidationException(errors);
            }

            return builder.Build();
        }

        private static PropertyMap Properties(JToken? token, string? file, List<GraphError> errors)
        {
            if (!(token is JObject o))
            {
                return PropertyMap.Empty;
            }

            var pairs = new List<KeyValuePair<string, object>>();
            foreach (JProperty p in o.Properties())
            {
                object? value = p.Value.Type switch
                {
                    JTokenType.String => (string)p.Value!,
                    JTokenType.Integer => (long)p.Value,
                    JTokenType.Float => (double)p.Value,
                    JTokenType.Boolean => (bool)p.Value,
                    JTokenType.Array when p.Value.All(t => t.Type == JTokenType.String) => p.Value.Select(t => (string)t!).ToArray(),
                    _ => null,
                };
                if (value == null)
                {
                    errors.Add(Err(file, p, GraphErrorCode.InvalidValue, $"The property '{p.Name}' is not a string, number, boolean or list of strings.", null));
                    continue;
                }

                pairs.Add(new KeyValuePair<string, object>(p.Name, value));
            }

            return PropertyMap.From(pairs);
        }

        private static PartialDate? Date(string text, string? file, JToken at, List<GraphError> errors, string? id)
        {
            if (PartialDate.TryParse(text, out PartialDate d, out string? error))
            {
                return d;
            }

            errors.Add(Err(file, at, GraphErrorCode.InvalidDate, error ?? "Invalid date.", id));
            return null;
        }

        private static TextPosition Pos(string? file, JToken t)
        {
            var li = (IJsonLineInfo)t;
            return new TextPosition(file, li.HasLineInfo() ? li.LineNumber : 0, li.HasLineInfo() ? li.LinePosition : 0);
        }

        private static GraphError Err(string? file, JToken t, GraphErrorCode code, string message, string? id) => Pos(file, t).Error(code, message, id);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Formats.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.GraphML
{
    /// <summary>
    /// Reads a GraphML file written by <see cref="GraphMLWriter"/> (one that carries this library's keys) back into a
    /// <see cref="Graph"/>; with <see cref="GraphMLReadOptions.DefaultKind"/>, also GraphML of other tools (networkx, igraph, Gephi, yEd).
    /// </summary>
    /// <remarks>
    /// Keys are matched by <c>attr.name</c>, not by id, so a file re-saved by another tool that kept the names still
    /// reads. A node without a <c>kind</c> or an edge without a <c>type</c> is an error: a foreign GraphML file
    /// has no way to say what its nodes are. Every error is reported at once, with its line.
    /// </remarks>
    public static class GraphMLReader
    {
        /// <summary>Reads a GraphML file, also one written by another tool when <see cref="ImportOptions.DefaultKind"/> is given.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options (vocabulary, default kind and relation type); the defaults when <c>null</c>.</param>
        /// <returns>The graph, read all or nothing.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read, is not well-formed, or is foreign and no default kind is given; every error is listed.</exception>
        public static ImportResult Import(string path, ImportOptions? options = null) => FormatInput.FromPath(path, options, Import);

        /// <summary>Reads GraphML from a stream (UTF-8), which is left open.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options (vocabulary, default kind and relation type); the defaults when <c>null</c>.</param>
        /// <returns>The graph, read all or nothing.</returns>
        /// <exception cref="GraphValidationException">The text is not well-formed, or is foreign and no default kind is given; every error is listed.</exception>
        public static ImportResult Import(Stream stream, string? fileName = null, ImportOptions? options = null) => FormatInput.FromStream(stream, fileName, options, Import);

        /// <summary>Reads GraphML from a text reader, which is left open.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options (vocabulary, default kind and relation type); the defaults when <c>null</c>.</param>
        /// <returns>The graph, read all or nothing.</returns>
        /// <exception cref="GraphValidationException">The text is not well-formed, or is foreign and no default kind is given; every error is listed.</exception>
        public static ImportResult Import(TextReader reader, string? fileName = null, ImportOptions? options = null)
        {
            if (reader is null)
            {
                throw new ArgumentNullException(nameof(reader));
            }

            options ??= new ImportOptions();
            GraphMLReadOptions? foreign = options.DefaultKind == null ? null : new GraphMLReadOptions { DefaultKind = options.DefaultKind, DefaultRelationType = options.DefaultRelationType };
            return FormatInput.Whole(Read(reader, fileName, options.Vocabulary, foreign));
        }

        private static Graph Read(TextReader reader, string? fileName, Vocabulary? vocabulary, GraphMLReadOptions? options)
        {
            XDocument doc;
            try
            {
                using XmlReader xr = XmlReader.Create(reader, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                doc = XDocument.Load(xr, LoadOptions.SetLineInfo);
            }
            catch (XmlException ex)
            {
                // An empty file and a refused DTD come without a position: the error is then at the file's start (line 1), not nowhere.
                string message = ex.Message.IndexOf("DTD is prohibited", StringComparison.Ordinal) >= 0
                    ? "The file has a DTD (<!DOCTYPE ...>), which is refused: its entities can read other files or expand without bound."
                    : "The file is not well-formed XML: " + ex.Message;
                throw new GraphValidationException(new[] { new GraphError(GraphErrorCode.MalformedJson, message, null, fileName, Math.Max(1, ex.LineNumber), ex.LineNumber > 0 ? ex.LinePosition : 1) });
            }

            XNamespace ns = GraphMLWriter.Namespace;
            var errors = new List<GraphError>();
            var keys = new Dictionary<string, (string For, string Name, string Type)>(StringComparer.Ordinal);
            XElement root = doc.Root!;
            foreach (XElement k in root.Elements(ns + "key"))
            {
                string? id = (string?)k.Attribute("id");
                if (id != null)
                {
                    keys[id] = ((string?)k.Attribute("for") ?? "all", (string?)k.Attribute("attr.name") ?? id, (string?)k.Attribute("attr.type") ?? "string");
                }
            }

            XElement? g = root.Element(ns + "graph");
            if (g == null)
            {
                throw new GraphValidationException(new[] { Err(fileName, root, GraphErrorCode.InvalidField, "The file has no <graph> element.", null) });
            }

            var builder = new GraphBuilder(vocabulary);
            Dictionary<string, string> gd = DataOf(g, ns, keys);
            builder.Title = Get(gd, "title");
            builder.Description = Get(gd, "description");
            if (Get(gd, "format") is not (GraphMLWriter.FormatMarker or GraphMLWriter.FormatMarkerV1))
            {
                if (options?.DefaultKind != null)
                {
                    return ReadForeign(g, ns, keys, builder, options, fileName);
                }

                errors.Add(Err(fileName, g, GraphErrorCode.UnsupportedFormat, $"The graph has no 'format' data of '{GraphMLWriter.FormatMarker}': the file was not written by this library, and its nodes carry no kind. To read it anyway, give a default kind (GraphMLReadOptions.DefaultKind; kg import --default-kind KIND).", null));
                throw new GraphValidationException(errors);
            }

            foreach (JObject s in ParseArray(Get(gd, "sources"), fileName, g, errors).OfType<JObject>())
            {
                string? kindName = (string?)s["kind"];
                SourceKind kind = kindName != null && SourceKinds.TryParse(kindName, out SourceKind sk) ? sk : SourceKind.Other;
                PartialDate? date = null;
                if ((string?)s["date"] is string ds)
                {
                    date = ParseDate(ds, fileName, g, errors, (string?)s["id"]);
                }

                builder.AddSource(new Source((string?)s["id"] ?? string.Empty, kind, (string?)s["title"] ?? string.Empty, (string?)s["publisher"], date, (string?)s["url"], (string?)s["citedIn"]), Pos(fileName, g));
            }

            foreach (XElement n in g.Elements(ns + "node"))
            {
                string id = (string?)n.Attribute("id") ?? string.Empty;
                Dictionary<string, string> d = DataOf(n, ns, keys);
                string? kind = Get(d, "kind");
                if (kind == null)
                {
                    errors.Add(Err(fileName, n, GraphErrorCode.InvalidField, $"The node '{id}' has no 'kind' data.", id));
                    continue;
                }

                var aliases = ParseArray(Get(d, "aliases"), fileName, n, errors).Select(t => (string?)t).Where(t => t != null).Cast<string>().ToList();
                var xids = ParseArray(Get(d, "externalIds"), fileName, n, errors).OfType<JObject>()
                    .Select(x => new ExternalId((string?)x["scheme"] ?? string.Empty, (string?)x["value"] ?? string.Empty, (string?)x["source"], (string?)x["note"])).ToList();
                builder.AddEntity(id, kind, Get(d, "name") ?? string.Empty, aliases, Get(d, "description"), Props(d, keys, "node", fileName, n, errors), xids, Pos(fileName, n));
            }

            foreach (XElement e in g.Elements(ns + "edge"))
            {
                string id = (string?)e.Attribute("id") ?? string.Empty;
                Dictionary<string, string> d = DataOf(e, ns, keys);
                string? type = Get(d, "type");
                if (type == null)
                {
                    errors.Add(Err(fileName, e, GraphErrorCode.InvalidField, $"The edge '{id}' has no 'type' data.", id));
                    continue;
                }

                var fields = new RelationFields
                {
                    Id = id,
                    Type = type,
                    Source = (string?)e.Attribute("source") ?? string.Empty,
                    Target = (string?)e.Attribute("target") ?? string.Empty,
                    From = Get(d, "from"),
                    To = Get(d, "to"),
                    At = Get(d, "at"),
                    Properties = Props(d, keys, "edge", fileName, e, errors),
                };
                foreach ((string name, RelationFields.FieldShape shape) in RelationFields.FieldNames)
                {
                    if (Get(d, name) is not string text)
                    {
                        continue;
                    }

                    if (shape == RelationFields.FieldShape.DateList)
                    {
                        foreach (JToken item in ParseArray(text, fileName, e, errors))
                        {
                            fields.SetText(name, item.Type == JTokenType.String ? (string)item! : item.ToString(Newtonsoft.Json.Formatting.None));
                        }
                    }
                    else
                    {
                        fields.SetText(name, text);
                    }
                }

                if (Get(d, "confidence") is string c)
                {
                    if (double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out double cv))
                    {
                        fields.Confidence = cv;
                    }
                    else
                    {
                        errors.Add(Err(fileName, e, GraphErrorCode.InvalidValue, $"The confidence of relation '{id}' is '{c}', which is not a number.", id));
                    }
                }

                foreach (JObject x in ParseArray(Get(d, "citations"), fileName, e, errors).OfType<JObject>())
                {
                    (fields.Citations ??= new List<CitationFields>()).Add(new CitationFields((string?)x["source"] ?? string.Empty, (string?)x["quote"], (string?)x["locator"], (string?)x["evidence"]));
                }

                // The values are checked by the rule every format shares (dates, the time fields together, status, evidence).
                fields.TryAdd(builder, Pos(fileName, e), (field, index, code, message) => errors.Add(Err(fileName, e, code, message, id)));
            }

            if (errors.Count > 0)
            {
                throw new GraphValidationException(errors);
            }

            return builder.Build();
        }

        /// <summary>Reads a file of another tool: nodes get the kind their <c>kind</c> data names, else the default; names come from <c>name</c> or <c>label</c> data, else the node id; ids become slugs (the original kept as external id <c>graphml</c>); other data become typed properties.</summary>
        private static Graph ReadForeign(XElement g, XNamespace ns, Dictionary<string, (string For, string Name, string Type)> keys, GraphBuilder builder, GraphMLReadOptions options, string? fileName)
        {
            Vocabulary vocabulary = builder.Vocabulary;
            var errors = new List<GraphError>();
            if (!vocabulary.TryGetKind(options.DefaultKind!, out EntityKind defaultKind))
            {
                throw new GraphValidationException(new[] { Err(fileName, g, GraphErrorCode.UnknownKind, $"The default kind '{options.DefaultKind}' is not in the vocabulary.", null) });
            }

            if (!vocabulary.TryGetRelationType(options.DefaultRelationType, out RelationType defaultType))
            {
                throw new GraphValidationException(new[] { Err(fileName, g, GraphErrorCode.UnknownRelationType, $"The default relation type '{options.DefaultRelationType}' is not in the vocabulary.", null) });
            }

            var slugs = new Dictionary<string, (string Slug, EntityKind Kind)>(StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            string Unique(string text, HashSet<string> taken)
            {
                string baseSlug = Slug.Make(text);
                string slug = baseSlug;
                for (int i = 2; !taken.Add(slug); i++)
                {
                    slug = baseSlug + "-" + i.ToString(CultureInfo.InvariantCulture);
                }

                return slug;
            }

            foreach (XElement n in g.Elements(ns + "node"))
            {
                string id = (string?)n.Attribute("id") ?? string.Empty;
                if (slugs.ContainsKey(id))
                {
                    errors.Add(Err(fileName, n, GraphErrorCode.DuplicateId, $"The node id '{id}' is used twice.", id));
                    continue;
                }

                var data = TypedData(n, ns, keys, "node");
                EntityKind kind = data.TryGetValue("kind", out object? k) && k is string kn && vocabulary.TryGetKind(kn, out EntityKind named) ? named : defaultKind;
                string name = new[] { "name", "label", "Label" }.Select(x => data.TryGetValue(x, out object? v) ? PropertyMap.Format(v) : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? id;
                string slug = Unique(id, used);
                slugs[id] = (slug, kind);
                var props = data.Where(p => p.Key != "kind" && p.Key != "name" && p.Key != "label" && p.Key != "Label");
                builder.AddEntity(slug, kind.Name, name, null, null, PropertyMap.From(props), new[] { new ExternalId("graphml", id) }, Pos(fileName, n));
            }

            var edgeIds = new HashSet<string>(StringComparer.Ordinal);
            int count = 0;
            foreach (XElement e in g.Elements(ns + "edge"))
            {
                count++;
                string? source = (string?)e.Attribute("source");
                string? target = (string?)e.Attribute("target");
                if (source == null || target == null || !slugs.TryGetValue(source, out var s) || !slugs.TryGetValue(target, out var t))
                {
                    errors.Add(Err(fileName, e, GraphErrorCode.UnknownEntity, $"The edge from '{source}' to '{target}' names a node that is not in the file.", (string?)e.Attribute("id")));
                    continue;
                }

                var data = TypedData(e, ns, keys, "edge");
                RelationType type = new[] { "type", "relationType" }.Select(x => data.TryGetValue(x, out object? v) && v is string tn && vocabulary.TryGetRelationType(tn, out RelationType rt) ? rt : null).FirstOrDefault(x => x != null) ?? defaultType;
                if (!type.AllowsSource(s.Kind) || !type.AllowsTarget(t.Kind))
                {
                    errors.Add(Err(fileName, e, GraphErrorCode.VocabularyViolation, $"The edge from '{source}' to '{target}' cannot be {type.Name}: it does not connect a {s.Kind.Name} to a {t.Kind.Name}.", (string?)e.Attribute("id")));
                    continue;
                }

                string id = Unique((string?)e.Attribute("id") ?? "e" + count.ToString(CultureInfo.InvariantCulture), edgeIds);
                var props = data.Where(p => p.Key != "type" && p.Key != "relationType");
                builder.AddRelation(id, type.Name, s.Slug, t.Slug, Validity.Always, PropertyMap.From(props), null, null, Pos(fileName, e));
            }

            if (errors.Count > 0)
            {
                throw new GraphValidationException(errors);
            }

            return builder.Build();
        }

        private static PropertyMap TypedData(XElement element, XNamespace ns, Dictionary<string, (string For, string Name, string Type)> keys, string target)
        {
            var result = new List<KeyValuePair<string, object>>();
            foreach (XElement data in element.Elements(ns + "data"))
            {
                string? key = (string?)data.Attribute("key");
                if (key == null || !keys.TryGetValue(key, out var k) || result.Any(p => p.Key == k.Name))
                {
                    continue;
                }

                string text = data.Value;
                object value = k.Type switch
                {
                    "long" or "int" when long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) => l,
                    "double" or "float" when double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => d,
                    "boolean" => string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase) || text.Trim() == "1",
                    _ => text,
                };
                result.Add(new KeyValuePair<string, object>(k.Name, value));
            }

            return PropertyMap.From(result);
        }

        private static Dictionary<string, string> DataOf(XElement element, XNamespace ns, Dictionary<string, (string For, string Name, string Type)> keys)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (XElement data in element.Elements(ns + "data"))
            {
                string? key = (string?)data.Attribute("key");
                if (key != null)
                {
                    result[keys.TryGetValue(key, out var k) ? k.Name : key] = data.Value;
                }
            }

            return result;
        }

        private static string? Get(Dictionary<string, string> data, string name) => data.TryGetValue(name, out string? v) ? v : null;

        private static PropertyMap Props(Dictionary<string, string> data, Dictionary<string, (string For, string Name, string Type)> keys, string target, string? file, XElement at, List<GraphError> errors)
        {
            var pairs = new List<KeyValuePair<string, object>>();
            foreach (KeyValuePair<string, string> p in data)
            {
                if (p.Key.StartsWith("propList:", StringComparison.Ordinal))
                {
                    string[] list = ParseArray(p.Value, file, at, errors).Select(t => (string?)t ?? string.Empty).ToArray();
                    pairs.Add(new KeyValuePair<string, object>(p.Key.Substring("propList:".Length), list));
                }
                else if (p.Key.StartsWith("prop:", StringComparison.Ordinal))
                {
                    string type = keys.Values.FirstOrDefault(k => k.Name == p.Key && (k.For == target || k.For == "all")).Type ?? "string";
                    object value = type switch
                    {
                        "long" or "int" when long.TryParse(p.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) => l,
                        "double" or "float" when double.TryParse(p.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double dv) => dv,
                        "boolean" => string.Equals(p.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase),
                        _ => p.Value,
                    };
                    pairs.Add(new KeyValuePair<string, object>(p.Key.Substring("prop:".Length), value));
                }
            }

            return PropertyMap.From(pairs);
        }

        private static JArray ParseArray(string? json, string? file, XElement at, List<GraphError> errors)
        {
            if (string.IsNullOrEmpty(json))
            {
                return new JArray();
            }

            try
            {
                return JArray.Parse(json!);
            }
            catch (JsonReaderException ex)
            {
                errors.Add(Err(file, at, GraphErrorCode.InvalidValue, "A value that should be a JSON array is not: " + ex.Message, null));
                return new JArray();
            }
        }

        private static PartialDate? ParseDate(string text, string? file, XElement at, List<GraphError> errors, string? id)
        {
            if (PartialDate.TryParse(text, out PartialDate date, out string? error))
            {
                return date;
            }

            errors.Add(Err(file, at, GraphErrorCode.InvalidDate, error ?? "Invalid date.", id));
            return null;
        }

        private static TextPosition Pos(string? file, XElement e)
        {
            var li = (IXmlLineInfo)e;
            return new TextPosition(file, li.HasLineInfo() ? li.LineNumber : 0, li.HasLineInfo() ? li.LinePosition : 0);
        }

        private static GraphError Err(string? file, XElement e, GraphErrorCode code, string message, string? id) => Pos(file, e).Error(code, message, id);

        /// <summary>Reads a GraphML file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file is not well-formed or lacks this library's keys; every error is listed.</exception>
        [Obsolete("Use Import(path, options).")]
        public static Graph ReadFile(string path, Vocabulary? vocabulary = null) => ReadFile(path, vocabulary, null);

        /// <summary>Reads a GraphML file, also one written by another tool when <paramref name="options"/> give a default kind.</summary>
        /// <param name="path">The file.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <param name="options">How to read a foreign file, or <c>null</c> to refuse one.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file is not well-formed, or is foreign and no default kind is given; every error is listed.</exception>
        [Obsolete("Use Import(path, new ImportOptions { Vocabulary = ..., DefaultKind = ... }).")]
        public static Graph ReadFile(string path, Vocabulary? vocabulary, GraphMLReadOptions? options)
        {
            using FileStream fs = File.OpenRead(path);
            using var sr = new StreamReader(fs);
            return Read(sr, path, vocabulary, options);
        }

        /// <summary>Parses GraphML text.</summary>
        /// <param name="xml">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not well-formed or lacks this library's keys.</exception>
        [Obsolete("Use Import(new StringReader(xml), fileName, options).")]
        public static Graph Parse(string xml, string? fileName = null, Vocabulary? vocabulary = null) => Parse(xml, fileName, vocabulary, null);

        /// <summary>Parses GraphML text, also one written by another tool when <paramref name="options"/> give a default kind.</summary>
        /// <param name="xml">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <param name="options">How to read a foreign file, or <c>null</c> to refuse one.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not well-formed, or is foreign and no default kind is given.</exception>
        [Obsolete("Use Import(new StringReader(xml), fileName, options).")]
        public static Graph Parse(string xml, string? fileName, Vocabulary? vocabulary, GraphMLReadOptions? options)
        {
            using var sr = new StringReader(xml);
            return Read(sr, fileName, vocabulary, options);
        }

        /// <summary>Reads GraphML from a stream.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not well-formed or lacks this library's keys.</exception>
        [Obsolete("Use Import(stream, fileName, options).")]
        public static Graph Read(Stream stream, string? fileName = null, Vocabulary? vocabulary = null)
        {
            using var sr = new StreamReader(stream);
            return Read(sr, fileName, vocabulary, null);
        }
    }
}

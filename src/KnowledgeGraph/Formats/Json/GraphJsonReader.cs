using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>Reads the JSON graph format (<c>knowledge-graph/2</c>, and <c>knowledge-graph/1</c>), reporting every error with its file, line, column and id.</summary>
    /// <remarks>
    /// Reading is all-or-nothing: a file with any error yields a <see cref="GraphValidationException"/> listing all of
    /// them, and no graph. The format is described in <c>graphs/FORMAT.md</c> and <c>graphs/knowledge-graph.schema.json</c>.
    /// </remarks>
    public static class GraphJsonReader
    {
        /// <summary>The value of the <c>format</c> field this version reads and writes.</summary>
        public const string FormatName = "knowledge-graph/2";

        /// <summary>The value of the <c>format</c> field of the first version, which this version still reads: its undated relations are read as of unknown time, and <see cref="Graph.LoadNotes"/> says how many.</summary>
        public const string FormatNameV1 = "knowledge-graph/1";

        /// <summary>Reads a graph file (what <see cref="Graph.Load(string, GraphLoadOptions)"/> does).</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options (the vocabulary, and how far the files it names may be); <see cref="GraphLoadOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read or has errors; every error is listed.</exception>
        public static Graph Import(string path, GraphLoadOptions? options = null) => ReadPath(path ?? throw new ArgumentNullException(nameof(path)), options ?? GraphLoadOptions.Default);

        /// <summary>Reads a graph from a stream (UTF-8), which is left open; vocabulary files it names are found from the current directory.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options; <see cref="GraphLoadOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text has errors; every error is listed.</exception>
        public static Graph Import(Stream stream, string? fileName = null, GraphLoadOptions? options = null)
        {
            if (stream == null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            options ??= GraphLoadOptions.Default;
            if (stream.CanSeek)
            {
                // A valid document is read once, from its bytes; otherwise it is read again as text, which reports the errors.
                long start = stream.Position;
                Graph? bulk = JsonBulkReader.TryRead(stream, stream.Length - start, fileName, options, null);
                if (bulk != null)
                {
                    return bulk;
                }

                stream.Position = start;
            }

            using var reader = new StreamReader(stream, StrictTextReader.Utf8, true, 1 << 16, leaveOpen: true);
            return Import(reader, fileName, options);
        }

        /// <summary>Reads a graph from a text reader, which is left open; vocabulary files it names are found from the current directory.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options; <see cref="GraphLoadOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text has errors; every error is listed.</exception>
        public static Graph Import(TextReader reader, string? fileName = null, GraphLoadOptions? options = null) =>
            ReadText((reader ?? throw new ArgumentNullException(nameof(reader))).ReadToEnd(), fileName, options ?? GraphLoadOptions.Default, null);

        private static Graph ReadPath(string path, GraphLoadOptions options)
        {
            if (KnowledgeGraph.IO.NamedFile.IsRegularFile(path) == false && !Directory.Exists(path))
            {
                // A device or a FIFO could be read forever or wait for ever, and could not be read twice (the second
                // reading reports the errors).
                throw new GraphValidationException(new[] { new GraphError(GraphErrorCode.IOError, "Not a regular file (a device, a FIFO or a socket); save the graph to a file first.", file: path) });
            }

            // A valid file is read once, straight from its bytes on disk, building the graph as it goes; otherwise it is
            // read again, as text.
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            Graph? bulk;
            using (FileStream bytes = Open(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan)))
            {
                // A large relations array is read by two threads, the second from a handle of its own.
                bulk = JsonBulkReader.TryRead(bytes, bytes.Length, path, options, directory, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
            }

            if (bulk != null)
            {
                return bulk;
            }

            // The second reading, which reports every error with its position, streams too: item by item, so that
            // validating a large file with few errors needs about the memory of loading it, not a tree of the whole text.
            using StreamReader again = Open(path, () => new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), StrictTextReader.Utf8, true, 1 << 16));
            return ReadDocument(again, path, options, directory);
        }

        private static T Open<T>(string path, Func<T> open)
        {
            try
            {
                return open();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new GraphValidationException(new[] { new GraphError(GraphErrorCode.IOError, $"Cannot read the file: {ex.Message}", file: path) });
            }
        }

        private static Graph ReadText(string json, string? fileName, GraphLoadOptions options, string? baseDirectory)
        {
            // The fast path reads the document's bytes in one pass and builds the graph as it goes (JsonBulkReader), without
            // line information. Any error or irregularity (malformed JSON, a repeated top-level field, a wrong format, a
            // bad item) sends the text through the document path below, which reports every error, with its line and
            // column, exactly as before: a valid file is read once, fast; an invalid one twice.
            Graph? streamed = TryReadStreaming(json, fileName, options, baseDirectory);
            return streamed ?? ReadDocument(json, fileName, options, baseDirectory);
        }

        private static readonly JsonLoadSettings DocumentSettings = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Load,
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            CommentHandling = CommentHandling.Ignore,
        };

        /// <summary>Reads one item of <c>sources</c>, <c>entities</c> or <c>relations</c> as a small tree and gives it to <paramref name="readItem"/>; an item that is not an object is an error.</summary>
        private static void ReadItem(JsonTextReader reader, JsonLoadSettings settings, string name, Action<JObject, JsonErrorSink, GraphBuilder> readItem, JsonErrorSink errors, GraphBuilder builder)
        {
            JToken item = JToken.ReadFrom(reader, settings);
            if (item is JObject obj)
            {
                readItem(obj, errors, builder);
            }
            else
            {
                errors.Add(GraphErrorCode.InvalidField, $"Each item of '{name}' must be an object, not {JsonErrorSink.Describe(item)}.", null, item);
            }
        }

        /// <summary>The one error of a document that is not a well-formed JSON object, at the reader's position.</summary>
        private static GraphValidationException Malformed(JsonErrorSink errors, string message, JsonTextReader reader) =>
            new GraphValidationException(new[] { new GraphError(GraphErrorCode.MalformedJson, message, null, errors.File, Math.Max(1, reader.LineNumber), Math.Max(1, reader.LinePosition)) });

        /// <summary>Reads the document in one pass from its UTF-8 bytes (<see cref="JsonBulkReader"/>); returns null (the caller then reads the document with the path that reports the errors) when the text has any error or irregularity.</summary>
        /// <param name="json">The document.</param>
        /// <param name="fileName">The name to give errors.</param>
        /// <param name="options">The options.</param>
        /// <param name="baseDirectory">The directory relative vocabulary paths start from, or null for the current one.</param>
        /// <param name="splitMinimum">The fewest bytes of relations read by two threads (tests make it 0 to read every document so).</param>
        /// <param name="splitFraction">Where the second thread starts, as a part of what is left at the relations array's start.</param>
        internal static Graph? TryReadStreaming(string json, string? fileName, GraphLoadOptions options, string? baseDirectory, long splitMinimum = JsonBulkReader.DefaultSplitMinimum, double splitFraction = 0.5) =>
            TryReadStreaming(json, fileName, options, baseDirectory, splitMinimum, splitFraction, out _);

        /// <summary>Reads the document in one pass as <see cref="TryReadStreaming(string, string?, GraphLoadOptions, string?, long, double)"/> does, and says whether a second thread's relations were taken.</summary>
        /// <param name="json">The document.</param>
        /// <param name="fileName">The name to give errors.</param>
        /// <param name="options">The options.</param>
        /// <param name="baseDirectory">The directory relative vocabulary paths start from, or null for the current one.</param>
        /// <param name="splitMinimum">The fewest bytes of relations read by two threads.</param>
        /// <param name="splitFraction">Where the second thread starts.</param>
        /// <param name="twoThreads">Whether a second thread's relations were taken.</param>
        internal static Graph? TryReadStreaming(string json, string? fileName, GraphLoadOptions options, string? baseDirectory, long splitMinimum, double splitFraction, out bool twoThreads)
        {
            twoThreads = false;
            if (json.Length > 0 && json[0] == '\uFEFF')
            {
                return null; // a byte order mark in text is the text reader's business
            }

            byte[] bytes;
            try
            {
                bytes = StrictUtf8.GetBytes(json);
            }
            catch (EncoderFallbackException)
            {
                return null; // a lone surrogate
            }

            return JsonBulkReader.TryRead(new MemoryStream(bytes, false), bytes.Length, fileName, options, baseDirectory, () => new MemoryStream(bytes, false), splitMinimum, splitFraction, out twoThreads);
        }

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

        private static bool IsKnownFormat(string? format) => format == FormatName || format == FormatNameV1;

        /// <summary>Adds the note of a version 1 file: how many undated relations were read as of unknown time.</summary>
        internal static Graph WithNotes(Graph graph, string? format)
        {
            if (format == FormatNameV1)
            {
                int undated = 0;
                foreach (Relation r in graph.Relations)
                {
                    if (r.Validity.IsUnknown)
                    {
                        undated++;
                    }
                }

                if (undated > 0)
                {
                    graph.LoadNotes = new[] { $"read {undated} undated relation{(undated == 1 ? string.Empty : "s")} of a {FormatNameV1} file as of unknown time" };
                }
            }

            return graph;
        }

        private static bool ReadSkippingComments(JsonTextReader reader)
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The vocabulary of a document: the one the caller gave, or else the built-in one the document names in its
        /// optional <c>vocabulary</c> field (<c>default</c> when absent, or <c>open</c>), extended by the files of its
        /// <c>vocabularies</c> field.
        /// </summary>
        internal static Vocabulary ReadVocabularies(JObject root, JsonErrorSink errors, GraphLoadOptions options, string? baseDirectory, out List<string> vocabularyFiles)
        {
            Vocabulary? vocab = options.Vocabulary;
            string? builtIn = errors.OptionalString(root, "vocabulary");
            if (builtIn != null && !Vocabulary.TryGetBuiltIn(builtIn, out _))
            {
                errors.Add(GraphErrorCode.InvalidVocabulary, $"The built-in vocabulary '{builtIn}' is unknown; expected one of {string.Join(", ", Vocabulary.BuiltInNames)}.", null, root["vocabulary"]);
            }
            else if (vocab == null)
            {
                Vocabulary.TryGetBuiltIn(builtIn ?? Vocabulary.DefaultName, out vocab);
            }

            vocab ??= Vocabulary.Default;
            vocabularyFiles = new List<string>();
            foreach (JToken item in errors.StringArray(root, "vocabularies"))
            {
                string relative = (string)item!;
                vocabularyFiles.Add(relative);
                string? text = KnowledgeGraph.IO.NamedFile.TryReadText(baseDirectory ?? Directory.GetCurrentDirectory(), relative, options, out string full, out string? problem);
                if (text == null)
                {
                    errors.Add(GraphErrorCode.IOError, problem!, null, item);
                    continue;
                }

                try
                {
                    vocab = vocab.ExtendWith(text, full);
                }
                catch (GraphValidationException ex)
                {
                    foreach (GraphError e in ex.Errors)
                    {
                        errors.Add(e);
                    }
                }
            }

            return vocab;
        }

        /// <summary>Reads a document reporting every error with its position (the path that reports malformed JSON and format errors).</summary>
        internal static Graph ReadDocument(string json, string? fileName, GraphLoadOptions options, string? baseDirectory) =>
            ReadDocument(new StringReader(json), fileName, options, baseDirectory);

        /// <summary>
        /// Reads a document reporting every error with its line and column: the items of <c>sources</c>, <c>entities</c>
        /// and <c>relations</c> are read one at a time (each as a small tree with line information) and given to the
        /// builder, so the text is never held whole; the other top-level fields are kept. Malformed JSON anywhere is
        /// the only error reported, as a whole-document parser would.
        /// </summary>
        private static Graph ReadDocument(TextReader text, string? fileName, GraphLoadOptions options, string? baseDirectory)
        {
            var errors = new JsonErrorSink(fileName);
            var root = new JObject();
            var builder = new GraphBuilder(options.Vocabulary ?? Vocabulary.Default);
            int rootLine = 1, rootColumn = 1;
            try
            {
                using var reader = new StrictJsonTextReader(new StrictTextReader(text)) { CloseInput = false };
                if (!ReadSkippingComments(reader))
                {
                    throw Malformed(errors, "The document is empty; expected a JSON object.", reader);
                }

                if (reader.TokenType != JsonToken.StartObject)
                {
                    JToken first = reader.TokenType == JsonToken.StartArray ? new JArray() : JToken.ReadFrom(reader, DocumentSettings);
                    throw Malformed(errors, $"The document must be a JSON object, not {JsonErrorSink.Describe(first)}.", reader);
                }

                rootLine = reader.LineNumber;
                rootColumn = reader.LinePosition;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (true)
                {
                    if (!ReadSkippingComments(reader))
                    {
                        throw Malformed(errors, "Malformed JSON: Unexpected end of content while loading JObject.", reader);
                    }

                    if (reader.TokenType == JsonToken.EndObject)
                    {
                        break;
                    }

                    string name = (string)reader.Value!;
                    if (!seen.Add(name))
                    {
                        throw Malformed(errors, $"Malformed JSON: Property with the name '{name}' already exists in the current JSON object.", reader);
                    }

                    if (!ReadSkippingComments(reader))
                    {
                        throw Malformed(errors, "Malformed JSON: Unexpected end of content while loading JObject.", reader);
                    }

                    Action<JObject, JsonErrorSink, GraphBuilder>? readItem = name switch
                    {
                        "sources" => ReadSource,
                        "entities" => ReadEntity,
                        "relations" => ReadRelation,
                        _ => null,
                    };
                    if (readItem == null || reader.TokenType != JsonToken.StartArray)
                    {
                        root.Add(name, JToken.ReadFrom(reader, DocumentSettings));
                        continue;
                    }

                    while (ReadSkippingComments(reader) && reader.TokenType != JsonToken.EndArray)
                    {
                        ReadItem(reader, DocumentSettings, name, readItem, errors, builder);
                    }

                    if (reader.TokenType != JsonToken.EndArray)
                    {
                        throw Malformed(errors, "Malformed JSON: Unexpected end of content while loading JArray.", reader);
                    }
                }

                if (reader.Read())
                {
                    throw Malformed(errors, "There is more after the end of the JSON document.", reader);
                }
            }
            catch (JsonReaderException ex)
            {
                var only = new JsonErrorSink(fileName);
                only.Add(new GraphError(GraphErrorCode.MalformedJson, "Malformed JSON: " + JsonDocumentReader.StripPosition(ex.Message), null, fileName, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition)));
                throw new GraphValidationException(only.Errors);
            }

            JToken? formatToken = root["format"];
            string? format = formatToken?.Type == JTokenType.String ? (string?)formatToken : null;
            if (!IsKnownFormat(format))
            {
                var only = new JsonErrorSink(fileName);
                if (formatToken == null)
                {
                    only.Add(new GraphError(GraphErrorCode.UnsupportedFormat, $"The document has no 'format' field; expected \"format\": \"{FormatName}\".", null, fileName, rootLine, rootColumn));
                }
                else
                {
                    only.Add(GraphErrorCode.UnsupportedFormat, $"The format '{formatToken}' is not supported; this version reads '{FormatName}' and '{FormatNameV1}'.", null, formatToken);
                }

                throw new GraphValidationException(only.Errors);
            }

            Vocabulary vocab = ReadVocabularies(root, errors, options, baseDirectory, out List<string> vocabularyFiles);
            builder.Vocabulary = vocab;
            builder.Title = errors.OptionalString(root, "title");
            builder.Description = errors.OptionalString(root, "description");
            foreach (string file in vocabularyFiles)
            {
                builder.VocabularyFiles.Add(file);
            }

            DatasetFields.Read(root, errors, builder);
            foreach (string field in new[] { "sources", "entities", "relations" })
            {
                // Present here only when not an array, which is an error.
                errors.ObjectArray(root, field);
            }

            foreach (GraphError e in errors.Errors)
            {
                builder.AddError(e);
            }

            if (builder.TryBuild(out Graph? graph, out IReadOnlyList<GraphError> all))
            {
                return WithNotes(graph, format);
            }

            // Report in file order, so that a reader can walk the file from top to bottom.
            throw new GraphValidationException(all.Select((e, i) => (e, i)).OrderBy(x => x.e.Line == 0 ? int.MaxValue : x.e.Line).ThenBy(x => x.e.Column).ThenBy(x => x.i).Select(x => x.e).ToList());
        }

        internal static TextPosition PositionOf(JToken token, string? file)
        {
            var info = (IJsonLineInfo)token;
            return info.HasLineInfo() ? new TextPosition(file, info.LineNumber, info.LinePosition) : new TextPosition(file, 0, 0);
        }

        internal static void ReadSource(JObject item, JsonErrorSink errors, GraphBuilder builder)
        {
            string? id = errors.RequiredString(item, "id", null);
            string label = id ?? "(source without id)";
            string? kindText = errors.RequiredString(item, "kind", label);
            SourceKind kind = SourceKind.Other;
            if (kindText != null && !SourceKinds.TryParse(kindText, out kind))
            {
                errors.Add(GraphErrorCode.InvalidField, $"The source '{label}' has the unknown kind '{kindText}'; expected one of {string.Join(", ", SourceKinds.Names)}.", id, item["kind"]);
            }

            string? title = errors.RequiredString(item, "title", label);
            PartialDate? date = ReadDate(item, "date", label, errors);
            if (id == null || title == null)
            {
                return;
            }

            builder.AddSource(new Source(id, kind, title, errors.OptionalString(item, "publisher", id), date, errors.OptionalString(item, "url", id), errors.OptionalString(item, "citedIn", id)), PositionOf(item, errors.File));
        }

        private static void ReadEntity(JObject item, JsonErrorSink errors, GraphBuilder builder)
        {
            string? id = errors.RequiredString(item, "id", null);
            string label = id ?? "(entity without id)";
            string? kind = errors.RequiredString(item, "kind", label);
            string? name = errors.RequiredString(item, "name", label);
            var aliases = errors.StringArray(item, "aliases", id).Select(t => (string)t!).ToArray();
            PropertyMap properties = ReadProperties(item, label, errors);
            var externalIds = new List<ExternalId>();
            foreach (JObject x in errors.ObjectArray(item, "externalIds", id))
            {
                string? scheme = errors.RequiredString(x, "scheme", label);
                string? value = errors.RequiredString(x, "value", label);
                if (scheme != null && value != null)
                {
                    externalIds.Add(new ExternalId(scheme, value, errors.OptionalString(x, "source", id), errors.OptionalString(x, "note", id)));
                }
            }

            if (id == null)
            {
                return;
            }

            builder.AddEntity(id, kind ?? "?", name ?? id, aliases, errors.OptionalString(item, "description", id), properties, externalIds, PositionOf(item, errors.File));
        }

        private static void ReadRelation(JObject item, JsonErrorSink errors, GraphBuilder builder)
        {
            string? id = errors.RequiredString(item, "id", null);
            string label = id ?? "(relation without id)";
            var fields = new RelationFields
            {
                Id = id,
                Type = errors.RequiredString(item, "type", label),
                Source = errors.RequiredString(item, "source", label),
                Target = errors.RequiredString(item, "target", label),
                Properties = ReadProperties(item, label, errors),
            };
            AddRelation(fields, item, item, errors, builder);
        }

        /// <summary>
        /// Reads the time and certainty fields, the confidence and the citations of a relation from <paramref name="holder"/>
        /// (the relation object itself; in JGF, an edge's metadata), checking only their JSON types, and adds the relation
        /// through <see cref="RelationFields.TryAdd"/>, reporting each bad value at its token.
        /// </summary>
        /// <param name="fields">The fields read so far (id, type, ends, properties).</param>
        /// <param name="item">The relation's object, whose position the relation gets.</param>
        /// <param name="holder">The object holding the time and certainty fields.</param>
        /// <param name="errors">Where errors go.</param>
        /// <param name="builder">The builder.</param>
        internal static void AddRelation(RelationFields fields, JObject item, JObject holder, JsonErrorSink errors, GraphBuilder builder)
        {
            string? id = fields.Id;
            string label = id ?? "(relation without id)";
            fields.From = DateText(holder, "from", label, errors);
            fields.To = DateText(holder, "to", label, errors);
            fields.At = DateText(holder, "at", label, errors);
            fields.NotBefore = DateText(holder, "notBefore", label, errors);
            fields.NotAfter = DateText(holder, "notAfter", label, errors);
            fields.Approximate = errors.OptionalBool(holder, "approximate", id) ?? false;
            fields.Event = errors.OptionalBool(holder, "event", id) ?? false;
            fields.Time = errors.OptionalString(holder, "time", id);
            fields.Status = errors.OptionalString(holder, "status", id);
            fields.Attribution = errors.OptionalString(holder, "attribution", id);
            fields.Note = errors.OptionalString(holder, "note", id);
            fields.About = errors.OptionalString(holder, "about", id);

            if (holder["observed"] is JToken observedToken && observedToken.Type != JTokenType.Null)
            {
                fields.Observed = new List<string>();
                foreach (JToken t in errors.StringArray(holder, "observed", id))
                {
                    fields.Observed.Add((string)t!);
                }
            }

            JToken? conf = holder["confidence"];
            if (conf != null && conf.Type != JTokenType.Null)
            {
                if (conf.Type is JTokenType.Float or JTokenType.Integer)
                {
                    fields.Confidence = (double)conf;
                }
                else
                {
                    errors.Add(GraphErrorCode.InvalidField, $"The confidence of relation '{label}' must be a number or null, not {JsonErrorSink.Describe(conf)}.", id, conf);
                }
            }

            var citationTokens = new List<JObject>();
            foreach (JObject c in errors.ObjectArray(holder, "citations", id))
            {
                string? sourceId = errors.RequiredString(c, "source", label);
                if (sourceId != null)
                {
                    (fields.Citations ??= new List<CitationFields>()).Add(new CitationFields(sourceId, errors.OptionalString(c, "quote", id), errors.OptionalString(c, "locator", id), errors.OptionalString(c, "evidence", id)));
                    citationTokens.Add(c);
                }
            }

            fields.TryAdd(builder, PositionOf(item, errors.File), (field, index, code, message) =>
            {
                JToken? at = field == "evidence" ? citationTokens[index]["evidence"]
                    : index >= 0 && holder[field] is JArray array && index < array.Count ? array[index]
                    : holder[field];
                errors.Add(code, message, id, at ?? holder);
            });
        }

        /// <summary>Reads a date field as text, checking only that it is a string or null (its value is checked by <see cref="RelationFields.TryAdd"/>).</summary>
        private static string? DateText(JObject item, string field, string label, JsonErrorSink errors)
        {
            JToken? token = item[field];
            if (token == null || token.Type == JTokenType.Null)
            {
                return null;
            }

            if (token.Type != JTokenType.String)
            {
                errors.Add(GraphErrorCode.InvalidDate, $"The '{field}' date of '{label}' must be a string such as \"2022-12\", not {JsonErrorSink.Describe(token)}.", label, token);
                return null;
            }

            return (string?)token;
        }

        private static PartialDate? ReadDate(JObject item, string field, string label, JsonErrorSink errors)
        {
            string? text = DateText(item, field, label, errors);
            if (text == null)
            {
                return null;
            }

            if (!PartialDate.TryParse(text, out PartialDate date, out string? problem))
            {
                errors.Add(GraphErrorCode.InvalidDate, $"The '{field}' date of '{label}' is invalid: {problem}", label, item[field]);
                return null;
            }

            return date;
        }

        internal static PropertyMap ReadProperties(JObject item, string label, JsonErrorSink errors)
        {
            JToken? token = item["properties"];
            if (token == null || token.Type == JTokenType.Null)
            {
                return PropertyMap.Empty;
            }

            if (token is not JObject obj)
            {
                errors.Add(GraphErrorCode.InvalidField, $"The properties of '{label}' must be an object, not {JsonErrorSink.Describe(token)}.", label, token);
                return PropertyMap.Empty;
            }

            var pairs = new List<KeyValuePair<string, object>>();
            foreach (JProperty p in obj.Properties())
            {
                if (p.Name.Length == 0)
                {
                    errors.Add(GraphErrorCode.InvalidField, $"A property of '{label}' has an empty name.", label, p);
                    continue;
                }

                if (p.Value is JValue { Value: System.Numerics.BigInteger })
                {
                    errors.Add(GraphErrorCode.InvalidValue, $"The property '{p.Name}' of '{label}' is an integer beyond the 64-bit range; write it as a string to keep its digits.", label, p.Value);
                    continue;
                }

                object? value = p.Value.Type switch
                {
                    JTokenType.String => (string)p.Value!,
                    JTokenType.Integer => (long)p.Value,
                    JTokenType.Float => (double)p.Value,
                    JTokenType.Boolean => (bool)p.Value,
                    JTokenType.Array when p.Value.All(v => v.Type == JTokenType.String) => p.Value.Select(v => (string)v!).ToArray(),
                    _ => null,
                };
                if (value == null)
                {
                    errors.Add(GraphErrorCode.InvalidValue, $"The property '{p.Name}' of '{label}' is {JsonErrorSink.Describe(p.Value)}; a property is a string, a number, a boolean or an array of strings.", label, p.Value);
                    continue;
                }

                pairs.Add(new KeyValuePair<string, object>(p.Name, value));
            }

            return PropertyMap.From(pairs);
        }

        /// <summary>Reads a graph file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read or has errors.</exception>
        [Obsolete("Use Import(path, GraphLoadOptions.Default.WithVocabulary(vocabulary)), or Graph.Load.")]
        public static Graph ReadFile(string path, Vocabulary? vocabulary = null) => Import(path, GraphLoadOptions.Default.WithVocabulary(vocabulary));

        /// <summary>Reads a graph file with options (the vocabulary, and how far the files it names may be).</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read or has errors.</exception>
        [Obsolete("Use Import(path, options), or Graph.Load.")]
        public static Graph ReadFile(string path, GraphLoadOptions options) => Import(path, options);

        /// <summary>Reads a graph from JSON text.</summary>
        /// <param name="json">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <param name="baseDirectory">The directory that relative vocabulary paths start from, or <c>null</c> for the current directory.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text has errors.</exception>
        [Obsolete("Use Import(new StringReader(json), fileName, options), or Graph.Parse.")]
        public static Graph Read(string json, string? fileName, Vocabulary? vocabulary, string? baseDirectory) =>
            ReadText(json, fileName, GraphLoadOptions.Default.WithVocabulary(vocabulary), baseDirectory);
    }
}

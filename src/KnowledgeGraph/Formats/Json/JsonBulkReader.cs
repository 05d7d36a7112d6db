using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>
    /// Reads a valid JSON graph file in one pass from its UTF-8 bytes and builds the graph as it goes, as the CSV reader
    /// does: each entity and relation is checked by the builder's own routines (<see cref="GraphBuilder.CheckEntity"/>,
    /// <see cref="GraphBuilder.CheckRelation"/>) and made at once, without intermediate records, token trees or text of
    /// the whole file. It reports nothing: on any error or irregularity (see <see cref="Utf8JsonScanner"/>), or an
    /// order it cannot build in one pass (relations before entities, a vocabulary named after them, citations of sources
    /// that come later), it gives up and <see cref="GraphJsonReader"/> reads the document again with the path that reports
    /// every error with its line and column. So it must accept exactly what that path accepts without error, and build
    /// the same graph (tests compare the two).
    /// </summary>
    /// <remarks>
    /// <para>Not thread-safe; one instance reads one document.</para>
    /// <para>A large relations array is read by two threads when the document's bytes can be opened a second time (a file,
    /// an array): a helper reads the second part (from a relation that starts a line near the middle of what is left, see
    /// <see cref="FindSplit"/>) while this reader reads the first. The helper's relations are taken only when this reader
    /// arrives exactly at that relation, between two elements of the relations array, so the helper read the same bytes
    /// in the same state it would have; then its store follows this one's (ids checked across the two). Otherwise (the
    /// place was inside something else, the helper found anything irregular, the property tables differ) its work is
    /// dropped and this reader reads on by itself, so the outcome is always the one-thread outcome.</para>
    /// </remarks>
    internal sealed class JsonBulkReader
    {
        private static readonly FieldTable EntityFields = new FieldTable("id", "kind", "name", "description", "aliases", "properties", "externalIds");
        private static readonly FieldTable RelationFieldNames = new FieldTable("id", "type", "source", "target", "from", "to", "at", "notBefore", "notAfter", "time", "status", "attribution", "note", "about", "approximate", "event", "observed", "properties", "confidence", "citations");
        private static readonly FieldTable ExternalIdFields = new FieldTable("scheme", "value", "source", "note");
        private static readonly FieldTable CitationFieldNames = new FieldTable("source", "quote", "locator", "evidence");

        /// <summary>The fewest bytes of relations (from the array's start to the document's end) read by two threads; below it the second thread costs more than it saves.</summary>
        internal const long DefaultSplitMinimum = 8 << 20;

        private readonly long _length;
        private readonly string? _fileName;
        private readonly GraphLoadOptions _options;
        private readonly string? _baseDirectory;
        private readonly JsonErrorSink _errors;
        private readonly GraphBuilder _builder;
        private readonly JObject _root = new JObject();
        private readonly List<GraphError> _found = new List<GraphError>();
        private readonly StringCache _kinds = new StringCache();
        private readonly StringCache _types = new StringCache();
        private readonly StringCache _keys = new StringCache();
        private readonly PropertyRows _entityProperties = new PropertyRows();
        private readonly PropertyRows _relationProperties = new PropertyRows();
        private readonly RelationFields _fields = new RelationFields();
        private Dictionary<string, Source> _sourceById = new Dictionary<string, Source>(StringComparer.Ordinal);
        private Vocabulary? _vocabulary;
        private List<string>? _vocabularyFiles;
        private EntityIds? _ids;
        private List<Entity> _entities = new List<Entity>();
        private RelationStore? _relations;
        private HashSet<string>? _relationIds;
        private BitSet? _generatedIds;
        /// <summary>What the checks' messages name a relation with a generated id by (never shown: see <see cref="ReadRelation"/>).</summary>
        private const string GeneratedForm = "e{line}";

        private Utf8JsonScanner _s;
        private Func<Stream>? _reopen;
        private long _splitMinimum = long.MaxValue;
        private double _splitFraction = 0.5;
        private List<IDisposable>? _opened;
        private volatile bool _cancelled;
        private bool _tookHelper;

        private JsonBulkReader(Stream stream, long length, string? fileName, GraphLoadOptions options, string? baseDirectory)
        {
            _s = new Utf8JsonScanner(stream);
            _length = length;
            _fileName = fileName;
            _options = options;
            _baseDirectory = baseDirectory;
            _errors = new JsonErrorSink(fileName);
            _builder = new GraphBuilder(options.Vocabulary ?? Vocabulary.Default);
        }

        /// <summary>A helper that reads relations from <paramref name="scanner"/> with the entities, sources and vocabulary of <paramref name="main"/> (read only), into a store of its own.</summary>
        private JsonBulkReader(JsonBulkReader main, Utf8JsonScanner scanner)
        {
            _s = scanner;
            _length = main._length;
            _fileName = main._fileName;
            _options = main._options;
            _baseDirectory = main._baseDirectory;
            _errors = main._errors;
            _builder = main._builder;
            _sourceById = main._sourceById;
            _vocabulary = main._vocabulary;
            _ids = main._ids;
            _entities = main._entities;
            _relations = new RelationStore(1024);
        }

        /// <summary>Reads a graph from UTF-8 bytes; returns null (read nothing half-built) when the document has any error or irregularity.</summary>
        /// <param name="stream">The bytes, from the current position (left open).</param>
        /// <param name="length">The number of bytes, or 0 when unknown (only for sizing arrays).</param>
        /// <param name="fileName">The name to give errors (of the vocabulary files it names).</param>
        /// <param name="options">The options.</param>
        /// <param name="baseDirectory">The directory relative vocabulary paths start from, or null for the current one.</param>
        /// <param name="reopen">Opens the same bytes again as a new seekable stream (position 0 the document's start, as <paramref name="stream"/>'s was), so that a second thread can read part of the relations; null for one thread.</param>
        /// <param name="splitMinimum">The fewest bytes from the relations array's start to the end for which a second thread is used.</param>
        /// <param name="splitFraction">Where in what is left at the relations array's start the second thread looks for its first relation (0.5: the middle).</param>
        public static Graph? TryRead(Stream stream, long length, string? fileName, GraphLoadOptions options, string? baseDirectory, Func<Stream>? reopen = null, long splitMinimum = DefaultSplitMinimum, double splitFraction = 0.5) =>
            TryRead(stream, length, fileName, options, baseDirectory, reopen, splitMinimum, splitFraction, out _);

        /// <summary>Reads a graph as <see cref="TryRead(Stream, long, string?, GraphLoadOptions, string?, Func{Stream}?, long, double)"/> does, and says whether a second thread's relations were taken.</summary>
        /// <param name="stream">The bytes, from the current position (left open).</param>
        /// <param name="length">The number of bytes, or 0 when unknown.</param>
        /// <param name="fileName">The name to give errors.</param>
        /// <param name="options">The options.</param>
        /// <param name="baseDirectory">The directory relative vocabulary paths start from.</param>
        /// <param name="reopen">Opens the same bytes again, or null.</param>
        /// <param name="splitMinimum">The fewest bytes of relations read by two threads.</param>
        /// <param name="splitFraction">Where the second thread looks for its first relation.</param>
        /// <param name="twoThreads">Whether the relations of a second thread were taken.</param>
        internal static Graph? TryRead(Stream stream, long length, string? fileName, GraphLoadOptions options, string? baseDirectory, Func<Stream>? reopen, long splitMinimum, double splitFraction, out bool twoThreads)
        {
            twoThreads = false;
            var reader = new JsonBulkReader(stream, length, fileName, options, baseDirectory)
            {
                _reopen = reopen,
                _splitMinimum = splitMinimum,
                _splitFraction = splitFraction,
            };
            try
            {
                Graph? graph = reader.Read();
                twoThreads = reader._tookHelper;
                return graph;
            }
            catch (Utf8JsonScanner.IrregularException)
            {
                return null;
            }
            finally
            {
                foreach (IDisposable opened in reader._opened ?? new List<IDisposable>())
                {
                    opened.Dispose();
                }
            }
        }

        /// <summary>
        /// Finds in <paramref name="bytes"/> (any block of a document) the first byte of an object that is an element of
        /// an array, after another object and a line break: <c>}</c>, <c>,</c>, a line break, then <c>{</c>, with only
        /// whitespace between. Raw line breaks cannot be inside strings, so in a regular document these are structure, not
        /// text. Of such places, the first with the least indentation (an element of the outermost array: a relation, not a
        /// citation). Returns its index, or -1.
        /// </summary>
        internal static int FindSplit(byte[] bytes, int count)
        {
            int best = -1, bestIndent = int.MaxValue;
            for (int i = 0; i < count; i++)
            {
                if (bytes[i] != (byte)'\n')
                {
                    continue;
                }

                int j = i + 1;
                while (j < count && (bytes[j] == (byte)' ' || bytes[j] == (byte)'\t'))
                {
                    j++;
                }

                if (j == count || bytes[j] != (byte)'{' || j - i - 1 >= bestIndent)
                {
                    continue;
                }

                int k = i - 1;
                while (k >= 0 && IsWhitespace(bytes[k]))
                {
                    k--;
                }

                if (k < 0 || bytes[k] != (byte)',')
                {
                    continue;
                }

                k--;
                while (k >= 0 && IsWhitespace(bytes[k]))
                {
                    k--;
                }

                if (k >= 0 && bytes[k] == (byte)'}')
                {
                    best = j;
                    bestIndent = j - i - 1;
                }
            }

            return best;
        }

        private static bool IsWhitespace(byte c) => c == (byte)' ' || c == (byte)'\n' || c == (byte)'\r' || c == (byte)'\t';

        private static Exception Irregular() => Utf8JsonScanner.Irregular();

        private Graph? Read()
        {
            _s.Expect((byte)'{');
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool first = true;
            while (_s.NextMember(ref first))
            {
                string name = _s.TokenString();
                if (!seen.Add(name) || (_vocabulary != null && (name == "vocabulary" || name == "vocabularies")))
                {
                    // A vocabulary named after the items it judges cannot be read in one pass.
                    throw Irregular();
                }

                if (_s.Peek() == (byte)'[' && (name == "sources" || name == "entities" || name == "relations"))
                {
                    _s.Expect((byte)'[');
                    switch (name)
                    {
                        case "sources":
                            ReadSources();
                            break;
                        case "entities":
                            ReadEntities();
                            break;
                        default:
                            ReadRelations();
                            break;
                    }
                }
                else
                {
                    _root.Add(name, _s.ReadToken());
                }
            }

            _s.ExpectEnd();
            JToken? formatToken = _root["format"];
            string? format = formatToken?.Type == JTokenType.String ? (string?)formatToken : null;
            if (format != GraphJsonReader.FormatName && format != GraphJsonReader.FormatNameV1)
            {
                return null;
            }

            Vocabulary vocabulary = FixVocabulary();
            _builder.Vocabulary = vocabulary;
            _builder.Title = _errors.OptionalString(_root, "title");
            _builder.Description = _errors.OptionalString(_root, "description");
            foreach (string file in _vocabularyFiles!)
            {
                _builder.VocabularyFiles.Add(file);
            }

            DatasetFields.Read(_root, _errors, _builder);
            foreach (string field in new[] { "sources", "entities", "relations" })
            {
                // Present here only when not an array, which is an error.
                _errors.ObjectArray(_root, field);
            }

            if (_errors.Errors.Count > 0)
            {
                return null;
            }

            Entity[] entities = _entities.ToArray();
            _entities = new List<Entity>();
            _ids = null;
            _relationIds = null;
            _generatedIds = null;
            if (_tookHelper && (_relations?.Count ?? 0) < Graph.CollectAfterRelations)
            {
                // The reading's garbage (the two parts' columns, the helper's property table, the id table: about 200 MB at
                // a million entities) is returned before the index is built, so that two threads need no more memory at
                // the peak than one (measured: 1M JSON, load json against load json1). From Graph.CollectAfterRelations
                // relations the new graph runs its own (compacting) collection before its indexes, so not twice.
                GC.Collect(2, GCCollectionMode.Forced, false, false);
            }

            return _builder.TryBuildBulk(entities, _relations ?? new RelationStore(0), out Graph? graph) ? GraphJsonReader.WithNotes(graph, format) : null;
        }

        /// <summary>The vocabulary, fixed when the first item is read (or at the end): the options' or the document's, extended by the files it names.</summary>
        private Vocabulary FixVocabulary()
        {
            if (_vocabulary == null)
            {
                _vocabulary = GraphJsonReader.ReadVocabularies(_root, _errors, _options, _baseDirectory, out _vocabularyFiles);
                if (_errors.Errors.Count > 0)
                {
                    throw Irregular();
                }
            }

            return _vocabulary;
        }

        private void ReadSources()
        {
            bool first = true;
            while (_s.NextElement(ref first))
            {
                if (_s.ReadToken() is not JObject item)
                {
                    throw Irregular();
                }

                GraphJsonReader.ReadSource(item, _errors, _builder);
                if (_errors.Errors.Count > 0)
                {
                    throw Irregular();
                }
            }

            // Citations bind to the first source of each id, as the builder's check does (a repeated id fails the build).
            _sourceById = new Dictionary<string, Source>(StringComparer.Ordinal);
            foreach (Source source in _builder.AddedSources)
            {
                if (!_sourceById.ContainsKey(source.Id))
                {
                    _sourceById.Add(source.Id, source);
                }
            }
        }

        private void ReadEntities()
        {
            Vocabulary vocabulary = FixVocabulary();
            // Grown as they fill: the file's size says little of how many of its bytes are entities.
            _ids ??= new EntityIds(1024);

            bool first = true;
            while (_s.NextElement(ref first))
            {
                ReadEntity(vocabulary);
            }
        }

        private void ReadEntity(Vocabulary vocabulary)
        {
            _s.Expect((byte)'{');
            string? id = null, kind = null, name = null, description = null;
            string[] aliases = Array.Empty<string>();
            PropertyMap properties = PropertyMap.Empty;
            List<ExternalId>? externalIds = null;
            var fields = new FieldReader(EntityFields);
            int field;
            while ((field = NextField(ref fields)) >= 0)
            {
                switch (field)
                {
                    case 0:
                        id = RequiredString();
                        break;
                    case 1:
                        kind = RequiredString(_kinds);
                        break;
                    case 2:
                        name = RequiredString();
                        break;
                    case 3:
                        description = OptionalString();
                        break;
                    case 4:
                        aliases = StringList();
                        break;
                    case 5:
                        properties = ReadProperties(_entityProperties);
                        break;
                    default:
                        ReadExternalIds(ref externalIds);
                        break;
                }
            }

            if (id == null || kind == null || name == null || !GraphBuilder.IsSlug(id) || !_ids!.TryAdd(id, _entities.Count))
            {
                throw Irregular();
            }

            IReadOnlyList<ExternalId> ids = externalIds == null || externalIds.Count == 0 ? Array.Empty<ExternalId>() : Array.AsReadOnly(externalIds.ToArray());
            if (!GraphBuilder.CheckEntity(vocabulary, id, kind, name, aliases, description, properties, ids, _sourceById, default, _found, out EntityKind entityKind))
            {
                throw Irregular();
            }

            _entities.Add(new Entity(_entities.Count, id, entityKind, name, aliases, description, properties, ids));
        }

        private void ReadExternalIds(ref List<ExternalId>? list)
        {
            foreach (string?[] x in ReadStringObjects(ExternalIdFields, 2))
            {
                (list ??= new List<ExternalId>()).Add(new ExternalId(x[0]!, x[1]!, x[2], x[3]));
            }
        }

        /// <summary>
        /// Null or an array of objects whose fields (the table's) are strings, the first <paramref name="required"/> of them
        /// required (non-empty), the others optional: each object's values in the table's order. Empty for null or [].
        /// </summary>
        private List<string?[]> ReadStringObjects(FieldTable table, int required)
        {
            var items = new List<string?[]>(0);
            if (_s.TryReadNull())
            {
                return items;
            }

            _s.Expect((byte)'[');
            bool first = true;
            while (_s.NextElement(ref first))
            {
                _s.Expect((byte)'{');
                var values = new string?[table.Count];
                var fields = new FieldReader(table);
                int field;
                while ((field = NextField(ref fields)) >= 0)
                {
                    values[field] = field < required ? RequiredString() : OptionalString();
                }

                for (int i = 0; i < required; i++)
                {
                    if (values[i] == null)
                    {
                        throw Irregular();
                    }
                }

                items.Add(values);
            }

            return items;
        }

        private void ReadRelations()
        {
            Vocabulary vocabulary = FixVocabulary();
            _relations ??= new RelationStore(1024);
            Helper? helper = StartHelper();
            try
            {
                ReadRelationElements(vocabulary, true, ref helper);
            }
            finally
            {
                helper?.Abandon();
            }
        }

        /// <summary>Reads the elements of a relations array up to its closing bracket (the first without a comma before it when <paramref name="first"/>); hands the rest to <paramref name="helper"/> when it is met at the helper's start.</summary>
        private void ReadRelationElements(Vocabulary vocabulary, bool first, ref Helper? helper)
        {
            long start = _s.Consumed;
            int before = _relations!.Count;
            while (_s.NextElement(ref first))
            {
                if (helper != null && _s.Consumed + 4096 >= helper.Start)
                {
                    _s.Peek();
                    if (_s.Consumed == helper.Start && TakeOver(helper))
                    {
                        helper = null;
                        return; // the helper read the rest of the array; _s is its scanner, after the closing bracket
                    }

                    if (_s.Consumed >= helper.Start)
                    {
                        helper.Abandon();
                        helper = null;
                    }
                }

                if (_cancelled)
                {
                    throw Irregular();
                }

                ReadRelation(vocabulary);
                if (_relations.Count - before == 1000)
                {
                    // Sized once from the first thousand relations, the rest of the file holding relations like them (a little
                    // more, so that a slightly larger average does not double the columns). With a helper, the store is
                    // sized for this reader's part (the two parts go into exact columns when joined) and the property
                    // table for all (the helper's rows are copied into it).
                    double perRelation = (_s.Consumed - start) / 1000.0;
                    _relations.Reserve(Expected(helper?.Start ?? _length, perRelation));
                    _relationProperties.Reserve(Expected(_length, perRelation));
                }
            }
        }

        /// <summary>The number of relations expected by the time this reader is at <paramref name="end"/>, from their average size so far.</summary>
        private int Expected(long end, double perRelation) =>
            (int)Math.Min(_relations!.Count + (Math.Max(end - _s.Consumed, 0) / perRelation * 1.02), 1 << 28);

        /// <summary>Starts a helper on the second part of a large relations array (this reader is after its opening bracket), or returns null.</summary>
        private Helper? StartHelper()
        {
            long here = _s.Consumed;
            if (_reopen == null || _length - here < _splitMinimum || Environment.ProcessorCount < 2)
            {
                return null;
            }

            Stream? stream = null;
            try
            {
                stream = _reopen();
                (_opened ??= new List<IDisposable>()).Add(stream);
                long from = here + (long)((_length - here) * _splitFraction);
                stream.Position = from;
                var block = new byte[1 << 16];
                int count = 0, n;
                while (count < block.Length && (n = stream.Read(block, count, block.Length - count)) > 0)
                {
                    count += n;
                }

                int at = FindSplit(block, count);
                if (at < 0)
                {
                    return null;
                }

                stream.Position = from + at;
                var helper = new Helper(new JsonBulkReader(this, new Utf8JsonScanner(stream, 1 << 20, from + at)), from + at);
                helper.Begin();
                return helper;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
                return null; // then one thread reads it all
            }
        }

        /// <summary>
        /// Takes the helper's relations after this reader's, once this reader is at the helper's start between two
        /// relations: true when it did (this reader then reads on with the helper's scanner, after the array); false when
        /// the helper failed or its properties cannot follow these (this reader then reads on by itself, from here).
        /// </summary>
        private bool TakeOver(Helper helper)
        {
            helper.Wait();
            JsonBulkReader other = helper.Reader;
            if (!helper.Succeeded || !_relations!.CanAppend(other._relations!))
            {
                helper.Abandon();
                return false;
            }

            // Both parts were read; an id in both is a duplicate of the document (the one-thread reading would stop at it too).
            if (other._relationIds != null)
            {
                _relationIds ??= new HashSet<string>(StringComparer.Ordinal);
                foreach (string id in other._relationIds)
                {
                    if (!_relationIds.Add(id))
                    {
                        throw Irregular();
                    }
                }
            }

            if (other._generatedIds != null && !(_generatedIds ??= new BitSet()).TryUnion(other._generatedIds))
            {
                throw Irregular();
            }

            _relations.Append(other._relations!);
            other._relations = null;
            _s = other._s;
            _tookHelper = true;
            return true;
        }

        /// <summary>The second thread of a relations array: a reader of its own from <see cref="Start"/> to the array's end.</summary>
        private sealed class Helper
        {
            private readonly Thread _thread;
            private bool _waited;

            public Helper(JsonBulkReader reader, long start)
            {
                Reader = reader;
                Start = start;
                _thread = new Thread(Run, 1 << 20) { IsBackground = true, Name = "JSON relations, second part" };
            }

            /// <summary>Gets the helper's reader.</summary>
            public JsonBulkReader Reader { get; }

            /// <summary>Gets the offset of the first relation it reads.</summary>
            public long Start { get; }

            /// <summary>Gets whether it read to the array's end without an irregularity (valid after <see cref="Wait"/>).</summary>
            public bool Succeeded { get; private set; }

            public void Begin() => _thread.Start();

            public void Wait()
            {
                if (!_waited)
                {
                    _thread.Join();
                    _waited = true;
                }
            }

            /// <summary>Stops it (at its next relation) and waits for it; its work is dropped.</summary>
            public void Abandon()
            {
                Reader._cancelled = true;
                Wait();
                Succeeded = false;
            }

            private void Run()
            {
                try
                {
                    Helper? none = null;
                    Reader.ReadRelationElements(Reader._vocabulary!, true, ref none);
                    Succeeded = true;
                }
                catch (Exception)
                {
                    // Whatever it met (an irregularity, a place that was not a relation's start), this reader reads on by itself.
                    Succeeded = false;
                }
            }
        }

        private void ReadRelation(Vocabulary vocabulary)
        {
            _s.Expect((byte)'{');
            string? id = null, type = null;
            int line = -1, source = -1, target = -1;
            PartialDate? from = null, to = null, at = null;
            string? fromText = null, toText = null, atText = null;
            PropertyMap properties = PropertyMap.Empty;
            PropertyTable? table = null;
            int row = -1;
            double? confidence = null;
            RelationFields? more = null;
            var fields = new FieldReader(RelationFieldNames);
            int field;
            while ((field = NextField(ref fields)) >= 0)
            {
                switch (field)
                {
                    case 0:
                        RequireString();
                        line = GeneratedLine();
                        id = line >= 0 ? null : _s.TokenString();
                        break;
                    case 1:
                        type = RequiredString(_types);
                        break;
                    case 2:
                        source = EntityIndex();
                        break;
                    case 3:
                        target = EntityIndex();
                        break;
                    case 4:
                        from = Date(out fromText);
                        break;
                    case 5:
                        to = Date(out toText);
                        break;
                    case 6:
                        at = Date(out atText);
                        break;
                    case 7:
                        More(ref more).NotBefore = OptionalString();
                        break;
                    case 8:
                        More(ref more).NotAfter = OptionalString();
                        break;
                    case 9:
                        More(ref more).Time = OptionalString();
                        break;
                    case 10:
                        More(ref more).Status = OptionalString();
                        break;
                    case 11:
                        More(ref more).Attribution = OptionalString();
                        break;
                    case 12:
                        More(ref more).Note = OptionalString();
                        break;
                    case 13:
                        More(ref more).About = OptionalString();
                        break;
                    case 14:
                        More(ref more).Approximate = OptionalBool();
                        break;
                    case 15:
                        More(ref more).Event = OptionalBool();
                        break;
                    case 16:
                        if (!_s.TryReadNull())
                        {
                            More(ref more).Observed = new List<string>(StringList());
                        }

                        break;
                    case 17:
                        // A row of the relations' table (no map made for it) or a map of its own.
                        row = ReadPropertyRow(_relationProperties, out table, out properties);
                        break;
                    case 18:
                        confidence = OptionalNumber();
                        break;
                    default:
                        ReadCitations(ref more);
                        break;
                }
            }

            if ((id == null && line < 0) || type == null || source < 0 || target < 0)
            {
                throw Irregular();
            }

            // An id of the generated form e{line} (a slug) is kept as its number (the relation makes the text when asked): a
            // large file does not keep millions of id strings, nor makes them. The checks below take an id only for their
            // messages, which this reader never reports (on any error the document path reads the file again and reports
            // it), so a generated id is passed to them as the text of its form.
            if (!(id == null ? (_generatedIds ??= new BitSet()).TryAdd(line) : GraphBuilder.IsSlug(id) && (_relationIds ??= new HashSet<string>(StringComparer.Ordinal)).Add(id)))
            {
                throw Irregular();
            }

            string label = id ?? GeneratedForm;

            Validity validity;
            RelationStatus status = RelationStatus.Stated;
            IReadOnlyList<Citation> citations = Array.Empty<Citation>();
            if (more == null)
            {
                // The shared rule, as RelationFields.TryResolve applies it to a relation with only these dates.
                if (!Validity.TryCreate(from, to, at, null, null, null, false, false, false, out validity, out _, out _))
                {
                    throw Irregular();
                }
            }
            else
            {
                more.Id = id ?? Relation.GeneratedId(line);
                more.From = fromText ?? from?.ToString();
                more.To = toText ?? to?.ToString();
                more.At = atText ?? at?.ToString();
                more.Confidence = confidence;
                if (!more.TryResolve(null, out validity, out status, out Citation[] resolved))
                {
                    throw Irregular();
                }

                citations = resolved;
            }

            Entity s = _entities[source], t = _entities[target];
            // A row of the table is checked here, as CheckRelation checks a map (the same rule).
            if (!GraphBuilder.CheckRelation(true, vocabulary, label, type, s.Id, true, s, t.Id, true, t, validity, properties, citations, confidence, status, more?.Attribution, more?.Note, more?.About, _sourceById, default, _found, out RelationType relationType, out Citation[] bound, out Validity derived, out RelationDetails? details)
                || (table != null && !GraphBuilder.CheckPropertyRow(table, row, null, default, null)))
            {
                throw Irregular();
            }

            _relations!.Add(id, Math.Max(line, 0), relationType, source, target, derived, table, table == null ? -1 : row, table == null ? properties : null, bound, confidence, details);
        }

        private RelationFields More(ref RelationFields? more)
        {
            if (more == null)
            {
                more = _fields;
                more.Clear();
            }

            return more;
        }

        private void ReadCitations(ref RelationFields? more)
        {
            foreach (string?[] c in ReadStringObjects(CitationFieldNames, 1))
            {
                (More(ref more).Citations ??= new List<CitationFields>()).Add(new CitationFields(c[0]!, c[1], c[2], c[3]));
            }
        }

        /// <summary>
        /// Moves to the next field of an object (after its <c>{</c>) that the table knows, and returns its index, or -1 at
        /// the end of the object; skips the others (an unknown name may repeat no more than a known one may: a repeated
        /// name is malformed JSON).
        /// </summary>
        private int NextField(ref FieldReader state)
        {
            while (_s.NextMember(ref state.First))
            {
                int field = state.Table.Find(_s);
                if (field < 0)
                {
                    if (!(state.Others ??= new HashSet<string>(StringComparer.Ordinal)).Add(_s.TokenString()))
                    {
                        throw Irregular();
                    }

                    _s.ReadToken();
                    continue;
                }

                if ((state.Seen & (1 << field)) != 0)
                {
                    throw Irregular();
                }

                state.Seen |= 1 << field;
                return field;
            }

            return -1;
        }

        /// <summary>The number of an id of the form e{line} that reads back the same (no leading zero, within an int), or -1.</summary>
        private int GeneratedLine()
        {
            byte[] t = _s.Token;
            int n = _s.TokenLength;
            if (n < 2 || n > 11 || t[0] != (byte)'e' || (t[1] == (byte)'0' && n > 2))
            {
                return -1;
            }

            long value = 0;
            for (int i = 1; i < n; i++)
            {
                int digit = t[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return -1;
                }

                value = (value * 10) + digit;
            }

            return value <= int.MaxValue ? (int)value : -1;
        }

        /// <summary>The index of the entity a relation end names (the field's string), looked up without making a string; an unknown id is irregular (an error, or an entity that comes later).</summary>
        private int EntityIndex()
        {
            RequireString();
            int index = _ids == null ? -1 : _ids.Find(_s.Token, _s.TokenLength);
            if (index < 0)
            {
                throw Irregular();
            }

            return index;
        }

        /// <summary>A date field: null, or a valid partial date (the common YYYY-MM-DD read from the bytes, as the CSV reader does; the text kept only for other forms).</summary>
        private PartialDate? Date(out string? text)
        {
            text = null;
            if (_s.TryReadNull())
            {
                return null;
            }

            _s.ReadString();
            if (Day(_s.Token, _s.TokenLength) is PartialDate day)
            {
                return day;
            }

            text = _s.TokenString();
            if (!PartialDate.TryParse(text, out PartialDate date, out _))
            {
                throw Irregular();
            }

            return date;
        }

        /// <summary>The common full date YYYY-MM-DD, read from its bytes (a valid day of years 1 to 9999), or null for any other text.</summary>
        private static PartialDate? Day(byte[] c, int n)
        {
            if (n != 10 || c[4] != (byte)'-' || c[7] != (byte)'-')
            {
                return null;
            }

            int year = 0, month = 0, day = 0;
            for (int i = 0; i < 10; i++)
            {
                int digit = c[i] - '0';
                if (i == 4 || i == 7)
                {
                    continue;
                }

                if ((uint)digit > 9)
                {
                    return null;
                }

                if (i < 4)
                {
                    year = (year * 10) + digit;
                }
                else if (i < 7)
                {
                    month = (month * 10) + digit;
                }
                else
                {
                    day = (day * 10) + digit;
                }
            }

            return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
        }

        private void RequireString()
        {
            if (_s.Peek() != (byte)'"')
            {
                throw Irregular();
            }

            _s.ReadString();
            if (_s.TokenLength == 0)
            {
                throw Irregular();
            }
        }

        private string RequiredString()
        {
            RequireString();
            return _s.TokenString();
        }

        private string RequiredString(StringCache cache)
        {
            RequireString();
            return cache.Get(_s);
        }

        private string? OptionalString()
        {
            if (_s.TryReadNull())
            {
                return null;
            }

            if (_s.Peek() != (byte)'"')
            {
                throw Irregular();
            }

            _s.ReadString();
            return _s.TokenString();
        }

        private bool OptionalBool()
        {
            byte c = _s.Peek();
            if (c != (byte)'t' && c != (byte)'f' && c != (byte)'n')
            {
                throw Irregular();
            }

            return _s.ReadLiteral() ?? false;
        }

        private double? OptionalNumber()
        {
            if (_s.TryReadNull())
            {
                return null;
            }

            byte c = _s.Peek();
            if (c != (byte)'-' && (c < (byte)'0' || c > (byte)'9'))
            {
                throw Irregular();
            }

            return _s.ReadNumber(out long l, out double d) ? l : d;
        }

        /// <summary>Null (an empty list) or an array of strings.</summary>
        private string[] StringList()
        {
            if (_s.TryReadNull())
            {
                return Array.Empty<string>();
            }

            _s.Expect((byte)'[');
            List<string>? list = null;
            bool first = true;
            while (_s.NextElement(ref first))
            {
                if (_s.Peek() != (byte)'"')
                {
                    throw Irregular();
                }

                _s.ReadString();
                (list ??= new List<string>()).Add(_s.TokenString());
            }

            return list == null ? Array.Empty<string>() : list.ToArray();
        }

        /// <summary>Null or an object of typed values, as <see cref="ReadProperties(PropertyRows)"/> reads it: the row of <paramref name="rows"/>' table it went to (with the table), or -1 with its map (<see cref="PropertyMap.Empty"/> for none).</summary>
        private int ReadPropertyRow(PropertyRows rows, out PropertyTable? table, out PropertyMap map)
        {
            map = ReadProperties(rows, false);
            return rows.LastRow(out table);
        }

        /// <summary>Null or an object of typed values (a string, a 64-bit integer, a double, a boolean, an array of strings), as the document path reads properties.</summary>
        private PropertyMap ReadProperties(PropertyRows rows) => ReadProperties(rows, true);

        /// <summary>Reads properties into <paramref name="rows"/>; a row of its table gets a map (a view) only when <paramref name="view"/>, else <see cref="PropertyMap.Empty"/> (see <see cref="PropertyRows.LastRow"/>).</summary>
        private PropertyMap ReadProperties(PropertyRows rows, bool view)
        {
            rows.Clear();
            if (_s.TryReadNull())
            {
                return PropertyMap.Empty;
            }

            _s.Expect((byte)'{');
            bool first = true;
            while (_s.NextMember(ref first))
            {
                if (_s.TokenLength == 0)
                {
                    throw Irregular();
                }

                string key = _keys.Get(_s);
                byte c = _s.Peek();
                switch (c)
                {
                    case (byte)'"':
                        _s.ReadString();
                        rows.Add(key, PropertyTable.Object, 0, _s.TokenString());
                        break;
                    case (byte)'t':
                    case (byte)'f':
                        rows.Add(key, PropertyTable.Bool, _s.ReadLiteral() == true ? 1 : 0, null);
                        break;
                    case (byte)'[':
                        rows.Add(key, PropertyTable.Object, 0, Array.AsReadOnly(StringList()));
                        break;
                    default:
                        if (c != (byte)'-' && (c < (byte)'0' || c > (byte)'9'))
                        {
                            throw Irregular(); // null, an object: errors
                        }

                        if (_s.ReadNumber(out long l, out double d))
                        {
                            rows.Add(key, PropertyTable.Long, l, null);
                        }
                        else
                        {
                            rows.Add(key, PropertyTable.Double, BitConverter.DoubleToInt64Bits(d), null);
                        }

                        break;
                }
            }

            return rows.Build(view);
        }

        /// <summary>The properties of one item as read, then stored as a row of a columnar table shared by the items with the same names in the same order (or a map of their own).</summary>
        private sealed class PropertyRows
        {
            private readonly List<string> _keys = new List<string>();
            private readonly List<byte> _tags = new List<byte>();
            private readonly List<long> _bits = new List<long>();
            private readonly List<object?> _objects = new List<object?>();
            private PropertyTable? _table;
            private int _expectedRows = 1024;
            private int _lastRow = -1;

            /// <summary>The row of the table the last <see cref="Build"/> added, with the table, or -1 (none: no properties, or a map of their own).</summary>
            public int LastRow(out PropertyTable? table)
            {
                table = _lastRow >= 0 ? _table : null;
                return _lastRow;
            }

            /// <summary>Makes room for <paramref name="rows"/> rows in all (the table is made with room for them if it is not made yet).</summary>
            public void Reserve(int rows)
            {
                _expectedRows = Math.Max(_expectedRows, rows);
                _table?.Reserve(rows);
            }

            public void Clear()
            {
                _lastRow = -1;
                _keys.Clear();
                _tags.Clear();
                _bits.Clear();
                _objects.Clear();
            }

            public void Add(string key, byte tag, long bits, object? value)
            {
                if (_keys.Contains(key))
                {
                    throw Irregular(); // a repeated name is malformed JSON
                }

                _keys.Add(key);
                _tags.Add(tag);
                _bits.Add(bits);
                _objects.Add(value);
            }

            /// <summary>Stores the properties read: as a row of the table (its map, a view of the row, only when <paramref name="view"/>; else <see cref="PropertyMap.Empty"/>, see <see cref="LastRow"/>), or as a map of their own.</summary>
            public PropertyMap Build(bool view)
            {
                if (_keys.Count == 0)
                {
                    return PropertyMap.Empty;
                }

                _table ??= new PropertyTable(_keys.ToArray(), _expectedRows);
                string[] columns = _table.Keys;
                int[]? at = null;
                int c = 0;
                for (int i = 0; i < _keys.Count; i++)
                {
                    // The names must be the table's columns in the table's order (some may be absent), so the row's map lists them as written.
                    while (c < columns.Length && !ReferenceEquals(columns[c], _keys[i]) && columns[c] != _keys[i])
                    {
                        c++;
                    }

                    if (c == columns.Length)
                    {
                        return Map();
                    }

                    (at ??= new int[_keys.Count])[i] = c++;
                }

                int row = _lastRow = _table.AddRow();
                for (int i = 0; i < _keys.Count; i++)
                {
                    switch (_tags[i])
                    {
                        case PropertyTable.Long:
                            _table.SetLong(row, at![i], _bits[i]);
                            break;
                        case PropertyTable.Double:
                            _table.SetDouble(row, at![i], BitConverter.Int64BitsToDouble(_bits[i]));
                            break;
                        case PropertyTable.Bool:
                            _table.SetBool(row, at![i], _bits[i] != 0);
                            break;
                        default:
                            _table.SetObject(row, at![i], _objects[i]!);
                            break;
                    }
                }

                return view ? new PropertyMap(_table, row) : PropertyMap.Empty;
            }

            private PropertyMap Map()
            {
                var values = new object[_keys.Count];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = _tags[i] switch
                    {
                        PropertyTable.Long => _bits[i],
                        PropertyTable.Double => BitConverter.Int64BitsToDouble(_bits[i]),
                        PropertyTable.Bool => _bits[i] != 0,
                        _ => _objects[i]!,
                    };
                }

                return PropertyMap.FromTrusted(_keys.ToArray(), values);
            }
        }

        /// <summary>Where <see cref="NextField"/> is in one object: its fields' table, the known fields seen, the unknown names seen.</summary>
        private struct FieldReader
        {
            public readonly FieldTable Table;
            public bool First;
            public int Seen;
            public HashSet<string>? Others;

            public FieldReader(FieldTable table)
            {
                Table = table;
                First = true;
                Seen = 0;
                Others = null;
            }
        }

        /// <summary>Field names of one kind of object, found from the bytes of a name without making a string.</summary>
        private sealed class FieldTable
        {
            private readonly byte[][] _names;
            private readonly int[] _slots = new int[128];

            public FieldTable(params string[] names)
            {
                _names = new byte[names.Length][];
                for (int i = 0; i < names.Length; i++)
                {
                    _names[i] = System.Text.Encoding.ASCII.GetBytes(names[i]);
                    int slot = Hash(_names[i], _names[i].Length);
                    while (_slots[slot] != 0)
                    {
                        slot = (slot + 1) & 127;
                    }

                    _slots[slot] = i + 1;
                }
            }

            /// <summary>Gets the number of names.</summary>
            public int Count => _names.Length;

            /// <summary>The index of the name in the scanner's token, or -1.</summary>
            public int Find(Utf8JsonScanner s)
            {
                byte[] t = s.Token;
                int n = s.TokenLength;
                if (n == 0)
                {
                    return -1;
                }

                for (int slot = Hash(t, n); ; slot = (slot + 1) & 127)
                {
                    int entry = _slots[slot] - 1;
                    if (entry < 0)
                    {
                        return -1;
                    }

                    byte[] name = _names[entry];
                    if (name.Length == n && Same(name, t, n))
                    {
                        return entry;
                    }
                }
            }

            private static bool Same(byte[] a, byte[] b, int n)
            {
                for (int i = 0; i < n; i++)
                {
                    if (a[i] != b[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            private static int Hash(byte[] t, int n) => ((n * 31) + (t[0] * 7) + (t[n - 1] * 3) + t[n / 2]) & 127;
        }

        /// <summary>One string per distinct text of a field that repeats (kinds, types, property names), found from the bytes; up to 4096 texts, then new strings.</summary>
        private sealed class StringCache
        {
            private readonly Dictionary<int, List<(byte[] Bytes, string Text)>> _byHash = new Dictionary<int, List<(byte[], string)>>();
            private int _count;

            public string Get(Utf8JsonScanner s)
            {
                byte[] t = s.Token;
                int n = s.TokenLength;
                int h = n;
                for (int i = 0; i < n; i++)
                {
                    h = (h * 31) + t[i];
                }

                if (_byHash.TryGetValue(h, out List<(byte[] Bytes, string Text)>? bucket))
                {
                    foreach ((byte[] bytes, string text) in bucket)
                    {
                        if (bytes.Length == n && new ReadOnlySpan<byte>(t, 0, n).SequenceEqual(bytes))
                        {
                            return text;
                        }
                    }
                }

                string made = s.TokenString();
                if (_count < 4096)
                {
                    var copy = new byte[n];
                    Buffer.BlockCopy(t, 0, copy, 0, n);
                    if (bucket == null)
                    {
                        _byHash.Add(h, bucket = new List<(byte[], string)>());
                    }

                    bucket.Add((copy, made));
                    _count++;
                }

                return made;
            }
        }

        /// <summary>
        /// The index of each entity by id, found from the bytes of a relation's end without making a string. Open
        /// addressing; a slot holds the id's hash, its entity and, for ids of up to 7 characters, the id itself, so that a
        /// look-up of a short id touches one slot. Ids are slugs (ASCII), so their bytes are their characters.
        /// </summary>
        private sealed class EntityIds
        {
            private readonly uint _seed = (uint)Guid.NewGuid().GetHashCode();
            private readonly List<string> _keys;
            private long[] _slots; // per slot: (hash << 32) | (entry + 1), then the packed id and its length (0 when longer than 7)
            private int _mask;

            public EntityIds(int expected)
            {
                int capacity = 1024;
                while (capacity < expected + (expected / 2) && capacity < (1 << 30))
                {
                    capacity <<= 1;
                }

                _slots = new long[capacity * 2];
                _mask = capacity - 1;
                _keys = new List<string>(expected);
            }

            /// <summary>Adds a slug id for entity <paramref name="value"/> (the number of ids added so far); false when it is there already.</summary>
            public bool TryAdd(string id, int value)
            {
                uint hash = _seed;
                long packed = id.Length <= 7 ? (long)id.Length << 56 : 0;
                for (int i = 0; i < id.Length; i++)
                {
                    hash = (hash ^ id[i]) * 16777619;
                    if (i < 7)
                    {
                        packed |= (long)(id[i] & 0xFF) << (8 * i);
                    }
                }

                int h = Mix(hash);
                if (Find(h, packed, id, null, id.Length) >= 0)
                {
                    return false;
                }

                if ((_keys.Count + 1) * 3 > (_mask + 1) * 2)
                {
                    Grow();
                }

                _keys.Add(id);
                Insert(((long)h << 32) | (uint)(value + 1), id.Length <= 7 ? packed : 0);
                return true;
            }

            /// <summary>The entity of the id in <paramref name="t"/>, or -1.</summary>
            public int Find(byte[] t, int n)
            {
                uint hash = _seed;
                long packed = n <= 7 ? (long)n << 56 : 0;
                for (int i = 0; i < n; i++)
                {
                    hash = (hash ^ t[i]) * 16777619;
                    if (i < 7)
                    {
                        packed |= (long)t[i] << (8 * i);
                    }
                }

                return Find(Mix(hash), packed, null, t, n);
            }

            private int Find(int hash, long packed, string? key, byte[]? bytes, int length)
            {
                long[] slots = _slots;
                for (int i = hash & _mask; ; i = (i + 1) & _mask)
                {
                    long head = slots[i * 2];
                    if (head == 0)
                    {
                        return -1;
                    }

                    if ((int)(head >> 32) != hash)
                    {
                        continue;
                    }

                    int entry = (int)(head & 0xFFFFFFFFL) - 1;
                    if (length <= 7 ? slots[(i * 2) + 1] == packed : Same(_keys[entry], key, bytes, length))
                    {
                        return entry;
                    }
                }
            }

            private static bool Same(string id, string? key, byte[]? bytes, int length)
            {
                if (id.Length != length)
                {
                    return false;
                }

                for (int i = 0; i < length; i++)
                {
                    if (id[i] != (key != null ? key[i] : (char)bytes![i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            private void Insert(long head, long packed)
            {
                int hash = (int)(head >> 32);
                int i = hash & _mask;
                while (_slots[i * 2] != 0)
                {
                    i = (i + 1) & _mask;
                }

                _slots[i * 2] = head;
                _slots[(i * 2) + 1] = packed;
            }

            private void Grow()
            {
                long[] old = _slots;
                _slots = new long[old.Length * 2];
                _mask = (_mask * 2) + 1;
                for (int at = 0; at < old.Length; at += 2)
                {
                    if (old[at] != 0)
                    {
                        Insert(old[at], old[at + 1]);
                    }
                }
            }

            /// <summary>Spreads the hash into the low bits the table indexes by (Fibonacci hashing, folded).</summary>
            private static int Mix(uint h)
            {
                ulong x = h * 0x9E3779B97F4A7C15UL;
                return (int)(x >> 32) ^ (int)x;
            }
        }

        /// <summary>A growable set of non-negative integers (the numbers of generated-form relation ids).</summary>
        private sealed class BitSet
        {
            private ulong[] _words = new ulong[1024];

            /// <summary>Adds the values of <paramref name="other"/>; false when one was here already (then the set is partly changed).</summary>
            public bool TryUnion(BitSet other)
            {
                if (other._words.Length > _words.Length)
                {
                    Array.Resize(ref _words, other._words.Length);
                }

                for (int i = 0; i < other._words.Length; i++)
                {
                    if ((_words[i] & other._words[i]) != 0)
                    {
                        return false;
                    }

                    _words[i] |= other._words[i];
                }

                return true;
            }

            public bool TryAdd(int value)
            {
                int word = value >> 6;
                if (word >= _words.Length)
                {
                    Array.Resize(ref _words, Math.Max(word + 1, _words.Length * 2));
                }

                ulong bit = 1UL << (value & 63);
                if ((_words[word] & bit) != 0)
                {
                    return false;
                }

                _words[word] |= bit;
                return true;
            }
        }
    }
}

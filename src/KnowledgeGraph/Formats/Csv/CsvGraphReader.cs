using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Formats.Json;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// Imports a graph from two CSV files (RFC 4180): one of entities and one of relations, streaming, with every bad
    /// line reported by file and line number.
    /// </summary>
    /// <remarks>
    /// <para><b>Entities</b> (<c>nodes.csv</c>): a header naming at least <c>id</c>, <c>kind</c> and <c>name</c>; optional
    /// <c>description</c> and <c>aliases</c> (several names separated by <c>;</c>), or <c>aliases:json</c> (a JSON array of
    /// names, which may hold <c>;</c>).</para>
    /// <para><b>Relations</b> (<c>edges.csv</c>): a header naming at least <c>source</c>, <c>target</c> and <c>type</c>;
    /// optional <c>id</c> (when absent or empty, the relation gets the stable id <c>e{line}</c>, its line in the file),
    /// <c>from</c>, <c>to</c> and <c>at</c> (partial dates <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>) and
    /// <c>confidence</c> (a number in [0, 1]).</para>
    /// <para>Relations may also carry the time and certainty fields of the JSON format, as columns of the same names:
    /// <c>approximate</c> and <c>event</c> (<c>true</c>/<c>false</c>), <c>time</c> (<c>permanent</c>), <c>notBefore</c>,
    /// <c>notAfter</c>, <c>observed</c> (dates separated by <c>;</c>), <c>status</c>, <c>attribution</c>, <c>note</c> and
    /// <c>about</c>; the time fields are checked together by the rule every format shares.</para>
    /// <para>Every other column becomes a typed property of the entity or relation (a column <c>prop.NAME</c> the
    /// property <c>NAME</c>): <c>true</c>/<c>false</c> a boolean,
    /// an integer a <see cref="long"/>, another invariant number a <see cref="double"/>, anything else a string; an empty
    /// cell adds no property. A column whose header ends in <c>:string</c> holds text as it stands (<c>007</c> stays
    /// text), one ending in <c>:json</c> one JSON value per cell (a string in double quotes, an integer, a number,
    /// <c>true</c>/<c>false</c> or an array of strings); the property is named without the ending. Column names are matched ignoring case. This is the shape written by
    /// <see cref="CsvGraphWriter"/> and by the peer benchmark's <c>gen_graph.py</c>.</para>
    /// <para>Each line is checked as it is read, against the same rules as <see cref="GraphBuilder"/>: ids are lowercase
    /// slugs and unique, kinds and relation types are in the vocabulary (<see cref="ImportOptions.Vocabulary"/>; for
    /// files whose types are not in the default vocabulary, use <see cref="CsvVocabularies.Open"/>), relations connect
    /// known entities of kinds their type allows, dates are valid. In <see cref="ImportErrorMode.Stop"/> mode the first
    /// bad line throws a <see cref="GraphValidationException"/> and nothing is built; in <see cref="ImportErrorMode.Skip"/>
    /// mode bad lines are skipped (a relation to a skipped entity is reported too) and listed in
    /// <see cref="ImportResult.Problems"/>. A missing header column is always fatal.</para>
    /// <para>The reader builds the graph in one pass, without <see cref="GraphBuilder"/>'s intermediate records: a
    /// million entities and three million relations load in seconds. Read from paths, a file of more than 2 MB without
    /// double quotes (and, for relations, without an <c>id</c> column) is cut at line breaks and its chunks are parsed on
    /// one thread a processor, then added in file order: the graph, the problems and the first error are exactly those of
    /// one pass. Thread-safe: it keeps no state between calls.</para>
    /// </remarks>
    public static class CsvGraphReader
    {
        /// <summary>Reads a graph from a directory holding <c>nodes.csv</c> and <c>edges.csv</c>.</summary>
        /// <param name="directory">The directory.</param>
        /// <param name="options">The options; stop at the first error and the default vocabulary when <c>null</c>.</param>
        /// <returns>The graph and an account of skipped lines.</returns>
        /// <exception cref="GraphValidationException">A file cannot be read, lacks a required column, or (in Stop mode) has a bad line.</exception>
        /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
        public static ImportResult Import(string directory, ImportOptions? options = null) =>
            Import(Path.Combine(directory ?? throw new ArgumentNullException(nameof(directory)), "nodes.csv"), Path.Combine(directory, "edges.csv"), options);

        /// <summary>Reads a graph from two streams of CSV text (UTF-8), which are left open.</summary>
        /// <param name="nodes">The entities text.</param>
        /// <param name="nodesName">The name to report in errors for the entities, or <c>null</c>.</param>
        /// <param name="edges">The relations text.</param>
        /// <param name="edgesName">The name to report in errors for the relations, or <c>null</c>.</param>
        /// <param name="options">The options; stop at the first error and the default vocabulary when <c>null</c>.</param>
        /// <returns>The graph and an account of skipped lines.</returns>
        /// <exception cref="GraphValidationException">A required column is missing or (in Stop mode) a line is bad.</exception>
        /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
        public static ImportResult Import(Stream nodes, string? nodesName, Stream edges, string? edgesName, ImportOptions? options = null)
        {
            using StreamReader nodesText = FormatInput.OpenStream(nodes);
            using StreamReader edgesText = FormatInput.OpenStream(edges);
            return Import(nodesText, nodesName, edgesText, edgesName, options);
        }

        /// <summary>Reads a graph from an entities file and a relations file.</summary>
        /// <param name="nodesPath">The entities file (<c>id,kind,name,...</c>).</param>
        /// <param name="edgesPath">The relations file (<c>source,target,type,...</c>).</param>
        /// <param name="options">The options; stop at the first error and the default vocabulary when <c>null</c>.</param>
        /// <returns>The graph and an account of skipped lines.</returns>
        /// <exception cref="GraphValidationException">A file cannot be read, lacks a required column, or (in Stop mode) has a bad line.</exception>
        /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
        public static ImportResult Import(string nodesPath, string edgesPath, ImportOptions? options = null)
        {
            options ??= new ImportOptions();
            using TextReader nodes = Open(nodesPath);
            using TextReader edges = Open(edgesPath);
            Action<string>? phase = Phase;
            CsvFileScan? nodesScan = CsvFileScan.Scan(nodesPath, options.CsvChunkBytes > 0 ? options.CsvChunkBytes : DefaultChunkBytes);
            CsvFileScan? edgesScan = CsvFileScan.Scan(edgesPath, options.CsvChunkBytes > 0 ? options.CsvChunkBytes : DefaultChunkBytes);
            var state = new ReadState(options, nodesScan?.Records ?? 0, edgesScan?.Records ?? 0);
            ChunksRead = 0;
            NodeChunksRead = 0;
            phase?.Invoke("scan");
            state.ReadNodes(new CsvRecordReader(nodes), nodesPath, nodesScan);
            phase?.Invoke("nodes");
            state.ReadEdges(new CsvRecordReader(edges), edgesPath, edgesScan);
            phase?.Invoke("edges");
            ImportResult result = state.Finish();
            phase?.Invoke("graph");
            return result;
        }

        /// <summary>Reads a graph from two readers of CSV text.</summary>
        /// <param name="nodes">The entities text.</param>
        /// <param name="nodesName">The name to report in errors for the entities, or <c>null</c>.</param>
        /// <param name="edges">The relations text.</param>
        /// <param name="edgesName">The name to report in errors for the relations, or <c>null</c>.</param>
        /// <param name="options">The options; stop at the first error and the default vocabulary when <c>null</c>.</param>
        /// <returns>The graph and an account of skipped lines.</returns>
        /// <exception cref="GraphValidationException">A required column is missing or (in Stop mode) a line is bad.</exception>
        /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
        public static ImportResult Import(TextReader nodes, string? nodesName, TextReader edges, string? edgesName, ImportOptions? options = null)
        {
            var state = new ReadState(options ?? new ImportOptions(), 0, 0);
            state.ReadNodes(new CsvRecordReader(nodes), nodesName, null);
            state.ReadEdges(new CsvRecordReader(edges), edgesName, null);
            return state.Finish();
        }

        /// <summary>Called with the name of each step of a file import as it ends (scan, nodes, edges, graph); for the benchmarks' breakdown.</summary>
        internal static Action<string>? Phase;

        /// <summary>The number of chunks the last import on this thread read its relations in (0: one pass); for tests.</summary>
        [ThreadStatic]
        internal static int ChunksRead;

        /// <summary>The number of chunks the last import on this thread read its entities in (0: one pass); for tests.</summary>
        [ThreadStatic]
        internal static int NodeChunksRead;

        /// <summary>The size of the chunks a large relations file is cut into to be parsed in parallel (see <see cref="CsvFileScan"/>).</summary>
        private const int DefaultChunkBytes = 2 << 20;

        private static TextReader Open(string path)
        {
            try
            {
                return new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), Encoding.UTF8, true, 1 << 16);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new GraphValidationException(new[] { new GraphError(GraphErrorCode.IOError, $"Cannot read the file: {ex.Message}", file: path) });
            }
        }

        /// <summary>The known columns of a relations file beyond source, target and type: the rest are properties.</summary>
        private static readonly string[] RelationColumns = new[] { "id", "from", "to", "at", "confidence" }.Concat(RelationFields.FieldNames.Select(f => f.Name)).ToArray();

        private static readonly Citation[] NoCitations = Array.Empty<Citation>();

        /// <summary>The relations of one chunk of a relations file, parsed and checked by a worker, in line order, with the errors between them.</summary>
        private sealed class RelationChunk : IChunk
        {
            private int _capacity;

            public RelationChunk(int capacity)
            {
                _capacity = Math.Max(capacity, 16);
                Lines = new int[_capacity];
                Types = new RelationType[_capacity];
                Sources = new int[_capacity];
                Targets = new int[_capacity];
                Validities = new Validity[_capacity];
                Rows = new int[_capacity];
            }

            public int Count { get; private set; }

            /// <summary>Gets or sets the number of records read (the good, the bad, and the one an error stopped at).</summary>
            public long Records { get; set; }

            public int[] Lines { get; private set; }

            public RelationType[] Types { get; private set; }

            public int[] Sources { get; private set; }

            public int[] Targets { get; private set; }

            public Validity[] Validities { get; private set; }

            /// <summary>Gets the row of each relation in <see cref="Table"/>, or -1.</summary>
            public int[] Rows { get; private set; }

            public double[]? Confidences { get; private set; } // NaN when not stated

            public RelationDetails?[]? Details { get; private set; }

            public PropertyTable? Table { get; set; }

            /// <summary>Gets the errors, each with the number of relations of the chunk before it.</summary>
            public List<(int Before, GraphError Error)> Errors { get; } = new List<(int, GraphError)>();

            /// <summary>Empties the chunk for another, keeping its arrays and its table.</summary>
            public void Clear()
            {
                Array.Clear(Types, 0, Count);
                Array.Clear(Validities, 0, Count);
                if (Details != null)
                {
                    Array.Clear(Details, 0, Count);
                }

                Confidences = null;
                Count = 0;
                Records = 0;
                Errors.Clear();
                Table?.Clear();
            }

            public double? Confidence(int i) => Confidences == null || double.IsNaN(Confidences[i]) ? null : Confidences[i];

            public void Add(int line, ReadState.RelationReader reader)
            {
                int i = Count;
                if (i == _capacity)
                {
                    _capacity *= 2;
                    Lines = Resized(Lines);
                    Types = Resized(Types);
                    Sources = Resized(Sources);
                    Targets = Resized(Targets);
                    Validities = Resized(Validities);
                    Rows = Resized(Rows);
                    Confidences = Confidences == null ? null : Resized(Confidences);
                    Details = Details == null ? null : Resized(Details);
                }

                Lines[i] = line;
                Types[i] = reader.Type!;
                Sources[i] = reader.Source;
                Targets[i] = reader.Target;
                Validities[i] = reader.Validity;
                Rows[i] = reader.Row;
                if (reader.Confidence.HasValue)
                {
                    if (Confidences == null)
                    {
                        Confidences = new double[_capacity];
                        for (int k = 0; k < i; k++)
                        {
                            Confidences[k] = double.NaN;
                        }
                    }

                    Confidences[i] = reader.Confidence.Value;
                }
                else if (Confidences != null)
                {
                    Confidences[i] = double.NaN;
                }

                if (reader.Details != null)
                {
                    (Details ??= new RelationDetails?[_capacity])[i] = reader.Details;
                }

                Count = i + 1;
            }

            private T[] Resized<T>(T[] array)
            {
                T[] copy = array;
                Array.Resize(ref copy, _capacity);
                return copy;
            }
        }

        /// <summary>What the chunks of both files count.</summary>
        private interface IChunk
        {
            /// <summary>Gets or sets the number of records read.</summary>
            long Records { get; set; }

            /// <summary>Empties the chunk for another, keeping its arrays.</summary>
            void Clear();
        }

        /// <summary>An entity line parsed and checked (all but the duplicate id check): the entity's parts, or its error.</summary>
        private readonly struct EntityLine
        {
            public EntityLine(string? file, int line, GraphError? error)
            {
                File = file;
                Line = line;
                Error = error;
                Id = null;
                Kind = null;
                KindOrdinal = -1;
                Name = null;
                Aliases = null;
                Description = null;
                Properties = null;
                Row = -1;
                IsSlug = false;
            }

            public string? File { get; }

            public int Line { get; }

            /// <summary>Gets the line's first error apart from a duplicate id, or <c>null</c>.</summary>
            public GraphError? Error { get; }

            /// <summary>Gets the id, or <c>null</c> when the line's shape is wrong.</summary>
            public string? Id { get; init; }

            /// <summary>Gets whether <see cref="Id"/> is a well-formed id (so that a duplicate is reported before anything else, and the id is kept known).</summary>
            public bool IsSlug { get; init; }

            public EntityKind? Kind { get; init; }

            public int KindOrdinal { get; init; }

            public string? Name { get; init; }

            public IReadOnlyList<string>? Aliases { get; init; }

            public string? Description { get; init; }

            /// <summary>Gets the properties (a view of the reader's table), or <c>null</c> for an error.</summary>
            public PropertyMap? Properties { get; init; }

            /// <summary>Gets the row of the properties in the reader's table, or -1.</summary>
            public int Row { get; init; }
        }

        /// <summary>The entity lines of one chunk of an entities file, parsed and checked by a worker.</summary>
        private sealed class EntityChunk : IChunk
        {
            public List<EntityLine> Lines { get; } = new List<EntityLine>();

            public long Records { get; set; }

            public PropertyTable? Table { get; set; }

            public void Clear()
            {
                Lines.Clear();
                Records = 0;
                Table?.Clear();
            }
        }

        private sealed class ReadState
        {
            private const int CheckEvery = 4096;

            private readonly ImportOptions _options;
            private readonly Vocabulary _vocabulary;
            private readonly List<GraphError> _problems = new List<GraphError>();
            private readonly List<GraphError> _found = new List<GraphError>();
            private Entity[] _entities;
            private int _entityCount;
            private IdTable? _entityById; // id -> position in _entities, or -1 for an id whose line was bad
            private readonly RelationStore _relations;
            private readonly int _expectedNodes;
            private readonly int _expectedEdges;
            private readonly EntityNames? _names; // the names column, when the file holds enough lines for the graph to keep one (Graph.CompactNamesFrom)
            private readonly List<EntityKind> _kindList; // the vocabulary's kinds, by ordinal
            private readonly Dictionary<EntityKind, int> _kindOrdinal = new Dictionary<EntityKind, int>();
            private int[] _kindOf; // the ordinal in _kindList of each entity's kind: relations check their ends' kinds here, not through the entity objects
            private long _records;
            private int[]? _certainty; // the columns of RelationFields.FieldNames (-1 when absent), or null when the file has none

            public ReadState(ImportOptions options, int expectedNodes, int expectedEdges)
            {
                _expectedNodes = expectedNodes;
                _expectedEdges = expectedEdges;
                _entities = new Entity[Math.Max(expectedNodes, 16)];
                _names = expectedNodes > 0 && expectedNodes >= Graph.CompactNamesFrom ? EntityNames.Growing(expectedNodes) : null;
                _kindOf = new int[_entities.Length];
                _entityById = new IdTable(Math.Max(expectedNodes, 512));
                _relations = new RelationStore(Math.Max(expectedEdges, 16));
                _options = options;
                _vocabulary = options.Vocabulary ?? Vocabulary.Default;
                _kindList = _vocabulary.Kinds.ToList();
                for (int i = 0; i < _kindList.Count; i++)
                {
                    _kindOrdinal[_kindList[i]] = i;
                }
            }

            public void ReadNodes(CsvRecordReader csv, string? file, CsvFileScan? scan)
            {
                Header header = ReadHeader(csv, file, "entities", new[] { "id", "kind", "name" }, new[] { "description", "aliases", CsvColumnType.JsonAliases });
                int workers = _options.CsvWorkers > 0 ? _options.CsvWorkers : Environment.ProcessorCount;
                if (file != null && scan != null && scan.CanSplit && csv.Line == 1 && workers > 1)
                {
                    ReadNodesInChunks(file, header, scan, workers);
                    return;
                }

                // One pass: each line is parsed and checked as a chunk's would be, then added at once.
                var reader = new EntityReader(this, file, header, _expectedNodes);
                while (csv.Read())
                {
                    Tick();
                    AddEntity(reader.Read(csv), null);
                }
            }

            /// <summary>Reads the entities of a file cut into chunks: workers parse and check the lines of each chunk; this thread checks the ids for duplicates, adds the entities, and reports or throws the errors, in file order.</summary>
            private void ReadNodesInChunks(string file, Header header, CsvFileScan scan, int workers)
            {
                PropertyTable? table = null;
                NodeChunksRead = 1 + scan.Cuts.Count;
                ReadInChunks(
                    file,
                    scan,
                    workers,
                    expected => new EntityChunk(),
                    (csv, chunk, stopping, expected) =>
                    {
                        var reader = new EntityReader(this, file, header, expected);
                        if (chunk.Lines.Capacity < expected)
                        {
                            chunk.Lines.Capacity = expected; // sized once: a list grown by doubling leaves its smaller copies to the collector
                        }

                        reader.Properties.Reuse(chunk.Table);
                        while (NextChunkRecord(csv, chunk, stopping))
                        {
                            EntityLine line = reader.Read(csv);
                            chunk.Lines.Add(line);
                            if (line.Error != null && _options.ErrorMode == ImportErrorMode.Stop)
                            {
                                break;
                            }
                        }

                        chunk.Table = reader.Properties.Table;
                    },
                    chunk =>
                    {
                        foreach (EntityLine line in chunk.Lines)
                        {
                            PropertyMap? properties = null;
                            if (line.Error == null && line.Row >= 0)
                            {
                                table ??= new PropertyTable(chunk.Table!.Keys, Math.Max(_expectedNodes, 1024));
                                properties = new PropertyMap(table, table.CopyRow(chunk.Table!, line.Row));
                            }

                            AddEntity(line, properties);
                        }
                    });
            }

            /// <summary>
            /// Parses the chunks of a file on worker threads and merges them here in file order (<see cref="CsvChunkRunner"/>),
            /// counting their records as <see cref="Tick"/> does. The chunks merged are used again: their arrays are large
            /// objects, which only a full collection frees.
            /// </summary>
            private void ReadInChunks<TChunk>(string file, CsvFileScan scan, int workers, Func<int, TChunk> make, Action<CsvRecordReader, TChunk, Func<bool>, int> parse, Action<TChunk> merge)
                where TChunk : class, IChunk
            {
                var pool = new System.Collections.Concurrent.ConcurrentBag<TChunk>();
                CsvChunkRunner.Run(
                    file,
                    scan,
                    workers,
                    (k, csv, stopping) =>
                    {
                        int expected = scan.ChunkLines(k);
                        TChunk chunk = pool.TryTake(out TChunk? used) ? used : make(expected);
                        parse(csv, chunk, stopping, expected);
                        return chunk;
                    },
                    chunk =>
                    {
                        Advance(chunk.Records);
                        merge(chunk);
                        chunk.Clear();
                        pool.Add(chunk);
                    });
            }

            /// <summary>Adds an entity line as the file's next (the duplicate id check, which needs the lines before): the entity, or its error.</summary>
            private void AddEntity(in EntityLine line, PropertyMap? properties)
            {
                if (line.Id == null || !line.IsSlug)
                {
                    Fail(line.Error!);
                    return;
                }

                // The builder's order: a well-formed id that is there already is a duplicate, whatever else the line has.
                int position = line.Error == null ? _entityCount : -1;
                if (!_entityById!.TryAdd(line.Id, position))
                {
                    Fail(GraphBuilder.DuplicateIdError("entity", line.Id, new TextPosition(line.File, line.Line, 0)));
                    return;
                }

                if (line.Error != null)
                {
                    // The id stays known (as a bad line's), so that its relations are reported as such rather than as unknown entities.
                    Fail(line.Error);
                    return;
                }

                // A large file's names go into the column as they come (the graph would put them there anyway), so that their
                // strings die young instead of being promoted and copied by the collector, then read again.
                object name = _names != null && _names.Count == _entityCount && _names.Append(line.Name!) ? _names : line.Name!;
                var entity = new Entity(_entityCount, line.Id, line.Kind!, name, line.Aliases!, line.Description, properties ?? line.Properties!, Array.Empty<ExternalId>());
                if (_entityCount == _entities.Length)
                {
                    Array.Resize(ref _entities, _entities.Length * 2);
                    Array.Resize(ref _kindOf, _entities.Length);
                }

                _kindOf[_entityCount] = line.KindOrdinal;
                _entities[_entityCount++] = entity;
            }

            public void ReadEdges(CsvRecordReader csv, string? file, CsvFileScan? scan)
            {
                Header header = ReadHeader(csv, file, "relations", new[] { "source", "target", "type" }, RelationColumns);
                int idColumn = header.Index("id");
                int[] certainty = RelationFields.FieldNames.Select(f => header.Index(f.Name)).ToArray();
                _certainty = certainty.Any(c => c >= 0) ? certainty : null;
                int workers = _options.CsvWorkers > 0 ? _options.CsvWorkers : Environment.ProcessorCount;
                if (file != null && scan != null && scan.CanSplit && csv.Line == 1 && idColumn < 0 && workers > 1)
                {
                    // Chunks parsed in parallel and added in file order: the same relations, and the same first error,
                    // as the loop below (a file with an id column keeps the loop: its duplicate check goes line by line).
                    ReadEdgesInChunks(file, header, scan, workers);
                    return;
                }

                HashSet<string>? ids = idColumn >= 0 ? new HashSet<string>(StringComparer.Ordinal) : null;
                var reader = new RelationReader(this, file, header, _expectedEdges);
                while (csv.Read())
                {
                    Tick();
                    GraphError? error = CheckShape(csv, file, header);
                    if (error == null)
                    {
                        string? relationId = idColumn >= 0 ? (csv.IsEmpty(idColumn) ? Relation.GeneratedId(csv.Line) : csv.GetString(idColumn)) : null;
                        error = reader.Read(csv, relationId, ids);
                        if (error == null)
                        {
                            _relations.Add(relationId, csv.Line, reader.Type!, reader.Source, reader.Target, reader.Validity, reader.Table, reader.Row, null, NoCitations, reader.Confidence, reader.Details);
                        }
                    }

                    if (error != null)
                    {
                        Fail(error);
                    }
                }
            }

            /// <summary>Reads the relations of a file cut into chunks (see <see cref="CsvFileScan"/>): workers parse and check the lines of each chunk; this thread adds them, and reports or throws their errors, in file order.</summary>
            private void ReadEdgesInChunks(string file, Header header, CsvFileScan scan, int workers)
            {
                PropertyTable? table = null;
                ChunksRead = 1 + scan.Cuts.Count;
                ReadInChunks(
                    file,
                    scan,
                    workers,
                    expected => new RelationChunk(expected),
                    (csv, chunk, stopping, expected) =>
                    {
                        var reader = new RelationReader(this, file, header, expected);
                        reader.Properties.Reuse(chunk.Table);
                        while (NextChunkRecord(csv, chunk, stopping))
                        {
                            GraphError? error = CheckShape(csv, file, header) ?? reader.Read(csv, null, null);
                            if (error == null)
                            {
                                chunk.Add(csv.Line, reader);
                            }
                            else
                            {
                                chunk.Errors.Add((chunk.Count, error));
                                if (_options.ErrorMode == ImportErrorMode.Stop)
                                {
                                    break;
                                }
                            }
                        }

                        chunk.Table = reader.Properties.Table;
                    },
                    chunk =>
                    {
                        int e = 0;
                        for (int i = 0; i < chunk.Count; i++)
                        {
                            while (e < chunk.Errors.Count && chunk.Errors[e].Before == i)
                            {
                                Fail(chunk.Errors[e++].Error);
                            }

                            int row = -1;
                            if (chunk.Rows[i] >= 0)
                            {
                                table ??= new PropertyTable(chunk.Table!.Keys, Math.Max(_expectedEdges, 1024));
                                row = table.CopyRow(chunk.Table!, chunk.Rows[i]);
                            }

                            _relations.Add(null, chunk.Lines[i], chunk.Types[i], chunk.Sources[i], chunk.Targets[i], chunk.Validities[i], row >= 0 ? table : null, row, null, NoCitations, chunk.Confidence(i), chunk.Details?[i]);
                        }

                        while (e < chunk.Errors.Count)
                        {
                            Fail(chunk.Errors[e++].Error);
                        }
                    });
            }

            /// <summary>Reads a chunk's next record and counts it; every <see cref="CheckEvery"/> records, throws when cancelled and ends the chunk when the run is stopping.</summary>
            private bool NextChunkRecord(CsvRecordReader csv, IChunk chunk, Func<bool> stopping)
            {
                if (!csv.Read())
                {
                    return false;
                }

                if (++chunk.Records % CheckEvery == 0)
                {
                    _options.CancellationToken.ThrowIfCancellationRequested();
                    return !stopping();
                }

                return true;
            }

            /// <summary>Counts the records of a chunk as <see cref="Tick"/> counts each, with the same progress reports and cancellation.</summary>
            private void Advance(long records)
            {
                long before = _records;
                _records += records;
                _options.CancellationToken.ThrowIfCancellationRequested();
                const long every = CheckEvery * 64;
                for (long r = ((before / every) + 1) * every; r <= _records; r += every)
                {
                    _options.Progress?.Report(r);
                }
            }

            public ImportResult Finish()
            {
                // The reader's id table goes before the graph's own is made, and the arrays are cut to their counts (no
                // copy when the line count was exact), so that the end of a large load holds one copy of each.
                _entityById = null;
                _kindOf = Array.Empty<int>();
                if (_entities.Length != _entityCount)
                {
                    Array.Resize(ref _entities, _entityCount);
                }

                _names?.Seal();
                if (_names != null && _entityCount < Graph.CompactNamesFrom)
                {
                    // Fewer entities than the lines promised (bad lines skipped): names stay strings, as in any graph of that size.
                    foreach (Entity e in _entities)
                    {
                        e.KeepNameAsString();
                    }
                }

                _relations.Seal(_entities);
                var graph = new Graph(_vocabulary, null, null, Array.Empty<string>(), Array.Empty<Source>(), _entities, _relations, null, null, new Dictionary<string, Source>(StringComparer.Ordinal));
                return new ImportResult(graph, _problems.AsReadOnly(), _records, new Dictionary<string, int>());
            }

            private static bool IsBlank(CsvRecordReader csv, int field)
            {
                char[] chars = csv.Chars(field, out int start, out int length);
                for (int i = 0; i < length; i++)
                {
                    if (!char.IsWhiteSpace(chars[start + i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>Reads an <c>aliases:json</c> cell: a JSON array of names, or <c>null</c> and what is wrong.</summary>
            private static string[]? JsonNames(string text, out string? problem)
            {
                if (!CsvColumnType.TryParseJson(text, out object? value, out problem))
                {
                    return null;
                }

                problem = value is string[] ? null : "it is a single value";
                return value as string[];
            }

            private static IReadOnlyList<string> SplitList(string text)
            {
                var list = new List<string>();
                foreach (string part in text.Split(';'))
                {
                    string t = part.Trim();
                    if (t.Length > 0)
                    {
                        list.Add(t);
                    }
                }

                return list.Count == 0 ? Array.Empty<string>() : list.ToArray();
            }

            private static GraphError Error(string? file, int line, GraphErrorCode code, string message, string? id, int column = 0) => new GraphError(code, message, id, file, line, column);

            private static GraphError? CheckShape(CsvRecordReader csv, string? file, Header header)
            {
                if (csv.Error != null)
                {
                    return Error(file, csv.Line, GraphErrorCode.InvalidField, $"The line is not valid CSV: {csv.Error}.", null, csv.ErrorColumn);
                }

                if (csv.FieldCount != header.Count)
                {
                    return Error(file, csv.Line, GraphErrorCode.InvalidField, $"The line has {csv.FieldCount} fields; the header has {header.Count}.", null);
                }

                return null;
            }

            /// <summary>
            /// Reads entity lines: the builder's checks and wording, one error per line, all but the duplicate id check (which
            /// needs the lines before, and is made as the entity is added). One reader a thread, as <see cref="RelationReader"/>.
            /// </summary>
            internal sealed class EntityReader
            {
                private readonly ReadState _state;
                private readonly string? _file;
                private readonly Header _header;
                private readonly int _id;
                private readonly int _kind;
                private readonly int _name;
                private readonly int _description;
                private readonly int _aliases;
                private readonly int _jsonAliases;
                private readonly List<GraphError> _found = new List<GraphError>();
                private readonly List<(string Name, EntityKind? Kind, int Ordinal)> _kinds = new List<(string, EntityKind?, int)>();

                public EntityReader(ReadState state, string? file, Header header, int expectedRows)
                {
                    _state = state;
                    _file = file;
                    _header = header;
                    _id = header.Index("id");
                    _kind = header.Index("kind");
                    _name = header.Index("name");
                    _description = header.Index("description");
                    _aliases = header.Index("aliases");
                    _jsonAliases = header.Index(CsvColumnType.JsonAliases);
                    Properties = new PropertyReader(header, expectedRows);
                }

                /// <summary>Gets the reader of the property columns (and their table of rows).</summary>
                public PropertyReader Properties { get; }

                /// <summary>Reads and checks the current line.</summary>
                public EntityLine Read(CsvRecordReader csv)
                {
                    string? file = _file;
                    GraphError? error = CheckShape(csv, file, _header);
                    if (error != null)
                    {
                        return new EntityLine(file, csv.Line, error);
                    }

                    // The builder's checks and wording (GraphBuilder), one error per line, the first the builder would give.
                    string entityId = csv.GetString(_id);
                    var position = new TextPosition(file, csv.Line, 0);
                    if (!GraphBuilder.IsSlug(entityId))
                    {
                        _found.Clear();
                        GraphBuilder.CheckId(entityId, "entity", position, _found);
                        return new EntityLine(file, csv.Line, _found[0]) { Id = entityId };
                    }

                    EntityKind? k = ResolveKind(csv, _kind, out int kindOrdinal);
                    string[]? jsonNames = null;
                    if (k == null)
                    {
                        error = GraphBuilder.UnknownKindError(_state._vocabulary, entityId, csv.GetString(_kind), position);
                    }
                    else if (IsBlank(csv, _name))
                    {
                        error = GraphBuilder.NoNameError(entityId, position);
                    }
                    else if (_jsonAliases >= 0 && !csv.IsEmpty(_jsonAliases) && (jsonNames = JsonNames(csv.GetString(_jsonAliases), out string? why)) == null)
                    {
                        error = Error(file, csv.Line, GraphErrorCode.InvalidValue, $"The '{CsvColumnType.JsonAliases}' of entity '{entityId}' is not a JSON array of names: {why}.", entityId);
                    }
                    else
                    {
                        IReadOnlyList<string> aliasList = jsonNames ?? (_aliases >= 0 && !csv.IsEmpty(_aliases) ? SplitList(csv.GetString(_aliases)) : Array.Empty<string>());
                        string? desc = _description >= 0 && !csv.IsEmpty(_description) ? csv.GetString(_description) : null;
                        string entityName = csv.GetString(_name);
                        bool any = Properties.TryAddRow(csv, out PropertyTable? table, out int row);
                        PropertyMap props = any ? new PropertyMap(table!, row) : PropertyMap.Empty;
                        _found.Clear();
                        if (Properties.Problem != null)
                        {
                            error = Error(file, csv.Line, GraphErrorCode.InvalidValue, Properties.Problem, entityId);
                        }
                        else if (GraphBuilder.CheckEntityValues(entityId, entityName, aliasList, desc, props, Array.Empty<ExternalId>(), position, _found))
                        {
                            return new EntityLine(file, csv.Line, null)
                            {
                                Id = entityId, IsSlug = true, Kind = k, KindOrdinal = kindOrdinal, Name = entityName, Aliases = aliasList, Description = desc, Properties = props, Row = any ? row : -1,
                            };
                        }
                        else
                        {
                            error = _found[0];
                        }
                    }

                    return new EntityLine(file, csv.Line, error) { Id = entityId, IsSlug = true };
                }

                private EntityKind? ResolveKind(CsvRecordReader csv, int field, out int ordinal)
                {
                    foreach ((string name, EntityKind? kind, int o) in _kinds)
                    {
                        if (csv.FieldEquals(field, name))
                        {
                            ordinal = o;
                            return kind;
                        }
                    }

                    string text = csv.GetString(field);
                    EntityKind? found = _state._vocabulary.TryGetKind(text, out EntityKind k) ? k : null;
                    ordinal = found != null && _state._kindOrdinal.TryGetValue(found, out int o2) ? o2 : -1;
                    if (_kinds.Count < 256)
                    {
                        _kinds.Add((text, found, ordinal));
                    }

                    return found;
                }
            }

            /// <summary>
            /// Reads relation lines: the builder's checks and wording, one error per line. One reader a thread: it keeps its
            /// own caches, messages and property rows, and only reads the state it shares (the entities, their ids and kinds).
            /// </summary>
            internal sealed class RelationReader
            {
                private readonly ReadState _state;
                private readonly string? _file;
                private readonly int _source;
                private readonly int _target;
                private readonly int _type;
                private readonly int _from;
                private readonly int _to;
                private readonly int _at;
                private readonly int _confidence;
                private readonly List<GraphError> _found = new List<GraphError>();
                private readonly List<(string Name, RelationType? Type, byte[] Ends)> _types = new List<(string, RelationType?, byte[])>();

                public RelationReader(ReadState state, string? file, Header header, int expectedRows)
                {
                    _state = state;
                    _file = file;
                    _source = header.Index("source");
                    _target = header.Index("target");
                    _type = header.Index("type");
                    _from = header.Index("from");
                    _to = header.Index("to");
                    _at = header.Index("at");
                    _confidence = header.Index("confidence");
                    Properties = new PropertyReader(header, expectedRows);
                }

                /// <summary>Gets the reader of the property columns (and their table of rows).</summary>
                public PropertyReader Properties { get; }

                /// <summary>Gets the type of the relation last read.</summary>
                public RelationType? Type { get; private set; }

                /// <summary>Gets the source position of the relation last read.</summary>
                public int Source { get; private set; }

                /// <summary>Gets the target position of the relation last read.</summary>
                public int Target { get; private set; }

                /// <summary>Gets the time of the relation last read.</summary>
                public Validity Validity { get; private set; }

                /// <summary>Gets the property table of the relation last read, or <c>null</c> when it has no properties.</summary>
                public PropertyTable? Table { get; private set; }

                /// <summary>Gets the row of the relation last read in <see cref="Table"/>, or -1.</summary>
                public int Row { get; private set; }

                /// <summary>Gets the confidence of the relation last read.</summary>
                public double? Confidence { get; private set; }

                /// <summary>Gets the details of the relation last read.</summary>
                public RelationDetails? Details { get; private set; }

                /// <summary>Reads and checks the current line; <c>null</c> and the relation in this reader's fields, or the line's first error.</summary>
                    public GraphError? Read(CsvRecordReader csv, string? explicitId, HashSet<string>? ids)
                {
                    string? file = _file;
                    int source = _source, target = _target, type = _type, from = _from, to = _to, at = _at, confidence = _confidence;
                    PropertyReader properties = Properties;
                    // The builder's checks and wording (GraphBuilder), one error per line, the first the builder would give; the
                    // relation's id is made only for an error (a file without an id column has millions of generated ones).
                    int line = csv.Line;
                    string Label() => explicitId ?? Relation.GeneratedId(line);
                    TextPosition position = new TextPosition(file, line, 0);
                    if (explicitId != null && !GraphBuilder.IsSlug(explicitId))
                    {
                        _found.Clear();
                        GraphBuilder.CheckId(explicitId, "relation", position, _found);
                        return _found[0];
                    }

                    if (ids != null && explicitId != null && !ids.Add(explicitId))
                    {
                        return GraphBuilder.DuplicateIdError("relation", explicitId, position);
                    }

                    RelationType? relationType = ResolveType(csv, type, out byte[]? ends);
                    if (relationType == null)
                    {
                        return GraphBuilder.UnknownTypeError(Label(), csv.GetString(type), position);
                    }

                    char[] chars = csv.Chars(source, out int start, out int length);
                    if (!_state._entityById!.TryGet(chars, start, length, out int si))
                    {
                        return GraphBuilder.UnknownEndError(Label(), csv.GetString(source), true, position);
                    }

                    chars = csv.Chars(target, out start, out length);
                    if (!_state._entityById!.TryGet(chars, start, length, out int ti))
                    {
                        return GraphBuilder.UnknownEndError(Label(), csv.GetString(target), false, position);
                    }

                    if (si < 0 || ti < 0)
                    {
                        return Error(file, line, GraphErrorCode.UnknownEntity, $"The relation '{Label()}' connects the entity '{csv.GetString(si < 0 ? source : target)}', whose line was bad.", Label());
                    }

                    if (!AllowsEnds(relationType, ends, si, ti))
                    {
                        _found.Clear();
                        GraphBuilder.CheckEnds(relationType, Label(), _state._entities[si], _state._entities[ti], position, _found);
                        return _found[0];
                    }

                    // The time fields go through the one rule every format shares (Validity.TryCreate); a file with columns of
                    // the time and certainty fields is read through RelationFields, one without them keeps the fast date path.
                    Validity validity;
                    RelationDetails? details = null;
                    if (_state._certainty != null)
                    {
                        GraphError? bad = ReadTimeAndCertainty(csv, file, Label(), relationType, from, to, at, position, out validity, out details);
                        if (bad != null)
                        {
                            return bad;
                        }
                    }
                    else
                    {
                        string? dateError = null;
                        PartialDate? fromDate = ReadDate(csv, from, "from", explicitId, line, ref dateError);
                        PartialDate? toDate = ReadDate(csv, to, "to", explicitId, line, ref dateError);
                        PartialDate? atDate = ReadDate(csv, at, "at", explicitId, line, ref dateError);
                        if (dateError != null)
                        {
                            return Error(file, line, GraphErrorCode.InvalidDate, dateError, Label());
                        }

                        if (!Validity.TryCreate(fromDate, toDate, atDate, null, null, null, false, false, false, out validity, out _, out string error))
                        {
                            return Error(file, line, GraphErrorCode.InvalidInterval, $"The time of relation '{Label()}' is contradictory: {error}", Label());
                        }
                    }

                    double? conf = null;
                    if (confidence >= 0 && !csv.IsEmpty(confidence))
                    {
                        string text = csv.GetString(confidence);
                        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double c))
                        {
                            return Error(file, line, GraphErrorCode.InvalidValue, $"The confidence of relation '{Label()}' is '{text}', which is not a number.", Label());
                        }

                        if (!GraphBuilder.IsValidConfidence(c))
                        {
                            return Error(file, line, GraphErrorCode.InvalidValue, GraphBuilder.ConfidenceProblem(Label(), c)!, Label());
                        }

                        conf = c;
                    }

                    bool any = properties.TryAddRow(csv, out PropertyTable? table, out int row);
                    if (properties.Problem != null)
                    {
                        return Error(file, line, GraphErrorCode.InvalidValue, properties.Problem, Label());
                    }

                    if (any)
                    {
                        // The builder's rule, asked first without messages: the id and the messages are made only for a bad row.
                        if (!GraphBuilder.CheckPropertyRow(table!, row, null, position, null))
                        {
                            _found.Clear();
                            GraphBuilder.CheckRelationValues(Label(), new PropertyMap(table!, row), Array.Empty<Citation>(), position, _found);
                            return _found[0];
                        }

                    }
                    else
                    {
                        table = null;
                        row = -1;
                    }

                    Type = relationType;
                    Source = si;
                    Target = ti;
                    Validity = validity;
                    Table = table;
                    Row = row;
                    Confidence = conf;
                    Details = details;
                    return null;
                }


                /// <summary>Whether a type allows the kinds of two entities, from the entities' kind ordinals and a cache per type and kind (<paramref name="ends"/>: bit 1 known, 2 source allowed, 4 target allowed), without reading the entity objects.</summary>
                private bool AllowsEnds(RelationType type, byte[]? ends, int source, int target)
                {
                    int sk = _state._kindOf[source], tk = _state._kindOf[target];
                    if (ends == null || sk < 0 || tk < 0 || sk >= ends.Length || tk >= ends.Length)
                    {
                        return type.AllowsSource(_state._entities[source].Kind) && type.AllowsTarget(_state._entities[target].Kind);
                    }

                    if ((ends[sk] & 1) == 0)
                    {
                        ends[sk] = Ends(type, _state._kindList[sk]);
                    }

                    if ((ends[tk] & 1) == 0)
                    {
                        ends[tk] = Ends(type, _state._kindList[tk]);
                    }

                    return (ends[sk] & 2) != 0 && (ends[tk] & 4) != 0;
                }

                private static byte Ends(RelationType type, EntityKind kind) => (byte)(1 | (type.AllowsSource(kind) ? 2 : 0) | (type.AllowsTarget(kind) ? 4 : 0));

                private RelationType? ResolveType(CsvRecordReader csv, int field, out byte[]? ends)
                {
                    foreach ((string name, RelationType? type, byte[] e) in _types)
                    {
                        if (csv.FieldEquals(field, name))
                        {
                            ends = e;
                            return type;
                        }
                    }

                    string text = csv.GetString(field);
                    RelationType? found = _state._vocabulary.TryGetRelationType(text, out RelationType t) ? t : null;
                    ends = null;
                    if (_types.Count < 256)
                    {
                        ends = new byte[_state._kindList.Count];
                        _types.Add((text, found, ends));
                    }

                    return found;
                }

                /// <summary>Reads the time and certainty columns of a relation through <see cref="RelationFields"/> and the builder's checks (kept apart so that the common file without them allocates nothing for it).</summary>
                private GraphError? ReadTimeAndCertainty(CsvRecordReader csv, string? file, string label, RelationType relationType, int from, int to, int at, TextPosition position, out Validity validity, out RelationDetails? details)
                {
                    details = null;
                    int line = position.Line;
                    var fields = new RelationFields
                    {
                        Id = label,
                        From = from >= 0 && !csv.IsEmpty(from) ? csv.GetString(from) : null,
                        To = to >= 0 && !csv.IsEmpty(to) ? csv.GetString(to) : null,
                        At = at >= 0 && !csv.IsEmpty(at) ? csv.GetString(at) : null,
                    };
                    for (int i = 0; i < _state._certainty!.Length; i++)
                    {
                        if (_state._certainty[i] < 0 || csv.IsEmpty(_state._certainty[i]))
                        {
                            continue;
                        }

                        string cell = csv.GetString(_state._certainty[i]);
                        (string name, RelationFields.FieldShape shape) = RelationFields.FieldNames[i];
                        foreach (string item in shape == RelationFields.FieldShape.DateList ? SplitList(cell) : new[] { cell })
                        {
                            fields.SetText(name, item);
                        }
                    }

                    GraphError? bad = null;
                    if (!fields.TryResolve((field, index, code, message) => bad ??= Error(file, line, code, message, label), out validity, out RelationStatus status, out _))
                    {
                        return bad;
                    }

                    _found.Clear();
                    if (!GraphBuilder.CheckCertainty(_state._vocabulary, relationType, label, fields.Attribution, fields.Note, fields.About, position, _found, out Subject? about))
                    {
                        return _found[0];
                    }

                    details = RelationDetails.Of(status, fields.Attribution, fields.Note, about, null);
                    return null;
                }

                private static PartialDate? ReadDate(CsvRecordReader csv, int field, string name, string? explicitId, int line, ref string? error)
                {
                    if (field < 0 || csv.IsEmpty(field))
                    {
                        return null;
                    }

                    char[] c = csv.Chars(field, out int start, out int length);
                    if (length == 10 && c[start + 4] == '-' && c[start + 7] == '-'
                        && TryDigits(c, start, 4, out int y) && TryDigits(c, start + 5, 2, out int m) && TryDigits(c, start + 8, 2, out int d)
                        && y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                    {
                        return new PartialDate(y, m, d);
                    }

                    if (PartialDate.TryParse(csv.GetString(field), out PartialDate date, out string? problem))
                    {
                        return date;
                    }

                    // The message of the shared rule (RelationFields), so that a bad date reads the same in every reader.
                    error ??= $"The '{name}' date of '{explicitId ?? Relation.GeneratedId(line)}' is invalid: {problem}";
                    return null;
                }

            }

            private static bool TryDigits(char[] c, int start, int count, out int value)
            {
                value = 0;
                for (int i = 0; i < count; i++)
                {
                    int digit = c[start + i] - '0';
                    if (digit < 0 || digit > 9)
                    {
                        return false;
                    }

                    value = (value * 10) + digit;
                }

                return true;
            }

            private void Fail(GraphError error)
            {
                if (_options.ErrorMode == ImportErrorMode.Stop)
                {
                    throw new GraphValidationException(new[] { error });
                }

                _problems.Add(error);
            }

            private void Tick()
            {
                _records++;
                if (_records % CheckEvery == 0)
                {
                    _options.CancellationToken.ThrowIfCancellationRequested();
                    if (_records % (CheckEvery * 64) == 0)
                    {
                        _options.Progress?.Report(_records);
                    }
                }
            }

            private static Header ReadHeader(CsvRecordReader csv, string? file, string what, string[] required, string[] known)
            {
                if (!csv.Read())
                {
                    throw new GraphValidationException(new[] { Error(file, 1, GraphErrorCode.InvalidField, $"The {what} file is empty; it needs a header line naming {string.Join(", ", required)}.", null) });
                }

                if (csv.Error != null)
                {
                    throw new GraphValidationException(new[] { Error(file, csv.Line, GraphErrorCode.InvalidField, $"The header line is not valid CSV: {csv.Error}.", null, csv.ErrorColumn) });
                }

                var names = new string[csv.FieldCount];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = csv.GetString(i).Trim();
                    if (i == 0 && names[i].Length > 0 && names[i][0] == '\uFEFF')
                    {
                        names[i] = names[i].Substring(1);
                    }
                }

                var header = new Header(names, required, known);
                var errors = new List<GraphError>();
                foreach (string column in required)
                {
                    if (header.Index(column) < 0)
                    {
                        errors.Add(Error(file, csv.Line, GraphErrorCode.InvalidField, $"The {what} file has no '{column}' column; its header must name {string.Join(", ", required)}.", null));
                    }
                }

                for (int i = 0; i < names.Length; i++)
                {
                    if (names[i].Length == 0)
                    {
                        errors.Add(Error(file, csv.Line, GraphErrorCode.InvalidField, $"Column {i + 1} of the header has no name.", null));
                    }
                    else if (Array.FindIndex(names, n => string.Equals(n, names[i], StringComparison.OrdinalIgnoreCase)) != i)
                    {
                        errors.Add(Error(file, csv.Line, GraphErrorCode.InvalidField, $"The column '{names[i]}' is named twice in the header.", null));
                    }
                }

                // Two property columns may not name one property (tags and tags:json; x and prop.x).
                var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (int c in header.PropertyColumns)
                {
                    string property = PropertyNames.Inside(CsvColumnType.Split(names[c]).Name);
                    if (!properties.TryGetValue(property, out string? first))
                    {
                        properties.Add(property, names[c]);
                    }
                    else if (!string.Equals(first, names[c], StringComparison.OrdinalIgnoreCase))
                    {
                        // (The same name twice is reported above.)
                        errors.Add(Error(file, csv.Line, GraphErrorCode.InvalidField, $"The columns '{first}' and '{names[c]}' name the same property '{property}'.", null));
                    }
                }

                if (errors.Count > 0)
                {
                    throw new GraphValidationException(errors);
                }

                return header;
            }
        }

        /// <summary>The columns of a file: the known ones by name, the others as properties.</summary>
        private sealed class Header
        {
            private readonly string[] _names;

            public Header(string[] names, string[] required, string[] known)
            {
                _names = names;
                var extra = new List<int>();
                for (int i = 0; i < names.Length; i++)
                {
                    if (Array.FindIndex(required, n => string.Equals(n, names[i], StringComparison.OrdinalIgnoreCase)) < 0
                        && Array.FindIndex(known, n => string.Equals(n, names[i], StringComparison.OrdinalIgnoreCase)) < 0)
                    {
                        extra.Add(i);
                    }
                }

                PropertyColumns = extra.ToArray();
            }

            public int Count => _names.Length;

            public int[] PropertyColumns { get; }

            public string Name(int column) => _names[column];

            public int Index(string name) => Array.FindIndex(_names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Reads the extra columns of a line as typed properties, sharing one key array between the lines that fill every column.</summary>
        private sealed class PropertyReader
        {
            private readonly int[] _columns;
            private readonly string[] _allKeys;
            private readonly string[] _headers;
            private readonly CsvColumnType.Mode[]? _modes; // null when every column is plain
            private readonly int _expectedRows;
            private PropertyTable? _table;

            public PropertyReader(Header header, int expectedRows)
            {
                _expectedRows = expectedRows;
                _columns = header.PropertyColumns;
                _allKeys = new string[_columns.Length];
                _headers = new string[_columns.Length];
                for (int i = 0; i < _columns.Length; i++)
                {
                    // NAME:string and NAME:json name how the cells read; a column prop.NAME is the property NAME (the writer's way of keeping a property named like a column apart).
                    _headers[i] = header.Name(_columns[i]);
                    (string written, CsvColumnType.Mode mode) = CsvColumnType.Split(_headers[i]);
                    _allKeys[i] = string.Intern(PropertyNames.Inside(written));
                    if (mode != CsvColumnType.Mode.Plain)
                    {
                        (_modes ??= new CsvColumnType.Mode[_columns.Length])[i] = mode;
                    }
                }
            }

            /// <summary>Gets the table of the rows added so far, or <c>null</c> when none was.</summary>
            public PropertyTable? Table => _table;

            /// <summary>Adds the rows to an empty table made by another reader of the same header (or makes one when <c>null</c>).</summary>
            public void Reuse(PropertyTable? table)
            {
                _table = table;
            }

            /// <summary>Gets what is wrong with the last line's typed cells (a <c>:json</c> cell that is not one JSON value), or <c>null</c>.</summary>
            public string? Problem { get; private set; }

            public PropertyMap Read(CsvRecordReader csv) => TryAddRow(csv, out PropertyTable? table, out int row) ? new PropertyMap(table!, row) : PropertyMap.Empty;

            /// <summary>Stores the extra columns of a line as a row of the columnar table; false (no row) when they are all empty.</summary>
            public bool TryAddRow(CsvRecordReader csv, out PropertyTable? table, out int row)
            {
                table = null;
                row = -1;
                Problem = null;
                bool any = false;
                foreach (int c in _columns)
                {
                    any |= !csv.IsEmpty(c);
                }

                if (!any)
                {
                    return false;
                }

                table = _table ??= new PropertyTable(_allKeys, Math.Max(_expectedRows, 1024));
                row = table.AddRow();
                for (int i = 0; i < _columns.Length; i++)
                {
                    if (csv.IsEmpty(_columns[i]))
                    {
                        continue;
                    }

                    if (_modes == null || _modes[i] == CsvColumnType.Mode.Plain)
                    {
                        SetValue(csv, _columns[i], table, row, i);
                    }
                    else if (_modes[i] == CsvColumnType.Mode.Text)
                    {
                        table.SetObject(row, i, csv.GetString(_columns[i]));
                    }
                    else
                    {
                        SetJson(csv.GetString(_columns[i]), table, row, i);
                    }
                }

                return true;
            }

            private void SetJson(string text, PropertyTable table, int row, int column)
            {
                if (!CsvColumnType.TryParseJson(text, out object? value, out string? error))
                {
                    Problem ??= $"The cell of column '{_headers[column]}' is not one JSON value: {error}.";
                    return;
                }

                switch (value)
                {
                    case long l:
                        table.SetLong(row, column, l);
                        break;
                    case double d:
                        table.SetDouble(row, column, d);
                        break;
                    case bool b:
                        table.SetBool(row, column, b);
                        break;
                    default:
                        table.SetObject(row, column, value!);
                        break;
                }
            }

#if NET8_0_OR_GREATER
            private static bool ReadsBack(double d, ReadOnlySpan<char> text)
#else
            private static bool ReadsBack(double d, string text)
#endif
            {
                if (IsShortDecimal(text))
                {
                    return true;
                }

#if NET8_0_OR_GREATER
                // Formatted on the stack: this runs for every decimal cell of a bulk import.
                Span<char> buffer = stackalloc char[32];
                ReadOnlySpan<char> shortest = d.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture) ? buffer.Slice(0, written) : d.ToString("R", CultureInfo.InvariantCulture).AsSpan();
                return text.SequenceEqual(shortest) || (text.Length == shortest.Length + 2 && text.StartsWith(shortest) && text.EndsWith(".0".AsSpan()));
#else
                string shortest = d.ToString("R", CultureInfo.InvariantCulture);
                return text.SequenceEqual(shortest.AsSpan()) || (text.Length == shortest.Length + 2 && text.StartsWith(shortest.AsSpan()) && text.EndsWith(".0".AsSpan()));
#endif
            }

            /// <summary>
            /// Whether <paramref name="text"/> is a decimal that is certainly its double's shortest round-trip form, which
            /// spares formatting the double (the costly part of a bulk import's numbers): an optional minus, an integer part
            /// without leading zeros and of at most 15 digits, a point, a fraction ending in a non-zero digit, no exponent,
            /// at most 15 significant digits, and not below 0.001 in size (where the shortest form turns to an exponent).
            /// Any decimal of at most 15 significant digits is the only one of that length naming its double (DBL_DIG), so
            /// the shortest form has its digits, written the same way. Anything else is left to the formatting.
            /// </summary>
#if NET8_0_OR_GREATER
            private static bool IsShortDecimal(ReadOnlySpan<char> text)
#else
            private static bool IsShortDecimal(string text)
#endif
            {
                int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
                int intStart = i;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    i++;
                }

                int intDigits = i - intStart;
                if (intDigits == 0 || intDigits > 15 || (intDigits > 1 && text[intStart] == '0') || i >= text.Length || text[i] != '.')
                {
                    return false;
                }

                int fracStart = ++i;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    i++;
                }

                if (i != text.Length || i == fracStart || text[i - 1] == '0')
                {
                    return false;
                }

                int significant;
                if (intDigits == 1 && text[intStart] == '0')
                {
                    int zeros = 0;
                    while (text[fracStart + zeros] == '0')
                    {
                        zeros++;
                    }

                    if (zeros > 2)
                    {
                        return false;
                    }

                    significant = i - fracStart - zeros;
                }
                else
                {
                    significant = intDigits + (i - fracStart);
                }

                return significant <= 15;
            }

            private static void SetValue(CsvRecordReader csv, int field, PropertyTable table, int row, int column)
            {
                char[] c = csv.Chars(field, out int start, out int length);
                char first = c[start];
                if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.')
                {
                    bool integral = true;
                    bool plain = true;
                    for (int i = 0; i < length; i++)
                    {
                        char ch = c[start + i];
                        if (ch < '0' || ch > '9')
                        {
                            integral &= i == 0 && (ch == '-' || ch == '+') && length > 1;
                            plain &= ch == '.' || ch == 'e' || ch == 'E' || ch == '-' || ch == '+';
                        }
                    }

                    if (plain)
                    {
#if NET8_0_OR_GREATER
                        var text = new ReadOnlySpan<char>(c, start, length);
#else
                        string text = new string(c, start, length);
#endif
                        // A number keeps its digits: "007", "+7", "-0" and integers beyond the 64-bit range stay text, and a
                        // decimal is a number only when it reads back as the same text ("0.45" and the writer's "3.0", not "1.50" or "1e999").
                        int digits = first == '-' ? 1 : 0;
                        bool canonical = first != '+' && !(c[start + digits] == '0' && length - digits > 1) && !(digits == 1 && length == 2 && c[start + 1] == '0');
                        if (integral && canonical && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
                        {
                            table.SetLong(row, column, l);
                            return;
                        }

                        if (!integral && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && ReadsBack(d, text))
                        {
                            table.SetDouble(row, column, d);
                            return;
                        }
                    }
                }

                if (csv.FieldEquals(field, "true") || csv.FieldEquals(field, "false"))
                {
                    table.SetBool(row, column, first == 't');
                    return;
                }

                table.SetObject(row, column, csv.GetString(field));
            }
        }

        /// <summary>Reads a graph from an entities file and a relations file.</summary>
        /// <param name="nodesPath">The entities file.</param>
        /// <param name="edgesPath">The relations file.</param>
        /// <param name="options">The options.</param>
        /// <returns>The graph and an account of skipped lines.</returns>
        [Obsolete("Use Import(nodesPath, edgesPath, options), or Import(directory, options).")]
        public static ImportResult Read(string nodesPath, string edgesPath, ImportOptions? options = null) => Import(nodesPath, edgesPath, options);

        /// <summary>Reads a graph from two readers of CSV text.</summary>
        /// <param name="nodes">The entities text.</param>
        /// <param name="nodesName">The name to report in errors for the entities, or <c>null</c>.</param>
        /// <param name="edges">The relations text.</param>
        /// <param name="edgesName">The name to report in errors for the relations, or <c>null</c>.</param>
        /// <param name="options">The options.</param>
        /// <returns>The graph and an account of skipped lines.</returns>
        [Obsolete("Use Import(nodes, nodesName, edges, edgesName, options).")]
        public static ImportResult Read(TextReader nodes, string? nodesName, TextReader edges, string? edgesName, ImportOptions? options = null) => Import(nodes, nodesName, edges, edgesName, options);
    }
}

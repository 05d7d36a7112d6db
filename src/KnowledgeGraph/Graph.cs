using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Text;
using QuikGraph;

namespace KnowledgeGraph
{
    /// <summary>
    /// A typed, time-aware, sourced knowledge graph: <see cref="Entity"/> vertices and <see cref="Relation"/> edges,
    /// with the <see cref="KnowledgeGraph.Source"/> documents they cite. It is also a QuikGraph
    /// <see cref="IBidirectionalGraph{TVertex,TEdge}"/>, so any QuikGraph algorithm runs on it directly.
    /// </summary>
    /// <remarks>
    /// <para>A graph is made by a <see cref="GraphBuilder"/> (which checks the vocabulary and every reference) or
    /// loaded with <see cref="Load(string, Vocabulary)"/>. It is immutable once built and safe to read from many threads at once.</para>
    /// <para>Adjacency is kept in compressed sparse rows (arrays of relations sorted by source and by target), so
    /// out- and in-edges of an entity are found in O(1) and enumerated without allocation per edge.</para>
    /// <para>Undirected relation types (<see cref="RelationType.IsDirected"/> false) are stored once, from
    /// <see cref="Relation.Source"/> to <see cref="Relation.Target"/>; queries read them both ways.</para>
    /// </remarks>
    /// <threadsafety static="true" instance="true"/>
    [Immutable]
    public sealed class Graph : IBidirectionalGraph<Entity, Relation>
    {
        private readonly Entity[] _entities;
        private readonly RelationStore _store;
        private readonly int[]? _positions; // the store position of each relation of this graph; null when the graph has all of the store's relations, in order
        private readonly RelationList _relations;
        private readonly EntityIdIndex _entityById;
        private Dictionary<string, Relation>? _relationById;
        private readonly Dictionary<string, Source> _sourceById;
        private readonly AdjacencyIndex _index;
        private Dictionary<string, int[]>? _nameIndex;

        internal Graph(Vocabulary vocabulary, string? title, string? description, IReadOnlyList<string> vocabularyFiles, Source[] sources, Entity[] entities, RelationStore store, int[]? positions, EntityIdIndex? entityById = null, Dictionary<string, Source>? sourceById = null)
        {
            Vocabulary = vocabulary;
            Title = title;
            Description = description;
            VocabularyFiles = vocabularyFiles;
            Sources = Array.AsReadOnly(sources);
            _entities = entities;
            _store = store;
            _positions = positions;
            _relations = new RelationList(store, positions);
            if (positions == null)
            {
                if (entities.Length >= CompactNamesFrom)
                {
                    EntityNames.Compact(entities);
                    Graph.BuildPhase?.Invoke("graph: names column");
                }

                if (store.Count >= CollectAfterRelations)
                {
                    // A load of millions of relations leaves its transient memory behind: the reader's id table (half a GiB
                    // or more at ten million entities), parse buffers, the store's date columns once shared, the name
                    // strings once in their column. Nothing would collect it before the next large allocations ran out of
                    // room, so the indexes built next, and then a workload on the new graph, would stack their arrays on top
                    // of it (1.3 GB of the 10M peer run's peak). One full collection here returns it, and the indexes reuse
                    // the room. It compacts, so that the room the name strings leave becomes whole free regions the indexes'
                    // large arrays can use, not holes between small objects.
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    Graph.BuildPhase?.Invoke("graph: collection");
                }
            }

            _sourceById = sourceById ?? sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            if (entityById == null && positions == null && entities.Length >= CompactNamesFrom && Environment.ProcessorCount > 1)
            {
                // A large new graph: the id table is built on another core while the index is.
                System.Threading.Tasks.Task<EntityIdIndex> ids = System.Threading.Tasks.Task.Run(() => new EntityIdIndex(entities));
                try
                {
                    _index = new AdjacencyIndex(entities.Length, store.Sources, store.Targets, store.TypeIds, store.Types);
                }
                finally
                {
                    _entityById = ids.GetAwaiter().GetResult();
                    Graph.BuildPhase?.Invoke("graph: index and id table");
                }
            }
            else
            {
                _entityById = entityById ?? new EntityIdIndex(entities);
                _index = positions == null
                    ? new AdjacencyIndex(entities.Length, store.Sources, store.Targets, store.TypeIds, store.Types)
                    : IndexOfPart(entities.Length, store, positions);
            }
        }

        /// <summary>Called with the name of each step of making a new graph's columns and indexes as it ends; for the benchmarks' breakdown (<c>KG_BENCH_PHASES</c>).</summary>
        internal static Action<string>? BuildPhase;

        /// <summary>The number of entities from which a new graph (a load or a build) keeps its entities' names in one column (<see cref="EntityNames"/>) rather than as strings.</summary>
        internal static int CompactNamesFrom { get; set; } = 1_000_000;

        /// <summary>The number of relations from which a new graph (a load or a build, not a derived view) starts with a full garbage collection, before its indexes are built.</summary>
        internal static int CollectAfterRelations { get; set; } = 1_000_000;

        /// <summary>Gets the vocabulary the graph was checked against.</summary>
        public Vocabulary Vocabulary { get; }

        /// <summary>Gets the title, or <c>null</c>.</summary>
        public string? Title { get; }

        /// <summary>Gets the description, or <c>null</c>.</summary>
        public string? Description { get; }

        /// <summary>
        /// Gets what the loader has to say about how it read the graph, apart from errors: for a <c>knowledge-graph/1</c>
        /// file, how many undated relations it read as of unknown time. Empty for a graph built in code.
        /// </summary>
        public IReadOnlyList<string> LoadNotes { get; internal set; } = Array.Empty<string>();

        /// <summary>Gets the datasets the graph was built from (its file's optional <c>datasets</c> section); empty when it records none.</summary>
        public IReadOnlyList<Dataset> Datasets { get; internal set; } = Array.Empty<Dataset>();

        /// <summary>Gets the extra vocabulary files the graph file named (kept so that a save writes them back).</summary>
        public IReadOnlyList<string> VocabularyFiles { get; }

        /// <summary>Gets the sources, in the order they were added.</summary>
        public IReadOnlyList<Source> Sources { get; }

        /// <summary>Gets the entities, in the order they were added.</summary>
        public IReadOnlyList<Entity> Entities => _entities;

        /// <summary>Gets the relations, in the order they were added.</summary>
        public IReadOnlyList<Relation> Relations => _relations;

        /// <inheritdoc />
        public bool IsDirected => true;

        /// <inheritdoc />
        public bool AllowParallelEdges => true;

        /// <inheritdoc />
        public bool IsVerticesEmpty => _entities.Length == 0;

        /// <inheritdoc />
        public int VertexCount => _entities.Length;

        /// <inheritdoc />
        public IEnumerable<Entity> Vertices => _entities;

        /// <inheritdoc />
        public bool IsEdgesEmpty => _relations.Count == 0;

        /// <inheritdoc />
        public int EdgeCount => _relations.Count;

        /// <inheritdoc />
        public IEnumerable<Relation> Edges => _relations;

        /// <summary>Loads a graph file in the JSON format (<c>knowledge-graph/1</c>).</summary>
        /// <param name="path">The file.</param>
        /// <param name="vocabulary">The vocabulary to check against; <see cref="KnowledgeGraph.Vocabulary.Default"/> when <c>null</c>. Files named in the graph's <c>vocabularies</c> field are added to it.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file has errors; every one is listed with its line, column and id. Nothing is returned half-built.</exception>
        public static Graph Load(string path, Vocabulary? vocabulary = null) => GraphJsonReader.Import(path, GraphLoadOptions.Default.WithVocabulary(vocabulary));

        /// <summary>Loads a graph file in the JSON format (<c>knowledge-graph/1</c>) with options: the vocabulary, and where and how large the files it names may be.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file has errors; every one is listed with its line, column and id. Nothing is returned half-built.</exception>
        public static Graph Load(string path, GraphLoadOptions options) => GraphJsonReader.Import(path, options ?? throw new ArgumentNullException(nameof(options)));

        /// <summary>Parses a graph from JSON text.</summary>
        /// <param name="json">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text has errors.</exception>
        public static Graph Parse(string json, string? fileName = null, Vocabulary? vocabulary = null) => GraphJsonReader.Import(new System.IO.StringReader(json ?? throw new ArgumentNullException(nameof(json))), fileName, GraphLoadOptions.Default.WithVocabulary(vocabulary));

        /// <summary>Saves the graph as JSON, safely: it writes a temporary file beside the target and then replaces the target, so a failure never leaves a half-written or lost file.</summary>
        /// <param name="path">The file.</param>
        public void Save(string path) => GraphJsonWriter.Write(this, path);

        /// <summary>Gets the JSON text of the graph, as <see cref="Save"/> writes it.</summary>
        /// <returns>The JSON text.</returns>
        public string ToJson() => GraphJsonWriter.WriteToString(this);

        /// <summary>Gets an entity by id.</summary>
        /// <param name="id">The id.</param>
        /// <returns>The entity.</returns>
        /// <exception cref="EntityNotFoundException">No entity has that id.</exception>
        public Entity GetEntity(string id) => _entityById.TryGetValue(id, out Entity? e) ? e : throw NotFound(id);

        /// <summary>Gets an entity by id.</summary>
        /// <param name="id">The id.</param>
        /// <param name="entity">The entity, when found.</param>
        /// <returns><c>true</c> when found.</returns>
        public bool TryGetEntity(string id, [NotNullWhen(true)] out Entity? entity) => _entityById.TryGetValue(id, out entity);

        /// <summary>Gets a relation by id.</summary>
        /// <param name="id">The id.</param>
        /// <param name="relation">The relation, when found.</param>
        /// <returns><c>true</c> when found.</returns>
        public bool TryGetRelation(string id, [NotNullWhen(true)] out Relation? relation) => RelationById.TryGetValue(id, out relation);

        /// <summary>Gets a source by id.</summary>
        /// <param name="id">The id.</param>
        /// <param name="source">The source, when found.</param>
        /// <returns><c>true</c> when found.</returns>
        public bool TryGetSource(string id, [NotNullWhen(true)] out Source? source) => _sourceById.TryGetValue(id, out source);

        /// <summary>
        /// Finds an entity by id, or by its name or any alias ignoring case, diacritics and script
        /// (<c>Лукашенко</c>, <c>lukashenko</c> and <c>Lukashenka</c> all find <c>lukashenka</c>).
        /// </summary>
        /// <param name="idOrName">An id, a name or an alias.</param>
        /// <returns>The entity, or <c>null</c> when none matches. When several entities share the name, the first added.</returns>
        public Entity? FindEntity(string idOrName)
        {
            if (_entityById.TryGetValue(idOrName, out Entity? byId))
            {
                return byId;
            }

            IReadOnlyList<Entity> byName = FindByName(idOrName);
            return byName.Count > 0 ? byName[0] : null;
        }

        /// <summary>Finds an entity as <see cref="FindEntity"/> does, and throws when there is none.</summary>
        /// <param name="idOrName">An id, a name or an alias.</param>
        /// <returns>The entity.</returns>
        /// <exception cref="EntityNotFoundException">No entity matches.</exception>
        public Entity ResolveEntity(string idOrName) => FindEntity(idOrName) ?? throw NotFound(idOrName);

        /// <summary>
        /// Makes the exception for an id or name no entity has. Its "did you mean" entities are found only when its message
        /// or suggestions are read (code that catches it and moves on pays nothing): see <see cref="SuggestEntities"/>.
        /// </summary>
        /// <param name="key">The id or name.</param>
        /// <returns>The exception.</returns>
        internal EntityNotFoundException NotFound(string key) => new EntityNotFoundException(key ?? string.Empty, () => SuggestEntities(key ?? string.Empty));

        /// <summary>
        /// Finds the entities a mistyped id or name may have meant: every distinct folded name and alias, and every id,
        /// scored against it by <see cref="NameSimilarity"/> (the scorer of the fuzzy search); the best entity (score 0.6
        /// or more) and up to two more within 0.02 of it. O(N) names scored, once per exception asked.
        /// </summary>
        /// <param name="key">The id or name.</param>
        /// <returns>Up to three entities, best first (ties in the order they were added).</returns>
        internal IReadOnlyList<Entity> SuggestEntities(string key)
        {
            string folded = NameNormalizer.Normalize(key);
            if (folded.Length == 0)
            {
                return Array.Empty<Entity>();
            }

            var best = new Dictionary<int, double>();
            void Offer(int v, double score)
            {
                if (score >= Suggestions.DefaultMinScore && (!best.TryGetValue(v, out double old) || score > old))
                {
                    best[v] = score;
                }
            }

            foreach (KeyValuePair<string, int[]> p in NameIndex)
            {
                double score = NameSimilarity.ScoreFolded(folded, p.Key);
                foreach (int v in p.Value)
                {
                    Offer(v, score);
                }
            }

            for (int v = 0; v < _entities.Length; v++)
            {
                Offer(v, NameSimilarity.ScoreFolded(folded, NameNormalizer.Normalize(_entities[v].Id)));
            }

            if (best.Count == 0)
            {
                return Array.Empty<Entity>();
            }

            double top = best.Values.Max();
            return best.Where(p => p.Value >= top - 0.02).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(3).Select(p => _entities[p.Key]).ToArray();
        }

        /// <summary>Finds every entity whose name or an alias folds to the same key as <paramref name="name"/> (see <see cref="NameNormalizer"/>).</summary>
        /// <param name="name">The name.</param>
        /// <returns>The matching entities, in the order they were added.</returns>
        public IReadOnlyList<Entity> FindByName(string name)
        {
            Dictionary<string, int[]> index = NameIndex;
            return index.TryGetValue(NameNormalizer.Normalize(name), out int[]? found) ? found.Select(i => _entities[i]).ToArray() : Array.Empty<Entity>();
        }

        /// <summary>Finds entities by external identifier.</summary>
        /// <param name="scheme">The scheme (<c>wikidata</c>, <c>iso3166</c>…), ignoring case.</param>
        /// <param name="value">The identifier.</param>
        /// <returns>The entities that carry it.</returns>
        public IEnumerable<Entity> FindByExternalId(string scheme, string value) =>
            _entities.Where(e => e.ExternalIds.Any(x => string.Equals(x.Scheme, scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Value, value, StringComparison.OrdinalIgnoreCase)));

        /// <inheritdoc />
        public bool ContainsVertex(Entity vertex) => vertex != null && IndexOf(vertex) >= 0;

        /// <inheritdoc />
        public bool ContainsEdge(Relation edge) => edge != null && RelationById.TryGetValue(edge.Id, out Relation? r) && ReferenceEquals(r.Store, edge.Store) && r.StoreIndex == edge.StoreIndex;

        /// <inheritdoc />
        public bool ContainsEdge(Entity source, Entity target) => TryGetEdge(source, target, out _);

        /// <inheritdoc />
#pragma warning disable CS8767 // QuikGraph's interface carries no nullability annotations for this out parameter.
        public bool TryGetEdge(Entity source, Entity target, [MaybeNullWhen(false)] out Relation edge)
        {
            int s = IndexOf(source);
            int t = IndexOf(target);
            if (s >= 0 && t >= 0)
            {
                for (int i = _index.OutOffsets[s]; i < _index.OutOffsets[s + 1]; i++)
                {
                    if (_index.OutTargets[i] == t)
                    {
                        edge = _relations[_index.OutRelations[i]];
                        return true;
                    }
                }
            }

            edge = null;
            return false;
        }
#pragma warning restore CS8767

        /// <inheritdoc />
        public bool TryGetEdges(Entity source, Entity target, [MaybeNullWhen(false)] out IEnumerable<Relation> edges)
        {
            int s = IndexOf(source);
            int t = IndexOf(target);
            if (s < 0 || t < 0)
            {
                edges = null;
                return false;
            }

            edges = OutSegment(s).Where(r => r.Target.Index == t).ToArray();
            return true;
        }

        /// <inheritdoc />
        public bool IsOutEdgesEmpty(Entity vertex) => OutDegree(vertex) == 0;

        /// <inheritdoc />
        public int OutDegree(Entity vertex) => Degree(_index.OutOffsets, vertex);

        /// <inheritdoc />
        public IEnumerable<Relation> OutEdges(Entity vertex) => OutSegment(IndexOrThrow(vertex));

        /// <inheritdoc />
        public bool TryGetOutEdges(Entity vertex, [MaybeNullWhen(false)] out IEnumerable<Relation> edges) => TryGetSegment(vertex, _index.OutOffsets, _index.OutRelations, out edges);

        /// <inheritdoc />
        public Relation OutEdge(Entity vertex, int index) => EdgeAt(_index.OutOffsets, _index.OutRelations, vertex, index);

        /// <inheritdoc />
        public bool IsInEdgesEmpty(Entity vertex) => InDegree(vertex) == 0;

        /// <inheritdoc />
        public int InDegree(Entity vertex) => Degree(_index.InOffsets, vertex);

        /// <inheritdoc />
        public IEnumerable<Relation> InEdges(Entity vertex) => InSegment(IndexOrThrow(vertex));

        /// <inheritdoc />
        public bool TryGetInEdges(Entity vertex, [MaybeNullWhen(false)] out IEnumerable<Relation> edges) => TryGetSegment(vertex, _index.InOffsets, _index.InRelations, out edges);

        /// <inheritdoc />
        public Relation InEdge(Entity vertex, int index) => EdgeAt(_index.InOffsets, _index.InRelations, vertex, index);

        /// <inheritdoc />
        public int Degree(Entity vertex) => InDegree(vertex) + OutDegree(vertex);

        /// <summary>Gets every relation that touches <paramref name="entity"/>, outgoing first, then incoming (a self-loop appears once).</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The relations.</returns>
        public IEnumerable<Relation> RelationsOf(Entity entity)
        {
            int v = IndexOrThrow(entity);
            return OutSegment(v).Concat(InSegment(v).Where(r => r.Source.Index != v));
        }

        /// <summary>Gets the entities one relation away from <paramref name="entity"/>, in either direction, each once, in order of first relation.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The neighbours.</returns>
        public IReadOnlyList<Entity> Neighbors(Entity entity)
        {
            int v = IndexOrThrow(entity);
            var seen = new HashSet<int>();
            var result = new List<Entity>();
            foreach (Relation r in RelationsOf(entity))
            {
                Entity other = r.Source.Index == v ? r.Target : r.Source;
                if (seen.Add(other.Index))
                {
                    result.Add(other);
                }
            }

            return result;
        }

        /// <summary>
        /// Returns the graph as of <paramref name="date"/>: every entity, and the relations that hold then by the
        /// three-valued rule (<see cref="Validity.StatusAsOf"/>). Under <see cref="UndatedPolicy.Flag"/> (the default) and
        /// <see cref="UndatedPolicy.Exclude"/> only what holds is kept (ask <see cref="MayHoldAsOf"/> for what may hold);
        /// under <see cref="UndatedPolicy.Include"/> what may hold is kept too.
        /// </summary>
        /// <param name="date">The date.</param>
        /// <param name="policy">What to do with relations that may hold.</param>
        /// <returns>A graph that shares this graph's entities and relations.</returns>
        public Graph AsOf(PartialDate date, UndatedPolicy policy = UndatedPolicy.Flag) => WhereAt(i => Keeps(ValidityAt(i).StatusAsOf(date), policy));

        /// <summary>
        /// Returns the graph between two dates: every entity, and the relations that hold on some day of the period
        /// (<see cref="Validity.StatusBetween"/>); what may hold is kept only under <see cref="UndatedPolicy.Include"/>
        /// (see <see cref="MayHoldBetween"/>).
        /// </summary>
        /// <param name="from">The first date.</param>
        /// <param name="to">The last date.</param>
        /// <param name="policy">What to do with relations that may hold.</param>
        /// <returns>A graph that shares this graph's entities and relations.</returns>
        public Graph Between(PartialDate from, PartialDate to, UndatedPolicy policy = UndatedPolicy.Flag) => WhereAt(i => Keeps(ValidityAt(i).StatusBetween(from, to), policy));

        /// <summary>Gets the relations that may hold as of <paramref name="date"/> (<see cref="TimeStatus.MayHold"/>): the ones <see cref="AsOf"/> leaves out under the default policy and reports apart.</summary>
        /// <param name="date">The date.</param>
        /// <returns>The relations, in the graph's order.</returns>
        public IReadOnlyList<Relation> MayHoldAsOf(PartialDate date) => RelationsAt(i => ValidityAt(i).StatusAsOf(date) == TimeStatus.MayHold);

        /// <summary>Gets the relations that may hold between two dates (<see cref="TimeStatus.MayHold"/> by <see cref="Validity.StatusBetween"/>).</summary>
        /// <param name="from">The first date.</param>
        /// <param name="to">The last date.</param>
        /// <returns>The relations, in the graph's order.</returns>
        public IReadOnlyList<Relation> MayHoldBetween(PartialDate from, PartialDate to) => RelationsAt(i => ValidityAt(i).StatusBetween(from, to) == TimeStatus.MayHold);

        /// <summary>Returns a graph with every entity and the relations that satisfy <paramref name="predicate"/>.</summary>
        /// <param name="predicate">Which relations to keep.</param>
        /// <returns>A graph that shares this graph's entities and relations.</returns>
        public Graph Where(Func<Relation, bool> predicate)
        {
            if (predicate == null)
            {
                throw new ArgumentNullException(nameof(predicate));
            }

            return WhereAt(i => predicate(_relations[i]));
        }

        /// <summary>Gets the columnar store that holds the relations (shared with the graphs derived from this one).</summary>
        internal RelationStore Store => _store;

        /// <summary>Gets a numeric property of every relation, indexed like <see cref="Relations"/>, read from the columns without making relations (<paramref name="missing"/> where there is none).</summary>
        internal double[] RelationNumbers(string key, double missing) => _store.Numbers(key, missing, _positions, EdgeCount);

        /// <summary>Gets a numeric property of the relations at the given positions of <see cref="Relations"/> (an index row order, say), read from the columns without making relations.</summary>
        internal double[] RelationNumbers(string key, double missing, int[] at) => _store.Numbers(key, missing, _positions, at.Length, at);

        /// <summary>Gets the store's table of distinct dates (<see cref="RelationStore.TryTimeTable"/>) and, for a derived graph, the store position of each of its relations.</summary>
        internal bool TryTimeTable([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ushort[]? timeOf, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Validity[]? table, out int[]? positions)
        {
            positions = _positions;
            return _store.TryTimeTable(out timeOf, out table);
        }

        /// <summary>Gets the validity of the relation at a position of <see cref="Relations"/>, read from the columns without making the relation.</summary>
        internal Validity ValidityAt(int index) => _store.Validity(_positions?[index] ?? index);

        /// <summary>Gets the relations at the positions that satisfy <paramref name="keep"/>, in order (only those are made).</summary>
        private Relation[] RelationsAt(Func<int, bool> keep)
        {
            var found = new List<Relation>();
            for (int i = 0; i < _relations.Count; i++)
            {
                if (keep(i))
                {
                    found.Add(_relations[i]);
                }
            }

            return found.ToArray();
        }

        /// <summary>Returns a graph with every entity and the relations at the positions that satisfy <paramref name="keep"/> (a time filter reads the columns, so it makes no relation).</summary>
        private Graph WhereAt(Func<int, bool> keep)
        {
            var kept = new List<int>();
            for (int i = 0; i < _relations.Count; i++)
            {
                if (keep(i))
                {
                    kept.Add(_positions?[i] ?? i);
                }
            }

            return new Graph(Vocabulary, Title, Description, VocabularyFiles, Sources.ToArray(), _entities, _store, kept.ToArray(), _entityById, _sourceById) { LoadNotes = LoadNotes, Datasets = Datasets };
        }

        /// <summary>Builds the index of a graph that has some of a store's relations (a subgraph), with the types it uses numbered in order of first use.</summary>
        private static AdjacencyIndex IndexOfPart(int vertexCount, RelationStore store, int[] positions)
        {
            var sources = new int[positions.Length];
            var targets = new int[positions.Length];
            var typeIds = new int[positions.Length];
            int[] remap = new int[store.Types.Length];
            var types = new List<RelationType>();
            for (int i = 0; i < positions.Length; i++)
            {
                int p = positions[i];
                sources[i] = store.Sources[p];
                targets[i] = store.Targets[p];
                int storeType = store.TypeIds[p];
                if (remap[storeType] == 0)
                {
                    types.Add(store.Types[storeType]);
                    remap[storeType] = types.Count;
                }

                typeIds[i] = remap[storeType] - 1;
            }

            return new AdjacencyIndex(vertexCount, sources, targets, typeIds, types.ToArray());
        }

        /// <summary>Gets the datasets a relation came from: those that list a source the relation cites, in the order of <see cref="Datasets"/>.</summary>
        /// <param name="relation">A relation of this graph.</param>
        /// <returns>The datasets; empty when the graph records none or the relation cites no source of one.</returns>
        public IReadOnlyList<Dataset> DatasetsOf(Relation relation)
        {
            if (relation == null)
            {
                throw new ArgumentNullException(nameof(relation));
            }

            if (Datasets.Count == 0 || relation.Citations.Count == 0)
            {
                return Array.Empty<Dataset>();
            }

            var found = new List<Dataset>(1);
            foreach (Dataset d in Datasets)
            {
                foreach (Citation c in relation.Citations)
                {
                    if (d.Sources.Contains(c.SourceId, StringComparer.Ordinal))
                    {
                        found.Add(d);
                        break;
                    }
                }
            }

            return found;
        }

        /// <summary>Returns the graph read from some of its datasets only: every entity, and the relations that come from one of them (<see cref="DatasetsOf"/>).</summary>
        /// <param name="datasetIds">The ids of datasets the graph records.</param>
        /// <returns>A graph that shares this graph's entities and relations.</returns>
        /// <exception cref="InvalidQueryException">No id is given, or one names no dataset of the graph.</exception>
        public Graph FromDatasets(IEnumerable<string> datasetIds)
        {
            var wanted = new HashSet<string>(datasetIds ?? throw new ArgumentNullException(nameof(datasetIds)), StringComparer.Ordinal);
            if (wanted.Count == 0)
            {
                throw new InvalidQueryException("Name at least one dataset.");
            }

            return Where(DatasetFilter(wanted));
        }

        /// <summary>Gets the test of whether a relation comes from one of some datasets (cites a source one of them lists), for <see cref="FromDatasets"/> and <see cref="Queries.QueryOptions.Datasets"/>.</summary>
        /// <param name="wanted">The dataset ids, at least one.</param>
        /// <returns>The test.</returns>
        /// <exception cref="InvalidQueryException">An id names no dataset of the graph.</exception>
        internal Func<Relation, bool> DatasetFilter(IReadOnlyCollection<string> wanted)
        {
            foreach (string id in wanted.OrderBy(x => x, StringComparer.Ordinal))
            {
                if (!Datasets.Any(d => d.Id == id))
                {
                    throw new InvalidQueryException(Datasets.Count == 0
                        ? $"The graph records no datasets, so it has no dataset '{id}'."
                        : $"The graph records no dataset '{id}'; it records: {string.Join(", ", Datasets.Select(d => d.Id))}.");
                }
            }

            var sources = new HashSet<string>(Datasets.Where(d => wanted.Contains(d.Id)).SelectMany(d => d.Sources), StringComparer.Ordinal);
            return r =>
            {
                foreach (Citation c in r.Citations)
                {
                    if (sources.Contains(c.SourceId))
                    {
                        return true;
                    }
                }

                return false;
            };
        }

        private static bool Keeps(TimeStatus status, UndatedPolicy policy) =>
            status == TimeStatus.Holds || (status == TimeStatus.MayHold && policy == UndatedPolicy.Include);

        /// <summary>Gets the position of an entity of this graph, or -1.</summary>
        internal int IndexOf(Entity entity)
        {
            int i = entity.Index;
            if (i >= 0 && i < _entities.Length && ReferenceEquals(_entities[i], entity))
            {
                return i;
            }

            return _entityById.TryGetValue(entity.Id, out Entity? own) ? own.Index : -1;
        }

        /// <summary>Gets this graph's own instance of an entity (which may come from another graph with the same ids).</summary>
        internal Entity Own(Entity entity) => _entities[IndexOrThrow(entity)];

        /// <summary>Gets the entity at a position.</summary>
        internal Entity EntityAt(int index) => _entities[index];

        /// <summary>Gets the read-optimised integer index under the graph (compressed sparse rows), for the algorithms of this library.</summary>
        internal AdjacencyIndex Index => _index;

        /// <summary>Gets the relation at a position of <see cref="Relations"/>.</summary>
        internal Relation RelationAt(int index) => _relations[index];

        /// <summary>Gets the relation at a position of <see cref="Relations"/> without the store keeping it (<see cref="RelationStore.View"/>): equal to <see cref="RelationAt"/>'s, the same object when that one was made.</summary>
        internal Relation RelationViewAt(int index) => _store.View(_positions?[index] ?? index);

        /// <summary>
        /// Gets the relations of <see cref="Relations"/>, in order, as views the store does not keep (<see cref="RelationViewAt"/>):
        /// what the writers and other passes over every relation read, so that saving or exporting a graph of millions of
        /// relations adds no memory that stays.
        /// </summary>
        internal IEnumerable<Relation> RelationViews
        {
            get
            {
                int count = EdgeCount;
                for (int i = 0; i < count; i++)
                {
                    yield return RelationViewAt(i);
                }
            }
        }

        internal IEnumerable<Relation> OutSegment(int v) => Segment(_index.OutOffsets, _index.OutRelations, v);

        internal IEnumerable<Relation> InSegment(int v) => Segment(_index.InOffsets, _index.InRelations, v);

        /// <summary>Gets the relations of a row of the index (outgoing or incoming, as the arrays given).</summary>
        private IEnumerable<Relation> Segment(int[] offsets, int[] relations, int v)
        {
            int end = offsets[v + 1];
            for (int i = offsets[v]; i < end; i++)
            {
                yield return _relations[relations[i]];
            }
        }

        private int Degree(int[] offsets, Entity vertex)
        {
            int v = IndexOrThrow(vertex);
            return offsets[v + 1] - offsets[v];
        }

        private bool TryGetSegment(Entity vertex, int[] offsets, int[] relations, [MaybeNullWhen(false)] out IEnumerable<Relation> edges)
        {
            int v = vertex == null ? -1 : IndexOf(vertex);
            edges = v >= 0 ? Segment(offsets, relations, v) : null!;
            return v >= 0;
        }

        private Relation EdgeAt(int[] offsets, int[] relations, Entity vertex, int index)
        {
            int v = IndexOrThrow(vertex);
            if (index < 0 || index >= offsets[v + 1] - offsets[v])
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _relations[relations[offsets[v] + index]];
        }

        /// <summary>Gets the position of an entity of this graph, or throws <see cref="EntityNotFoundException"/>.</summary>
        internal int IndexOrThrow(Entity entity)
        {
            if (entity == null)
            {
                throw new ArgumentNullException(nameof(entity));
            }

            int i = IndexOf(entity);
            return i >= 0 ? i : throw new EntityNotFoundException(entity.Id);
        }

        /// <summary>Gets the relations by id, built on first use: a bulk load of millions of relations that never looks one up by id does not pay for it.</summary>
        private Dictionary<string, Relation> RelationById
        {
            get
            {
                Dictionary<string, Relation>? byId = Volatile.Read(ref _relationById);
                if (byId != null)
                {
                    return byId;
                }

                byId = new Dictionary<string, Relation>(_relations.Count, StringComparer.Ordinal);
                foreach (Relation r in _relations)
                {
                    byId.Add(r.Id, r);
                }

                Interlocked.CompareExchange(ref _relationById, byId, null);
                return _relationById!;
            }
        }

        private Dictionary<string, int[]> NameIndex
        {
            get
            {
                Dictionary<string, int[]>? index = Volatile.Read(ref _nameIndex);
                if (index != null)
                {
                    return index;
                }

                var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                foreach (Entity e in _entities)
                {
                    foreach (string name in e.AllNames)
                    {
                        string key = NameNormalizer.Normalize(name);
                        if (!lists.TryGetValue(key, out List<int>? list))
                        {
                            lists[key] = list = new List<int>(1);
                        }

                        if (list.Count == 0 || list[list.Count - 1] != e.Index)
                        {
                            list.Add(e.Index);
                        }
                    }
                }

                index = lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
                Interlocked.CompareExchange(ref _nameIndex, index, null);
                return _nameIndex!;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph
{
    /// <summary>
    /// The relations of one load or build, kept in columns rather than as objects: the ends and the type as integers,
    /// the validity as its dates and a kind number, and the rare parts (explicit ids, confidences, citations and
    /// details, property maps) in arrays made only when some relation has them. A <see cref="Relation"/> is a view of
    /// one position (the store and the index), made the first time it is asked for and kept, so that every read of a
    /// relation gives the same object.
    /// </summary>
    /// <remarks>
    /// <para>A million relations of a CSV import cost about 22 bytes each here (ends 8, type 4, dates 8, kind 2) against
    /// 112 bytes for the object each used to be, plus 32 bytes and a slot of the cache for each one asked for.</para>
    /// <para>Filled by one thread (an importer or <see cref="GraphBuilder"/>), then sealed with the graph's entities and
    /// only read; reads are safe from many threads (a race to make the same relation keeps one object).</para>
    /// <para>Ids are unique within a store (the builder and the readers check it), so two views of one store are
    /// equal exactly when their positions are.</para>
    /// </remarks>
    internal sealed class RelationStore
    {
        private static readonly Citation[] NoCitations = Array.Empty<Citation>();

        private readonly List<RelationType> _types = new List<RelationType>();
        private readonly Dictionary<RelationType, int> _typeIds = new Dictionary<RelationType, int>();
        private RelationType? _lastType;
        private int _lastTypeId = -1;
        private int _capacity;
        private int[] _sources;
        private int[] _targets;
        private int[] _typeIdColumn;
        private PartialDate[] _from;
        private PartialDate[] _to;
        private ushort[] _kindAndFlags;
        private Dictionary<int, object>? _validityRare;
        private PropertyTable? _table;
        private int[]? _rows; // the table row of each relation (-1 none), or null while every relation i has row i
        private PropertyMap?[]? _maps;
        private string?[]? _ids;
        private int[]? _lines; // the line of each relation, or null while relation i is on line _firstLine + i
        private int _firstLine = int.MinValue;
        private object?[]? _more; // citations (IReadOnlyList<Citation>) or RelationDetails holding them; null when none
        private double[]? _confidence; // NaN when not stated
        private Entity[] _entities = Array.Empty<Entity>();
        private Relation?[]? _cache;
        private ushort[]? _timeOf; // once sealed: each relation's number in _times, when the relations share few date parts (then _from, _to and _kindAndFlags are empty)
        private TimeParts[]? _times;
        private RelationType[]? _typeArray;

        /// <summary>Creates a store for about <paramref name="capacity"/> relations (it grows beyond that).</summary>
        public RelationStore(int capacity)
        {
            _capacity = Math.Max(capacity, 16);
            _sources = new int[_capacity];
            _targets = new int[_capacity];
            _typeIdColumn = new int[_capacity];
            _from = new PartialDate[_capacity];
            _to = new PartialDate[_capacity];
            _kindAndFlags = new ushort[_capacity];
        }

        /// <summary>Gets the number of relations.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the source entity position of each relation (exactly <see cref="Count"/> long once sealed).</summary>
        public int[] Sources => _sources;

        /// <summary>Gets the target entity position of each relation.</summary>
        public int[] Targets => _targets;

        /// <summary>Gets the type of each relation, as a position in <see cref="Types"/>.</summary>
        public int[] TypeIds => _typeIdColumn;

        /// <summary>Gets the relation types, in the order first used.</summary>
        public RelationType[] Types => _typeArray ??= _types.ToArray();

        /// <summary>Adds a relation whose properties are row <paramref name="row"/> of <paramref name="table"/> (a bulk import), or <paramref name="map"/>; <paramref name="id"/> null gives it the generated id of <paramref name="line"/>.</summary>
        public int Add(string? id, int line, RelationType type, int source, int target, Validity validity, PropertyTable? table, int row, PropertyMap? map, IReadOnlyList<Citation> citations, double? confidence, RelationDetails? details)
        {
            int i = Count;
            if (i == _capacity)
            {
                Grow(Math.Max(16, _capacity * 2));
            }

            _sources[i] = source;
            _targets[i] = target;
            _typeIdColumn[i] = TypeId(type);
            object? rare = validity.GetParts(out PartialDate from, out PartialDate to, out ushort kindAndFlags);
            _from[i] = from;
            _to[i] = to;
            _kindAndFlags[i] = kindAndFlags;
            if (rare != null)
            {
                (_validityRare ??= new Dictionary<int, object>()).Add(i, rare);
            }

            if (table != null && row >= 0)
            {
                if (_table != null && !ReferenceEquals(_table, table))
                {
                    throw new InvalidOperationException("A store holds the rows of one property table.");
                }

                _table = table;
            }
            else
            {
                row = -1;
            }

            if (_rows == null && row != i)
            {
                _rows = new int[_capacity];
                for (int k = 0; k < i; k++)
                {
                    _rows[k] = k;
                }
            }

            if (_rows != null)
            {
                _rows[i] = row;
            }

            if (map != null && map.Count > 0)
            {
                (_maps ??= new PropertyMap?[_capacity])[i] = map;
            }

            if (id != null)
            {
                (_ids ??= new string?[_capacity])[i] = id;
            }
            else
            {
                if (_firstLine == int.MinValue)
                {
                    _firstLine = line - i;
                }

                if (_lines == null && line != _firstLine + i)
                {
                    _lines = new int[_capacity];
                    for (int k = 0; k < i; k++)
                    {
                        _lines[k] = _firstLine + k;
                    }
                }

                if (_lines != null)
                {
                    _lines[i] = line;
                }
            }

            object? more = details == null ? (citations.Count == 0 ? null : citations) : details.WithCitations(citations);
            if (more != null)
            {
                (_more ??= new object?[_capacity])[i] = more;
            }

            if (confidence.HasValue)
            {
                if (_confidence == null)
                {
                    _confidence = new double[_capacity];
                    for (int k = 0; k < i; k++)
                    {
                        _confidence[k] = double.NaN;
                    }
                }

                _confidence[i] = confidence.Value;
            }
            else if (_confidence != null)
            {
                _confidence[i] = double.NaN;
            }

            Count = i + 1;
            return i;
        }

        /// <summary>Makes room for <paramref name="capacity"/> relations in all, once a reader can estimate how many it will add (the JSON bulk reader, from the size of the first ones); never shrinks.</summary>
        public void Reserve(int capacity)
        {
            if (capacity > _capacity)
            {
                Grow(capacity);
            }
        }

        /// <summary>Gets whether <see cref="Append"/> can take the relations of <paramref name="other"/>: their property rows are of a table with the same columns as this store's (or one of the two has none).</summary>
        public bool CanAppend(RelationStore other) =>
            _cache == null && other._cache == null && (_table == null || other._table == null || ReferenceEquals(_table, other._table) || _table.SameKeys(other._table));

        /// <summary>
        /// Adds the relations of <paramref name="other"/> (filled by another reader of the same document, with the same
        /// entities, and not used afterwards) after these, as if each had been added here in turn; its property rows are
        /// copied into this store's table. <see cref="CanAppend"/> must hold. (The JSON bulk reader reads the second part
        /// of a large relations array on a second thread.)
        /// </summary>
        public void Append(RelationStore other)
        {
            if (!CanAppend(other) || ReferenceEquals(other, this))
            {
                throw new InvalidOperationException("The stores' property tables have different columns.");
            }

            int n = Count, m = other.Count, total = n + m;
            if (m == 0)
            {
                return;
            }

            if (total > _capacity)
            {
                Grow(total);
            }

            Array.Copy(other._sources, 0, _sources, n, m);
            Array.Copy(other._targets, 0, _targets, n, m);
            var typeIds = new int[other._types.Count];
            for (int t = 0; t < typeIds.Length; t++)
            {
                typeIds[t] = TypeId(other._types[t]);
            }

            for (int i = 0; i < m; i++)
            {
                _typeIdColumn[n + i] = typeIds[other._typeIdColumn[i]];
            }

            Array.Copy(other._from, 0, _from, n, m);
            Array.Copy(other._to, 0, _to, n, m);
            Array.Copy(other._kindAndFlags, 0, _kindAndFlags, n, m);
            if (other._validityRare != null)
            {
                foreach (KeyValuePair<int, object> rare in other._validityRare)
                {
                    (_validityRare ??= new Dictionary<int, object>()).Add(n + rare.Key, rare.Value);
                }
            }

            // Property rows: the other table's rows follow this table's (or become this store's table when it has none).
            int rowOffset = 0;
            if (other._table != null)
            {
                if (_table == null)
                {
                    _table = other._table;
                }
                else if (!ReferenceEquals(_table, other._table))
                {
                    rowOffset = _table.Count;
                    _table.Append(other._table);
                }
            }

            if (_rows != null || other._rows != null || rowOffset != n)
            {
                if (_rows == null)
                {
                    _rows = new int[_capacity];
                    for (int k = 0; k < n; k++)
                    {
                        _rows[k] = k;
                    }
                }

                for (int i = 0; i < m; i++)
                {
                    int row = other._rows != null ? other._rows[i] : i;
                    _rows[n + i] = row < 0 ? -1 : row + rowOffset;
                }
            }

            if (other._maps != null)
            {
                Array.Copy(other._maps, 0, _maps ??= new PropertyMap?[_capacity], n, m);
            }

            if (other._ids != null)
            {
                Array.Copy(other._ids, 0, _ids ??= new string?[_capacity], n, m);
            }

            // Generated ids: the lines stay implicit while they run on from this store's.
            if (other._firstLine != int.MinValue)
            {
                if (_firstLine == int.MinValue)
                {
                    _firstLine = other._firstLine - n;
                }

                if (_lines != null || other._lines != null || other._firstLine != _firstLine + n)
                {
                    if (_lines == null)
                    {
                        _lines = new int[_capacity];
                        for (int k = 0; k < n; k++)
                        {
                            _lines[k] = _firstLine + k;
                        }
                    }

                    for (int i = 0; i < m; i++)
                    {
                        _lines[n + i] = other._lines != null ? other._lines[i] : other._firstLine + i;
                    }
                }
            }
            else if (_lines != null)
            {
                for (int i = 0; i < m; i++)
                {
                    _lines[n + i] = _firstLine + n + i; // unused: these relations have ids of their own
                }
            }

            if (other._more != null)
            {
                Array.Copy(other._more, 0, _more ??= new object?[_capacity], n, m);
            }

            if (other._confidence != null || _confidence != null)
            {
                if (_confidence == null)
                {
                    _confidence = new double[_capacity];
                    for (int k = 0; k < n; k++)
                    {
                        _confidence[k] = double.NaN;
                    }
                }

                for (int i = 0; i < m; i++)
                {
                    _confidence[n + i] = other._confidence != null ? other._confidence[i] : double.NaN;
                }
            }

            Count = total;
        }

        /// <summary>Ends the filling: the columns are cut to <see cref="Count"/> (a copy only when the capacity was not exact) and the ends are read from <paramref name="entities"/>.</summary>
        public void Seal(Entity[] entities)
        {
            _entities = entities;
            if (_capacity != Count)
            {
                Grow(Count);
            }

            _typeArray = _types.ToArray();
            if (Count >= ShareTimesFrom)
            {
                ShareTimes();
            }
        }

        /// <summary>The number of relations from which a sealed store tries to keep its dates as numbers into a table of the distinct ones.</summary>
        internal static int ShareTimesFrom { get; set; } = 100_000;

        /// <summary>Gets whether the dates are kept as a two-byte number a relation into a table of the distinct (from, to, kind) parts.</summary>
        internal bool SharesTimes => _timeOf != null;

        /// <summary>
        /// Keeps the dates as numbers into a table of the distinct (from, to, kind) parts when there are at most 65,536 of
        /// them: 2 bytes a relation instead of 10 (an import's dates are mostly whole years or days of a few decades; 240 MB
        /// less at 30 million relations). With more, the columns stay as they are.
        /// </summary>
        private void ShareTimes()
        {
            var numbers = new Dictionary<TimeParts, int>();
            var table = new List<TimeParts>();
            var of = new ushort[Count];
            for (int i = 0; i < Count; i++)
            {
                var parts = new TimeParts(_from[i], _to[i], _kindAndFlags[i]);
                if (!numbers.TryGetValue(parts, out int number))
                {
                    if (table.Count == 1 << 16)
                    {
                        return;
                    }

                    number = table.Count;
                    numbers.Add(parts, number);
                    table.Add(parts);
                }

                of[i] = (ushort)number;
            }

            _times = table.ToArray();
            _timeOf = of;
            _from = Array.Empty<PartialDate>();
            _to = Array.Empty<PartialDate>();
            _kindAndFlags = Array.Empty<ushort>();
        }

        /// <summary>Gets the relation at a position: made on first use, then the same object every time.</summary>
        public Relation Get(int index)
        {
            Relation?[]? cache = Volatile.Read(ref _cache);
            if (cache == null)
            {
                Interlocked.CompareExchange(ref _cache, new Relation?[Count], null);
                cache = _cache!;
            }

            Relation? r = Volatile.Read(ref cache[index]);
            if (r != null)
            {
                return r;
            }

            r = new Relation(this, index);
            return Interlocked.CompareExchange(ref cache[index], r, null) ?? r;
        }

        /// <summary>
        /// Gets the relation at a position without keeping it: the kept object when one was made, else a new view that the
        /// store does not keep (equal to the kept one, by position), for a pass over every relation (a writer, a weight
        /// function) that would otherwise keep an object of 40 bytes for each.
        /// </summary>
        public Relation View(int index)
        {
            Relation?[]? cache = Volatile.Read(ref _cache);
            Relation? r = cache == null ? null : Volatile.Read(ref cache[index]);
            return r ?? new Relation(this, index);
        }

        /// <summary>Gets how many relations have been made (asked for) so far.</summary>
        public int CountMade()
        {
            Relation?[]? cache = Volatile.Read(ref _cache);
            int made = 0;
            for (int i = 0; cache != null && i < cache.Length; i++)
            {
                made += Volatile.Read(ref cache[i]) != null ? 1 : 0;
            }

            return made;
        }

        /// <summary>
        /// Gets the store's table of distinct dates when its relations share one (<see cref="ShareTimesFrom"/>) and none has
        /// rare time parts of its own: each relation's number in the table, and the validity of each number. The arrays are
        /// the store's: not to be changed.
        /// </summary>
        /// <param name="timeOf">Each relation's number in <paramref name="table"/>.</param>
        /// <param name="table">The validity of each number.</param>
        /// <returns><c>false</c> when the relations keep their dates each.</returns>
        internal bool TryTimeTable([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ushort[]? timeOf, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Validity[]? table)
        {
            timeOf = _timeOf;
            table = null;
            if (timeOf == null || (_validityRare != null && _validityRare.Count > 0))
            {
                timeOf = null;
                return false;
            }

            TimeParts[] times = _times!;
            table = new Validity[times.Length];
            for (int i = 0; i < times.Length; i++)
            {
                table[i] = KnowledgeGraph.Validity.FromParts(times[i].From, times[i].To, times[i].Kind, null);
            }

            return true;
        }

        /// <summary>Gets the id of a relation (a generated one is made on each call).</summary>
        public string Id(int index) => _ids?[index] ?? Relation.GeneratedId(_lines?[index] ?? _firstLine + index);

        /// <summary>Gets whether the id of a relation is generated from its line rather than stored.</summary>
        public bool HasGeneratedId(int index) => _ids?[index] == null;

        public RelationType Type(int index) => _typeArray![_typeIdColumn[index]];

        public Entity Source(int index) => _entities[_sources[index]];

        public Entity Target(int index) => _entities[_targets[index]];

        public Validity Validity(int index)
        {
            object? rare = _validityRare != null && _validityRare.TryGetValue(index, out object? r) ? r : null;
            if (_timeOf != null)
            {
                TimeParts parts = _times![_timeOf[index]];
                return KnowledgeGraph.Validity.FromParts(parts.From, parts.To, parts.Kind, rare);
            }

            return KnowledgeGraph.Validity.FromParts(_from[index], _to[index], _kindAndFlags[index], rare);
        }

        /// <summary>
        /// Gets a numeric property of relations, read from the columns without making relation objects or property maps;
        /// <paramref name="missing"/> where a relation has no number under that key. Relation <c>p</c> of a graph is store
        /// position <c>positions[p]</c> (<c>p</c> when <paramref name="positions"/> is <c>null</c>); the numbers are those of
        /// the graph's relations <c>at[0]</c>, <c>at[1]</c>... (of its first <paramref name="count"/> relations in order when
        /// <paramref name="at"/> is <c>null</c>).
        /// </summary>
        public double[] Numbers(string key, double missing, int[]? positions, int count, int[]? at = null)
        {
            count = at?.Length ?? count;
            var numbers = new double[count];
            int column = _table?.Column(key) ?? -1;
            for (int i = 0; i < count; i++)
            {
                int p = at?[i] ?? i;
                int index = positions?[p] ?? p;
                PropertyMap? map = _maps?[index];
                double? value;
                if (map != null)
                {
                    value = map.GetNumber(key);
                }
                else
                {
                    int row = _rows != null ? _rows[index] : index;
                    value = row >= 0 && column >= 0 ? _table!.Number(row, column) : null;
                }

                numbers[i] = value ?? missing;
            }

            return numbers;
        }

        public PropertyMap Properties(int index)
        {
            PropertyMap? map = _maps?[index];
            if (map != null)
            {
                return map;
            }

            int row = _rows != null ? _rows[index] : index;
            return row >= 0 && _table != null ? new PropertyMap(_table, row) : PropertyMap.Empty;
        }

        public IReadOnlyList<Citation> Citations(int index) => _more?[index] switch
        {
            RelationDetails details => details.Citations,
            IReadOnlyList<Citation> citations => citations,
            _ => NoCitations,
        };

        public RelationDetails? Details(int index) => _more?[index] as RelationDetails;

        public double? Confidence(int index)
        {
            if (_confidence == null)
            {
                return null;
            }

            double c = _confidence[index];
            return double.IsNaN(c) ? null : c;
        }

        private int TypeId(RelationType type)
        {
            if (ReferenceEquals(type, _lastType))
            {
                return _lastTypeId;
            }

            if (!_typeIds.TryGetValue(type, out int id))
            {
                id = _types.Count;
                _typeIds.Add(type, id);
                _types.Add(type);
                _typeArray = null;
            }

            _lastType = type;
            _lastTypeId = id;
            return id;
        }

        private void Grow(int capacity)
        {
            _capacity = capacity;
            Array.Resize(ref _sources, capacity);
            Array.Resize(ref _targets, capacity);
            Array.Resize(ref _typeIdColumn, capacity);
            Array.Resize(ref _from, capacity);
            Array.Resize(ref _to, capacity);
            Array.Resize(ref _kindAndFlags, capacity);
            Resize(ref _rows, capacity);
            Resize(ref _maps, capacity);
            Resize(ref _ids, capacity);
            Resize(ref _lines, capacity);
            Resize(ref _more, capacity);
            Resize(ref _confidence, capacity);
        }

        private static void Resize<T>(ref T[]? array, int capacity)
        {
            if (array != null)
            {
                Array.Resize(ref array, capacity);
            }
        }

        /// <summary>A relation's dates and kind, as a key of the table of distinct ones.</summary>
        private readonly struct TimeParts : IEquatable<TimeParts>
        {
            public readonly PartialDate From;
            public readonly PartialDate To;
            public readonly ushort Kind;

            public TimeParts(PartialDate from, PartialDate to, ushort kind)
            {
                From = from;
                To = to;
                Kind = kind;
            }

            public bool Equals(TimeParts other) => From.Equals(other.From) && To.Equals(other.To) && Kind == other.Kind;

            public override bool Equals(object? obj) => obj is TimeParts other && Equals(other);

            public override int GetHashCode() => unchecked((((From.GetHashCode() * 397) ^ To.GetHashCode()) * 31) + Kind);
        }
    }
}

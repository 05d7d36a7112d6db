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

        /// <summary>Ends the filling: the columns are cut to <see cref="Count"/> (a copy only when the capacity was not exact) and the ends are read from <paramref name="entities"/>.</summary>
        public void Seal(Entity[] entities)
        {
            _entities = entities;
            if (_capacity != Count)
            {
                Grow(Count);
            }

            _typeArray = _types.ToArray();
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

        /// <summary>Gets the id of a relation (a generated one is made on each call).</summary>
        public string Id(int index) => _ids?[index] ?? Relation.GeneratedId(_lines?[index] ?? _firstLine + index);

        /// <summary>Gets whether the id of a relation is generated from its line rather than stored.</summary>
        public bool HasGeneratedId(int index) => _ids?[index] == null;

        public RelationType Type(int index) => _typeArray![_typeIdColumn[index]];

        public Entity Source(int index) => _entities[_sources[index]];

        public Entity Target(int index) => _entities[_targets[index]];

        public Validity Validity(int index) =>
            KnowledgeGraph.Validity.FromParts(_from[index], _to[index], _kindAndFlags[index], _validityRare != null && _validityRare.TryGetValue(index, out object? rare) ? rare : null);

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
    }
}

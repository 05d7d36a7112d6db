using System;

namespace KnowledgeGraph
{
    /// <summary>
    /// Columnar storage of the properties of many items that share column names (the rows of an imported file): numbers
    /// and booleans are kept unboxed in one array of 64-bit cells per column, with a tag per cell, so that a million
    /// relations with a <c>weight</c> do not make a million boxed doubles and object arrays. Each item's
    /// <see cref="PropertyMap"/> is a view of one row.
    /// </summary>
    /// <remarks>Filled by one importer thread, then only read (safe from many threads once the graph is built).</remarks>
    internal sealed class PropertyTable
    {
        internal const byte Absent = 0;
        internal const byte Double = 1;
        internal const byte Long = 2;
        internal const byte Bool = 3;
        internal const byte Object = 4;

        private readonly long[][] _bits;
        private readonly byte[][] _tags;
        private readonly object?[]?[] _objects;
        private int _capacity;

        public PropertyTable(string[] keys, int expectedRows = 1024)
        {
            Keys = keys;
            _capacity = Math.Max(expectedRows, 16);
            _bits = new long[keys.Length][];
            _tags = new byte[keys.Length][];
            _objects = new object?[keys.Length][];
            for (int c = 0; c < keys.Length; c++)
            {
                _bits[c] = new long[_capacity];
                _tags[c] = new byte[_capacity];
            }
        }

        /// <summary>Gets the column names.</summary>
        public string[] Keys { get; }

        /// <summary>Gets the number of rows.</summary>
        public int Count { get; private set; }

        /// <summary>Adds an empty row and returns its index.</summary>
        public int AddRow()
        {
            if (Count == _capacity)
            {
                Resize(_capacity * 2);
            }

            return Count++;
        }

        /// <summary>Removes every row, keeping the arrays (a reader's table for one chunk of a file, used again for the next).</summary>
        public void Clear()
        {
            for (int c = 0; c < Keys.Length; c++)
            {
                Array.Clear(_tags[c], 0, Count);
                if (_objects[c] != null)
                {
                    Array.Clear(_objects[c]!, 0, Count);
                }
            }

            Count = 0;
        }

        /// <summary>Adds a copy of a row of another table with the same columns (the rows of a file's chunks, read apart, gathered into one table); returns its index.</summary>
        public int CopyRow(PropertyTable source, int sourceRow)
        {
            int row = AddRow();
            for (int c = 0; c < Keys.Length; c++)
            {
                byte tag = source._tags[c][sourceRow];
                if (tag == Object)
                {
                    SetObject(row, c, source._objects[c]![sourceRow]!);
                }
                else if (tag != Absent)
                {
                    _bits[c][row] = source._bits[c][sourceRow];
                    _tags[c][row] = tag;
                }
            }

            return row;
        }

        /// <summary>Makes room for <paramref name="rows"/> rows in all, once a reader can estimate how many it will add; never shrinks.</summary>
        public void Reserve(int rows)
        {
            if (rows > _capacity)
            {
                Resize(rows);
            }
        }

        /// <summary>Gets whether <paramref name="other"/> has the same column names in the same order.</summary>
        public bool SameKeys(PropertyTable other)
        {
            if (other.Keys.Length != Keys.Length)
            {
                return false;
            }

            for (int c = 0; c < Keys.Length; c++)
            {
                if (!string.Equals(Keys[c], other.Keys[c], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Adds the rows of <paramref name="other"/> (same columns: <see cref="SameKeys"/>) after these, in order; the first gets the index <see cref="Count"/> had.</summary>
        public void Append(PropertyTable other)
        {
            int n = Count, m = other.Count;
            Reserve(n + m);

            for (int c = 0; c < Keys.Length; c++)
            {
                Array.Copy(other._bits[c], 0, _bits[c], n, m);
                Array.Copy(other._tags[c], 0, _tags[c], n, m);
                if (other._objects[c] != null)
                {
                    Array.Copy(other._objects[c]!, 0, _objects[c] ??= new object?[_capacity], n, m);
                }
            }

            Count = n + m;
        }

        private void Resize(int capacity)
        {
            _capacity = capacity;
            for (int c = 0; c < Keys.Length; c++)
            {
                Array.Resize(ref _bits[c], capacity);
                Array.Resize(ref _tags[c], capacity);
                if (_objects[c] != null)
                {
                    Array.Resize(ref _objects[c], capacity);
                }
            }
        }

        public void SetDouble(int row, int column, double value)
        {
            _bits[column][row] = BitConverter.DoubleToInt64Bits(value);
            _tags[column][row] = Double;
        }

        public void SetLong(int row, int column, long value)
        {
            _bits[column][row] = value;
            _tags[column][row] = Long;
        }

        public void SetBool(int row, int column, bool value)
        {
            _bits[column][row] = value ? 1 : 0;
            _tags[column][row] = Bool;
        }

        public void SetObject(int row, int column, object value)
        {
            object?[] objects = _objects[column] ??= new object?[_capacity];
            objects[row] = value;
            _tags[column][row] = Object;
        }

        /// <summary>Gets the tag of a cell (<see cref="Absent"/> when empty).</summary>
        public byte Tag(int row, int column) => _tags[column][row];

        /// <summary>Gets a numeric cell as a double, or null when absent or not a number.</summary>
        public double? Number(int row, int column) => _tags[column][row] switch
        {
            Double => BitConverter.Int64BitsToDouble(_bits[column][row]),
            Long => _bits[column][row],
            _ => null,
        };

        /// <summary>Gets a cell as the object a <see cref="PropertyMap"/> holds (boxing numbers).</summary>
        public object Value(int row, int column) => _tags[column][row] switch
        {
            Double => BitConverter.Int64BitsToDouble(_bits[column][row]),
            Long => _bits[column][row],
            Bool => _bits[column][row] != 0,
            Object => _objects[column]![row]!,
            _ => throw new InvalidOperationException("The cell is empty."),
        };

        /// <summary>Gets the index of a column, or -1.</summary>
        public int Column(string key)
        {
            string[] keys = Keys;
            for (int i = 0; i < keys.Length; i++)
            {
                if (string.Equals(keys[i], key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

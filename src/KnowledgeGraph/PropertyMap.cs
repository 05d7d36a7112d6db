using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// An immutable, ordered map of typed property values: <see cref="string"/>, <see cref="long"/>,
    /// <see cref="double"/>, <see cref="bool"/>, or a list of strings (<see cref="IReadOnlyList{T}"/> of string).
    /// </summary>
    /// <remarks>
    /// Properties keep the order they were given in, so that a graph file saves in the order it was written.
    /// Look-up is a linear scan, which is faster than hashing for the handful of properties a fact carries.
    /// This type is immutable and safe to share between threads.
    /// </remarks>
    [Immutable]
    public sealed class PropertyMap : IReadOnlyDictionary<string, object>
    {
        private readonly PropertyTable? _table;
        private readonly int _row;
        private string[]? _keys;
        private object[]? _values;

        private PropertyMap(string[] keys, object[] values)
        {
            _keys = keys;
            _values = values;
        }

        /// <summary>Creates a view of one row of a columnar table (bulk imports): the arrays are made on first use by the general members; <see cref="TryGetValue"/>, <see cref="GetNumber"/> and <see cref="ContainsKey"/> read the table directly.</summary>
        internal PropertyMap(PropertyTable table, int row)
        {
            _table = table;
            _row = row;
        }

        /// <summary>Gets the table and row this map views, when it is a view of a bulk import's table.</summary>
        internal bool TryGetRow(out PropertyTable? table, out int row)
        {
            table = _table;
            row = _row;
            return table != null;
        }

        /// <summary>Gets the key of the <paramref name="index"/>-th property (in order), without an enumerator.</summary>
        internal string KeyAt(int index) => KeyArray[index];

        /// <summary>Gets the value of the <paramref name="index"/>-th property (in order), without an enumerator.</summary>
        internal object ValueAt(int index) => ValueArray[index];

        private string[] KeyArray
        {
            get
            {
                Materialize();
                return _keys!;
            }
        }

        private object[] ValueArray
        {
            get
            {
                Materialize();
                return _values!;
            }
        }

        /// <summary>Gets the empty map.</summary>
        public static PropertyMap Empty { get; } = new PropertyMap(Array.Empty<string>(), Array.Empty<object>());

        /// <inheritdoc />
        public int Count => KeyArray.Length;

        /// <inheritdoc />
        public IEnumerable<string> Keys => KeyArray;

        /// <inheritdoc />
        public IEnumerable<object> Values => ValueArray;

        /// <inheritdoc />
        public object this[string key] => TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

        /// <summary>Creates a map from pairs, checking that each value has a supported type and each key is unique.</summary>
        /// <param name="pairs">The properties, in order.</param>
        /// <returns>The map.</returns>
        /// <exception cref="ArgumentException">A key repeats, is empty, or a value has an unsupported type.</exception>
        public static PropertyMap From(IEnumerable<KeyValuePair<string, object>>? pairs)
        {
            if (pairs == null)
            {
                return Empty;
            }

            var keys = new List<string>();
            var values = new List<object>();
            foreach (KeyValuePair<string, object> pair in pairs)
            {
                if (string.IsNullOrEmpty(pair.Key))
                {
                    throw new ArgumentException("A property name must not be empty.", nameof(pairs));
                }

                if (keys.Contains(pair.Key))
                {
                    throw new ArgumentException($"The property '{pair.Key}' is given twice.", nameof(pairs));
                }

                keys.Add(pair.Key);
                values.Add(Normalize(pair.Key, pair.Value));
            }

            return keys.Count == 0 ? Empty : new PropertyMap(keys.ToArray(), values.ToArray());
        }

        /// <summary>Creates a map from arrays the caller vouches for (unique non-empty keys, normalized values), without copying: importers share one key array between millions of maps.</summary>
        internal static PropertyMap FromTrusted(string[] keys, object[] values) => keys.Length == 0 ? Empty : new PropertyMap(keys, values);

        /// <summary>Creates a map of one property.</summary>
        /// <param name="key">The name.</param>
        /// <param name="value">The value.</param>
        /// <returns>The map.</returns>
        public static PropertyMap Of(string key, object value) => From(new[] { new KeyValuePair<string, object>(key, value) });

        /// <inheritdoc />
        public bool ContainsKey(string key)
        {
            if (_table != null && _keys == null)
            {
                int column = _table.Column(key);
                return column >= 0 && _table.Tag(_row, column) != PropertyTable.Absent;
            }

            return Array.IndexOf(_keys!, key) >= 0;
        }

        /// <inheritdoc />
#pragma warning disable CS8767 // netstandard2.0's IReadOnlyDictionary is not annotated.
        public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
        {
            if (_table != null && _keys == null)
            {
                int column = _table.Column(key);
                if (column >= 0 && _table.Tag(_row, column) != PropertyTable.Absent)
                {
                    value = _table.Value(_row, column);
                    return true;
                }

                value = null;
                return false;
            }

            string[] keys = _keys!;
            for (int i = 0; i < keys.Length; i++)
            {
                if (string.Equals(keys[i], key, StringComparison.Ordinal))
                {
                    value = _values![i];
                    return true;
                }
            }

            value = null;
            return false;
        }
#pragma warning restore CS8767

        /// <summary>Gets a numeric property as a <see cref="double"/>, or <c>null</c> when absent or not a number.</summary>
        /// <param name="key">The name.</param>
        /// <returns>The number, or <c>null</c>.</returns>
        public double? GetNumber(string key)
        {
            if (_table != null && _keys == null)
            {
                int column = _table.Column(key);
                return column >= 0 ? _table.Number(_row, column) : null;
            }

            if (!TryGetValue(key, out object? value))
            {
                return null;
            }

            return value switch
            {
                long l => l,
                double d => d,
                _ => null,
            };
        }

        /// <summary>Gets a property as text, or <c>null</c> when absent; lists are joined with "; ".</summary>
        /// <param name="key">The name.</param>
        /// <returns>The text, or <c>null</c>.</returns>
        public string? GetString(string key) => TryGetValue(key, out object? value) ? Format(value) : null;

        /// <summary>Formats a property value as invariant text; lists are joined with "; ".</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text.</returns>
        public static string Format(object value) => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            long l => l.ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IEnumerable<string> list => string.Join("; ", list),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            string[] keys = KeyArray;
            object[] values = ValueArray;
            for (int i = 0; i < keys.Length; i++)
            {
                yield return new KeyValuePair<string, object>(keys[i], values[i]);
            }
        }

        /// <inheritdoc />
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc />
        public override string ToString() => string.Join(", ", this.Select(p => p.Key + "=" + Format(p.Value)));

        /// <summary>Makes the key and value arrays of a table row (once; a race makes equal arrays, which is harmless).</summary>
        private void Materialize()
        {
            if (Volatile.Read(ref _keys) != null)
            {
                return;
            }

            PropertyTable table = _table!;
            int count = 0;
            for (int c = 0; c < table.Keys.Length; c++)
            {
                if (table.Tag(_row, c) != PropertyTable.Absent)
                {
                    count++;
                }
            }

            var keys = new string[count];
            var values = new object[count];
            int at = 0;
            for (int c = 0; c < table.Keys.Length; c++)
            {
                if (table.Tag(_row, c) != PropertyTable.Absent)
                {
                    keys[at] = table.Keys[c];
                    values[at] = table.Value(_row, c);
                    at++;
                }
            }

            _values = values;
            Volatile.Write(ref _keys, keys);
        }

        private static object Normalize(string key, object? value)
        {
            switch (value)
            {
                case string or bool or long or double:
                    return value;
                case int i:
                    return (long)i;
                case short s:
                    return (long)s;
                case float f:
                    return (double)f;
                case decimal m:
                    return (double)m;
                case IEnumerable<string> list:
                    return Array.AsReadOnly(list.ToArray());
                case null:
                    throw new ArgumentException($"The property '{key}' has no value.", nameof(value));
                default:
                    throw new ArgumentException($"The property '{key}' has a value of type {value.GetType().Name}; use a string, a number, a boolean or a list of strings.", nameof(value));
            }
        }
    }
}

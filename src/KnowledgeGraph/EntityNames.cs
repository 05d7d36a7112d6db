using System;
using System.Collections.Generic;
using System.Text;

namespace KnowledgeGraph
{
    /// <summary>
    /// The names of a large graph's entities in one column: one byte a character for names written in Latin-1 (U+0000 to
    /// U+00FF), back to back, with where each starts; any other name kept as its string. <see cref="Entity.Name"/> makes
    /// the string when asked for.
    /// </summary>
    /// <remarks>
    /// <para>A name such as <c>Entity 1234567</c> costs 56 bytes as a string object and 18 here (14 characters and a start):
    /// 380 MB less at ten million entities.</para>
    /// <para>Made whole from the entities of a new graph (<see cref="Compact"/>), or filled name by name while a reader adds
    /// its entities (<see cref="Growing"/>, <see cref="Append"/>), so that a large import's names never live as strings
    /// long enough to be promoted by the collector, and need no second pass. Immutable once its graph is made; safe to
    /// read from many threads then.</para>
    /// </remarks>
    internal sealed class EntityNames
    {
#if NET5_0_OR_GREATER
        private static readonly Encoding Latin1 = Encoding.Latin1;
#else
        private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);
#endif

        private byte[] _chars;
        private int[] _starts;
        private Dictionary<int, string>? _others;
        private int _count;

        private EntityNames(byte[] chars, int[] starts, Dictionary<int, string>? others)
        {
            _chars = chars;
            _starts = starts;
            _others = others;
            _count = starts.Length - 1;
        }

        /// <summary>Gets the number of names.</summary>
        public int Count => _count;

        /// <summary>Gets whether a reader filled the column name by name (<see cref="Growing"/>) rather than <see cref="Compact"/> making it whole.</summary>
        public bool FilledByReader { get; private set; }

        /// <summary>Starts an empty column that <see cref="Append"/> fills, sized for about <paramref name="expected"/> names of 16 characters (it grows beyond that).</summary>
        /// <param name="expected">The number of names expected.</param>
        /// <returns>The column.</returns>
        public static EntityNames Growing(int expected)
        {
            int n = Math.Max(expected, 16);
            return new EntityNames(new byte[16L * n > int.MaxValue / 2 ? int.MaxValue / 2 : 16 * n], new int[n + 1], null) { _count = 0, FilledByReader = true };
        }

        /// <summary>Adds the name of the next entity (its <see cref="Entity.Index"/> is <see cref="Count"/>): a reader's, while it builds a new graph, on one thread.</summary>
        /// <param name="name">The name.</param>
        /// <returns><c>false</c> (and nothing added) when the column cannot hold it (past 2 GB of characters): the entity then keeps its string.</returns>
        public bool Append(string name)
        {
            int at = _starts[_count];
            if (_count + 2 > _starts.Length)
            {
                Array.Resize(ref _starts, (int)Math.Min(int.MaxValue - 64, _starts.Length * 2L));
            }

            if (IsLatin1(name))
            {
                if ((long)at + name.Length > _chars.Length)
                {
                    long grown = Math.Max((long)at + name.Length, _chars.Length * 2L);
                    if (grown > int.MaxValue - 64)
                    {
                        if ((long)at + name.Length > int.MaxValue - 64)
                        {
                            return false;
                        }

                        grown = int.MaxValue - 64;
                    }

                    Array.Resize(ref _chars, (int)grown);
                }

                for (int k = 0; k < name.Length; k++)
                {
                    _chars[at++] = (byte)name[k];
                }
            }
            else
            {
                (_others ??= new Dictionary<int, string>()).Add(_count, name);
            }

            _starts[++_count] = at;
            return true;
        }

        /// <summary>Gets the name of the entity at <paramref name="index"/>.</summary>
        public string Get(int index)
        {
            if (_others != null && _others.TryGetValue(index, out string? other))
            {
                return other;
            }

            int start = _starts[index];
            int length = _starts[index + 1] - start;
            return length == 0 ? string.Empty : Latin1.GetString(_chars, start, length);
        }

        /// <summary>Ends the filling: the arrays are cut to what they hold when that returns more than an eighth of them.</summary>
        public void Seal()
        {
            int used = _starts[_count];
            if (_chars.Length - used > _chars.Length / 8)
            {
                Array.Resize(ref _chars, used);
            }

            if (_starts.Length - (_count + 1) > _starts.Length / 8)
            {
                Array.Resize(ref _starts, _count + 1);
            }
        }

        /// <summary>Gets the bytes the column holds, for the memory figures.</summary>
        public long Bytes => _chars.LongLength + (4L * _starts.Length);

        /// <summary>Puts the names of <paramref name="entities"/> (each at its <see cref="Entity.Index"/>) into one column and has each entity read its name from it; their name strings are then garbage.</summary>
        /// <param name="entities">The entities of a new graph, not yet handed out: entity <c>i</c> has <see cref="Entity.Index"/> <c>i</c>.</param>
        /// <returns>The column, or <c>null</c> when the entities are not numbered by their positions or their names are too long for one column (they then keep their strings).</returns>
        public static EntityNames? Compact(Entity[] entities)
        {
            if (entities.Length > 0 && entities[0].NameInColumn)
            {
                // A reader filled the column as it added the entities (Growing).
                return null;
            }

            long total = 0;
            for (int i = 0; i < entities.Length; i++)
            {
                if (entities[i].Index != i)
                {
                    return null;
                }

                total += entities[i].Name.Length;
            }

            if (total > int.MaxValue)
            {
                return null;
            }

            var chars = new byte[total];
            var starts = new int[entities.Length + 1];
            Dictionary<int, string>? others = null;
            int at = 0;
            for (int i = 0; i < entities.Length; i++)
            {
                string name = entities[i].Name;
                starts[i] = at;
                if (IsLatin1(name))
                {
                    for (int k = 0; k < name.Length; k++)
                    {
                        chars[at++] = (byte)name[k];
                    }
                }
                else
                {
                    (others ??= new Dictionary<int, string>()).Add(i, name);
                }
            }

            starts[entities.Length] = at;
            if (at < chars.Length)
            {
                Array.Resize(ref chars, at);
            }

            var names = new EntityNames(chars, starts, others);
            foreach (Entity e in entities)
            {
                e.ReadNameFrom(names);
            }

            return names;
        }

        private static bool IsLatin1(string s)
        {
            foreach (char c in s)
            {
                if (c > '\u00FF')
                {
                    return false;
                }
            }

            return true;
        }
    }
}

using System;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// A hash table from id to an integer that is searched with the characters of a CSV field, so that looking up the
    /// two ends of millions of relations allocates no strings. Open addressing with linear probing; ids of up to 16
    /// characters below U+0100 are stored packed in the slot itself, so that a look-up touches one cache line instead
    /// of three (slot, key array, key string). The table is kept at most three quarters full (a power of two of slots at
    /// least 4/3 of the ids expected): at ten million ids that is 512 MB of slots, where half full took 1 GB. Adding is
    /// not thread-safe; once nothing is added, look-ups are safe from many threads (a CSV file's chunks are parsed so).
    /// <para>Numbered ids (a prefix and a number: <c>n42</c>, <c>Q7747</c>, <c>42</c>) are kept apart, in an array indexed by
    /// the number. Exports number their ids more often than not, and looking one up is then a read of a small array,
    /// where a slot of the hash table is a cache miss in hundreds of megabytes and, on a virtual machine, a walk of the
    /// page tables too: at a million entities that miss was most of what a relation line cost. Which of the two holds an
    /// id depends on its text alone: its last run of digits (at most nine, no leading zero), the prefix before them being
    /// the first numbered id's, and the number below a bound fixed when the table is made (four times the ids expected).
    /// Any other id goes to the hash table, which is made at its first such id.</para>
    /// </summary>
    internal sealed class IdTable
    {
        private const int Stride = 4; // per slot: (hash << 32) | flags | (entry + 1), packed chars 0-7, packed chars 8-15, value (32-byte slots: one cache line)
        private const long NotInline = 0x80000000L;

        private readonly uint _seed = (uint)Guid.NewGuid().GetHashCode();
        private readonly int _expected;
        private readonly int _numberBound; // numbered ids below this go to _byNumber
        private long[] _slots = Array.Empty<long>();
        private int _capacity;
        private string[] _keys = Array.Empty<string>();
        private int _hashed; // the ids in the hash table
        private int _count;
        private string? _prefix; // the prefix of numbered ids (the first numbered id's), or null before one is added
        private int[] _byNumber = Array.Empty<int>(); // value + 2 by number; 0 when absent

        /// <summary>Creates a table sized for about <paramref name="expected"/> ids (it grows beyond that).</summary>
        public IdTable(int expected = 512)
        {
            _expected = Math.Max(expected, 512);
            _numberBound = (int)Math.Min(4L * _expected, 1 << 28);
        }

        /// <summary>Gets the number of ids.</summary>
        public int Count => _count;

        /// <summary>Finds the value of the id held in <paramref name="chars"/> from <paramref name="start"/>; false when absent.</summary>
        public bool TryGet(char[] chars, int start, int length, out int value) => TryGet(new ReadOnlySpan<char>(chars, start, length), out value);

        /// <summary>Finds the value of the id held in <paramref name="id"/>; false when absent.</summary>
        public bool TryGet(ReadOnlySpan<char> id, out int value)
        {
            int number = NumberOf(id);
            if (number >= 0)
            {
                int[] byNumber = _byNumber;
                int stored = number < byNumber.Length ? byNumber[number] : 0;
                value = stored == 0 ? -1 : stored - 2;
                return stored != 0;
            }

            if (_hashed == 0)
            {
                value = -1;
                return false;
            }

            int hash = Hash(id);
            bool inline = Pack(id, out long a, out long b);
            int at = Find(hash, inline, a, b, id);
            value = at < 0 ? -1 : (int)_slots[at + 3];
            return at >= 0;
        }

        /// <summary>Finds the value of an id.</summary>
        public bool TryGet(string key, out int value) => TryGet(key.AsSpan(), out value);

        /// <summary>Adds an id; returns false (and changes nothing) when it is there already.</summary>
        public bool TryAdd(string key, int value)
        {
            ReadOnlySpan<char> chars = key.AsSpan();
            if (_prefix == null && Numbered(chars, out int digits, out _))
            {
                _prefix = key.Substring(0, key.Length - digits);
            }

            int number = NumberOf(chars);
            if (number >= 0)
            {
                if (number >= _byNumber.Length)
                {
                    Array.Resize(ref _byNumber, (int)Math.Min(_numberBound, Math.Max(Math.Max(1024L, 2L * _byNumber.Length), number + 1L)));
                }

                if (_byNumber[number] != 0)
                {
                    return false;
                }

                _byNumber[number] = value + 2;
                _count++;
                return true;
            }

            if (_slots.Length == 0)
            {
                // The first id that is not numbered: the hash table, sized for the ids expected but those already added
                // (numbered, in the array), so that a file of numbered ids with a few others does not get one for them all.
                int room = Math.Max(512, _expected - _count);
                _capacity = 1 << 10;
                while ((long)_capacity * 3 < (long)room * 4 && _capacity < (1 << 29))
                {
                    _capacity <<= 1;
                }

                _slots = new long[_capacity * Stride];
                _keys = new string[room];
            }

            int hash = Hash(chars);
            bool inline = Pack(chars, out long a, out long b);
            if (Find(hash, inline, a, b, chars) >= 0)
            {
                return false;
            }

            if ((long)(_hashed + 1) * 4 > (long)_capacity * 3)
            {
                Grow();
            }

            if (_hashed == _keys.Length)
            {
                Array.Resize(ref _keys, _keys.Length * 2);
            }

            _keys[_hashed] = key;
            Insert(hash, (inline ? 0 : NotInline) | (uint)(_hashed + 1), a, b, value);
            _hashed++;
            _count++;
            return true;
        }

        /// <summary>The number of a numbered id of this table's prefix, below the table's bound; otherwise -1 (the id belongs in the hash table).</summary>
        private int NumberOf(ReadOnlySpan<char> id)
        {
            string? prefix = _prefix;
            if (prefix == null || id.Length <= prefix.Length || !id.StartsWith(prefix.AsSpan(), StringComparison.Ordinal)
                || !Numbered(id, out int digits, out int number) || digits != id.Length - prefix.Length || number >= _numberBound)
            {
                return -1;
            }

            return number;
        }

        /// <summary>Whether an id ends with a number this table can index: one to nine digits, with no leading zero (so that one number has one spelling); the count of its digits and its value.</summary>
        private static bool Numbered(ReadOnlySpan<char> id, out int digits, out int number)
        {
            int start = id.Length;
            while (start > 0 && id.Length - start < 10 && (uint)(id[start - 1] - '0') <= 9)
            {
                start--;
            }

            digits = id.Length - start;
            number = 0;
            if (digits == 0 || digits > 9 || (start > 0 && (uint)(id[start - 1] - '0') <= 9) || (digits > 1 && id[start] == '0'))
            {
                return false;
            }

            for (int i = start; i < id.Length; i++)
            {
                number = (number * 10) + (id[i] - '0');
            }

            return true;
        }

        /// <summary>Finds the slot of an id (its hash and packed form given), or -1.</summary>
        private int Find(int hash, bool inline, long a, long b, ReadOnlySpan<char> id)
        {
            long[] slots = _slots;
            int mask = _capacity - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                int at = i * Stride;
                long head = slots[at];
                if (head == 0)
                {
                    return -1;
                }

                if ((int)(head >> 32) != hash)
                {
                    continue;
                }

                int entry = (int)(head & 0x7FFFFFFF) - 1;
                bool slotInline = (head & NotInline) == 0;
                if (inline ? slotInline && slots[at + 1] == a && slots[at + 2] == b : !slotInline && id.SequenceEqual(_keys[entry].AsSpan()))
                {
                    return at;
                }
            }
        }

        private static bool Pack(ReadOnlySpan<char> chars, out long a, out long b)
        {
            a = 0;
            b = 0;
            int length = chars.Length;
            if (length > 16)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                char c = chars[i];
                if (c == 0 || c > 0xFF)
                {
                    a = b = 0;
                    return false;
                }

                if (i < 8)
                {
                    a |= (long)c << (8 * i);
                }
                else
                {
                    b |= (long)c << (8 * (i - 8));
                }
            }

            return true;
        }

        private void Insert(int hash, long low, long a, long b, long value)
        {
            long[] slots = _slots;
            int mask = _capacity - 1;
            int i = hash & mask;
            while (slots[i * Stride] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i * Stride] = ((long)hash << 32) | low;
            slots[(i * Stride) + 1] = a;
            slots[(i * Stride) + 2] = b;
            slots[(i * Stride) + 3] = value;
        }

        private void Grow()
        {
            long[] old = _slots;
            _capacity *= 2;
            _slots = new long[_capacity * Stride];
            for (int at = 0; at < old.Length; at += Stride)
            {
                long head = old[at];
                if (head != 0)
                {
                    Insert((int)(head >> 32), head & 0xFFFFFFFFL, old[at + 1], old[at + 2], old[at + 3]);
                }
            }
        }

        private int Hash(ReadOnlySpan<char> chars)
        {
            // FNV-1a over the characters from a random seed (so that a crafted file cannot pick colliding ids), then a
            // finalizer that spreads the low bits (the table indexes by them).
            uint h = 2166136261 ^ _seed;
            for (int i = 0; i < chars.Length; i++)
            {
                h = (h ^ chars[i]) * 16777619;
            }

            h ^= h >> 16;
            h *= 0x7feb352d;
            h ^= h >> 15;
            h *= 0x846ca68b;
            h ^= h >> 16;
            return (int)h;
        }
    }
}

using System;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// A hash table from id to an integer that is searched with the characters of a CSV field, so that looking up the
    /// two ends of millions of relations allocates no strings. Open addressing with linear probing; ids of up to 16
    /// characters below U+0100 are stored packed in the slot itself, so that a look-up touches one cache line instead
    /// of three (slot, key array, key string). Not thread-safe.
    /// </summary>
    internal sealed class IdTable
    {
        private const int Stride = 4; // per slot: (hash << 32) | flags | (entry + 1), packed chars 0-7, packed chars 8-15, value (32-byte slots: one cache line)
        private const long NotInline = 0x80000000L;

        private readonly uint _seed = (uint)Guid.NewGuid().GetHashCode();
        private long[] _slots;
        private int _capacity;
        private string[] _keys;
        private int _count;

        /// <summary>Creates a table sized for about <paramref name="expected"/> ids (it grows beyond that).</summary>
        public IdTable(int expected = 512)
        {
            _capacity = 1 << 10;
            while (_capacity < expected * 2 && _capacity < (1 << 29))
            {
                _capacity <<= 1;
            }

            _slots = new long[_capacity * Stride];
            _keys = new string[Math.Max(expected, 512)];
        }

        /// <summary>Gets the number of ids.</summary>
        public int Count => _count;

        /// <summary>Finds the value of the id held in <paramref name="chars"/> from <paramref name="start"/>; false when absent.</summary>
        public bool TryGet(char[] chars, int start, int length, out int value)
        {
            int hash = Hash(chars, start, length);
            bool inline = Pack(chars, start, length, out long a, out long b);
            long[] slots = _slots;
            int mask = _capacity - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                int at = i * Stride;
                long head = slots[at];
                if (head == 0)
                {
                    value = -1;
                    return false;
                }

                if ((int)(head >> 32) != hash)
                {
                    continue;
                }

                int entry = (int)(head & 0x7FFFFFFF) - 1;
                bool slotInline = (head & NotInline) == 0;
                if (inline ? slotInline && slots[at + 1] == a && slots[at + 2] == b : !slotInline && Equal(_keys[entry], chars, start, length))
                {
                    value = (int)slots[at + 3];
                    return true;
                }
            }
        }

        /// <summary>Finds the value of an id.</summary>
        public bool TryGet(string key, out int value) => TryGet(key.ToCharArray(), 0, key.Length, out value);

        /// <summary>Adds an id; returns false (and changes nothing) when it is there already.</summary>
        public bool TryAdd(string key, int value)
        {
            char[] chars = key.ToCharArray();
            if (TryGet(chars, 0, chars.Length, out _))
            {
                return false;
            }

            if ((_count + 1) * 2 > _capacity)
            {
                Grow();
            }

            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _keys.Length * 2);
            }

            _keys[_count] = key;
            bool inline = Pack(chars, 0, chars.Length, out long a, out long b);
            Insert(Hash(chars, 0, chars.Length), (inline ? 0 : NotInline) | (uint)(_count + 1), a, b, value);
            _count++;
            return true;
        }

        private static bool Pack(char[] chars, int start, int length, out long a, out long b)
        {
            a = 0;
            b = 0;
            if (length > 16)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                char c = chars[start + i];
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

        private static bool Equal(string key, char[] chars, int start, int length)
        {
            if (key.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (key[i] != chars[start + i])
                {
                    return false;
                }
            }

            return true;
        }

        private int Hash(char[] chars, int start, int length)
        {
            // FNV-1a over the characters from a random seed (so that a crafted file cannot pick colliding ids), then a
            // finalizer that spreads the low bits (the table indexes by them).
            uint h = 2166136261 ^ _seed;
            for (int i = 0; i < length; i++)
            {
                h = (h ^ chars[start + i]) * 16777619;
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

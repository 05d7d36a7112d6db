using System;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// A hash table from id to an integer that is searched with the characters of a CSV field, so that looking up the
    /// two ends of millions of relations allocates no strings. Open addressing, linear probing; not thread-safe.
    /// </summary>
    internal sealed class IdTable
    {
        private long[] _slots = new long[1 << 10]; // (hash << 32) | (entry + 1); 0 = empty
        private string[] _keys = new string[1 << 9];
        private int[] _values = new int[1 << 9];
        private readonly uint _seed = (uint)Guid.NewGuid().GetHashCode();
        private int _count;

        /// <summary>Gets the number of ids.</summary>
        public int Count => _count;

        /// <summary>Finds the value of the id held in <paramref name="chars"/> from <paramref name="start"/>; false when absent.</summary>
        public bool TryGet(char[] chars, int start, int length, out int value)
        {
            int hash = Hash(chars, start, length);
            long[] slots = _slots;
            int mask = slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                long slot = slots[i];
                if (slot == 0)
                {
                    value = -1;
                    return false;
                }

                if ((int)(slot >> 32) == hash)
                {
                    int entry = (int)(slot & 0xFFFFFFFF) - 1;
                    if (Equal(_keys[entry], chars, start, length))
                    {
                        value = _values[entry];
                        return true;
                    }
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

            if ((_count + 1) * 2 > _slots.Length)
            {
                Grow();
            }

            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _keys.Length * 2);
                Array.Resize(ref _values, _values.Length * 2);
            }

            _keys[_count] = key;
            _values[_count] = value;
            Insert(Hash(chars, 0, chars.Length), _count);
            _count++;
            return true;
        }

        private void Insert(int hash, int entry)
        {
            long[] slots = _slots;
            int mask = slots.Length - 1;
            int i = hash & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = ((long)hash << 32) | (uint)(entry + 1);
        }

        private void Grow()
        {
            long[] old = _slots;
            _slots = new long[old.Length * 2];
            foreach (long slot in old)
            {
                if (slot != 0)
                {
                    Insert((int)(slot >> 32), (int)(slot & 0xFFFFFFFF) - 1);
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

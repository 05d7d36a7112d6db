using System;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph
{
    /// <summary>
    /// The entities of a graph by id: an open-addressing table of (hash, position) pairs over the graph's entity array,
    /// 8 bytes a slot at most half full, instead of a dictionary's 24-byte entries and bucket array. The entities keep
    /// their id and its hash (<see cref="Entity.GetHashCode"/>), so the table holds no strings.
    /// </summary>
    /// <remarks>Built once from entities with unique ids; immutable afterwards and safe to read from many threads.</remarks>
    internal sealed class EntityIdIndex
    {
        private readonly Entity[] _entities;
        private readonly int[] _slots; // per slot: the id's hash, then the entity's position + 1 (0: empty)
        private readonly int _mask;

        public EntityIdIndex(Entity[] entities)
        {
            _entities = entities;
            int capacity = 16;
            while (capacity < entities.Length * 2L && capacity < (1 << 30))
            {
                capacity <<= 1;
            }

            _mask = capacity - 1;
            _slots = new int[capacity * 2];
            for (int i = 0; i < entities.Length; i++)
            {
                int hash = entities[i].GetHashCode();
                int at = hash & _mask;
                while (_slots[(at * 2) + 1] != 0)
                {
                    at = (at + 1) & _mask;
                }

                _slots[at * 2] = hash;
                _slots[(at * 2) + 1] = i + 1;
            }
        }

        /// <summary>Finds the entity with id <paramref name="id"/>.</summary>
        public bool TryGetValue(string id, [NotNullWhen(true)] out Entity? entity)
        {
            if (id != null)
            {
                int hash = StringComparer.Ordinal.GetHashCode(id);
                int[] slots = _slots;
                for (int at = hash & _mask; ; at = (at + 1) & _mask)
                {
                    int position = slots[(at * 2) + 1];
                    if (position == 0)
                    {
                        break;
                    }

                    if (slots[at * 2] == hash)
                    {
                        Entity candidate = _entities[position - 1];
                        if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
                        {
                            entity = candidate;
                            return true;
                        }
                    }
                }
            }

            entity = null;
            return false;
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;

namespace KnowledgeGraph
{
    /// <summary>
    /// The relations of a <see cref="Graph"/> as a read-only list over its <see cref="RelationStore"/>: all of the store's
    /// relations in order, or the positions a subgraph kept. Each relation is made on first use and kept by the store.
    /// </summary>
    internal sealed class RelationList : IReadOnlyList<Relation>
    {
        private readonly RelationStore _store;
        private readonly int[]? _positions;

        public RelationList(RelationStore store, int[]? positions)
        {
            _store = store;
            _positions = positions;
        }

        /// <inheritdoc />
        public int Count => _positions?.Length ?? _store.Count;

        /// <inheritdoc />
        public Relation this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return _store.Get(_positions == null ? index : _positions[index]);
            }
        }

        /// <inheritdoc />
        public IEnumerator<Relation> GetEnumerator()
        {
            int count = Count;
            for (int i = 0; i < count; i++)
            {
                yield return _store.Get(_positions == null ? i : _positions[i]);
            }
        }

        /// <inheritdoc />
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

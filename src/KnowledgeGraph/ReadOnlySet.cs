using System;
using System.Collections;
using System.Collections.Generic;

namespace KnowledgeGraph
{
    /// <summary>
    /// A copy of a set that cannot be changed, for the <see cref="ISet{T}"/> properties of immutable option types: every
    /// method that would change it throws <see cref="NotSupportedException"/> (netstandard2.0 has no read-only set).
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    internal sealed class ReadOnlySet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        private readonly HashSet<T> _items;

        /// <summary>Initializes a new instance of the <see cref="ReadOnlySet{T}"/> class with a copy of the items, compared as the given set compares them.</summary>
        /// <param name="items">The items.</param>
        public ReadOnlySet(IEnumerable<T> items)
        {
            _items = items is HashSet<T> set ? new HashSet<T>(set, set.Comparer) : new HashSet<T>(items);
        }

        /// <inheritdoc />
        public int Count => _items.Count;

        /// <inheritdoc />
        public bool IsReadOnly => true;

        /// <inheritdoc />
        public bool Contains(T item) => _items.Contains(item);

        /// <inheritdoc />
        public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc />
        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc />
        public bool IsProperSubsetOf(IEnumerable<T> other) => _items.IsProperSubsetOf(other);

        /// <inheritdoc />
        public bool IsProperSupersetOf(IEnumerable<T> other) => _items.IsProperSupersetOf(other);

        /// <inheritdoc />
        public bool IsSubsetOf(IEnumerable<T> other) => _items.IsSubsetOf(other);

        /// <inheritdoc />
        public bool IsSupersetOf(IEnumerable<T> other) => _items.IsSupersetOf(other);

        /// <inheritdoc />
        public bool Overlaps(IEnumerable<T> other) => _items.Overlaps(other);

        /// <inheritdoc />
        public bool SetEquals(IEnumerable<T> other) => _items.SetEquals(other);

        /// <inheritdoc />
        public bool Add(T item) => throw ReadOnly();

        /// <inheritdoc />
        void ICollection<T>.Add(T item) => throw ReadOnly();

        /// <inheritdoc />
        public void Clear() => throw ReadOnly();

        /// <inheritdoc />
        public bool Remove(T item) => throw ReadOnly();

        /// <inheritdoc />
        public void ExceptWith(IEnumerable<T> other) => throw ReadOnly();

        /// <inheritdoc />
        public void IntersectWith(IEnumerable<T> other) => throw ReadOnly();

        /// <inheritdoc />
        public void SymmetricExceptWith(IEnumerable<T> other) => throw ReadOnly();

        /// <inheritdoc />
        public void UnionWith(IEnumerable<T> other) => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new NotSupportedException("This set belongs to immutable options and cannot be changed; make new options with a new set (options with { ... }).");
    }
}

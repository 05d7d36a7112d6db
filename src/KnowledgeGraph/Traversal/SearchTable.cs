using System;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The visited set of a bidirectional breadth-first search sized to the search rather than to the graph: an
    /// open-addressing hash table of <see cref="SearchMark"/>s keyed by entity, valid for the search whose stamp they
    /// carry, so nothing is cleared between searches. A point-to-point search at a million entities marks about a
    /// thousand of them; their marks then sit in a few kilobytes of cache instead of one cache line each across the
    /// graph-sized array. The table starts small (64 KB, which stays in the first-level caches) and doubles when half
    /// full, up to <see cref="MaxCapacity"/>; a search that would outgrow that moves to the graph-sized marks.
    /// </summary>
    internal sealed class SearchTable
    {
        /// <summary>The smallest table: 4,096 entries (64 KB).</summary>
        public const int MinCapacity = 1 << 12;

        /// <summary>The largest table: 65,536 entries (1 MB), half of them used at most.</summary>
        public const int MaxCapacity = 1 << 16;

        private const int MinBits = 12, MaxBits = 16;

        /// <summary>The step of a side that has not reached the entity.</summary>
        public const int NotReached = int.MinValue;

        // The table of each size, 2^12 to 2^16 entries, made when first needed and kept, so that searches allocate nothing.
        private readonly Entry[]?[] _tables = new Entry[]?[MaxBits - MinBits + 1];
        private Entry[] _entries;
        private int _shift = 32 - 12;
        private int _stamp;

        /// <summary>Creates an empty table, with its two smallest sizes made (192 KB): most searches at a million entities mark between one and four thousand entities, and a query should not pay for the second size's memory when it first needs it.</summary>
        public SearchTable()
        {
            _entries = _tables[0] = new Entry[MinCapacity];
            _tables[1] = new Entry[2 * MinCapacity];
        }

        /// <summary>Gets the number of entities marked in the current search.</summary>
        public int Count { get; private set; }

        /// <summary>Starts a search on the small table: forgets every mark by a new stamp (both tables share it, so neither is ever cleared but at the stamp's wrap-around).</summary>
        public void Start()
        {
            if (_stamp == int.MaxValue)
            {
                foreach (Entry[]? table in _tables)
                {
                    if (table != null)
                    {
                        Array.Clear(table, 0, table.Length);
                    }
                }

                _stamp = 0;
            }

            _stamp++;
            _entries = _tables[0]!;
            _shift = 32 - MinBits;
            Count = 0;
        }

        /// <summary>Tells whether <paramref name="more"/> more entities would still fit in the largest table at a load of one half (the table grows as entities are marked).</summary>
        /// <param name="more">How many entities the next level may mark at most.</param>
        /// <returns>Whether the table has the room; <c>false</c> when the search should move to the graph-sized marks.</returns>
        public bool Reserve(long more) => (Count + more) * 2 <= MaxCapacity;

        /// <summary>Gets the slot of entity <paramref name="v"/>: its entry when the current search marked it, else the free slot where it goes.</summary>
        /// <param name="v">The entity.</param>
        /// <returns>The slot.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Find(int v)
        {
            Entry[] e = _entries;
            int mask = e.Length - 1, stamp = _stamp;
            int h = (int)(((uint)v * 0x9E3779B1u) >> _shift);
            while (e[h].Stamp == stamp && e[h].Key != v)
            {
                h = (h + 1) & mask;
            }

            return h;
        }

        /// <summary>Gets the step by which the forward side reached the entity at <paramref name="slot"/>, or <see cref="NotReached"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int StepF(int slot) => _entries[slot].Stamp == _stamp ? _entries[slot].StepF : NotReached;

        /// <summary>Gets the step by which the backward side reached the entity at <paramref name="slot"/>, or <see cref="NotReached"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int StepB(int slot) => _entries[slot].Stamp == _stamp ? _entries[slot].StepB : NotReached;

        /// <summary>Marks entity <paramref name="v"/>, found at <paramref name="slot"/>, as reached by one side with <paramref name="step"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Mark(int slot, int v, bool backward, int step)
        {
            ref Entry x = ref _entries[slot];
            if (x.Stamp != _stamp)
            {
                x.Stamp = _stamp;
                x.Key = v;
                x.StepF = NotReached;
                x.StepB = NotReached;
                Count++;
            }

            if (backward)
            {
                x.StepB = step;
            }
            else
            {
                x.StepF = step;
            }

            if (Count * 2 > _entries.Length)
            {
                Grow();
            }
        }

        /// <summary>Moves the current search's marks to the table of twice the size (a slot found before is then stale).</summary>
        /// <remarks>Compiled optimised at once, as the search loops are: compiled by tiers, its loop over thousands of entries would have the runtime compile it again in the middle of a query (on-stack replacement, about half a millisecond).</remarks>
        [MethodImpl(BidirectionalBfs.Hot)]
        private void Grow()
        {
            Entry[] old = _entries;
            int bits = 32 - _shift + 1;
            _entries = _tables[bits - MinBits] ??= new Entry[1 << bits];
            _shift = 32 - bits;
            foreach (Entry e in old)
            {
                if (e.Stamp == _stamp)
                {
                    _entries[Find(e.Key)] = e;
                }
            }
        }

        /// <summary>Copies the current search's marks into the graph-sized marks under <paramref name="stamp"/>.</summary>
        /// <param name="marks">The graph-sized marks.</param>
        /// <param name="stamp">The stamp of the search there.</param>
        public void CopyTo(SearchMark[] marks, int stamp)
        {
            foreach (Entry e in _entries)
            {
                if (e.Stamp == _stamp)
                {
                    ref SearchMark m = ref marks[e.Key];
                    if (e.StepF != NotReached)
                    {
                        m.StampF = stamp;
                        m.StepF = e.StepF;
                    }

                    if (e.StepB != NotReached)
                    {
                        m.StampB = stamp;
                        m.StepB = e.StepB;
                    }
                }
            }
        }

        private struct Entry
        {
            public int Key;
            public int Stamp;
            public int StepF;
            public int StepB;
        }
    }
}

using System;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The reusable buffers of the traversal kernels, for one search at a time: visit stamps (an entity is visited in
    /// the current search when its stamp equals the search's, so nothing is cleared between searches), hop distances,
    /// parent steps, queues, weighted distances, settled stamps, entities blocked by Yen's spur searches, the marks of
    /// the bidirectional breadth-first search and the two heaps of the bidirectional Dijkstra.
    /// </summary>
    /// <remarks>
    /// Each array is allocated on first use and sized to the graph's entities, so a caller that only runs breadth-first
    /// searches pays for no weighted buffers. Not thread-safe: rent one per search (<see cref="TraversalCache.Rent"/>) or
    /// keep one per thread.
    /// </remarks>
    internal sealed class Workspace
    {
        private readonly int _n;
        private int _stamp;
        private int[]? _stampA, _stampB, _distA, _distB, _parentA, _parentB, _queueA, _queueB, _tableQueueA, _tableQueueB, _block, _settledA, _settledB;
        private double[]? _costA, _costB;
        private SearchMark[]? _marks;
        private ulong[]? _reached;
        private SearchTable? _table;
        private MinHeap? _heapA, _heapB;

        /// <summary>Creates the workspace of a graph of <paramref name="vertexCount"/> entities.</summary>
        /// <param name="vertexCount">The number of entities.</param>
        public Workspace(int vertexCount)
        {
            _n = vertexCount;
        }

        /// <summary>Gets the marks of the bidirectional breadth-first search (both sides' stamps and parent steps together).</summary>
        public SearchMark[] Marks => _marks ??= new SearchMark[_n];

        /// <summary>Gets the visited set of the bidirectional breadth-first search sized to the search.</summary>
        public SearchTable Table => _table ??= new SearchTable();

        /// <summary>Gets the forward queue of a bidirectional breadth-first search while its marks fit in <see cref="Table"/>: each entity queued is marked first, so it never holds more than the table's most marks.</summary>
        public int[] TableQueueA => _tableQueueA ??= new int[TableQueueLength];

        /// <summary>Gets the backward queue of a bidirectional breadth-first search while its marks fit in <see cref="Table"/>.</summary>
        public int[] TableQueueB => _tableQueueB ??= new int[TableQueueLength];

        private int TableQueueLength => Math.Max(1, Math.Min(_n, (SearchTable.MaxCapacity / 2) + 1));

        /// <summary>Makes what a point-to-point search needs (the table and its queues, a few hundred kilobytes), so that a finder's first query does not pay for them.</summary>
        public void PrepareTableSearch()
        {
            GC.KeepAlive(Table);
            GC.KeepAlive(TableQueueA);
            GC.KeepAlive(TableQueueB);
        }

        /// <summary>Gets or sets the stamp under which the last bidirectional breadth-first search went on in <see cref="Marks"/> when it outgrew <see cref="Table"/>, or 0 when it stayed in the table.</summary>
        public int DenseStamp { get; set; }

        /// <summary>Gets the visit stamps of the forward search (the discovered stamps of the forward Dijkstra).</summary>
        public int[] StampA => _stampA ??= new int[_n];

        /// <summary>Gets the visit stamps of the backward search, or a second marking.</summary>
        public int[] StampB => _stampB ??= new int[_n];

        /// <summary>Gets hop distances of the forward search.</summary>
        public int[] DistA => _distA ??= new int[_n];

        /// <summary>Gets hop distances of the backward search.</summary>
        public int[] DistB => _distB ??= new int[_n];

        /// <summary>Gets the parent step of each entity in the forward search.</summary>
        public int[] ParentA => _parentA ??= new int[_n];

        /// <summary>Gets the parent step of each entity in the backward search (oriented as the path walks it).</summary>
        public int[] ParentB => _parentB ??= new int[_n];

        /// <summary>Gets a queue for the forward search.</summary>
        public int[] QueueA => _queueA ??= new int[Math.Max(1, _n)];

        /// <summary>Gets a queue for the backward search.</summary>
        public int[] QueueB => _queueB ??= new int[Math.Max(1, _n)];

        /// <summary>Gets weighted distances of the forward search.</summary>
        public double[] CostA => _costA ??= new double[_n];

        /// <summary>Gets weighted distances of the backward search.</summary>
        public double[] CostB => _costB ??= new double[_n];

        /// <summary>Gets the settled stamps of the forward weighted search.</summary>
        public int[] SettledA => _settledA ??= new int[_n];

        /// <summary>Gets the settled stamps of the backward weighted search.</summary>
        public int[] SettledB => _settledB ??= new int[_n];

        /// <summary>Gets the entities blocked in the current search (Yen's spur searches): blocked when equal to the search's stamp.</summary>
        public int[] Block => _block ??= new int[_n];

        /// <summary>Gets the heap of the forward weighted search.</summary>
        public MinHeap HeapA => _heapA ??= new MinHeap();

        /// <summary>Gets the heap of the backward weighted search.</summary>
        public MinHeap HeapB => _heapB ??= new MinHeap();

        /// <summary>Gets a bit per entity, all clear, for a search that reaches most of the graph (<see cref="BreadthFirst.Distances"/>).</summary>
        /// <returns>The bits, cleared.</returns>
        public ulong[] Reached()
        {
            if (_reached == null)
            {
                _reached = new ulong[(_n + 63) >> 6];
            }
            else
            {
                Array.Clear(_reached, 0, _reached.Length);
            }

            return _reached;
        }

        /// <summary>Starts a new search: returns a stamp no entity carries yet.</summary>
        /// <returns>The stamp.</returns>
        public int NextStamp()
        {
            if (_stamp == int.MaxValue)
            {
                Clear(_stampA);
                Clear(_stampB);
                Clear(_block);
                Clear(_settledA);
                Clear(_settledB);
                if (_marks != null)
                {
                    Array.Clear(_marks, 0, _marks.Length);
                }

                _stamp = 0;
            }

            return ++_stamp;
        }

        private static void Clear(int[]? array)
        {
            if (array != null)
            {
                Array.Clear(array, 0, array.Length);
            }
        }
    }
}

namespace KnowledgeGraph.Algorithms.Traversal
{
    /// <summary>The reusable arrays of a bidirectional Dijkstra (<see cref="BidirectionalSearch.Dijkstra{TFilter}"/>): per side, stamps of discovered and settled entities, parent steps, tentative weights and a heap.</summary>
    internal sealed class DijkstraBuffers
    {
        /// <summary>Wraps existing arrays (all of one length, the entity count).</summary>
        public DijkstraBuffers(int[] seenF, int[] seenB, int[] doneF, int[] doneB, int[] parentF, int[] parentB, double[] costF, double[] costB, MinHeap heapF, MinHeap heapB)
        {
            SeenF = seenF;
            SeenB = seenB;
            DoneF = doneF;
            DoneB = doneB;
            ParentF = parentF;
            ParentB = parentB;
            CostF = costF;
            CostB = costB;
            HeapF = heapF;
            HeapB = heapB;
        }

        /// <summary>Makes new arrays for <paramref name="n"/> entities.</summary>
        public DijkstraBuffers(int n)
            : this(new int[n], new int[n], new int[n], new int[n], new int[n], new int[n], new double[n], new double[n], new MinHeap(), new MinHeap())
        {
        }

        /// <summary>Gets the discovery stamps of the forward side.</summary>
        public int[] SeenF { get; }

        /// <summary>Gets the discovery stamps of the backward side.</summary>
        public int[] SeenB { get; }

        /// <summary>Gets the settled stamps of the forward side.</summary>
        public int[] DoneF { get; }

        /// <summary>Gets the settled stamps of the backward side.</summary>
        public int[] DoneB { get; }

        /// <summary>Gets the parent step of each entity on the forward side.</summary>
        public int[] ParentF { get; }

        /// <summary>Gets the parent step of each entity on the backward side (oriented as the path walks it).</summary>
        public int[] ParentB { get; }

        /// <summary>Gets the tentative weights of the forward side.</summary>
        public double[] CostF { get; }

        /// <summary>Gets the tentative weights of the backward side.</summary>
        public double[] CostB { get; }

        /// <summary>Gets the heap of the forward side.</summary>
        public MinHeap HeapF { get; }

        /// <summary>Gets the heap of the backward side.</summary>
        public MinHeap HeapB { get; }
    }
}

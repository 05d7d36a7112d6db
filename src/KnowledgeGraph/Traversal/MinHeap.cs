using System;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The one binary min-heap of the library: (key, value) pairs with an optional tag (Dijkstra pushes the entity and,
    /// where it needs it, the entity it was reached from), lazy deletion by the caller. Grows by doubling; allocates
    /// nothing per push once grown.
    /// </summary>
    /// <remarks>
    /// A <em>stable</em> heap pops equal keys in the order they were pushed, as networkx's heaps do with their counter,
    /// which the centralities need to count shortest paths in networkx's order; a heap that is not stable (the
    /// point-to-point searches) pops equal keys in an unspecified order and saves the sequence numbers.
    /// </remarks>
    internal sealed class MinHeap
    {
        private readonly bool _stable;
        private double[] _keys = new double[64];
        private int[] _values = new int[64];
        private int[] _tags = new int[64];
        private long[] _seqs;
        private long _next;

        /// <summary>Creates a heap.</summary>
        /// <param name="stable">Whether equal keys pop in the order they were pushed.</param>
        public MinHeap(bool stable = false)
        {
            _stable = stable;
            _seqs = stable ? new long[64] : Array.Empty<long>();
        }

        /// <summary>Gets the number of entries.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the smallest key.</summary>
        public double PeekKey => _keys[0];

        /// <summary>Gets the value with the smallest key without removing it.</summary>
        public int PeekValue => _values[0];

        /// <summary>Removes every entry (and, for a stable heap, restarts the sequence).</summary>
        public void Clear()
        {
            Count = 0;
            _next = 0;
        }

        /// <summary>Adds a value with a key.</summary>
        public void Push(double key, int value) => Push(key, value, 0);

        /// <summary>Adds a value with a key and a tag returned by <see cref="Pop(out double, out int)"/>.</summary>
        public void Push(double key, int value, int tag)
        {
            if (Count == _keys.Length)
            {
                int size = Count * 2;
                Array.Resize(ref _keys, size);
                Array.Resize(ref _values, size);
                Array.Resize(ref _tags, size);
                if (_stable)
                {
                    Array.Resize(ref _seqs, size);
                }
            }

            long seq = _next++;
            int i = Count++;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (!Before(key, seq, parent))
                {
                    break;
                }

                Move(parent, i);
                i = parent;
            }

            Set(i, key, value, tag, seq);
        }

        /// <summary>Removes the entry with the smallest key and returns its value.</summary>
        public int Pop(out double key) => Pop(out key, out _);

        /// <summary>Removes the entry with the smallest key and returns its value and tag.</summary>
        public int Pop(out double key, out int tag)
        {
            key = _keys[0];
            tag = _tags[0];
            int top = _values[0];
            int n = --Count;
            if (n > 0)
            {
                double lastKey = _keys[n];
                int lastValue = _values[n];
                int lastTag = _tags[n];
                long lastSeq = _stable ? _seqs[n] : 0;
                int i = 0;
                while (true)
                {
                    int child = (2 * i) + 1;
                    if (child >= n)
                    {
                        break;
                    }

                    if (child + 1 < n && Before(_keys[child + 1], _stable ? _seqs[child + 1] : 0, child))
                    {
                        child++;
                    }

                    if (!Before(_keys[child], _stable ? _seqs[child] : 0, lastKey, lastSeq))
                    {
                        break;
                    }

                    Move(child, i);
                    i = child;
                }

                Set(i, lastKey, lastValue, lastTag, lastSeq);
            }

            return top;
        }

        private bool Before(double key, long seq, int at) => Before(key, seq, _keys[at], _stable ? _seqs[at] : 0);

        private bool Before(double key, long seq, double otherKey, long otherSeq) =>
            key < otherKey || (_stable && key == otherKey && seq < otherSeq);

        private void Move(int from, int to)
        {
            _keys[to] = _keys[from];
            _values[to] = _values[from];
            _tags[to] = _tags[from];
            if (_stable)
            {
                _seqs[to] = _seqs[from];
            }
        }

        private void Set(int i, double key, int value, int tag, long seq)
        {
            _keys[i] = key;
            _values[i] = value;
            _tags[i] = tag;
            if (_stable)
            {
                _seqs[i] = seq;
            }
        }
    }
}

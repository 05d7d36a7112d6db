using System;

namespace KnowledgeGraph.Algorithms
{
    /// <summary>A binary min-heap of (cost, entity) pairs for Dijkstra's algorithm, with lazy deletion by the caller. Grows by doubling; allocates nothing per push once grown.</summary>
    internal sealed class MinHeap
    {
        private double[] _keys = new double[64];
        private int[] _values = new int[64];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public double PeekKey => _keys[0];

        /// <summary>Gets the value with the smallest key without removing it.</summary>
        public int PeekValue => _values[0];

        public void Push(double key, int value)
        {
            if (Count == _keys.Length)
            {
                Array.Resize(ref _keys, Count * 2);
                Array.Resize(ref _values, Count * 2);
            }

            int i = Count++;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (_keys[parent] <= key)
                {
                    break;
                }

                _keys[i] = _keys[parent];
                _values[i] = _values[parent];
                i = parent;
            }

            _keys[i] = key;
            _values[i] = value;
        }

        public int Pop(out double key)
        {
            key = _keys[0];
            int top = _values[0];
            int n = --Count;
            if (n > 0)
            {
                double lastKey = _keys[n];
                int lastValue = _values[n];
                int i = 0;
                while (true)
                {
                    int child = (2 * i) + 1;
                    if (child >= n)
                    {
                        break;
                    }

                    if (child + 1 < n && _keys[child + 1] < _keys[child])
                    {
                        child++;
                    }

                    if (_keys[child] >= lastKey)
                    {
                        break;
                    }

                    _keys[i] = _keys[child];
                    _values[i] = _values[child];
                    i = child;
                }

                _keys[i] = lastKey;
                _values[i] = lastValue;
            }

            return top;
        }
    }
}

using System.Collections.Generic;

namespace KnowledgeGraph.Algorithms
{
    /// <summary>A binary min-heap of (key, from, vertex) entries for Dijkstra; equal keys pop in insertion order (like networkx's counter).</summary>
    internal sealed class StableMinHeap
    {
        private readonly List<(double Key, long Seq, int From, int Vertex)> _items = new List<(double, long, int, int)>();
        private long _seq;

        public int Count => _items.Count;

        public void Clear()
        {
            _items.Clear();
            _seq = 0;
        }

        public void Push(double key, int from, int vertex)
        {
            _items.Add((key, _seq++, from, vertex));
            int i = _items.Count - 1;
            while (i > 0)
            {
                int p = (i - 1) / 2;
                if (!Less(i, p))
                {
                    break;
                }

                (_items[i], _items[p]) = (_items[p], _items[i]);
                i = p;
            }
        }

        public (double Key, int From, int Vertex) Pop()
        {
            var top = _items[0];
            int last = _items.Count - 1;
            _items[0] = _items[last];
            _items.RemoveAt(last);
            int i = 0;
            while (true)
            {
                int l = (2 * i) + 1;
                int r = l + 1;
                int m = i;
                if (l < _items.Count && Less(l, m))
                {
                    m = l;
                }

                if (r < _items.Count && Less(r, m))
                {
                    m = r;
                }

                if (m == i)
                {
                    break;
                }

                (_items[i], _items[m]) = (_items[m], _items[i]);
                i = m;
            }

            return (top.Key, top.From, top.Vertex);
        }

        private bool Less(int a, int b) => _items[a].Key < _items[b].Key || (_items[a].Key == _items[b].Key && _items[a].Seq < _items[b].Seq);
    }
}

using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>Maximum flow by Dinic's algorithm (1970) on a small residual network; capacities may be infinite.</summary>
    internal sealed class MaxFlow
    {
        private readonly List<int>[] _adjacent;
        private readonly List<int> _to = new List<int>();
        private readonly List<double> _capacity = new List<double>();
        private int[] _level = Array.Empty<int>();
        private int[] _next = Array.Empty<int>();

        public MaxFlow(int nodes)
        {
            _adjacent = new List<int>[nodes];
            for (int i = 0; i < nodes; i++)
            {
                _adjacent[i] = new List<int>();
            }
        }

        /// <summary>Adds an arc and its residual twin; returns the arc's id.</summary>
        public int AddArc(int from, int to, double capacity)
        {
            int id = _to.Count;
            _to.Add(to);
            _capacity.Add(capacity);
            _adjacent[from].Add(id);
            _to.Add(from);
            _capacity.Add(0);
            _adjacent[to].Add(id + 1);
            return id;
        }

        public double Run(int source, int sink)
        {
            double flow = 0;
            while (Levels(source, sink))
            {
                _next = new int[_adjacent.Length];
                double pushed;
                while ((pushed = Push(source, sink, double.PositiveInfinity)) > 0)
                {
                    flow += pushed;
                    if (double.IsPositiveInfinity(flow))
                    {
                        return flow;
                    }
                }
            }

            return flow;
        }

        /// <summary>Gets the nodes reachable from the source in the residual network (the source side of a minimum cut).</summary>
        public bool[] SourceSide(int source)
        {
            var seen = new bool[_adjacent.Length];
            var stack = new Stack<int>();
            seen[source] = true;
            stack.Push(source);
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                foreach (int e in _adjacent[v])
                {
                    if (_capacity[e] > 1e-12 && !seen[_to[e]])
                    {
                        seen[_to[e]] = true;
                        stack.Push(_to[e]);
                    }
                }
            }

            return seen;
        }

        private bool Levels(int source, int sink)
        {
            _level = new int[_adjacent.Length];
            for (int i = 0; i < _level.Length; i++)
            {
                _level[i] = -1;
            }

            var queue = new Queue<int>();
            _level[source] = 0;
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                int v = queue.Dequeue();
                foreach (int e in _adjacent[v])
                {
                    if (_capacity[e] > 1e-12 && _level[_to[e]] < 0)
                    {
                        _level[_to[e]] = _level[v] + 1;
                        queue.Enqueue(_to[e]);
                    }
                }
            }

            return _level[sink] >= 0;
        }

        /// <summary>Finds one augmenting path in the level graph and pushes its bottleneck; iterative, so long paths do not overflow the call stack.</summary>
        private double Push(int source, int sink, double limit)
        {
            var path = new List<int>();
            int v = source;
            while (true)
            {
                if (v == sink)
                {
                    double bottleneck = limit;
                    foreach (int e in path)
                    {
                        bottleneck = Math.Min(bottleneck, _capacity[e]);
                    }

                    foreach (int e in path)
                    {
                        _capacity[e] -= bottleneck;
                        _capacity[e ^ 1] += bottleneck;
                    }

                    return bottleneck;
                }

                bool advanced = false;
                for (; _next[v] < _adjacent[v].Count; _next[v]++)
                {
                    int e = _adjacent[v][_next[v]];
                    int w = _to[e];
                    if (_capacity[e] > 1e-12 && _level[w] == _level[v] + 1)
                    {
                        path.Add(e);
                        v = w;
                        advanced = true;
                        break;
                    }
                }

                if (advanced)
                {
                    continue;
                }

                // Dead end: no augmenting path continues through v in this phase; retreat one arc.
                _level[v] = -1;
                if (path.Count == 0)
                {
                    return 0;
                }

                int last = path[path.Count - 1];
                path.RemoveAt(path.Count - 1);
                v = _to[last ^ 1];
                _next[v]++;
            }
        }
    }
}

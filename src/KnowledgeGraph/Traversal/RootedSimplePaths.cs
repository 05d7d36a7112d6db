using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// Simple paths between one fixed entity (the root) and each of many others, as <see cref="SimplePaths.Between"/>
    /// gives them one pair at a time, with the same lists in the same order, but with one breadth-first search for all
    /// of them instead of one a pair: the dependency queries ask for paths to every entity they reach, and a search a
    /// pair made them cost the reached count times the graph (minutes on 100,000 entities).
    /// </summary>
    /// <remarks>
    /// One breadth-first search from the root gives every entity's distance to (or from) the root. A path to a given
    /// entity is then found by a depth-first walk that starts at that entity and walks towards the root, entering only
    /// entities from which the root is still within the steps left, by iterative deepening (shortest first). Where the
    /// paths start at the root, the walk runs backwards; the paths of each length are then put in the order in which
    /// <see cref="SimplePaths.Between"/>'s forward walk from the root meets them (by the slot of each step), so that the
    /// same question gives the same list by every door. A distance counted through the walk's own start entity is
    /// shorter than a simple path's, never longer, so the pruning never drops a path.
    /// </remarks>
    internal sealed class RootedSimplePaths : IDisposable
    {
        private const int CancelCheckMask = 1023;

        /// <summary>How many paths of one length the backward walk collects, per result asked, before it leaves that entity to <see cref="SimplePaths.Between"/>.</summary>
        private const int CollectFactor = 16;

        private readonly GraphView _w;
        private readonly Workspace _ws;
        private readonly int _root;
        private readonly bool _towardRoot;
        private readonly int _maxDepth;
        private readonly bool _depthIsBinding;
        private readonly bool _cutByDepth;
        private readonly int _stamp;
        private readonly int[] _nodeAt;
        private readonly int[] _slotAt;
        private readonly int[] _stepAt;

        // The entities on the walk's path: its own marks, cleared as the walk backs up, so that no new stamp (whose
        // wrap-around would clear the breadth-first search's marks) is needed per entity asked about.
        private readonly bool[] _onPath;

        /// <summary>Runs the breadth-first search from the root.</summary>
        /// <param name="w">The view.</param>
        /// <param name="root">The fixed entity.</param>
        /// <param name="towardRoot">Whether the paths end at the root (from each entity to the root) rather than start there.</param>
        /// <param name="maxDepth">The most relations a path may have.</param>
        /// <param name="ct">Cancels the search.</param>
        public RootedSimplePaths(GraphView w, int root, bool towardRoot, int maxDepth, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            _w = w;
            _root = root;
            _towardRoot = towardRoot;
            _depthIsBinding = maxDepth < w.Graph.VertexCount - 1;
            _maxDepth = Math.Min(maxDepth, Math.Max(1, w.Graph.VertexCount - 1));
            _nodeAt = new int[_maxDepth + 1];
            _slotAt = new int[_maxDepth + 1];
            _stepAt = new int[_maxDepth];
            _onPath = new bool[w.Graph.VertexCount];
            _ws = w.Cache.Rent();
            _stamp = _ws.NextStamp();
            int[] seen = _ws.StampB, dist = _ws.DistB, q = _ws.QueueB;
            int head = 0, tail = 0, work = 0;
            seen[root] = _stamp;
            dist[root] = 0;
            q[tail++] = root;
            while (head < tail)
            {
                int v = q[head++];
                int n = w.SlotCount(v);
                if (dist[v] >= _maxDepth)
                {
                    _cutByDepth |= n > 0;
                    continue;
                }

                for (int slot = 0; slot < n; slot++)
                {
                    // Distances run the way the paths do: from the root along the view, or to the root against it.
                    int x = w.Step(v, slot, towardRoot, out _);
                    if (x < 0 || seen[x] == _stamp || !w.CanEnter(x))
                    {
                        continue;
                    }

                    seen[x] = _stamp;
                    dist[x] = dist[v] + 1;
                    if (w.CanPass(x))
                    {
                        q[tail++] = x;
                    }
                }

                if ((++work & CancelCheckMask) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
        }

        /// <summary>
        /// Gets the simple paths between the root and <paramref name="x"/> (from the root to it, or from it to the root),
        /// shortest first, as <see cref="SimplePaths.Between"/> gives them.
        /// </summary>
        /// <param name="x">The other entity.</param>
        /// <param name="maxResults">The most paths.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <param name="bound">Whether the depth or the count cut the list.</param>
        /// <returns>The encoded steps of each path, in the path's order.</returns>
        public List<int[]> Paths(int x, int maxResults, CancellationToken ct, out SearchCut bound)
        {
            bound = SearchCut.None;
            var results = new List<int[]>();
            if (x == _root)
            {
                results.Add(Array.Empty<int>());
                return results;
            }

            int[] seen = _ws.StampB, dist = _ws.DistB;
            bool[] onPath = _onPath;
            if (seen[x] != _stamp)
            {
                bound = _cutByDepth && _depthIsBinding ? SearchCut.MaxDepth : SearchCut.None;
                return results;
            }

            bool walkBackwards = !_towardRoot;
            int collectLimit = (int)Math.Min(int.MaxValue, (long)Math.Max(1, maxResults) * CollectFactor);
            bool prunedLonger = false;
            int work = 0;
            var sameLength = new List<int[]>();
            for (int d = dist[x]; d <= _maxDepth; d++)
            {
                sameLength.Clear();
                bool prunedAny = false; // whether some walk was stopped by the length, so that a longer one may exist
                int depth = 0;
                _nodeAt[0] = x;
                _slotAt[0] = 0;
                onPath[x] = true;
                while (depth >= 0)
                {
                    int v = _nodeAt[depth];
                    if (_slotAt[depth] >= _w.SlotCount(v))
                    {
                        onPath[v] = false;
                        depth--;
                        continue;
                    }

                    int u = _w.Step(v, _slotAt[depth]++, walkBackwards, out int step);
                    if (u < 0 || onPath[u])
                    {
                        continue;
                    }

                    if (seen[u] != _stamp)
                    {
                        // Beyond the root's search, when the depth cut it: no path within the depth passes here, but a
                        // longer one may.
                        if (_cutByDepth && _w.CanPass(u))
                        {
                            prunedAny = true;
                            prunedLonger |= d == _maxDepth;
                        }

                        continue;
                    }

                    int remaining = d - depth - 1;
                    if (u == _root)
                    {
                        if (remaining == 0)
                        {
                            _stepAt[depth] = step;
                            var found = new int[depth + 1];
                            for (int i = 0; i <= depth; i++)
                            {
                                found[i] = walkBackwards ? _stepAt[depth - i] : _stepAt[i];
                            }

                            if (!_w.JointlyValid(found, found.Length))
                            {
                                continue;
                            }

                            if (!walkBackwards)
                            {
                                // Walking forwards from the path's start: the order is Between's already.
                                if (results.Count == maxResults)
                                {
                                    Unwind(onPath, depth);
                                    bound = SearchCut.MaxResults;
                                    return results;
                                }

                                results.Add(found);
                            }
                            else if (sameLength.Count == collectLimit)
                            {
                                // Too many paths of one length to sort here: the pair search gives the same list.
                                Unwind(onPath, depth);
                                return SimplePaths.Between(_w, _root, x, _maxDepth, maxResults, false, ct, out bound);
                            }
                            else
                            {
                                sameLength.Add(found);
                            }
                        }

                        continue;
                    }

                    if (dist[u] > remaining)
                    {
                        prunedLonger |= d == _maxDepth;
                        prunedAny = true;
                        continue;
                    }

                    if (!_w.CanPass(u))
                    {
                        continue;
                    }

                    _stepAt[depth] = step;
                    depth++;
                    _nodeAt[depth] = u;
                    _slotAt[depth] = 0;
                    onPath[u] = true;
                    if ((++work & CancelCheckMask) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }
                }

                if (sameLength.Count > 0)
                {
                    SortAsForwardWalk(sameLength);
                    foreach (int[] p in sameLength)
                    {
                        if (results.Count == maxResults)
                        {
                            bound = SearchCut.MaxResults;
                            return results;
                        }

                        results.Add(p);
                    }
                }

                if (!prunedAny)
                {
                    break; // every walk ended before the length bound, so no longer path exists
                }
            }

            if (_depthIsBinding && prunedLonger)
            {
                bound = SearchCut.MaxDepth; // some walk of the longest length was stopped by the depth, so a longer path may exist
            }

            return results;
        }

        /// <summary>Gives the workspace back.</summary>
        public void Dispose() => _w.Cache.Return(_ws);

        private void Unwind(bool[] onPath, int depth)
        {
            for (int i = 0; i <= depth; i++)
            {
                onPath[_nodeAt[i]] = false;
            }
        }

        /// <summary>Sorts paths of one length (from the root) in the order a depth-first walk from the root meets them: by the slot of each step, first step first.</summary>
        private void SortAsForwardWalk(List<int[]> paths)
        {
            if (paths.Count < 2)
            {
                return;
            }

            var keyed = new List<(int[] Path, int[] Slots)>(paths.Count);
            foreach (int[] p in paths)
            {
                var slots = new int[p.Length];
                for (int i = 0; i < p.Length; i++)
                {
                    slots[i] = SlotOf(_w.FromOf(p[i]), p[i]);
                }

                keyed.Add((p, slots));
            }

            keyed.Sort((a, b) =>
            {
                for (int i = 0; i < a.Slots.Length; i++)
                {
                    int c = a.Slots[i].CompareTo(b.Slots[i]);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return 0;
            });
            paths.Clear();
            foreach ((int[] path, int[] _) in keyed)
            {
                paths.Add(path);
            }
        }

        private int SlotOf(int v, int step)
        {
            int n = _w.SlotCount(v);
            for (int slot = 0; slot < n; slot++)
            {
                if (_w.Step(v, slot, false, out int s) >= 0 && s == step)
                {
                    return slot;
                }
            }

            return n;
        }
    }
}

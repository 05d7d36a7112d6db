using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// Hop distances from one entity by a direction-optimising breadth-first search (Beamer, Asanović and Patterson,
    /// "Direction-Optimizing Breadth-First Search", SC 2012) on the renumbered rows of a <see cref="TraversalIndex"/>,
    /// for a view that tests nothing but relation types and directions; on a view that also tests entities, relations or
    /// time, every level is searched top-down and each step is put to the view's tests.
    /// </summary>
    /// <remarks>
    /// <para>A level is searched top-down (each frontier entity reads its rows along the walk) while the frontier is
    /// small, and bottom-up once the frontier's relations exceed 1/<see cref="BottomUpAlpha"/> of those not yet
    /// explored: then every entity not yet reached reads its own row against the walk until it meets a relation from the
    /// frontier, so the level reads the rows in position order instead of jumping from row to row, and a bottom-up level
    /// of a large graph is shared between threads by ranges of positions. The search turns top-down again once the
    /// frontier holds fewer than 1/<see cref="TopDownBeta"/> of the entities.</para>
    /// <para>Hop distances are unique, so the answer is the same whichever way each level is searched, and whatever the
    /// number of threads.</para>
    /// </remarks>
    internal sealed class LevelSearch
    {
        private readonly TraversalIndex _x;
        private readonly byte[] _typeDir;
        private readonly bool _useOut;
        private readonly bool _checkOut;
        private readonly bool _useIn;
        private readonly bool _checkIn;
        private readonly GraphView? _filter; // the view when it tests more than types and directions

        /// <summary>Prepares a search of a view's renumbered rows.</summary>
        /// <param name="view">The view: its types and directions; on a view that also tests entities, relations or time (not <see cref="GraphView.IsPlain"/>), every level is searched top-down and each step is put to those tests.</param>
        public LevelSearch(GraphView view)
        {
            _x = view.Index.Ordered;
            _typeDir = view.TypeDirections;
            int any = view.AnyTypeDirections, all = view.EveryTypeDirections;
            _useOut = (any & Directions.Outgoing) != 0;
            _checkOut = (all & Directions.Outgoing) == 0;
            _useIn = (any & Directions.Incoming) != 0;
            _checkIn = (all & Directions.Incoming) == 0;
            _filter = view.IsPlain ? null : view;
        }

        /// <summary>Gets or sets Beamer's alpha: a level is searched bottom-up once the frontier's relations exceed 1/alpha of those not yet explored (0: never). Settable for tests.</summary>
        internal static int BottomUpAlpha { get; set; } = 14;

        /// <summary>Gets or sets Beamer's beta: the search turns top-down again once the frontier holds fewer than 1/beta of the entities. Settable for tests.</summary>
        internal static int TopDownBeta { get; set; } = 24;

        /// <summary>Gets or sets the number of entities from which a bottom-up level is shared between threads. Settable for tests.</summary>
        internal static int ParallelFrom { get; set; } = 1 << 18;

        /// <summary>Gets the number of hops from <paramref name="s"/> to every entity.</summary>
        /// <param name="ws">The workspace (its queues and reached bits are used).</param>
        /// <param name="s">The start entity.</param>
        /// <param name="dist">Receives each entity's distance; every element -1 on entry.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <returns><paramref name="dist"/>.</returns>
        /// <remarks>Only the level kernels are compiled fully optimised at once: this loop runs once a level.</remarks>
        public int[] Distances(Workspace ws, int s, int[] dist, CancellationToken ct)
        {
            TraversalIndex x = _x;
            int n = x.Order.Length, words = (n + 63) >> 6;
            ulong[] reached = ws.Reached();
            var front = new ulong[words];
            var next = new ulong[words];
            int[] queue = ws.QueueA, nextQueue = ws.QueueB;
            int start = x.Rank[s];
            reached[start >> 6] |= 1UL << start;
            dist[s] = 0;
            queue[0] = start;
            int count = 1, level = 0;

            // Every relation sits once in its source's outgoing row and once in its target's incoming row.
            long unexplored = (((_useOut ? 1L : 0L) + (_useIn ? 1L : 0L)) * x.Sources.Length) - Work(start);
            long frontierWork = Work(start);
            int parts = n >= ParallelFrom && Environment.ProcessorCount > 1 ? Math.Min(Environment.ProcessorCount, 4) * 4 : 1;
            var partFound = new int[parts];
            var partWork = new long[parts];
            bool bottomUp = false;
            while (count > 0)
            {
                ct.ThrowIfCancellationRequested();
                level++;
                if (!bottomUp && _filter == null && frontierWork * BottomUpAlpha > unexplored)
                {
                    // To bits: the frontier as a set the bottom-up level can test.
                    Array.Clear(front, 0, words);
                    for (int i = 0; i < count; i++)
                    {
                        front[queue[i] >> 6] |= 1UL << queue[i];
                    }

                    bottomUp = true;
                }
                else if (bottomUp && (long)count * TopDownBeta < n)
                {
                    // Back to a queue: the positions of the frontier, in order.
                    int q = 0;
                    for (int wd = 0; wd < words; wd++)
                    {
                        for (ulong bits = front[wd]; bits != 0; bits &= bits - 1)
                        {
                            queue[q++] = (wd << 6) + TrailingZeros(bits);
                        }
                    }

                    bottomUp = false;
                }

                int found = 0;
                frontierWork = 0;
                if (bottomUp)
                {
                    if (parts == 1)
                    {
                        found = Up(0, words, level, reached, front, next, dist, out frontierWork);
                    }
                    else
                    {
                        int lv = level;
                        ulong[] f = front, nx = next;
                        Parallel.For(0, parts, p =>
                        {
                            partFound[p] = Up((int)((long)words * p / parts), (int)((long)words * (p + 1) / parts), lv, reached, f, nx, dist, out partWork[p]);
                        });
                        for (int p = 0; p < parts; p++)
                        {
                            found += partFound[p];
                            frontierWork += partWork[p];
                        }
                    }

                    ulong[] t = front;
                    front = next;
                    next = t;
                }
                else
                {
                    found = Down(queue, count, level, start, reached, nextQueue, dist, ct, out frontierWork);
                    int[] t = queue;
                    queue = nextQueue;
                    nextQueue = t;
                }

                unexplored -= frontierWork;
                count = found;
            }

            return dist;
        }

        /// <summary>Gets the relations a top-down level reads from position <paramref name="k"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long Work(int k)
        {
            int[] starts = _x.Starts;
            return (_useOut ? starts[(2 * k) + 1] - starts[2 * k] : 0) + (_useIn ? starts[(2 * k) + 2] - starts[(2 * k) + 1] : 0);
        }

        /// <summary>Searches one level top-down: the frontier's rows along the walk (on a filtering view, from each entity but the start that may be passed through, along relations that may be walked, into entities that may be entered).</summary>
        [MethodImpl(BidirectionalBfs.Hot)]
        private int Down(int[] queue, int count, int level, int start, ulong[] reached, int[] nextQueue, int[] dist, CancellationToken ct, out long work)
        {
            GraphView? filter = _filter;
            TraversalIndex x = _x;
            int[] starts = x.Starts, order = x.Order, typeIds = x.TypeIds;
            TraversalIndex.Slot[] slots = x.Slots;
            byte[] typeDir = _typeDir;
            bool useOut = _useOut, useIn = _useIn, checkOut = _checkOut, checkIn = _checkIn;
            int found = 0;
            work = 0;
            for (int j = 0; j < count; j++)
            {
                if ((j & 1023) == 1023)
                {
                    ct.ThrowIfCancellationRequested();
                }

                int u = queue[j];
                if (filter != null && u != start && !filter.CanPass(order[u]))
                {
                    continue;
                }

                int a = starts[2 * u], b = starts[(2 * u) + 1], c = starts[(2 * u) + 2];
                if (!useOut)
                {
                    a = b;
                }

                if (!useIn)
                {
                    c = b;
                }

                for (int i = a; i < c; i++)
                {
                    int w = slots[i].End;
                    if ((reached[w >> 6] & (1UL << w)) != 0)
                    {
                        continue;
                    }

                    if ((i < b ? checkOut : checkIn) && !Allows(typeDir, typeIds, slots[i], i < b ? Directions.Outgoing : Directions.Incoming))
                    {
                        continue;
                    }

                    if (filter != null && !(filter.Walkable(slots[i].Relation) && filter.CanEnter(order[w])))
                    {
                        continue;
                    }

                    reached[w >> 6] |= 1UL << w;
                    dist[order[w]] = level;
                    work += (useOut ? starts[(2 * w) + 1] - starts[2 * w] : 0) + (useIn ? starts[(2 * w) + 2] - starts[(2 * w) + 1] : 0);
                    nextQueue[found++] = w;
                }
            }

            return found;
        }

        /// <summary>Searches one level bottom-up over the positions of words <paramref name="w0"/> to <paramref name="w1"/>: each entity not yet reached reads its row against the walk for a relation from the frontier.</summary>
        [MethodImpl(BidirectionalBfs.Hot)]
        private int Up(int w0, int w1, int level, ulong[] reached, ulong[] front, ulong[] next, int[] dist, out long work)
        {
            TraversalIndex x = _x;
            int[] starts = x.Starts, order = x.Order, typeIds = x.TypeIds;
            TraversalIndex.Slot[] slots = x.Slots;
            byte[] typeDir = _typeDir;
            bool useOut = _useOut, useIn = _useIn, checkOut = _checkOut, checkIn = _checkIn;
            int n = order.Length, words = (n + 63) >> 6, found = 0;
            work = 0;
            for (int wd = w0; wd < w1; wd++)
            {
                ulong open = ~reached[wd];
                if (wd == words - 1 && (n & 63) != 0)
                {
                    open &= (1UL << (n & 63)) - 1;
                }

                ulong hits = 0;
                for (; open != 0; open &= open - 1)
                {
                    int v = (wd << 6) + TrailingZeros(open);

                    // v is reached when a relation leads to it from the frontier: read against the walk, its incoming row
                    // for the relations walked outgoing, its outgoing row for those walked incoming.
                    int a = starts[2 * v], b = starts[(2 * v) + 1], c = starts[(2 * v) + 2];
                    bool hit = false;
                    if (useOut)
                    {
                        for (int i = b; i < c; i++)
                        {
                            int w = slots[i].End;
                            if ((front[w >> 6] & (1UL << w)) != 0 && (!checkOut || Allows(typeDir, typeIds, slots[i], Directions.Outgoing)))
                            {
                                hit = true;
                                break;
                            }
                        }
                    }

                    if (!hit && useIn)
                    {
                        for (int i = a; i < b; i++)
                        {
                            int w = slots[i].End;
                            if ((front[w >> 6] & (1UL << w)) != 0 && (!checkIn || Allows(typeDir, typeIds, slots[i], Directions.Incoming)))
                            {
                                hit = true;
                                break;
                            }
                        }
                    }

                    if (hit)
                    {
                        hits |= 1UL << v;
                        dist[order[v]] = level;
                        work += (useOut ? b - a : 0) + (useIn ? c - b : 0);
                        found++;
                    }
                    else if ((!useOut || b == c) && (!useIn || a == b))
                    {
                        // Nothing leads to v at all: it is never reached, and later levels need not read its row again.
                        reached[wd] |= 1UL << v;
                    }
                }

                next[wd] = hits;
                reached[wd] |= hits;
            }

            return found;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool Allows(byte[] typeDir, int[] typeIds, in TraversalIndex.Slot slot, int bit)
        {
            int type = slot.Meta & TraversalIndex.TypeEscape;
            return (typeDir[type != TraversalIndex.TypeEscape ? type : typeIds[slot.Relation]] & bit) != 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int TrailingZeros(ulong bits)
        {
#if NET8_0_OR_GREATER
            return System.Numerics.BitOperations.TrailingZeroCount(bits);
#else
            int k = 0;
            while ((bits & 1UL) == 0)
            {
                bits >>= 1;
                k++;
            }

            return k;
#endif
        }
    }
}

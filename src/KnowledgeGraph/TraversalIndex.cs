using System;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph
{
    /// <summary>
    /// The rows the bidirectional breadth-first search reads, laid out for locality: entities renumbered so that
    /// neighbours sit close (breadth-first order from the entity with the most relations), each entity's outgoing and
    /// incoming rows side by side, and each slot holding everything a step reads (the other end, the relation, its type
    /// and the other end's degree codes) in 12 bytes, so that expanding an entity costs about two cache misses (its row
    /// starts, then its row) and weighing a frontier costs none.
    /// </summary>
    /// <remarks>
    /// <para>Positions in this index (<see cref="Order"/>) are internal: a search maps its ends in with
    /// <see cref="Rank"/> and its answers are relations (which keep their numbers) or entities mapped back with
    /// <see cref="Order"/>, so <see cref="Entity.Index"/>, ids and answers are those of the graph. Within a row the
    /// relations keep the order of <see cref="AdjacencyIndex"/>'s row (the order they were added), so a search visits
    /// the same relations in the same order and returns the same path whatever the numbering.</para>
    /// <para>Built once with the graph's index in O(V + E); immutable afterwards and safe to read from many threads.</para>
    /// </remarks>
    internal sealed class TraversalIndex
    {
        /// <summary>The type field of a slot whose type id does not fit in 16 bits: read <see cref="AdjacencyIndex.RelationTypeIds"/> instead.</summary>
        public const int TypeEscape = 0xFFFF;

        /// <summary>Builds the index of <paramref name="x"/> in the order <paramref name="order"/> names, or breadth-first from the entity with the most relations when <c>null</c>.</summary>
        /// <param name="x">The graph's index.</param>
        /// <param name="order">The entity at each position (a permutation of the entities), or <c>null</c>.</param>
        public TraversalIndex(AdjacencyIndex x, int[]? order = null)
        {
            int n = x.VertexCount;
            Sources = x.RelationSources;
            Targets = x.RelationTargets;
            TypeIds = x.RelationTypeIds;
            // Breadth-first by default. The order is made first (its marks are a bit per entity, which stay in cache), then
            // the rows are written in it, in parallel parts: each slot then costs one cache miss, for its other end's
            // position and degree codes side by side, instead of three in a single pass.
            Order = order ?? BreadthFirstOrder(x);
            Graph.BuildPhase?.Invoke("graph: breadth-first order");
            Rank = new int[n];
            for (int k = 0; k < n; k++)
            {
                Rank[Order[k]] = k;
            }

            int[] outOffsets = x.OutOffsets, inOffsets = x.InOffsets;
            Starts = HugePages.NewArray<int>((2 * n) + 1);
            int at = 0;
            for (int k = 0; k < n; k++)
            {
                int v = Order[k];
                Starts[2 * k] = at;
                at += outOffsets[v + 1] - outOffsets[v];
                Starts[(2 * k) + 1] = at;
                at += inOffsets[v + 1] - inOffsets[v];
            }

            Starts[2 * n] = at;
            Slots = HugePages.NewArray<Slot>(at);
            Graph.BuildPhase?.Invoke("graph: rank and starts");
            byte[] outCodes = x.Degrees.Out, inCodes = x.Degrees.In;
            var ends = new EndInfo[n];
            for (int v = 0; v < n; v++)
            {
                ends[v] = new EndInfo(Rank[v], (outCodes[v] << 24) | (inCodes[v] << 16));
            }

            int parts = at >= ParallelFrom && Environment.ProcessorCount > 1 ? Math.Min(Environment.ProcessorCount, 4) : 1;
            if (parts == 1)
            {
                FillRows(x, ends, 0, n);
                return;
            }

            // Cut the positions where the slots split evenly; each part writes its own slots, so the rows are the same whatever the parts.
            var cuts = new int[parts + 1];
            cuts[parts] = n;
            for (int p = 1, k = 0; p < parts; p++)
            {
                long want = (long)at * p / parts;
                while (k < n && Starts[2 * k] < want)
                {
                    k++;
                }

                cuts[p] = k;
            }

            System.Threading.Tasks.Parallel.For(0, parts, p => FillRows(x, ends, cuts[p], cuts[p + 1]));
        }

        /// <summary>The number of slots from which the rows are written by several threads.</summary>
        internal static int ParallelFrom { get; set; } = 1 << 20;

        /// <summary>Gets the entity (<see cref="Entity.Index"/>) at each position.</summary>
        public int[] Order { get; }

        /// <summary>Gets the position of each entity.</summary>
        public int[] Rank { get; }

        /// <summary>Gets the rows' starts: the outgoing row of position k is slots <c>Starts[2k]</c> to <c>Starts[2k+1]-1</c>, its incoming row <c>Starts[2k+1]</c> to <c>Starts[2k+2]-1</c>.</summary>
        public int[] Starts { get; }

        /// <summary>Gets the slots of every row.</summary>
        public Slot[] Slots { get; }

        /// <summary>Gets the source entity of each relation (entity numbers, not positions).</summary>
        public int[] Sources { get; }

        /// <summary>Gets the target entity of each relation (entity numbers, not positions).</summary>
        public int[] Targets { get; }

        /// <summary>Gets the type of each relation.</summary>
        public int[] TypeIds { get; }

        /// <summary>Gets the position an encoded step starts from.</summary>
        /// <param name="step">The step (relation * 2 + 1 when walked from source to target).</param>
        /// <returns>The position.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int FromOf(int step) => Rank[(step & 1) != 0 ? Sources[step >> 1] : Targets[step >> 1]];

        /// <summary>Gets the position an encoded step arrives at.</summary>
        /// <param name="step">The step.</param>
        /// <returns>The position.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ToOf(int step) => Rank[(step & 1) != 0 ? Targets[step >> 1] : Sources[step >> 1]];

        /// <summary>Gets the degree codes (<see cref="DegreeCodes"/>) of the entity at position <paramref name="k"/>, packed as a slot packs them.</summary>
        /// <param name="k">The position.</param>
        /// <returns>The out-degree's code in bits 24-31 and the in-degree's in bits 16-23.</returns>
        [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization, as the search loops (BidirectionalBfs.Hot)
        public int CodesOf(int k) =>
            (DegreeCodes.Encode(Starts[(2 * k) + 1] - Starts[2 * k]) << 24) | (DegreeCodes.Encode(Starts[(2 * k) + 2] - Starts[(2 * k) + 1]) << 16);

        /// <summary>Gets an order of the entities in which neighbours sit close: breadth-first over relations in both directions, from the entity with the most relations, then from each entity not yet reached in the graph's order.</summary>
        /// <param name="x">The graph's index.</param>
        /// <returns>The entity at each position.</returns>
        public static int[] BreadthFirstOrder(AdjacencyIndex x)
        {
            int n = x.VertexCount;
            var order = new int[n];
            if (n == 0)
            {
                return order;
            }

            int[] outOffsets = x.OutOffsets, inOffsets = x.InOffsets, outTargets = x.OutTargets, inSources = x.InSources;
            int hub = 0, most = -1;
            for (int v = 0; v < n; v++)
            {
                int d = outOffsets[v + 1] - outOffsets[v] + inOffsets[v + 1] - inOffsets[v];
                if (d > most)
                {
                    most = d;
                    hub = v;
                }
            }

            // A bit per entity marks those placed; the order array is the queue.
            var placed = new ulong[(n + 63) >> 6];
            int tail = 0, head = 0, next = 0;
            placed[hub >> 6] |= 1UL << hub;
            order[tail++] = hub;
            while (tail < n)
            {
                if (head == tail)
                {
                    while ((placed[next >> 6] & (1UL << next)) != 0)
                    {
                        next++;
                    }

                    placed[next >> 6] |= 1UL << next;
                    order[tail++] = next;
                }

                int u = order[head++];
                // The queue says which entities come next: ask the memory for the row offsets of the one eight ahead and
                // the rows of the one three ahead, so that their cache misses overlap with this entity's work.
                if (head + 7 < tail)
                {
                    x.PrefetchOffsets(order[head + 7]);
                }

                if (head + 2 < tail)
                {
                    x.PrefetchRows(order[head + 2], relations: false);
                }

                for (int i = outOffsets[u], end = outOffsets[u + 1]; i < end; i++)
                {
                    int w = outTargets[i];
                    if ((placed[w >> 6] & (1UL << w)) == 0)
                    {
                        placed[w >> 6] |= 1UL << w;
                        order[tail++] = w;
                    }
                }

                for (int i = inOffsets[u], end = inOffsets[u + 1]; i < end; i++)
                {
                    int w = inSources[i];
                    if ((placed[w >> 6] & (1UL << w)) == 0)
                    {
                        placed[w >> 6] |= 1UL << w;
                        order[tail++] = w;
                    }
                }
            }

            return order;
        }

        /// <summary>Writes the rows of positions <paramref name="from"/> to <paramref name="to"/>-1 (their slots are theirs alone).</summary>
        private void FillRows(AdjacencyIndex x, EndInfo[] ends, int from, int to)
        {
            int[] outOffsets = x.OutOffsets, inOffsets = x.InOffsets;
            int[] outTargets = x.OutTargets, outRels = x.OutRelations, typeIds = x.RelationTypeIds;
            int[] inSources = x.InSources, inRels = x.InRelations;
            Slot[] slots = Slots;
            int[] order = Order;
            for (int k = from; k < to; k++)
            {
                int v = order[k];
                int s = Starts[2 * k];
                // The entities to come are known: ask the memory for the row offsets of the one eight ahead, the rows of the
                // one three ahead, and the other ends' positions and degree codes of the next row (about to be in cache), so
                // that their cache misses overlap with this row's (as in BreadthFirstOrder).
                if (k + 8 < to)
                {
                    x.PrefetchOffsets(order[k + 8]);
                }

                if (k + 3 < to)
                {
                    x.PrefetchRows(order[k + 3], relations: true);
                }

                if (k + 1 < to && CacheHints.Enabled)
                {
                    int next = order[k + 1];
                    for (int i = outOffsets[next], end = Math.Min(outOffsets[next + 1], outOffsets[next] + 8); i < end; i++)
                    {
                        CacheHints.Prefetch(ref ends[outTargets[i]]);
                    }

                    for (int i = inOffsets[next], end = Math.Min(inOffsets[next + 1], inOffsets[next] + 8); i < end; i++)
                    {
                        CacheHints.Prefetch(ref ends[inSources[i]]);
                    }
                }

                for (int i = outOffsets[v], end = outOffsets[v + 1]; i < end; i++)
                {
                    EndInfo w = ends[outTargets[i]];
                    int type = typeIds[outRels[i]];
                    slots[s++] = new Slot(w.Rank, outRels[i], w.Codes | (type < TypeEscape ? type : TypeEscape));
                }

                for (int i = inOffsets[v], end = inOffsets[v + 1]; i < end; i++)
                {
                    EndInfo w = ends[inSources[i]];
                    int type = typeIds[inRels[i]];
                    slots[s++] = new Slot(w.Rank, inRels[i], w.Codes | (type < TypeEscape ? type : TypeEscape));
                }
            }
        }

        /// <summary>Gets the entities in the graph's own order (the identity), to measure what the renumbering gains.</summary>
        /// <param name="n">The number of entities.</param>
        /// <returns>0..n-1.</returns>
        public static int[] InputOrder(int n)
        {
            var order = new int[n];
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }

            return order;
        }

        /// <summary>An entity's position and degree codes side by side, read with one cache miss while the rows are written.</summary>
        private readonly struct EndInfo
        {
            public readonly int Rank;
            public readonly int Codes;

            public EndInfo(int rank, int codes)
            {
                Rank = rank;
                Codes = codes;
            }
        }

        /// <summary>One slot of a row: the entity at the other end (a position), the relation, and the relation's type with the other end's degree codes.</summary>
        internal readonly struct Slot
        {
            /// <summary>The position of the entity at the other end.</summary>
            public readonly int End;

            /// <summary>The relation (its number in the graph).</summary>
            public readonly int Relation;

            /// <summary>The other end's out-degree code (bits 24-31) and in-degree code (bits 16-23), and the relation's type id (bits 0-15; <see cref="TypeEscape"/> when it does not fit).</summary>
            public readonly int Meta;

            /// <summary>Creates a slot.</summary>
            /// <param name="end">The other end's position.</param>
            /// <param name="relation">The relation.</param>
            /// <param name="meta">The codes and type.</param>
            public Slot(int end, int relation, int meta)
            {
                End = end;
                Relation = relation;
                Meta = meta;
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace KnowledgeGraph
{
    /// <summary>
    /// The read-optimised index under a <see cref="Graph"/>: adjacency in compressed sparse rows of integers, so that
    /// traversals touch arrays of <see cref="int"/> rather than objects.
    /// </summary>
    /// <remarks>
    /// <para>Entities are numbered 0..<see cref="VertexCount"/>-1 (<see cref="Entity.Index"/>), relations 0..<see cref="EdgeCount"/>-1
    /// (their position in <see cref="Graph.Relations"/>), relation types 0..<see cref="Types"/>.Length-1.</para>
    /// <para>For entity <c>v</c>, its outgoing relations are positions <c>OutOffsets[v]</c> to <c>OutOffsets[v+1]-1</c> of
    /// <see cref="OutTargets"/> (the target entity) and <see cref="OutRelations"/> (the relation); likewise for incoming
    /// relations with <see cref="InOffsets"/>, <see cref="InSources"/> and <see cref="InRelations"/>. Within a row,
    /// relations keep the order they were added. <see cref="RelationTypeIds"/> gives each relation's type.</para>
    /// <para>Built once in O(V + E); immutable afterwards and safe to read from many threads.</para>
    /// </remarks>
    internal sealed class AdjacencyIndex
    {
        /// <summary>Builds the index from each relation's ends and type (position in <paramref name="types"/>); the arrays are kept, not copied.</summary>
        public AdjacencyIndex(int vertexCount, int[] sources, int[] targets, int[] typeIds, RelationType[] types)
        {
            int edgeCount = sources.Length;
            VertexCount = vertexCount;
            EdgeCount = edgeCount;
            OutOffsets = new int[vertexCount + 1];
            InOffsets = new int[vertexCount + 1];
            RelationSources = sources;
            RelationTargets = targets;
            RelationTypeIds = typeIds;
            Types = types;
            foreach (RelationType type in types)
            {
                HasUndirected |= !type.IsDirected;
            }

            OutTargets = new int[edgeCount];
            OutRelations = new int[edgeCount];
            InSources = new int[edgeCount];
            InRelations = new int[edgeCount];

            // The out-rows and the in-rows are independent: from a million relations each side is written by its own
            // thread (the same arrays either way; the fill is bound by cache misses, which two cores overlap).
            if (edgeCount >= ParallelFrom && Environment.ProcessorCount > 1)
            {
                System.Threading.Tasks.Parallel.Invoke(
                    () => FillRows(vertexCount, sources, targets, OutOffsets, OutTargets, OutRelations),
                    () => FillRows(vertexCount, targets, sources, InOffsets, InSources, InRelations));
            }
            else
            {
                FillRows(vertexCount, sources, targets, OutOffsets, OutTargets, OutRelations);
                FillRows(vertexCount, targets, sources, InOffsets, InSources, InRelations);
            }

            Degrees = new DegreeCodes(OutOffsets, InOffsets);
            Graph.BuildPhase?.Invoke("graph: index rows");
            Ordered = new TraversalIndex(this, InputOrderForMeasuring ? TraversalIndex.InputOrder(vertexCount) : null);
        }

        /// <summary>Gets or sets whether indexes built from now on keep the graph's own entity order in their <see cref="Ordered"/> rows instead of the breadth-first one (for the benchmarks, which measure what the renumbering gains; answers are the same either way).</summary>
        internal static bool InputOrderForMeasuring { get; set; }

        /// <summary>Gets the rows the bidirectional breadth-first search reads, with entities renumbered so that neighbours sit close (<see cref="TraversalIndex"/>).</summary>
        public TraversalIndex Ordered { get; }

        /// <summary>Gets or sets the number of relations from which the out-rows and in-rows are written by two threads.</summary>
        internal static int ParallelFrom { get; set; } = 1 << 20;

        /// <summary>Writes one side's rows: for each relation in order, <paramref name="other"/>'s end and the relation go to the next slot of <paramref name="from"/>'s row, after the offsets are counted.</summary>
        private static void FillRows(int vertexCount, int[] from, int[] other, int[] offsets, int[] ends, int[] relations)
        {
            int edgeCount = from.Length;
#if NET8_0_OR_GREATER
            // The entities of the relations to come are known: their counters and rows are asked of the memory some
            // relations ahead, so that the cache misses of a large index overlap instead of following each other.
            bool prefetch = CacheHints.Enabled && edgeCount >= ParallelFrom;
#endif
            for (int i = 0; i < edgeCount; i++)
            {
#if NET8_0_OR_GREATER
                if (prefetch && i + 16 < edgeCount)
                {
                    CacheHints.Prefetch(ref offsets[from[i + 16] + 1]);
                }
#endif
                offsets[from[i] + 1]++;
            }

            for (int v = 0; v < vertexCount; v++)
            {
                offsets[v + 1] += offsets[v];
            }

            int[] fill = new int[vertexCount];
            for (int i = 0; i < edgeCount; i++)
            {
#if NET8_0_OR_GREATER
                if (prefetch && i + 16 < edgeCount)
                {
                    int ahead = from[i + 16];
                    CacheHints.Prefetch(ref offsets[ahead]);
                    CacheHints.Prefetch(ref fill[ahead]);
                    int soon = from[i + 4], at = offsets[soon] + fill[soon];
                    if (at < edgeCount)
                    {
                        CacheHints.Prefetch(ref ends[at]);
                        CacheHints.Prefetch(ref relations[at]);
                    }
                }
#endif
                int v = from[i];
                int o = offsets[v] + fill[v]++;
                ends[o] = other[i];
                relations[o] = i;
            }
        }

        /// <summary>Asks the memory for entity <paramref name="v"/>'s row offsets (<see cref="CacheHints"/>), for a loop that reaches it some steps later.</summary>
        /// <param name="v">The entity.</param>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void PrefetchOffsets(int v)
        {
            if (CacheHints.Enabled)
            {
                CacheHints.Prefetch(ref OutOffsets[v]);
                CacheHints.Prefetch(ref InOffsets[v]);
            }
        }

        /// <summary>Asks the memory for the start of entity <paramref name="v"/>'s out- and in-rows (the other ends, and with <paramref name="relations"/> the relations), for a loop that reads them a few steps later.</summary>
        /// <param name="v">The entity.</param>
        /// <param name="relations">Whether the rows' relations are read too.</param>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void PrefetchRows(int v, bool relations)
        {
            if (!CacheHints.Enabled)
            {
                return;
            }

            int o = OutOffsets[v], i = InOffsets[v];
            if (o < OutTargets.Length)
            {
                CacheHints.Prefetch(ref OutTargets[o]);
                if (relations)
                {
                    CacheHints.Prefetch(ref OutRelations[o]);
                }
            }

            if (i < InSources.Length)
            {
                CacheHints.Prefetch(ref InSources[i]);
                if (relations)
                {
                    CacheHints.Prefetch(ref InRelations[i]);
                }
            }
        }

        /// <summary>Gets the number of entities.</summary>
        public int VertexCount { get; }

        /// <summary>Gets each entity's degrees in a byte (<see cref="DegreeCodes"/>), for the searches that weigh their frontiers.</summary>
        public DegreeCodes Degrees { get; }

        /// <summary>Gets the number of relations.</summary>
        public int EdgeCount { get; }

        /// <summary>Gets the start of each entity's row of outgoing relations; length <see cref="VertexCount"/> + 1.</summary>
        public int[] OutOffsets { get; }

        /// <summary>Gets the target entity of each outgoing slot.</summary>
        public int[] OutTargets { get; }

        /// <summary>Gets the relation of each outgoing slot.</summary>
        public int[] OutRelations { get; }

        /// <summary>Gets the start of each entity's row of incoming relations; length <see cref="VertexCount"/> + 1.</summary>
        public int[] InOffsets { get; }

        /// <summary>Gets the source entity of each incoming slot.</summary>
        public int[] InSources { get; }

        /// <summary>Gets the relation of each incoming slot.</summary>
        public int[] InRelations { get; }

        /// <summary>Gets the source entity of each relation.</summary>
        public int[] RelationSources { get; }

        /// <summary>Gets the target entity of each relation.</summary>
        public int[] RelationTargets { get; }

        /// <summary>Gets the type of each relation, as a position in <see cref="Types"/>.</summary>
        public int[] RelationTypeIds { get; }

        /// <summary>Gets whether some relation has an undirected type (traversals then read in-rows too).</summary>
        public bool HasUndirected { get; }

        /// <summary>Gets the relation types used in the graph.</summary>
        public RelationType[] Types { get; }

        /// <summary>Gets the out-degree of entity <paramref name="v"/>.</summary>
        public int OutDegree(int v) => OutOffsets[v + 1] - OutOffsets[v];

        /// <summary>Gets the in-degree of entity <paramref name="v"/>.</summary>
        public int InDegree(int v) => InOffsets[v + 1] - InOffsets[v];

        /// <summary>Gets a mask of the type ids whose relation type satisfies <paramref name="predicate"/>.</summary>
        public bool[] TypeMask(Func<RelationType, bool> predicate)
        {
            bool[] mask = new bool[Types.Length];
            for (int i = 0; i < Types.Length; i++)
            {
                mask[i] = predicate(Types[i]);
            }

            return mask;
        }
    }
}

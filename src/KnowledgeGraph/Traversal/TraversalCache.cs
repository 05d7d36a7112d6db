using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>Per-graph data the traversals derive once, on first use: entity kind ids, the time columns of the relations and a pool of search workspaces.</summary>
    /// <remarks>Kept beside the graph in a <see cref="ConditionalWeakTable{TKey,TValue}"/>, so the immutable graph needs no field for it and it is collected with the graph. Safe to use from many threads.</remarks>
    internal sealed class TraversalCache
    {
        private static readonly ConditionalWeakTable<Graph, TraversalCache> Caches = new ConditionalWeakTable<Graph, TraversalCache>();

        private readonly ConcurrentBag<Workspace> _pool = new ConcurrentBag<Workspace>();
        private readonly Lazy<TimeColumns> _times;
        private readonly Lazy<KeyValuePair<EntityKind[], int[]>> _kinds;

        private TraversalCache(Graph graph)
        {
            Graph = graph;
            _times = new Lazy<TimeColumns>(() => new TimeColumns(graph));
            _kinds = new Lazy<KeyValuePair<EntityKind[], int[]>>(() => KindIds(graph));
        }

        /// <summary>Gets the graph.</summary>
        public Graph Graph { get; }

        /// <summary>Gets the distinct entity kinds of the graph.</summary>
        public EntityKind[] Kinds => _kinds.Value.Key;

        /// <summary>Gets, for each entity, its kind's position in <see cref="Kinds"/>.</summary>
        public int[] KindIdOf => _kinds.Value.Value;

        /// <summary>Gets the time columns of the relations.</summary>
        public TimeColumns Times => _times.Value;

        /// <summary>Gets the cache of a graph, creating it on first use.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The cache.</returns>
        public static TraversalCache Of(Graph graph) => Caches.GetValue(graph, g => new TraversalCache(g));

        /// <summary>Takes a workspace from the pool (or makes one); give it back with <see cref="Return"/>.</summary>
        /// <returns>A workspace sized to the graph.</returns>
        public Workspace Rent() => _pool.TryTake(out Workspace? w) ? w : new Workspace(Graph.VertexCount);

        /// <summary>Gives a workspace back to the pool.</summary>
        /// <param name="workspace">The workspace.</param>
        public void Return(Workspace workspace)
        {
            if (_pool.Count < Environment.ProcessorCount * 2)
            {
                _pool.Add(workspace);
            }
        }

        private static KeyValuePair<EntityKind[], int[]> KindIds(Graph graph)
        {
            var kinds = new List<EntityKind>();
            var ids = new Dictionary<EntityKind, int>();
            var kindOf = new int[graph.VertexCount];
            for (int v = 0; v < graph.VertexCount; v++)
            {
                EntityKind k = graph.EntityAt(v).Kind;
                if (!ids.TryGetValue(k, out int id))
                {
                    id = kinds.Count;
                    ids.Add(k, id);
                    kinds.Add(k);
                }

                kindOf[v] = id;
            }

            return new KeyValuePair<EntityKind[], int[]>(kinds.ToArray(), kindOf);
        }
    }
}

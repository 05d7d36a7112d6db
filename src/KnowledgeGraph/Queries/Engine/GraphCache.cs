using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>Per-graph data the query engine derives once: entity kind ids and a pool of search workspaces.</summary>
    /// <remarks>Kept beside the graph in a <see cref="ConditionalWeakTable{TKey,TValue}"/>, so the immutable graph needs no field for it and it is collected with the graph.</remarks>
    internal sealed class GraphCache
    {
        private static readonly ConditionalWeakTable<Graph, GraphCache> Caches = new ConditionalWeakTable<Graph, GraphCache>();

        private readonly ConcurrentBag<Workspace> _pool = new ConcurrentBag<Workspace>();

        private GraphCache(Graph graph)
        {
            Graph = graph;
            var kinds = new List<EntityKind>();
            var ids = new Dictionary<EntityKind, int>();
            KindIdOf = new int[graph.VertexCount];
            for (int v = 0; v < graph.VertexCount; v++)
            {
                EntityKind k = graph.EntityAt(v).Kind;
                if (!ids.TryGetValue(k, out int id))
                {
                    id = kinds.Count;
                    ids.Add(k, id);
                    kinds.Add(k);
                }

                KindIdOf[v] = id;
            }

            Kinds = kinds.ToArray();
        }

        /// <summary>Gets the graph.</summary>
        public Graph Graph { get; }

        /// <summary>Gets the distinct entity kinds of the graph.</summary>
        public EntityKind[] Kinds { get; }

        /// <summary>Gets, for each entity, its kind's position in <see cref="Kinds"/>.</summary>
        public int[] KindIdOf { get; }

        /// <summary>Gets the cache of a graph, creating it on first use.</summary>
        public static GraphCache Of(Graph graph) => Caches.GetValue(graph, g => new GraphCache(g));

        /// <summary>Takes a workspace from the pool (or makes one); give it back with <see cref="Return"/>.</summary>
        public Workspace Rent() => _pool.TryTake(out Workspace? w) ? w : new Workspace(Graph.VertexCount);

        /// <summary>Gives a workspace back to the pool.</summary>
        public void Return(Workspace workspace)
        {
            if (_pool.Count < Environment.ProcessorCount * 2)
            {
                _pool.Add(workspace);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>
    /// Minimum cuts between two entities by maximum flow (Ford and Fulkerson's max-flow/min-cut theorem; Dinic's
    /// algorithm), as networkx's <c>minimum_edge_cut</c> and <c>minimum_node_cut</c>: the fewest relations, and the
    /// fewest other entities, whose removal leaves no path.
    /// </summary>
    /// <remarks>
    /// Relations are read as <see cref="CriticalOptions"/> says (by default the dependency subgraph, from the entity that
    /// depends to what it depends on). Unit capacities by default; two parallel relations must both be cut. The node
    /// cut splits each entity into an in- and an out-node joined by capacity 1.
    /// </remarks>
    public static class MinimumCut
    {
        /// <summary>Computes a minimum edge cut and a minimum node cut from <paramref name="from"/> to <paramref name="to"/>.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="from">The start (the entity that depends).</param>
        /// <param name="to">The end (the entity depended on).</param>
        /// <param name="options">The options; the dependency reading with unit capacities when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The cuts.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        /// <exception cref="ArgumentException">The two entities are the same.</exception>
        public static MinimumCutResult Between(Graph graph, Entity from, Entity to, CriticalOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CriticalOptions();
            int s = graph.IndexOrThrow(from);
            int t = graph.IndexOrThrow(to);
            if (s == t)
            {
                throw new ArgumentException($"A cut needs two different entities; both are '{from.Id}'.", nameof(to));
            }

            GraphView arcs = GraphView.DependencyReading(graph, options.Relations, options.AsUndirected);
            int n = graph.VertexCount;
            cancellationToken.ThrowIfCancellationRequested();

            // Edge cut.
            var edgeFlow = new MaxFlow(n);
            var arcIds = new List<(int Id, int From, int To, int Relation)>();
            bool adjacent = false;
            for (int v = 0; v < n; v++)
            {
                for (int slot = 0, slots = arcs.SlotCount(v); slot < slots; slot++)
                {
                    int w = arcs.Step(v, slot, false, out int step);
                    if (w < 0 || v == w)
                    {
                        continue;
                    }

                    double c = options.Capacity == null ? 1.0 : options.Capacity(graph.RelationAt(step >> 1));
                    arcIds.Add((edgeFlow.AddArc(v, w, c), v, w, step >> 1));
                    adjacent |= v == s && w == t;
                }
            }

            double value = edgeFlow.Run(s, t);
            bool[] side = edgeFlow.SourceSide(s);
            Relation[] edgeCut = arcIds.Where(a => side[a.From] && !side[a.To]).Select(a => a.Relation).Distinct().OrderBy(r => r).Select(graph.RelationAt).ToArray();
            cancellationToken.ThrowIfCancellationRequested();

            // Node cut: v_in = v, v_out = v + n.
            Entity[]? nodeCut = null;
            if (!adjacent)
            {
                var nodeFlow = new MaxFlow(2 * n);
                for (int v = 0; v < n; v++)
                {
                    nodeFlow.AddArc(v, v + n, v == s || v == t ? double.PositiveInfinity : 1.0);
                    for (int slot = 0, slots = arcs.SlotCount(v); slot < slots; slot++)
                    {
                        int w = arcs.Step(v, slot, false, out _);
                        if (w >= 0 && w != v)
                        {
                            nodeFlow.AddArc(v + n, w, double.PositiveInfinity);
                        }
                    }
                }

                nodeFlow.Run(s + n, t);
                bool[] nodeSide = nodeFlow.SourceSide(s + n);
                nodeCut = Enumerable.Range(0, n).Where(v => v != s && v != t && nodeSide[v] && !nodeSide[v + n]).Select(graph.EntityAt).ToArray();
            }

            return new MinimumCutResult(graph.EntityAt(s), graph.EntityAt(t), value, edgeCut, nodeCut);
        }
    }
}

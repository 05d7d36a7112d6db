using System;
using QuikGraph;

namespace KnowledgeGraph
{
    /// <summary>
    /// Copies of a <see cref="Graph"/> as QuikGraph graphs that read relations the way this library's queries do, for
    /// QuikGraph's own algorithms (Dijkstra, topological sort, strongly connected components…).
    /// </summary>
    /// <remarks>
    /// <para>A <see cref="Graph"/> is itself a QuikGraph <see cref="IBidirectionalGraph{TVertex,TEdge}"/>, but there every
    /// relation is one directed edge from its <see cref="Relation.Source"/> to its <see cref="Relation.Target"/>, whatever
    /// its type: an undirected relation (<c>COOPERATES_WITH</c>) is seen one way only, and a relation that a query
    /// reads backwards (Integral <c>SUPPLIES</c> Russia, when asking how Putin reaches Integral) is not walked. So on the
    /// graph itself <c>IsDirectedAcyclicGraph()</c> can be true of a graph with undirected relations, and QuikGraph's
    /// Dijkstra finds no path from Putin to Integral where <c>graph.Paths(putin, integral).Shortest()</c> finds
    /// Putin -LEADS-> Russia &lt;-SUPPLIES- Integral.</para>
    /// <para>These copies make the reading explicit: each edge is a <see cref="TaggedEdge{TVertex,TTag}"/> whose
    /// <see cref="TaggedEdge{TVertex,TTag}.Tag"/> is the relation and whose source and target are the ends in the
    /// direction walked (swapped when the relation is walked backwards). The vertices are the graph's entities, in
    /// order. Building one takes O(V + E) time and memory; the copy does not follow later graphs.</para>
    /// </remarks>
    public static class QuikGraphExtensions
    {
        /// <summary>
        /// Copies the graph as a QuikGraph graph in which every relation can be walked both ways: two edges per relation
        /// (one per direction), the reading of <c>graph.Paths(from, to)</c> and of <c>kg path</c> by default.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <returns>A new QuikGraph graph with 2 × <see cref="Graph.EdgeCount"/> edges (a self-loop gives one).</returns>
        /// <example><code>
        /// var either = graph.ToQuikGraphEitherWay();
        /// either.ShortestPathsDijkstra(e => 1, putin)(integral, out var steps);   // Putin → Russia → Integral
        /// </code></example>
        public static BidirectionalGraph<Entity, TaggedEdge<Entity, Relation>> ToQuikGraphEitherWay(this Graph graph) => Copy(graph, true);

        /// <summary>
        /// Copies the graph as a QuikGraph graph in which a directed relation is one edge from its source to its target
        /// and an undirected relation (<see cref="RelationType.IsDirected"/> false) is two edges, one each way: the
        /// reading of <c>kg path --directed</c>.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <returns>A new QuikGraph graph.</returns>
        public static BidirectionalGraph<Entity, TaggedEdge<Entity, Relation>> ToQuikGraphDirected(this Graph graph) => Copy(graph, false);

        private static BidirectionalGraph<Entity, TaggedEdge<Entity, Relation>> Copy(Graph graph, bool everyRelationBothWays)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            var copy = new BidirectionalGraph<Entity, TaggedEdge<Entity, Relation>>(allowParallelEdges: true, graph.VertexCount);
            copy.AddVertexRange(graph.Entities);
            foreach (Relation r in graph.Relations)
            {
                copy.AddEdge(new TaggedEdge<Entity, Relation>(r.Source, r.Target, r));
                if ((everyRelationBothWays || !r.Type.IsDirected) && !ReferenceEquals(r.Source, r.Target))
                {
                    copy.AddEdge(new TaggedEdge<Entity, Relation>(r.Target, r.Source, r));
                }
            }

            return copy;
        }
    }
}

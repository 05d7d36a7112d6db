using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Algorithms.Communities
{
    /// <summary>Options of <see cref="Louvain"/> and <see cref="LabelPropagation"/>. The defaults are networkx's.</summary>
    /// <remarks>
    /// Communities are found on the undirected reading of the graph: directions are ignored, and the weights of
    /// parallel and opposite relations between two entities add up.
    /// </remarks>
    [Immutable]
    public sealed record CommunityOptions
    {
        /// <summary>Gets the seed of the random order in which entities are visited; the same seed gives the same communities. Default 42.</summary>
        public int Seed { get; init; } = 42;

        /// <summary>Gets the resolution γ of modularity: above 1 favours smaller communities. Default 1 (networkx's <c>resolution</c>).</summary>
        public double Resolution { get; init; } = 1.0;

        /// <summary>Gets the smallest gain of modularity for Louvain to aggregate another level (networkx's <c>threshold</c>). Default 1e-7.</summary>
        public double Threshold { get; init; } = 1e-7;

        /// <summary>Gets the weight of a relation; <c>null</c> (the default) weighs every relation 1.</summary>
        public Func<Relation, double>? Weight { get; init; }

        /// <summary>
        /// Gets the most rounds of label propagation (the asynchronous algorithm may oscillate), and the most passes of
        /// Louvain's local moving on one level; reaching it is reported in <see cref="CommunityResult.Converged"/>. Default 100.
        /// </summary>
        public int MaxIterations { get; init; } = 100;

        /// <summary>The default of <see cref="MaxEntities"/>: 200,000 entities.</summary>
        public const int DefaultMaxEntities = 200_000;

        /// <summary>
        /// Gets the most entities communities are computed on; a larger graph throws <see cref="BoundExceededException"/>
        /// saying how to narrow it or raise the bound (<c>kg communities --max-entities N</c>). Default
        /// <see cref="DefaultMaxEntities"/>; <c>null</c> removes the bound.
        /// </summary>
        public int? MaxEntities { get; init; } = DefaultMaxEntities;

        /// <summary>Throws when a graph is larger than <see cref="MaxEntities"/>.</summary>
        internal void CheckSize(Graph graph)
        {
            if (MaxEntities != null && graph.VertexCount > MaxEntities.Value)
            {
                throw new BoundExceededException(
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, "Communities on {0:N0} entities are bounded to {1:N0}: filter the graph (--as-of, a subgraph) or raise the bound (CommunityOptions.MaxEntities; kg communities --max-entities N).", graph.VertexCount, MaxEntities.Value),
                    graph.VertexCount,
                    MaxEntities.Value);
            }
        }
    }
}

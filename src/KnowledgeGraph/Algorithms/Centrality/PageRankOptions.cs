using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>Options of <see cref="PageRank"/>. The defaults are networkx's: damping 0.85, tolerance 1e-6, 100 iterations.</summary>
    [Immutable]
    public sealed record PageRankOptions
    {
        /// <summary>Gets the damping factor (networkx's <c>alpha</c>). Default 0.85.</summary>
        public double Damping { get; init; } = 0.85;

        /// <summary>Gets the tolerance: iteration stops when the L1 change is below <c>VertexCount * Tolerance</c>. Default 1e-6.</summary>
        public double Tolerance { get; init; } = 1e-6;

        /// <summary>Gets the most iterations; failing to converge by then throws. Default 100.</summary>
        public int MaxIterations { get; init; } = 100;

        /// <summary>Gets the weight of a relation; <c>null</c> (the default) weighs every relation 1.</summary>
        public Func<Relation, double>? Weight { get; init; }

        /// <summary>
        /// Gets the key of a numeric property that weighs each relation (networkx's <c>weight="weight"</c>; a relation
        /// without a number under it weighs 1), read from the graph's columns without making relation objects;
        /// <c>null</c> (the default) for none. Give this or <see cref="Weight"/>, not both.
        /// </summary>
        public string? WeightProperty { get; init; }

        /// <summary>Gets how parallel relations (same source and target) are weighted. Default <see cref="ParallelRelations.Sum"/>.</summary>
        public ParallelRelations ParallelRelations { get; init; } = ParallelRelations.Sum;

        /// <summary>Gets whether an undirected relation (COOPERATES_WITH) links both ways. Default <c>true</c>.</summary>
        public bool UndirectedBothWays { get; init; } = true;

        /// <summary>
        /// Gets whether every relation links both ways (networkx's <c>pagerank</c> on the undirected <c>MultiGraph</c>
        /// with <see cref="ParallelRelations.Sum"/>, on the simple <c>Graph</c> with <see cref="ParallelRelations.First"/>,
        /// where two relations a→b and b→a are one edge). Default <c>false</c>.
        /// </summary>
        public bool AsUndirected { get; init; }
    }
}

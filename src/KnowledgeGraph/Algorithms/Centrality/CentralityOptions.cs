using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>
    /// Options of <see cref="Degree"/>, <see cref="Betweenness"/>, <see cref="Closeness"/> and <see cref="Eigenvector"/>:
    /// how relations are read (directions, parallel relations, weights) and the normalisation. The defaults follow networkx.
    /// </summary>
    /// <remarks>
    /// <para><b>Directions.</b> By default a relation links its source to its target, and an undirected relation type
    /// (COOPERATES_WITH, TRADES_WITH) links both ways (<see cref="UndirectedBothWays"/>): the graph is read as a
    /// networkx <c>DiGraph</c>. With <see cref="AsUndirected"/> every relation links both ways and the graph is read as
    /// a networkx <c>Graph</c> (the classic social-network test graphs are undirected; betweenness then counts each
    /// pair once).</para>
    /// <para><b>Parallel relations</b> (several relations between the same two entities in the same direction) count
    /// as one link for shortest paths (betweenness, closeness: networkx on a multigraph, the smallest weight when
    /// weighted) and for eigenvector centrality; their weights add up for degree (networkx's multigraph degree).</para>
    /// </remarks>
    [Immutable]
    public sealed record CentralityOptions
    {
        /// <summary>Gets whether every relation is read in both directions (a networkx <c>Graph</c>). Default <c>false</c>.</summary>
        public bool AsUndirected { get; init; }

        /// <summary>Gets whether an undirected relation type links both ways when <see cref="AsUndirected"/> is off. Default <c>true</c>.</summary>
        public bool UndirectedBothWays { get; init; } = true;

        /// <summary>
        /// Gets the weight of a relation, or <c>null</c> (the default) for unweighted. For betweenness and
        /// closeness a weight is a distance (networkx's <c>weight=</c>: shortest paths by Dijkstra); for degree and
        /// eigenvector it is a strength.
        /// </summary>
        public Func<Relation, double>? Weight { get; init; }

        /// <summary>
        /// Gets whether scores are normalised as networkx does: degree divided by n − 1, betweenness by
        /// (n − 1)(n − 2) (for an undirected reading the same formula, since each pair is counted once). Default <c>true</c>.
        /// Closeness is always normalised by the number of reachable entities, and eigenvector to unit Euclidean norm.
        /// </summary>
        public bool Normalized { get; init; } = true;

        /// <summary>Gets whether closeness uses the Wasserman–Faust improvement for disconnected graphs (networkx's <c>wf_improved</c>). Default <c>true</c>.</summary>
        public bool WassermanFaust { get; init; } = true;

        /// <summary>
        /// Gets the number of source entities betweenness and closeness sample (networkx's <c>k</c> for betweenness):
        /// <c>null</c> (the default) uses every entity and is exact; a smaller number estimates betweenness in proportion,
        /// scaled by n / k, for large graphs (Brandes and Pich, 2007), and closeness from the distances of the sampled
        /// sources (Eppstein and Wang, 2001). The sample is drawn with <see cref="Seed"/> (so it differs from networkx's
        /// sample for the same seed); unnormalised directed estimates are scaled by n / k too, which networkx omits.
        /// </summary>
        public int? SampleSize { get; init; }

        /// <summary>The default of <see cref="MaxExactEntities"/>: 20,000 entities.</summary>
        public const int DefaultMaxExactEntities = 20_000;

        /// <summary>The number of sampled sources betweenness and closeness use past <see cref="MaxExactEntities"/> when no <see cref="SampleSize"/> is given: 256.</summary>
        public const int BoundedSampleSize = 256;

        /// <summary>
        /// Gets the most entities on which betweenness and closeness run exactly (both are O(V·E)). Default
        /// <see cref="DefaultMaxExactEntities"/>; <c>null</c> removes the bound. On a larger graph, betweenness and
        /// closeness without a <see cref="SampleSize"/> are estimated from <see cref="BoundedSampleSize"/> sampled sources
        /// and say so (<see cref="CentralityResult.Note"/>).
        /// </summary>
        public int? MaxExactEntities { get; init; } = DefaultMaxExactEntities;

        /// <summary>Gets the seed of the random sample of <see cref="SampleSize"/>. Default 42.</summary>
        public int Seed { get; init; } = 42;

        /// <summary>Gets the tolerance of eigenvector centrality: it stops when the L1 change is below <c>VertexCount * Tolerance</c>. Default 1e-6.</summary>
        public double Tolerance { get; init; } = 1e-6;

        /// <summary>Gets the most iterations of eigenvector centrality; failing to converge by then throws. Default 100.</summary>
        public int MaxIterations { get; init; } = 100;
    }
}

using System;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>Options of the critical-dependency analyses: which relations count, how they are read, and the bounds on path enumeration.</summary>
    [Immutable]
    public sealed record CriticalOptions
    {
        /// <summary>The default bound on the length of an enumerated path.</summary>
        public const int DefaultMaxDepth = 6;

        /// <summary>The default bound on the number of enumerated paths.</summary>
        public const int DefaultMaxPaths = 100;

        /// <summary>
        /// Gets which relations count. Default: the dependency subgraph, the relations whose type counts as a
        /// dependency (<see cref="RelationType.Dependency"/> is not <see cref="DependencyDirection.None"/>: DEPENDS_ON, SUPPLIES).
        /// </summary>
        public Func<Relation, bool> Relations { get; init; } = IsDependency;

        /// <summary>
        /// Gets whether relations are read in both directions for <see cref="SinglePointsOfFailure"/> and
        /// <see cref="MinimumCut"/>. Default <c>false</c>: the dependency reading, where a path goes from the entity that
        /// depends to what it depends on (DEPENDS_ON forward, SUPPLIES backward; other directed types along their
        /// direction, undirected types both ways). <see cref="Biconnectivity"/> always reads relations both ways.
        /// </summary>
        public bool AsUndirected { get; init; }

        /// <summary>Gets the longest path enumerated to show which paths break. Default 6.</summary>
        public int MaxDepth { get; init; } = DefaultMaxDepth;

        /// <summary>Gets the most paths enumerated. Default 100.</summary>
        public int MaxPaths { get; init; } = DefaultMaxPaths;

        /// <summary>Gets the capacity of a relation for the minimum edge cut; <c>null</c> (the default) gives every relation capacity 1.</summary>
        public Func<Relation, double>? Capacity { get; init; }

        /// <summary>Gets whether a relation belongs to the dependency subgraph: its type counts as a dependency.</summary>
        /// <param name="relation">The relation.</param>
        /// <returns><c>true</c> for DEPENDS_ON, SUPPLIES and any type declared as a dependency.</returns>
        public static bool IsDependency(Relation relation) => Directions.DependsOn(relation.Type) != Directions.None;

        /// <summary>Gets a relation filter that keeps every relation.</summary>
        /// <param name="relation">The relation.</param>
        /// <returns><c>true</c>.</returns>
        public static bool AllRelations(Relation relation) => relation != null;
    }
}

using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>A type of relation in a <see cref="Vocabulary"/>: which kinds it connects, whether it is directed, and whether it is a dependency.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class RelationType
    {
        internal RelationType(string name, IReadOnlyList<EntityKind> sourceKinds, IReadOnlyList<EntityKind> targetKinds, bool isDirected, DependencyDirection dependency, bool isControl, string? description, IReadOnlyList<EntityKind>? clusterIn = null)
        {
            ClusterIn = clusterIn ?? System.Array.Empty<EntityKind>();
            Name = name;
            SourceKinds = sourceKinds;
            TargetKinds = targetKinds;
            IsDirected = isDirected;
            Dependency = dependency;
            IsControl = isControl;
            Description = description;
        }

        /// <summary>Gets the name, in UPPER_SNAKE_CASE: <c>DEPENDS_ON</c>.</summary>
        public string Name { get; }

        /// <summary>Gets the kinds allowed as source (with their sub-kinds); empty means any kind.</summary>
        public IReadOnlyList<EntityKind> SourceKinds { get; }

        /// <summary>Gets the kinds allowed as target (with their sub-kinds); empty means any kind.</summary>
        public IReadOnlyList<EntityKind> TargetKinds { get; }

        /// <summary>Gets whether the relation has a direction; an undirected relation (<c>COOPERATES_WITH</c>) reads the same both ways.</summary>
        public bool IsDirected { get; }

        /// <summary>Gets whether, and in which direction, the relation counts as a dependency.</summary>
        public DependencyDirection Dependency { get; }

        /// <summary>Gets whether the relation means ownership or control (followed by sanctions exposure).</summary>
        public bool IsControl { get; }

        /// <summary>
        /// Gets the kinds of target around which pictures draw the source in one cluster (the vocabulary's <c>clusterIn</c>):
        /// in the default vocabulary, <c>LOCATED_IN</c> and <c>OPERATES_IN</c> a State. Empty: the relation makes no cluster.
        /// </summary>
        public IReadOnlyList<EntityKind> ClusterIn { get; }

        /// <summary>Gets a one-sentence description, or <c>null</c>.</summary>
        public string? Description { get; }

        /// <summary>Gets whether an entity of <paramref name="kind"/> may be the source.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns><c>true</c> when allowed.</returns>
        public bool AllowsSource(EntityKind kind) => SourceKinds.Count == 0 || SourceKinds.Any(kind.IsA);

        /// <summary>Gets whether an entity of <paramref name="kind"/> may be the target.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns><c>true</c> when allowed.</returns>
        public bool AllowsTarget(EntityKind kind) => TargetKinds.Count == 0 || TargetKinds.Any(kind.IsA);

        /// <summary>Gets whether pictures draw the source of such a relation inside a cluster around a target of <paramref name="kind"/>.</summary>
        /// <param name="kind">The target's kind.</param>
        /// <returns><c>true</c> when <see cref="ClusterIn"/> holds the kind or one of its parents.</returns>
        public bool ClustersIn(EntityKind kind) => ClusterIn.Any(kind.IsA);

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}

using System.Collections.Generic;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>One entry of a <see cref="DependencyReport"/>: an entity depended on (or depending), how far, and the paths that explain it.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class Dependency
    {
        internal Dependency(Entity entity, IReadOnlyList<GraphPath> paths, bool pathsTruncated)
        {
            Entity = entity;
            Paths = paths;
            PathsTruncated = pathsTruncated;
        }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the number of relations on the shortest explaining path (1 for a direct dependency).</summary>
        public int Depth => Paths.Count > 0 ? Paths[0].Length : 0;

        /// <summary>Gets the paths that explain the dependency, each from the dependent entity to the entity depended on, shortest first.</summary>
        public IReadOnlyList<GraphPath> Paths { get; }

        /// <summary>Gets whether more explaining paths exist than are listed (the per-entity path bound or the depth bound was hit).</summary>
        public bool PathsTruncated { get; }

        /// <summary>Gets whether the dependency is direct (one relation).</summary>
        public bool IsDirect => Depth == 1;

        /// <inheritdoc />
        public override string ToString() => $"{Entity} (depth {Depth}, {Paths.Count} path{(Paths.Count == 1 ? string.Empty : "s")})";
    }
}

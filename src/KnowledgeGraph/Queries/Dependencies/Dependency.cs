using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>One entry of a <see cref="DependencyReport"/>: an entity depended on (or depending), how far, and the paths that explain it.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class Dependency
    {
        internal Dependency(Entity entity, IReadOnlyList<GraphPath> paths, bool pathsTruncated, IReadOnlyList<TimeStatus> statuses, IReadOnlyList<GraphPath>? mayHoldPaths = null)
        {
            MayHoldPaths = mayHoldPaths ?? System.Array.Empty<GraphPath>();
            Entity = entity;
            Paths = paths;
            PathsTruncated = pathsTruncated;
            Statuses = statuses;
            About = SubjectOf(paths.Count > 0 ? paths[0] : null);
        }

        /// <summary>Gets how each path stands to the query's time: <see cref="TimeStatus.Holds"/>, or <see cref="TimeStatus.MayHold"/> (counted under <see cref="UndatedPolicy.Include"/>, or for an entry of <see cref="DependencyReport.MayHold"/>).</summary>
        public IReadOnlyList<TimeStatus> Statuses { get; }

        /// <summary>Gets, for a dependency that holds, its other explaining paths that only may hold (reported apart under <see cref="UndatedPolicy.Flag"/>).</summary>
        public IReadOnlyList<GraphPath> MayHoldPaths { get; }

        /// <summary>Gets the status of the dependency: <see cref="TimeStatus.Holds"/> when one of its paths holds, else <see cref="TimeStatus.MayHold"/>.</summary>
        public TimeStatus Status => Statuses.Contains(TimeStatus.Holds) ? TimeStatus.Holds : TimeStatus.MayHold;

        /// <summary>Gets what the dependency is about: the narrowest subject of the steps of its first path, or <c>null</c> when no step says.</summary>
        public Subject? About { get; }

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

        private static Subject? SubjectOf(GraphPath? path)
        {
            Subject? deepest = null;
            if (path != null)
            {
                foreach (Relation r in path.Relations)
                {
                    if (r.About != null && (deepest == null || r.About.IsWithin(deepest)))
                    {
                        deepest = r.About;
                    }
                }
            }

            return deepest;
        }

        /// <inheritdoc />
        public override string ToString() => $"{Entity} (depth {Depth}, {Paths.Count} path{(Paths.Count == 1 ? string.Empty : "s")})";
    }
}

using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>One entity of a <see cref="DependencyClosure"/>: reached, how far, and how its best walk stands to the query's time.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class ClosureEntry
    {
        internal ClosureEntry(Entity entity, int depth, TimeStatus status)
        {
            Entity = entity;
            Depth = depth;
            Status = status;
        }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the number of relations on the shortest path that reaches the entity under the query's rules (1 for a direct dependency); the same as <see cref="Dependency.Depth"/> for the entity in <see cref="QueryExtensions.DependenciesOf"/>.</summary>
        public int Depth { get; }

        /// <summary>Gets whether some path reaching the entity holds (<see cref="TimeStatus.Holds"/>) or only may hold (<see cref="TimeStatus.MayHold"/>) at the time asked.</summary>
        public TimeStatus Status { get; }

        /// <summary>Gets whether the entity is reached directly (one relation).</summary>
        public bool IsDirect => Depth == 1;

        /// <inheritdoc />
        public override string ToString() => $"{Entity} (depth {Depth}{(Status == TimeStatus.MayHold ? ", may hold" : string.Empty)})";
    }
}

using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Analysis.WhatIf
{
    /// <summary>How an entity's sanctions exposure changed in a what-if scenario.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class ExposureChange
    {
        internal ExposureChange(Entity entity, ExposureRecord? before, ExposureRecord? after)
        {
            Entity = entity;
            Before = before;
            After = after;
        }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the exposure before (one that holds or, when none does, one that may hold: see <see cref="ExposureRecord.Status"/>), or <c>null</c> when it was not exposed.</summary>
        public ExposureRecord? Before { get; }

        /// <summary>Gets the exposure after (one that holds or, when none does, one that may hold), or <c>null</c> when it is no longer exposed (or was removed).</summary>
        public ExposureRecord? After { get; }

        /// <summary>Formats the change: <c>integral: linked, 1 step → not exposed</c>; an exposure that only may hold says so.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Entity}: {Describe(Before)} → {Describe(After)}";

        /// <summary>Describes one side of the change.</summary>
        internal static string Describe(ExposureRecord? record) =>
            record == null ? "not exposed" : record.Description + (record.Status == TimeStatus.MayHold ? " (may hold)" : string.Empty);
    }
}

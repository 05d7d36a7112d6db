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

        /// <summary>Gets the exposure before, or <c>null</c> when it was not exposed.</summary>
        public ExposureRecord? Before { get; }

        /// <summary>Gets the exposure after, or <c>null</c> when it is no longer exposed (or was removed).</summary>
        public ExposureRecord? After { get; }

        /// <summary>Formats the change: <c>integral: linked, 1 step → not exposed</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Entity}: {Before?.Description ?? "not exposed"} → {After?.Description ?? "not exposed"}";
    }
}

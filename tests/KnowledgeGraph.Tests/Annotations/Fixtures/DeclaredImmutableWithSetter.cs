using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Tests.Annotations.Fixtures
{
    /// <summary>A type that says it is immutable but is not, for the mutability check's own tests.</summary>
    [Immutable]
    public sealed class DeclaredImmutableWithSetter
    {
        /// <summary>A writable field.</summary>
        public int Count;

        /// <summary>Gets or sets a name: the setter breaks the declaration.</summary>
        public string? Name { get; set; }

        /// <summary>Gets a label, given when made: allowed.</summary>
        public string? Label { get; init; }
    }
}

using System;

namespace KnowledgeGraph.Annotations
{
    /// <summary>
    /// Declares a type mutable: a builder or a worker that keeps state between calls (<c>GraphBuilder</c>, <c>Scenario</c>,
    /// the reusable <c>PathFinder</c>). Such a value is not to be shared between threads without a lock; it produces or
    /// reads immutable values.
    /// </summary>
    /// <remarks>See <see cref="ImmutableAttribute"/>.</remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    internal sealed class MutableAttribute : Attribute
    {
    }
}

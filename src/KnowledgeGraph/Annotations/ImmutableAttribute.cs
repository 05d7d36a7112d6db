using System;

namespace KnowledgeGraph.Annotations
{
    /// <summary>
    /// Declares a type immutable: once made, no public member changes what it holds, so one value may be shared between
    /// threads and callers. Options are made with object initializers (<c>init</c> properties) and copied with changes by
    /// <c>with</c>; there are no public setters and no writable public fields.
    /// </summary>
    /// <remarks>As in NodaTime (<c>NodaTime.Annotations</c>): every public class and struct is declared either
    /// <see cref="ImmutableAttribute"/> or <see cref="MutableAttribute"/>, and a test checks both the declaration and,
    /// for immutable types, the absence of setters and writable fields.</remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    internal sealed class ImmutableAttribute : Attribute
    {
    }
}

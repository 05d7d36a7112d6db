using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// What a dependency is about: a commodity or sector of a <see cref="Vocabulary"/> (<c>oil-and-gas</c>,
    /// <c>microchips</c>). Subjects form a tree: microchips under microelectronics under industry.
    /// </summary>
    /// <remarks>
    /// Two dependencies chain only when their subjects are compatible (<see cref="IsCompatibleWith"/>): one is the other
    /// or lies under it. This type is immutable and safe to share between threads.
    /// </remarks>
    [Immutable]
    public sealed class Subject
    {
        internal Subject(string id, string name, Subject? parent)
        {
            Id = id;
            Name = name;
            Parent = parent;
        }

        /// <summary>Gets the id, a lowercase slug: <c>microchips</c>.</summary>
        public string Id { get; }

        /// <summary>Gets the name for people: <c>Microchips</c>.</summary>
        public string Name { get; }

        /// <summary>Gets the broader subject this one lies under, or <c>null</c> for a top-level subject.</summary>
        public Subject? Parent { get; }

        /// <summary>Gets whether this subject is <paramref name="other"/> or lies under it.</summary>
        /// <param name="other">The broader subject.</param>
        /// <returns><c>true</c> when it is or lies under it.</returns>
        public bool IsWithin(Subject other)
        {
            for (Subject? s = this; s != null; s = s.Parent)
            {
                if (string.Equals(s.Id, other.Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Gets whether a chain may pass from a dependency about this subject to one about <paramref name="other"/>: one lies within the other.</summary>
        /// <param name="other">The other subject.</param>
        /// <returns><c>true</c> when compatible.</returns>
        public bool IsCompatibleWith(Subject other) => IsWithin(other) || other.IsWithin(this);

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}

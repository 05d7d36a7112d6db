using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>A kind of entity in a <see cref="Vocabulary"/>: Person, State, Company, or a sub-kind such as Summit (an Event).</summary>
    /// <remarks>Kinds form a tree: a sub-kind is accepted wherever its parent is. Questions about kinds (<see cref="IsA(string)"/>,
    /// query filters, search) compare names ignoring case, and a vocabulary may not declare two kinds whose names differ only
    /// in case; names in graph files and <see cref="Vocabulary.GetKind"/> must be spelt exactly. This type is immutable and thread-safe.</remarks>
    [Immutable]
    public sealed class EntityKind
    {
        internal EntityKind(string name, EntityKind? parent, string? description, KindStyle? ownStyle = null, bool actor = false)
        {
            IsOwnActor = actor;
            IsActor = actor || (parent?.IsActor ?? false);
            Name = name;
            Parent = parent;
            Description = description;
            OwnStyle = ownStyle;
            Style = ownStyle ?? parent?.Style ?? KindStyle.Fallback;
        }

        /// <summary>Gets the name, in PascalCase: <c>Person</c>, <c>IntergovernmentalBody</c>.</summary>
        public string Name { get; }

        /// <summary>Gets the kind this one specializes, or <c>null</c> for a top-level kind.</summary>
        public EntityKind? Parent { get; }

        /// <summary>Gets a one-sentence description, or <c>null</c>.</summary>
        public string? Description { get; }

        /// <summary>Gets how pictures draw this kind: its own <see cref="OwnStyle"/>, else its parent's style, else <see cref="KindStyle.Fallback"/>.</summary>
        public KindStyle Style { get; }

        /// <summary>Gets the style the vocabulary gives this kind itself, or <c>null</c> when it inherits one.</summary>
        public KindStyle? OwnStyle { get; }

        /// <summary>
        /// Gets whether entities of this kind are actors (people, states, organizations, companies: they act, rather than
        /// being acted on or talked about, as sectors, documents and events are): the vocabulary's <c>actor</c> flag on
        /// this kind or an ancestor. Rankings list actors by default.
        /// </summary>
        public bool IsActor { get; }

        /// <summary>Gets whether the vocabulary marks this kind itself as an actor (not only through its parent).</summary>
        internal bool IsOwnActor { get; }

        /// <summary>Gets the top-level kind this one belongs to (itself when it has no parent).</summary>
        public EntityKind Root => Parent == null ? this : Parent.Root;

        /// <summary>Gets whether this kind is <paramref name="other"/> or one of its sub-kinds (names compared ignoring case, so kinds from two vocabularies that agree on names agree here).</summary>
        /// <param name="other">The kind to test against.</param>
        /// <returns><c>true</c> when an entity of this kind is an <paramref name="other"/>.</returns>
        public bool IsA(EntityKind other)
        {
            for (EntityKind? k = this; k != null; k = k.Parent)
            {
                if (ReferenceEquals(k, other) || string.Equals(k.Name, other.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Gets whether this kind is the kind named <paramref name="name"/> or one of its sub-kinds; the name is compared ignoring case, as query filters compare kinds.</summary>
        /// <param name="name">The kind's name, in any case (<c>State</c>, <c>state</c>).</param>
        /// <returns><c>true</c> when it is.</returns>
        public bool IsA(string name)
        {
            for (EntityKind? k = this; k != null; k = k.Parent)
            {
                if (string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}

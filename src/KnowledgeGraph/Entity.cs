using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// A thing the graph is about: a person, a state, a company, a treaty, a sanction, an event. Entities are the
    /// vertices of a <see cref="Graph"/>.
    /// </summary>
    /// <remarks>
    /// <para>Entities are identified by <see cref="Id"/>: two entities with the same id are equal, so an entity of
    /// a subgraph matches the same entity of the graph it came from.</para>
    /// <para>This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class Entity : IEquatable<Entity>
    {
        // A bulk import keeps millions of these, so the parts most entities lack (aliases, description, properties,
        // external ids) share one field, null when all are empty: 56 bytes an entity instead of 80.
        private static readonly string[] NoAliases = Array.Empty<string>();
        private static readonly ExternalId[] NoExternalIds = Array.Empty<ExternalId>();
        private readonly int _hash;
        private readonly Rare? _rare;

        // The name: its string, or the column of a large graph's names (EntityNames) that holds it at Index.
        private object _name;

        internal Entity(int index, string id, EntityKind kind, string name, IReadOnlyList<string> aliases, string? description, PropertyMap properties, IReadOnlyList<ExternalId> externalIds)
            : this(index, id, kind, (object)name, aliases, description, properties, externalIds)
        {
        }

        /// <summary>Makes an entity whose name is its string or the column (<see cref="EntityNames"/>) that holds it at <paramref name="index"/>.</summary>
        internal Entity(int index, string id, EntityKind kind, object name, IReadOnlyList<string> aliases, string? description, PropertyMap properties, IReadOnlyList<ExternalId> externalIds)
        {
            Index = index;
            Id = id;
            Kind = kind;
            _name = name;
            if (aliases.Count > 0 || description != null || !ReferenceEquals(properties, PropertyMap.Empty) || externalIds.Count > 0)
            {
                _rare = new Rare(aliases, description, properties, externalIds);
            }

            _hash = StringComparer.Ordinal.GetHashCode(id);
        }

        /// <summary>Gets the stable id: a short lowercase slug such as <c>lukashenka</c>.</summary>
        public string Id { get; }

        /// <summary>Gets the kind.</summary>
        public EntityKind Kind { get; }

        /// <summary>Gets the preferred name.</summary>
        /// <remarks>The entities of a graph of a million entities or more keep their names in one column (<c>EntityNames</c>, a byte a character for Latin-1 names), and this makes the string on each call.</remarks>
        public string Name => _name as string ?? ((EntityNames)_name).Get(Index);

        /// <summary>Gets other names: spellings in other transliterations and scripts (Lukashenko, Лукашэнка, Лукашенко).</summary>
        public IReadOnlyList<string> Aliases => _rare?.Aliases ?? NoAliases;

        /// <summary>Gets a short description, or <c>null</c>.</summary>
        public string? Description => _rare?.Description;

        /// <summary>Gets the typed properties.</summary>
        public PropertyMap Properties => _rare?.Properties ?? PropertyMap.Empty;

        /// <summary>Gets identifiers of this entity in other systems.</summary>
        public IReadOnlyList<ExternalId> ExternalIds => _rare?.ExternalIds ?? NoExternalIds;

        /// <summary>Gets the position of the entity in its graph (0 to <see cref="Graph.VertexCount"/> - 1).</summary>
        internal int Index { get; }

        /// <summary>Gets the name and every alias.</summary>
        public IEnumerable<string> AllNames => new[] { Name }.Concat(Aliases);

        /// <summary>Gets the identifier of a scheme, or <c>null</c>.</summary>
        /// <param name="scheme">The scheme: <c>wikidata</c>, <c>iso3166</c>, <c>opensanctions</c>…</param>
        /// <returns>The value, or <c>null</c>.</returns>
        public string? GetExternalId(string scheme) => ExternalIds.FirstOrDefault(x => string.Equals(x.Scheme, scheme, StringComparison.OrdinalIgnoreCase))?.Value;

        /// <inheritdoc />
        public bool Equals(Entity? other) => other != null && (ReferenceEquals(this, other) || string.Equals(Id, other.Id, StringComparison.Ordinal));

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Entity e && Equals(e);

        /// <inheritdoc />
        public override int GetHashCode() => _hash;

        /// <summary>Has the entity read its name from <paramref name="names"/> at <see cref="Index"/> (a new large graph, before it is handed out).</summary>
        internal void ReadNameFrom(EntityNames names) => _name = names;

        /// <summary>Has the entity keep its name as a string again (a reader that started a column for more entities than it kept).</summary>
        internal void KeepNameAsString()
        {
            if (_name is EntityNames names)
            {
                _name = names.Get(Index);
            }
        }

        /// <summary>Gets whether the name is read from a graph's column of names rather than kept as a string.</summary>
        internal bool NameInColumn => _name is EntityNames;

        /// <summary>Gets the column the name is read from, or <c>null</c>; for tests.</summary>
        internal EntityNames? NameColumn => _name as EntityNames;

        /// <summary>Formats the entity as <c>Name (id)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Name + " (" + Id + ")";

        /// <summary>The parts of an entity that most entities of a bulk import lack.</summary>
        private sealed class Rare
        {
            public Rare(IReadOnlyList<string> aliases, string? description, PropertyMap properties, IReadOnlyList<ExternalId> externalIds)
            {
                Aliases = aliases;
                Description = description;
                Properties = properties;
                ExternalIds = externalIds;
            }

            public IReadOnlyList<string> Aliases { get; }

            public string? Description { get; }

            public PropertyMap Properties { get; }

            public IReadOnlyList<ExternalId> ExternalIds { get; }
        }
    }
}

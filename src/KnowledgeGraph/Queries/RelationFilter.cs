using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Queries
{
    /// <summary>
    /// Which relation types a traversal may walk, and in which direction: a typed form of the APOC-style spec
    /// <c>DEPENDS_ON&gt;|&lt;SUPPLIES|COOPERATES_WITH</c>.
    /// </summary>
    /// <remarks>
    /// <para>Spec syntax: alternatives separated by <c>|</c>; <c>TYPE&gt;</c> walks the type from source to target,
    /// <c>&lt;TYPE</c> from target to source, <c>TYPE</c> either way; a bare <c>&gt;</c> or <c>&lt;</c> stands for
    /// every type in that direction, and <c>*</c> for every type either way. Type names ignore case.</para>
    /// <para>An undirected type (<see cref="RelationType.IsDirected"/> false) is walkable both ways whatever the
    /// direction asked. <see cref="Dependencies"/> walks each dependency type in its declared direction.</para>
    /// <para>This type is immutable and safe to share between threads; each method returns a new filter.</para>
    /// </remarks>
    [Immutable]
    public sealed class RelationFilter
    {
        private readonly KeyValuePair<string?, WalkDirection>[] _entries;
        private readonly bool _dependencies;

        private RelationFilter(KeyValuePair<string?, WalkDirection>[] entries, bool dependencies)
        {
            _entries = entries;
            _dependencies = dependencies;
        }

        /// <summary>Gets a filter that walks every relation type either way (the graph read as undirected).</summary>
        public static RelationFilter Any { get; } = new RelationFilter(new[] { new KeyValuePair<string?, WalkDirection>(null, WalkDirection.Both) }, false);

        /// <summary>Gets a filter that walks every relation type from source to target only (undirected types both ways).</summary>
        public static RelationFilter AnyOutgoing { get; } = new RelationFilter(new[] { new KeyValuePair<string?, WalkDirection>(null, WalkDirection.Outgoing) }, false);

        /// <summary>
        /// Gets a filter that walks the dependency types (<see cref="RelationType.Dependency"/>) in their declared
        /// direction, from the entity that depends to the entity depended on: <c>DEPENDS_ON</c> forward, <c>SUPPLIES</c> backward.
        /// </summary>
        public static RelationFilter Dependencies { get; } = new RelationFilter(Array.Empty<KeyValuePair<string?, WalkDirection>>(), true);

        /// <summary>Gets a filter that walks nothing, to extend with <see cref="Outgoing"/>, <see cref="Incoming"/> and <see cref="Both"/>.</summary>
        /// <returns>The empty filter.</returns>
        public static RelationFilter Create() => new RelationFilter(Array.Empty<KeyValuePair<string?, WalkDirection>>(), false);

        /// <summary>Parses a spec such as <c>DEPENDS_ON&gt;|&lt;SUPPLIES|COOPERATES_WITH</c> (see the remarks of <see cref="RelationFilter"/>).</summary>
        /// <param name="spec">The spec.</param>
        /// <returns>The filter.</returns>
        /// <exception cref="InvalidQueryException">The spec is empty or an alternative is malformed; the message names it.</exception>
        public static RelationFilter Parse(string spec)
        {
            if (spec == null || spec.Trim().Length == 0)
            {
                throw new InvalidQueryException("The relation spec is empty; write for example 'DEPENDS_ON>|<SUPPLIES|COOPERATES_WITH'.");
            }

            var entries = new List<KeyValuePair<string?, WalkDirection>>();
            foreach (string raw in spec.Split('|'))
            {
                string part = raw.Trim();
                if (part == "*")
                {
                    entries.Add(new KeyValuePair<string?, WalkDirection>(null, WalkDirection.Both));
                    continue;
                }

                bool incoming = part.StartsWith("<", StringComparison.Ordinal);
                bool outgoing = part.EndsWith(">", StringComparison.Ordinal);
                string name = part.Substring(incoming ? 1 : 0, part.Length - (incoming ? 1 : 0) - (outgoing && part.Length > (incoming ? 1 : 0) ? 1 : 0)).Trim();
                if (incoming && outgoing && name.Length > 0)
                {
                    throw new InvalidQueryException($"The relation spec '{spec}' has '{part}', which points both ways; write '{name}' for either direction.");
                }

                WalkDirection direction = incoming ? WalkDirection.Incoming : outgoing ? WalkDirection.Outgoing : WalkDirection.Both;
                if (name.Length == 0)
                {
                    if (!incoming && !outgoing)
                    {
                        throw new InvalidQueryException($"The relation spec '{spec}' has an empty alternative.");
                    }

                    entries.Add(new KeyValuePair<string?, WalkDirection>(null, direction));
                    continue;
                }

                foreach (char c in name)
                {
                    if (!(char.IsLetterOrDigit(c) || c == '_'))
                    {
                        throw new InvalidQueryException($"The relation spec '{spec}' has '{part}': a type name has only letters, digits and '_'; use '>' after or '<' before it for a direction.");
                    }
                }

                entries.Add(new KeyValuePair<string?, WalkDirection>(name.ToUpperInvariant(), direction));
            }

            return new RelationFilter(entries.ToArray(), false);
        }

        /// <summary>Returns this filter plus <paramref name="type"/> walked from source to target.</summary>
        /// <param name="type">The relation type's name.</param>
        /// <returns>The new filter.</returns>
        public RelationFilter Outgoing(string type) => Add(type, WalkDirection.Outgoing);

        /// <summary>Returns this filter plus <paramref name="type"/> walked from target to source.</summary>
        /// <param name="type">The relation type's name.</param>
        /// <returns>The new filter.</returns>
        public RelationFilter Incoming(string type) => Add(type, WalkDirection.Incoming);

        /// <summary>Returns this filter plus <paramref name="type"/> walked either way.</summary>
        /// <param name="type">The relation type's name.</param>
        /// <returns>The new filter.</returns>
        public RelationFilter Both(string type) => Add(type, WalkDirection.Both);

        /// <summary>Gets the direction in which this filter walks <paramref name="type"/>.</summary>
        /// <param name="type">The relation type.</param>
        /// <returns>The direction; <see cref="WalkDirection.Both"/> for an undirected type that is walked at all.</returns>
        public WalkDirection DirectionOf(RelationType type)
        {
            WalkDirection d = WalkDirection.None;
            if (_dependencies)
            {
                d |= (WalkDirection)Directions.DependsOn(type);
            }

            foreach (KeyValuePair<string?, WalkDirection> e in _entries)
            {
                if (e.Key == null || string.Equals(e.Key, type.Name, StringComparison.OrdinalIgnoreCase))
                {
                    d |= e.Value;
                }
            }

            return (WalkDirection)Directions.Widen(type, (byte)d);
        }

        /// <summary>Formats the filter as a spec that <see cref="Parse"/> reads back.</summary>
        /// <returns>The spec, or <c>dependencies</c> for <see cref="Dependencies"/>.</returns>
        public override string ToString()
        {
            var parts = new List<string>();
            if (_dependencies)
            {
                parts.Add("dependencies");
            }

            foreach (KeyValuePair<string?, WalkDirection> e in _entries)
            {
                string name = e.Key ?? string.Empty;
                parts.Add(e.Value == WalkDirection.Outgoing ? name + ">" : e.Value == WalkDirection.Incoming ? "<" + name : name.Length == 0 ? "*" : name);
            }

            return parts.Count == 0 ? "(nothing)" : string.Join("|", parts);
        }

        /// <summary>Checks the type names against a vocabulary.</summary>
        /// <param name="vocabulary">The vocabulary.</param>
        /// <exception cref="InvalidQueryException">A name is not a relation type of the vocabulary.</exception>
        internal void Check(Vocabulary vocabulary)
        {
            foreach (KeyValuePair<string?, WalkDirection> e in _entries)
            {
                if (e.Key != null && !vocabulary.RelationTypes.Any(t => string.Equals(t.Name, e.Key, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new UnknownRelationTypeException(e.Key, vocabulary.RelationTypes.Select(t => t.Name));
                }
            }
        }

        /// <summary>Compiles the filter to a direction mask per type id of an index.</summary>
        internal byte[] Compile(AdjacencyIndex index)
        {
            var mask = new byte[index.Types.Length];
            for (int i = 0; i < mask.Length; i++)
            {
                mask[i] = (byte)DirectionOf(index.Types[i]);
            }

            return mask;
        }

        private RelationFilter Add(string type, WalkDirection direction)
        {
            if (string.IsNullOrWhiteSpace(type))
            {
                throw new ArgumentException("A relation type name is required.", nameof(type));
            }

            var entries = new KeyValuePair<string?, WalkDirection>[_entries.Length + 1];
            Array.Copy(_entries, entries, _entries.Length);
            entries[_entries.Length] = new KeyValuePair<string?, WalkDirection>(type.Trim().ToUpperInvariant(), direction);
            return new RelationFilter(entries, _dependencies);
        }
    }
}

using System;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The direction bits a <see cref="GraphView"/> holds per relation type, and the one place that decides which way
    /// a relation is read: along its direction, both ways when its type is undirected, and, in the dependency reading,
    /// from the entity that depends to the entity depended on (the type's <see cref="RelationType.Dependency"/>:
    /// <c>DEPENDS_ON</c> forward, <c>SUPPLIES</c> backward).
    /// </summary>
    /// <remarks>The bit values are those of <c>KnowledgeGraph.Queries.WalkDirection</c>.</remarks>
    internal static class Directions
    {
        /// <summary>No direction: the type is not walked.</summary>
        public const byte None = 0;

        /// <summary>The relation is walked from its source to its target.</summary>
        public const byte Outgoing = 1;

        /// <summary>The relation is walked from its target to its source.</summary>
        public const byte Incoming = 2;

        /// <summary>The relation is walked either way.</summary>
        public const byte Both = Outgoing | Incoming;

        /// <summary>Gets the direction in which a relation of <paramref name="type"/> reads "depends on": <see cref="Outgoing"/> for a forward dependency, <see cref="Incoming"/> for a reverse one, <see cref="None"/> for a type that is not a dependency.</summary>
        /// <param name="type">The relation type.</param>
        /// <returns>The direction bits.</returns>
        public static byte DependsOn(RelationType type) => type.Dependency switch
        {
            DependencyDirection.Forward => Outgoing,
            DependencyDirection.Reverse => Incoming,
            _ => None,
        };

        /// <summary>Gets whether a relation of <paramref name="type"/> is a dependency read from its target to its source (the target depends on the source).</summary>
        /// <param name="type">The relation type.</param>
        /// <returns><c>true</c> for a reverse dependency such as <c>SUPPLIES</c>.</returns>
        public static bool DependsBackward(RelationType type) => DependsOn(type) == Incoming;

        /// <summary>Widens the direction asked for a type to both ways when the type is undirected and walked at all.</summary>
        /// <param name="type">The relation type.</param>
        /// <param name="asked">The direction bits asked.</param>
        /// <returns>The bits to walk.</returns>
        public static byte Widen(RelationType type, byte asked) => asked != None && !type.IsDirected ? Both : asked;

        /// <summary>
        /// Gets the direction bits per type id of <paramref name="index"/>: each type <paramref name="include"/> accepts
        /// (all when <c>null</c>) is walked along its direction (<paramref name="dependencyReading"/>: the way it reads
        /// "depends on", a type that is no dependency along its direction) and an undirected one both ways; with
        /// <paramref name="undirected"/>, every accepted type is walked both ways.
        /// </summary>
        /// <param name="index">The graph's index.</param>
        /// <param name="include">Which types are walked; all when <c>null</c>.</param>
        /// <param name="undirected">Whether the graph is read as undirected.</param>
        /// <param name="dependencyReading">Whether reverse dependency types are read backwards.</param>
        /// <returns>The bits, indexed by type id.</returns>
        public static byte[] Of(AdjacencyIndex index, Func<RelationType, bool>? include, bool undirected = false, bool dependencyReading = false)
        {
            var dirs = new byte[index.Types.Length];
            for (int i = 0; i < dirs.Length; i++)
            {
                RelationType type = index.Types[i];
                if (include != null && !include(type))
                {
                    continue;
                }

                byte d = undirected ? Both : dependencyReading && DependsBackward(type) ? Incoming : Outgoing;
                dirs[i] = Widen(type, d);
            }

            return dirs;
        }
    }
}

using System;
using System.Collections.Generic;
using KnowledgeGraph.Annotations;
using QuikGraph;

namespace KnowledgeGraph
{
    /// <summary>
    /// A typed, dated, sourced fact that connects two entities: <c>Integral SUPPLIES Russia</c>. Relations are the
    /// edges of a <see cref="Graph"/> (a QuikGraph <see cref="IEdge{TVertex}"/>).
    /// </summary>
    /// <remarks>
    /// <para><see cref="Source"/> and <see cref="Target"/> are the entities the relation connects (QuikGraph's names);
    /// the documents that state the fact are in <see cref="Citations"/>.</para>
    /// <para>Relations are identified by <see cref="Id"/>. A graph keeps its relations in columns and makes a
    /// <see cref="Relation"/> object the first time one is asked for; from then on the graph, and every graph derived from
    /// it (<see cref="Graph.AsOf"/>, <see cref="Graph.Where"/>...), gives that same object. Relations of two loads of one
    /// file are equal (<see cref="Equals(Relation)"/>, by id) but distinct objects. This type is immutable and safe to
    /// share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class Relation : IEdge<Entity>, IEquatable<Relation>
    {
        // A relation is a view of one position of the columnar store of the load or build that made it (RelationStore):
        // 32 bytes, made the first time the relation is asked for and then kept by the store, so that every read gives
        // the same object.
        private readonly RelationStore _store;
        private readonly int _index;
        private int _hash;

        internal Relation(RelationStore store, int index)
        {
            _store = store;
            _index = index;
        }

        private RelationDetails? Details => _store.Details(_index);

        /// <summary>Gets the stable id.</summary>
        /// <remarks>A relation of a file without an id column has the id <c>e{line}</c>, made when asked for.</remarks>
        public string Id => _store.Id(_index);

        /// <summary>Gets the type.</summary>
        public RelationType Type => _store.Type(_index);

        /// <summary>Gets the entity the relation starts from.</summary>
        public Entity Source => _store.Source(_index);

        /// <summary>Gets the entity the relation points to.</summary>
        public Entity Target => _store.Target(_index);

        /// <summary>Gets when the relation holds.</summary>
        public Validity Validity => _store.Validity(_index);

        /// <summary>Gets the typed properties (share, role, amount…).</summary>
        /// <remarks>A relation of a bulk import keeps its properties in the importer's columnar table and makes this view on each call (a small object); equal calls give equal maps.</remarks>
        public PropertyMap Properties => _store.Properties(_index);

        /// <summary>Gets the citations of the sources that state the fact.</summary>
        public IReadOnlyList<Citation> Citations => _store.Citations(_index);

        /// <summary>Gets the confidence in [0, 1], or <c>null</c> when not stated.</summary>
        public double? Confidence => _store.Confidence(_index);

        /// <summary>Gets how the sources assert the relation: stated (the default), alleged, intended, planned, denied or inferred.</summary>
        public RelationStatus Status => Details?.Status ?? RelationStatus.Stated;

        /// <summary>Gets according to whom the relation holds (free text or an entity id), or <c>null</c>.</summary>
        public string? Attribution => Details?.Attribution;

        /// <summary>Gets the editors' note on the relation ("oil and gas", "approximate"...), or <c>null</c>.</summary>
        public string? Note => Details?.Note;

        /// <summary>Gets what the relation is about (for types with <see cref="RelationType.HasSubject"/>: what is depended on or supplied), or <c>null</c>.</summary>
        public Subject? About => Details?.About;

        /// <summary>Gets the validity as written, before the evidence of the citations was added (what a graph file stores).</summary>
        internal Validity StatedValidity => Details?.StatedValidity ?? Validity;

        /// <summary>Gets the store that holds the relation.</summary>
        internal RelationStore Store => _store;

        /// <summary>Gets the position of the relation in its store.</summary>
        internal int StoreIndex => _index;

        /// <summary>Gets the other end of the relation, seen from <paramref name="entity"/>.</summary>
        /// <param name="entity">One end.</param>
        /// <returns>The other end.</returns>
        /// <exception cref="ArgumentException"><paramref name="entity"/> is neither end.</exception>
        public Entity OtherEnd(Entity entity)
        {
            if (Source.Equals(entity))
            {
                return Target;
            }

            return Target.Equals(entity) ? Source : throw new ArgumentException($"'{entity.Id}' is not an end of relation '{Id}'.", nameof(entity));
        }

        /// <inheritdoc />
        /// <remarks>Relations are equal when their ids are: a relation of a subgraph (<see cref="Graph.AsOf"/>, <see cref="Graph.Where"/>) is the same object as in the graph it came from, and a relation of another load with the same id is equal to it.</remarks>
        public bool Equals(Relation? other) => other != null && (ReferenceEquals(this, other)
            || (ReferenceEquals(_store, other._store) ? _index == other._index : string.Equals(Id, other.Id, StringComparison.Ordinal)));

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Relation r && Equals(r);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            // The hash of a generated id is computed on first use; the race is benign (every thread computes the same value).
            int hash = _hash;
            if (hash == 0)
            {
                hash = StringComparer.Ordinal.GetHashCode(Id) | 1;
                _hash = hash;
            }

            return hash;
        }

        /// <summary>Gets the id an importer gives the relation on line <paramref name="line"/> of a file that has no id column.</summary>
        internal static string GeneratedId(int line) => "e" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Formats the relation as <c>source -TYPE-&gt; target [validity]</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Source.Id} -{Type.Name}{(Type.IsDirected ? "->" : "-")} {Target.Id} [{Validity}]";
    }
}

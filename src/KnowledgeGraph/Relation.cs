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
    /// <para>Relations are identified by <see cref="Id"/>. This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class Relation : IEdge<Entity>, IEquatable<Relation>
    {
        // A bulk import keeps millions of these, so the rare parts share fields: _more is the citations (an
        // IReadOnlyList<Citation>) or, when the relation has details, a RelationDetails holding them; _confidence is NaN
        // when no confidence is stated (a stated one is never NaN).
        private readonly int _line;
        private readonly object _properties; // a PropertyMap, or the PropertyTable that holds row _propertyRow
        private readonly int _propertyRow;
        private readonly object _more;
        private readonly double _confidence;
        private string? _id;
        private int _hash;

        internal Relation(string id, RelationType type, Entity source, Entity target, Validity validity, PropertyMap properties, IReadOnlyList<Citation> citations, double? confidence, RelationDetails? details = null)
            : this(type, source, target, validity, properties, citations, confidence, details)
        {
            _id = id;
            _hash = StringComparer.Ordinal.GetHashCode(id) | 1;
        }

        /// <summary>Creates a relation whose id is generated from its line in an imported file (<c>e{line}</c>), made only when first asked for: a bulk import of millions of relations does not keep millions of id strings.</summary>
        internal Relation(int line, RelationType type, Entity source, Entity target, Validity validity, PropertyMap properties, IReadOnlyList<Citation> citations, double? confidence, RelationDetails? details = null)
            : this(type, source, target, validity, properties, citations, confidence, details)
        {
            _line = line;
        }

        /// <summary>Creates a relation of a bulk import whose properties are row <paramref name="row"/> of <paramref name="table"/> (see <see cref="Properties"/>); <paramref name="id"/> null generates <c>e{line}</c>.</summary>
        internal Relation(string? id, int line, RelationType type, Entity source, Entity target, Validity validity, PropertyTable table, int row, IReadOnlyList<Citation> citations, double? confidence, RelationDetails? details = null)
            : this(type, source, target, validity, PropertyMap.Empty, citations, confidence, details)
        {
            _line = line;
            _id = id;
            if (id != null)
            {
                _hash = StringComparer.Ordinal.GetHashCode(id) | 1;
            }

            _properties = table;
            _propertyRow = row;
        }

        private Relation(RelationType type, Entity source, Entity target, Validity validity, PropertyMap properties, IReadOnlyList<Citation> citations, double? confidence, RelationDetails? details)
        {
            Type = type;
            Source = source;
            Target = target;
            Validity = validity;
            _properties = properties;
            _more = details == null ? citations : details.WithCitations(citations);
            _confidence = confidence ?? double.NaN;
        }

        private RelationDetails? Details => _more as RelationDetails;

        /// <summary>Gets the stable id.</summary>
        public string Id => _id ??= GeneratedId(_line);

        /// <summary>Gets the type.</summary>
        public RelationType Type { get; }

        /// <summary>Gets the entity the relation starts from.</summary>
        public Entity Source { get; }

        /// <summary>Gets the entity the relation points to.</summary>
        public Entity Target { get; }

        /// <summary>Gets when the relation holds.</summary>
        public Validity Validity { get; }

        /// <summary>Gets the typed properties (share, role, amount…).</summary>
        /// <remarks>A relation of a bulk import keeps its properties in the importer's columnar table and makes this view on each call (a small object); equal calls give equal maps.</remarks>
        public PropertyMap Properties => _properties as PropertyMap ?? new PropertyMap((PropertyTable)_properties, _propertyRow);

        /// <summary>Gets the citations of the sources that state the fact.</summary>
        public IReadOnlyList<Citation> Citations => _more is RelationDetails details ? details.Citations : (IReadOnlyList<Citation>)_more;

        /// <summary>Gets the confidence in [0, 1], or <c>null</c> when not stated.</summary>
        public double? Confidence => double.IsNaN(_confidence) ? null : _confidence;

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
        public bool Equals(Relation? other) => other != null && (ReferenceEquals(this, other) || string.Equals(Id, other.Id, StringComparison.Ordinal));

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

using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>An identifier of an entity in another system: a Wikidata Q-id, an ISO 3166 code, an OpenSanctions id.</summary>
    /// <remarks>
    /// An identifier with no <see cref="SourceId"/> is not stated by the graph's sources: the editors added it,
    /// and <see cref="Note"/> says so. This type is immutable and safe to share between threads.
    /// </remarks>
    [Immutable]
    public sealed class ExternalId
    {
        /// <summary>The scheme of Wikidata Q-ids.</summary>
        public const string Wikidata = "wikidata";

        /// <summary>The scheme of ISO 3166-1 country codes.</summary>
        public const string Iso3166 = "iso3166";

        /// <summary>The scheme of OpenSanctions entity ids.</summary>
        public const string OpenSanctions = "opensanctions";

        /// <summary>Creates an external identifier.</summary>
        /// <param name="scheme">The system: <c>wikidata</c>, <c>iso3166</c>, <c>opensanctions</c>, or another name.</param>
        /// <param name="value">The identifier in that system.</param>
        /// <param name="sourceId">The id of the source that states it, or <c>null</c> when no source of the graph does.</param>
        /// <param name="note">A note on where it comes from, or <c>null</c>.</param>
        public ExternalId(string scheme, string value, string? sourceId = null, string? note = null)
        {
            Scheme = scheme;
            Value = value;
            SourceId = sourceId;
            Note = note;
        }

        /// <summary>Gets the system the identifier belongs to.</summary>
        public string Scheme { get; }

        /// <summary>Gets the identifier.</summary>
        public string Value { get; }

        /// <summary>Gets the id of the source that states it, or <c>null</c> when the graph's sources do not.</summary>
        public string? SourceId { get; }

        /// <summary>Gets a note on provenance, or <c>null</c>.</summary>
        public string? Note { get; }

        /// <summary>Gets whether a source of the graph states this identifier.</summary>
        public bool IsSourced => SourceId != null;

        /// <inheritdoc />
        public override string ToString() => Scheme + ":" + Value;
    }
}

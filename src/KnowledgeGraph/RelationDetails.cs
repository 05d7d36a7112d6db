using System;
using System.Collections.Generic;

namespace KnowledgeGraph
{
    /// <summary>The rarely set parts of a <see cref="Relation"/> (certainty, subject, the validity as written), kept out of line so that a relation of a bulk import stays small.</summary>
    internal sealed class RelationDetails
    {
        public RelationDetails(RelationStatus status, string? attribution, string? note, Subject? about, Validity? statedValidity)
            : this(status, attribution, note, about, statedValidity, Array.Empty<Citation>())
        {
        }

        private RelationDetails(RelationStatus status, string? attribution, string? note, Subject? about, Validity? statedValidity, IReadOnlyList<Citation> citations)
        {
            Citations = citations;
            Status = status;
            Attribution = attribution;
            Note = note;
            About = about;
            StatedValidity = statedValidity;
        }

        public RelationStatus Status { get; }

        /// <summary>Gets the citations of the relation that holds these details (the relation keeps them here, to save a field).</summary>
        public IReadOnlyList<Citation> Citations { get; }

        public string? Attribution { get; }

        public string? Note { get; }

        public Subject? About { get; }

        /// <summary>Gets the validity as written when the citations' evidence changed it; <c>null</c> when it did not.</summary>
        public Validity? StatedValidity { get; }

        /// <summary>Returns these details holding <paramref name="citations"/> (a relation's own copy).</summary>
        public RelationDetails WithCitations(IReadOnlyList<Citation> citations) => new RelationDetails(Status, Attribution, Note, About, StatedValidity, citations);

        /// <summary>Gets the details, or <c>null</c> when all are defaults.</summary>
        public static RelationDetails? Of(RelationStatus status, string? attribution, string? note, Subject? about, Validity? statedValidity) =>
            status == RelationStatus.Stated && attribution == null && note == null && about == null && statedValidity == null
                ? null
                : new RelationDetails(status, attribution, note, about, statedValidity);
    }
}

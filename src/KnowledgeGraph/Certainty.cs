using System;
using System.Collections.Generic;
using System.Globalization;

namespace KnowledgeGraph
{
    /// <summary>
    /// The one way the certainty of a relation reads, in every CLI answer, <c>Explain()</c> and HTML view:
    /// <c>inferred, confidence 0.8, according to lukashenka, about oil-and-gas: Oil and gas…</c>.
    /// </summary>
    /// <remarks>
    /// Parts that are absent are left out: the status when it is <see cref="RelationStatus.Stated"/> (the default), the
    /// confidence, attribution and subject when not given; the note follows a colon (or stands alone). A stated relation
    /// with no other field reads as the empty string, so that plain facts print nothing.
    /// </remarks>
    public static class Certainty
    {
        /// <summary>Gets the certainty of a relation in words, or the empty string for a plain stated fact.</summary>
        /// <param name="relation">The relation.</param>
        /// <returns>The text, without brackets.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="relation"/> is <c>null</c>.</exception>
        public static string Describe(Relation relation)
        {
            if (relation == null)
            {
                throw new ArgumentNullException(nameof(relation));
            }

            var parts = new List<string>(4);
            if (relation.Status != RelationStatus.Stated)
            {
                parts.Add(StatusName(relation.Status));
            }

            if (relation.Confidence.HasValue)
            {
                parts.Add("confidence " + relation.Confidence.Value.ToString("0.##", CultureInfo.InvariantCulture));
            }

            if (!string.IsNullOrWhiteSpace(relation.Attribution))
            {
                parts.Add("according to " + relation.Attribution!.Trim());
            }

            if (relation.About != null)
            {
                parts.Add("about " + relation.About.Id);
            }

            string head = string.Join(", ", parts);
            string? note = string.IsNullOrWhiteSpace(relation.Note) ? null : OneLine(relation.Note!);
            return note == null ? head : head.Length == 0 ? note : head + ": " + note;
        }

        /// <summary>Gets the certainty of a relation in square brackets, <c>[inferred, confidence 0.8]</c>, or the empty string for a plain stated fact.</summary>
        /// <param name="relation">The relation.</param>
        /// <returns>The text.</returns>
        public static string Bracketed(Relation relation)
        {
            string text = Describe(relation);
            return text.Length == 0 ? string.Empty : "[" + text + "]";
        }

        /// <summary>Gets the name of a status as the formats and the command line write it: <c>inferred</c>.</summary>
        /// <param name="status">The status.</param>
        /// <returns>The lowercase name.</returns>
        public static string StatusName(RelationStatus status) => status.ToString().ToLowerInvariant();

        /// <summary>Gets the words for how a fact stands to the time asked: <c>holds</c>, <c>may hold</c>, <c>does not hold</c>.</summary>
        /// <param name="status">The time status.</param>
        /// <returns>The words.</returns>
        public static string TimeWords(TimeStatus status) => status switch
        {
            TimeStatus.Holds => "holds",
            TimeStatus.MayHold => "may hold",
            _ => "does not hold",
        };

        private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}

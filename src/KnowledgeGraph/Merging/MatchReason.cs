using System.Globalization;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>One piece of evidence for or against a candidate pair, with what it added to the score.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class MatchReason
    {
        internal MatchReason(MatchReasonKind kind, double weight, string text)
        {
            Kind = kind;
            Weight = weight;
            Text = text;
        }

        /// <summary>Gets the kind of evidence.</summary>
        public MatchReasonKind Kind { get; }

        /// <summary>Gets what the evidence added to the score (negative for conflicting evidence).</summary>
        public double Weight { get; }

        /// <summary>Gets the evidence in words: <c>shared wikidata id Q7747</c>, <c>birth dates differ: 1952-10-07 / 1960</c>.</summary>
        public string Text { get; }

        /// <summary>Gets whether the evidence speaks against the match.</summary>
        public bool IsConflict => Weight < 0;

        /// <summary>Formats the reason: <c>+0.95 shared wikidata id Q7747</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Weight.ToString("+0.00;-0.00;+0.00", CultureInfo.InvariantCulture) + " " + Text;
    }
}

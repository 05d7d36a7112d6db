using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>A person's judgement on a pair of entities (<c>name:id</c> references), with who took it and when.</summary>
    /// <remarks>
    /// The pair is unordered: the constructor puts the references in ordinal order, so a decision on (a, b) is the decision
    /// on (b, a). This type is immutable and safe to share between threads.
    /// </remarks>
    [Immutable]
    public sealed class MatchDecision
    {
        /// <summary>Creates a decision.</summary>
        /// <param name="left">One entity, <c>name:id</c>.</param>
        /// <param name="right">The other.</param>
        /// <param name="judgement">Same, different or unsure.</param>
        /// <param name="decidedBy">Who decided.</param>
        /// <param name="decidedAt">When, in UTC.</param>
        /// <param name="note">Why, or <c>null</c>.</param>
        /// <exception cref="ArgumentException">A reference is not <c>name:id</c>, both are the same, or <paramref name="decidedBy"/> is blank.</exception>
        public MatchDecision(string left, string right, Judgement judgement, string decidedBy, DateTimeOffset decidedAt, string? note = null)
        {
            CheckRef(left, nameof(left));
            CheckRef(right, nameof(right));
            if (string.Equals(left, right, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A decision needs two different entities; both are '{left}'.", nameof(right));
            }

            if (string.IsNullOrWhiteSpace(decidedBy))
            {
                throw new ArgumentException("A decision says who took it.", nameof(decidedBy));
            }

            bool swap = string.CompareOrdinal(left, right) > 0;
            Left = swap ? right : left;
            Right = swap ? left : right;
            Judgement = judgement;
            DecidedBy = decidedBy;
            DateTimeOffset utc = decidedAt.ToUniversalTime();
            DecidedAt = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            Note = note;
        }

        /// <summary>Gets the reference that sorts first.</summary>
        public string Left { get; }

        /// <summary>Gets the other reference.</summary>
        public string Right { get; }

        /// <summary>Gets the judgement.</summary>
        public Judgement Judgement { get; }

        /// <summary>Gets who decided.</summary>
        public string DecidedBy { get; }

        /// <summary>Gets when, in UTC, to the second (as the file keeps it).</summary>
        public DateTimeOffset DecidedAt { get; }

        /// <summary>Gets why, or <c>null</c>.</summary>
        public string? Note { get; }

        /// <summary>Gets the key of the unordered pair: <c>left|right</c> in ordinal order.</summary>
        internal string Key => PairKey(Left, Right);

        /// <summary>Gets the key of an unordered pair of references.</summary>
        internal static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a + "|" + b : b + "|" + a;

        /// <summary>Formats the decision: <c>same: union-state:putin = wikidata:q7747 (ana, 2026-11-30T19:50:00Z)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{DecisionSet.JudgementName(Judgement)}: {Left} {(Judgement == Judgement.Same ? "=" : Judgement == Judgement.Different ? "\u2260" : "?")} {Right} ({DecidedBy}, {DecisionSet.FormatTime(DecidedAt)}){(Note == null ? string.Empty : ": " + Note)}";

        private static void CheckRef(string reference, string parameter)
        {
            if (reference == null)
            {
                throw new ArgumentNullException(parameter);
            }

            int colon = reference.IndexOf(':');
            if (colon <= 0 || colon == reference.Length - 1)
            {
                throw new ArgumentException($"'{reference}' is not an entity reference 'graph:id' (union-state:putin).", parameter);
            }
        }
    }
}

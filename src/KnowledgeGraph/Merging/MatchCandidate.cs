using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>A pair of entities, one from each graph, that may be the same, with its score and the evidence.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class MatchCandidate
    {
        internal MatchCandidate(Entity left, string leftRef, Entity right, string rightRef, double score, IReadOnlyList<MatchReason> reasons, MatchDecision? decision)
        {
            Left = left;
            LeftRef = leftRef;
            Right = right;
            RightRef = rightRef;
            Score = score;
            Reasons = reasons;
            Decision = decision;
        }

        /// <summary>Gets the entity of the left graph.</summary>
        public Entity Left { get; }

        /// <summary>Gets its reference, <c>name:id</c> (see <see cref="NamedGraph"/>).</summary>
        public string LeftRef { get; }

        /// <summary>Gets the entity of the right graph.</summary>
        public Entity Right { get; }

        /// <summary>Gets its reference.</summary>
        public string RightRef { get; }

        /// <summary>Gets the score in [0, 1], rounded to three decimals.</summary>
        public double Score { get; }

        /// <summary>Gets the evidence, strongest first.</summary>
        public IReadOnlyList<MatchReason> Reasons { get; }

        /// <summary>Gets the decision already taken on the pair, or <c>null</c> when it is open.</summary>
        public MatchDecision? Decision { get; }

        /// <summary>Gets whether no decision has been taken on the pair.</summary>
        public bool IsOpen => Decision == null;

        /// <summary>Returns the candidate with a decision.</summary>
        internal MatchCandidate WithDecision(MatchDecision? decision) => new MatchCandidate(Left, LeftRef, Right, RightRef, Score, Reasons, decision);

        /// <summary>Formats the candidate: <c>0.99  union-state:putin (Vladimir Putin, Person) ~ wikidata:q7747 (Vladimir Putin, Person): shared wikidata id Q7747; same name</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{Score.ToString("0.00", CultureInfo.InvariantCulture)}  {LeftRef} ({Left.Name}, {Left.Kind.Name}) ~ {RightRef} ({Right.Name}, {Right.Kind.Name}): {string.Join("; ", Reasons.Select(r => r.Text))}";
    }
}

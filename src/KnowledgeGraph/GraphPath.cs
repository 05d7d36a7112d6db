using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>A walk through the graph: a start entity and the relations taken from it, each with its dates and citations.</summary>
    /// <remarks>
    /// The validity of a path is the intersection of its relations' validities (<see cref="Validity"/>): the path
    /// existed only when every relation on it held. This type is immutable and safe to share between threads.
    /// </remarks>
    [Immutable]
    public sealed class GraphPath
    {
        /// <summary>Creates a path.</summary>
        /// <param name="start">The start entity.</param>
        /// <param name="steps">The steps, each starting where the previous one ended.</param>
        /// <exception cref="ArgumentException">The steps do not connect.</exception>
        public GraphPath(Entity start, IReadOnlyList<PathStep> steps)
        {
            Start = start;
            Steps = steps;
            Entity at = start;
            Validity? validity = global::KnowledgeGraph.Validity.Always;
            foreach (PathStep step in steps)
            {
                if (!step.From.Equals(at))
                {
                    throw new ArgumentException($"The step {step} does not start at '{at.Id}'.", nameof(steps));
                }

                at = step.To;
                validity = Meet(validity, step.Relation.Validity);
            }

            End = at;
            Validity = validity;
        }

        /// <summary>Gets the start entity.</summary>
        public Entity Start { get; }

        /// <summary>Gets the end entity.</summary>
        public Entity End { get; }

        /// <summary>Gets the steps.</summary>
        public IReadOnlyList<PathStep> Steps { get; }

        /// <summary>Gets the number of relations on the path.</summary>
        public int Length => Steps.Count;

        /// <summary>Gets the entities on the path, from start to end.</summary>
        public IEnumerable<Entity> Entities => new[] { Start }.Concat(Steps.Select(s => s.To));

        /// <summary>Gets the relations on the path, in order.</summary>
        public IEnumerable<Relation> Relations => Steps.Select(s => s.Relation);

        /// <summary>Gets the period shared by the known dates of every relation on the path, or <c>null</c> when they never held together. For whether they hold together at a date, ask <see cref="StatusAsOf"/> or <see cref="JointStatus"/> (the three-valued rule).</summary>
        public Validity? Validity { get; }

        /// <summary>Gets whether the path's relations hold jointly as of <paramref name="date"/>: on one common day of its period (<see cref="TimeStatus.Holds"/>), may (<see cref="TimeStatus.MayHold"/>), or never together then.</summary>
        /// <param name="date">The date.</param>
        /// <returns>The joint status (the rule of <see cref="Validity.StatusAsOf"/> for a chain).</returns>
        public TimeStatus StatusAsOf(PartialDate date) => TimeKey.Joint(Keys(), date.FirstDayNumber, date.LastDayNumber);

        /// <summary>Gets whether the path's relations hold jointly on one common day between two dates.</summary>
        /// <param name="from">The first date.</param>
        /// <param name="to">The last date.</param>
        /// <returns>The joint status.</returns>
        public TimeStatus StatusBetween(PartialDate from, PartialDate to) => TimeKey.Joint(Keys(), from.FirstDayNumber, to.LastDayNumber);

        /// <summary>
        /// Gets whether the path's relations held at one time, with no date asked: a path of one relation holds (it held
        /// at some time), and so does one whose other relations are permanent; relations of unknown time may or may not
        /// have held together (<see cref="TimeStatus.MayHold"/>); relations whose times never meet do not make a path.
        /// </summary>
        public TimeStatus JointStatus => TimeKey.JointEver(Keys());

        private List<TimeKey> Keys()
        {
            var keys = new List<TimeKey>(Steps.Count);
            foreach (PathStep s in Steps)
            {
                keys.Add(s.Relation.Validity.Key);
            }

            return keys;
        }

        /// <summary>
        /// The joint validity rule of paths: what a path held through so far (<paramref name="joint"/>) and one more
        /// relation's validity held together, or <c>null</c> when they never did. Used by this type and by every traversal
        /// that tests a path against a date.
        /// </summary>
        internal static Validity? Meet(Validity? joint, Validity next) => joint?.Intersect(next);

        /// <summary>
        /// Says when the path holds, for headings: <c>valid since 2021</c> (the shared period of known dates), the time of
        /// its one relation (<c>observed 2023-05-04</c>, <c>by 2023-03-30</c>, <c>undated</c>, <c>permanent</c>),
        /// <c>undated</c> or <c>permanent</c> when every step is, <c>dates per step</c> otherwise (the steps say them), or
        /// <c>never at once</c>. Whether it holds at a date is <see cref="StatusAsOf"/>'s answer, not this text's.
        /// </summary>
        internal string TimeText()
        {
            if (!Validity.HasValue)
            {
                return "never at once";
            }

            Validity v = Steps.Count == 1 ? Steps[0].Relation.Validity : Validity.Value;
            if (v.Kind == ValidityKind.Known || Steps.Count == 0)
            {
                return "valid " + v;
            }

            if (Steps.Count == 1)
            {
                return v.ToString();
            }

            if (Steps.All(s => s.Relation.Validity.IsPermanent))
            {
                return "permanent";
            }

            return Steps.All(s => s.Relation.Validity.IsUnknown) ? "undated" : "dates per step";
        }

        /// <summary>Renders the path as readable text: a heading, then one line per step with its dates, then its citations indented below.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(string.Join(" \u2192 ", Entities.Select(e => e.Name)));
            sb.Append("  (").Append(Length).Append(Length == 1 ? " step" : " steps");
            sb.Append(", ").Append(TimeText()).Append(")\n");
            for (int i = 0; i < Steps.Count; i++)
            {
                PathStep step = Steps[i];
                sb.Append("  ").Append(i + 1).Append(". ").Append(step).Append('\n');
                foreach (IReadOnlyList<Citation> g in CitationGroups.Of(step.Relation.Citations))
                {
                    sb.Append(g.Count == 1 ? "       source: " : "       sources: ").Append(CitationGroups.Lines(g).Single()).Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <summary>Formats the path on one line: <c>russia &lt;-SUPPLIES- integral</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var sb = new StringBuilder(Start.Id);
            foreach (PathStep s in Steps)
            {
                string arrow = !s.Relation.Type.IsDirected ? $" -{s.Relation.Type.Name}- " : s.IsForward ? $" -{s.Relation.Type.Name}-> " : $" <-{s.Relation.Type.Name}- ";
                sb.Append(arrow).Append(s.To.Id);
            }

            return sb.ToString();
        }
    }
}

using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>One step of a <see cref="GraphPath"/>: a relation, walked from one entity to the next, along or against its direction.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class PathStep
    {
        /// <summary>Creates a step.</summary>
        /// <param name="relation">The relation walked.</param>
        /// <param name="isForward"><c>true</c> when walked from its source to its target.</param>
        public PathStep(Relation relation, bool isForward)
        {
            Relation = relation;
            IsForward = isForward;
        }

        /// <summary>Gets the relation walked.</summary>
        public Relation Relation { get; }

        /// <summary>Gets whether the relation was walked from its source to its target.</summary>
        public bool IsForward { get; }

        /// <summary>Gets the entity the step starts from.</summary>
        public Entity From => IsForward ? Relation.Source : Relation.Target;

        /// <summary>Gets the entity the step arrives at.</summary>
        public Entity To => IsForward ? Relation.Target : Relation.Source;

        /// <summary>Formats the step on one line: <c>Integral (integral) -SUPPLIES-> Russia (russia) [observed 2023-05-04] [about microchips]</c>: its dates, then its certainty when it has any (<see cref="Certainty"/>).</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string arrow = !Relation.Type.IsDirected ? $"-{Relation.Type.Name}-" : IsForward ? $"-{Relation.Type.Name}->" : $"<-{Relation.Type.Name}-";
            string certainty = Certainty.Bracketed(Relation);
            return $"{From.Name} ({From.Id}) {arrow} {To.Name} ({To.Id}) [{Relation.Validity}]" + (certainty.Length > 0 ? " " + certainty : string.Empty);
        }
    }
}

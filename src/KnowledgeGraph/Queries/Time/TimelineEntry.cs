using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Queries.Time
{
    /// <summary>One line of a <see cref="Timeline"/>: a relation of the entity, and what happened to it on a date.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class TimelineEntry
    {
        internal TimelineEntry(PartialDate? date, TimelineEventKind kind, Relation relation, Entity subject)
        {
            Date = date;
            Kind = kind;
            Relation = relation;
            Subject = subject;
        }

        /// <summary>Gets the date, or <c>null</c> for an undated relation.</summary>
        public PartialDate? Date { get; }

        /// <summary>Gets what the entry marks.</summary>
        public TimelineEventKind Kind { get; }

        /// <summary>Gets the relation.</summary>
        public Relation Relation { get; }

        /// <summary>Gets the entity whose timeline this is.</summary>
        public Entity Subject { get; }

        /// <summary>Gets the other end of the relation (the subject itself for a relation to itself).</summary>
        public Entity Other => Relation.Source.Equals(Subject) ? Relation.Target : Relation.Source;

        /// <summary>Formats the entry on one line: <c>1999  started  Belarus (belarus) -MEMBER_OF-> Union State (union-state) [since 1999] — Sb.by, 2023-04-30</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            Relation r = Relation;
            string arrow = r.Type.IsDirected ? $"-{r.Type.Name}->" : $"-{r.Type.Name}-";
            string sources = string.Join("; ", r.Citations.Select(c => c.Source?.ToString() ?? c.SourceId).Distinct());
            string what = Kind switch
            {
                TimelineEventKind.Started => "started ",
                TimelineEventKind.Ended => "ended   ",
                TimelineEventKind.Happened => "happened",
                _ => "undated ",
            };
            return $"{(Date?.ToString() ?? "undated").PadRight(10)}  {what}  {r.Source.Name} ({r.Source.Id}) {arrow} {r.Target.Name} ({r.Target.Id}) [{r.Validity}]"
                + (sources.Length > 0 ? " \u2014 " + sources : string.Empty);
        }
    }
}

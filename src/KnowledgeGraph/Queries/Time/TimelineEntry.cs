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

        /// <summary>Gets the date that places the entry (a known date, the "by" date of an event, the first observed date, or a bound), or <c>null</c> for an undated or permanent relation.</summary>
        public PartialDate? Date { get; }

        /// <summary>Gets what the entry marks.</summary>
        public TimelineEventKind Kind { get; }

        /// <summary>Gets the relation.</summary>
        public Relation Relation { get; }

        /// <summary>Gets the entity whose timeline this is.</summary>
        public Entity Subject { get; }

        /// <summary>Gets the other end of the relation (the subject itself for a relation to itself).</summary>
        public Entity Other => Relation.Source.Equals(Subject) ? Relation.Target : Relation.Source;

        /// <summary>Gets how the entry is placed in time, in words: <c>1999</c>, <c>by 2022-12-21</c>, <c>observed 2023-04-30</c>, <c>about 2020</c>, <c>not before 1999</c>, <c>permanent</c> or <c>undated</c>.</summary>
        public string When
        {
            get
            {
                string date = Date?.ToString() ?? string.Empty;
                bool about = Relation.Validity.IsApproximate;
                return Kind switch
                {
                    TimelineEventKind.HappenedBy => "by " + (about ? "about " : string.Empty) + date,
                    TimelineEventKind.Observed => "observed " + date,
                    TimelineEventKind.NotBefore => "not before " + (about ? "about " : string.Empty) + date,
                    TimelineEventKind.NotAfter => "not after " + (about ? "about " : string.Empty) + date,
                    TimelineEventKind.Undated => Relation.Validity.IsPermanent ? "permanent" : "undated",
                    _ => (about ? "about " : string.Empty) + date,
                };
            }
        }

        /// <summary>Formats the entry on one line: <c>by 2022-12-21  happened  Lukashenka (lukashenka) -PARTICIPATED_IN-> … [between 1999 and 2022-12-21] — source</c>, with the relation's certainty when it has any.</summary>
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
                TimelineEventKind.HappenedBy => "happened",
                TimelineEventKind.Observed => "held    ",
                TimelineEventKind.NotBefore => "bounded ",
                TimelineEventKind.NotAfter => "bounded ",
                _ => "undated ",
            };
            string certainty = Certainty.Bracketed(r);
            return $"{When.PadRight(10)}  {what}  {r.Source.Name} ({r.Source.Id}) {arrow} {r.Target.Name} ({r.Target.Id}) [{r.Validity}]"
                + (certainty.Length > 0 ? " " + certainty : string.Empty)
                + (sources.Length > 0 ? " \u2014 " + sources : string.Empty);
        }
    }
}

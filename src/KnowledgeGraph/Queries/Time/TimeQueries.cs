using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Queries.Time
{
    /// <summary>Builds timelines and differences between dates.</summary>
    internal static class TimeQueries
    {
        public static Timeline Timeline(Graph graph, Entity entity)
        {
            entity = graph.Own(entity);
            var dated = new List<KeyValuePair<int, TimelineEntry>>();
            var undated = new List<TimelineEntry>();
            int order = 0;
            foreach (Relation r in graph.RelationsOf(entity))
            {
                Validity v = r.Validity;
                if (v.IsInstant)
                {
                    dated.Add(new KeyValuePair<int, TimelineEntry>(order++, new TimelineEntry(v.At, TimelineEventKind.Happened, r, entity)));
                }
                else if (v.From.HasValue || v.To.HasValue)
                {
                    if (v.From.HasValue)
                    {
                        dated.Add(new KeyValuePair<int, TimelineEntry>(order++, new TimelineEntry(v.From, TimelineEventKind.Started, r, entity)));
                    }

                    if (v.To.HasValue)
                    {
                        dated.Add(new KeyValuePair<int, TimelineEntry>(order++, new TimelineEntry(v.To, TimelineEventKind.Ended, r, entity)));
                    }
                }
                else if (v.IsEvent && v.NotAfter.HasValue)
                {
                    dated.Add(new KeyValuePair<int, TimelineEntry>(order++, new TimelineEntry(v.NotAfter, TimelineEventKind.HappenedBy, r, entity)));
                }
                else if (v.Observed.Count > 0)
                {
                    dated.Add(new KeyValuePair<int, TimelineEntry>(order++, new TimelineEntry(v.Observed.Min(), TimelineEventKind.Observed, r, entity)));
                }
                else if (v.NotBefore.HasValue)
                {
                    dated.Add(new KeyValuePair<int, TimelineEntry>(order++, new TimelineEntry(v.NotBefore, TimelineEventKind.NotBefore, r, entity)));
                }
                else if (v.NotAfter.HasValue)
                {
                    dated.Add(new KeyValuePair<int, TimelineEntry>(order++, new TimelineEntry(v.NotAfter, TimelineEventKind.NotAfter, r, entity)));
                }
                else
                {
                    undated.Add(new TimelineEntry(null, TimelineEventKind.Undated, r, entity));
                }
            }

            dated.Sort((a, b) =>
            {
                int c = a.Value.Date!.Value.CompareTo(b.Value.Date!.Value);
                if (c == 0)
                {
                    c = Rank(a.Value.Kind).CompareTo(Rank(b.Value.Kind));
                }

                return c != 0 ? c : a.Key.CompareTo(b.Key);
            });
            var entries = new TimelineEntry[dated.Count];
            for (int i = 0; i < entries.Length; i++)
            {
                entries[i] = dated[i].Value;
            }

            return new Timeline(entity, entries, undated);
        }

        public static GraphDiff Diff(Graph graph, PartialDate from, PartialDate to)
        {
            var groups = new List<Relation>[8];
            for (int i = 0; i < groups.Length; i++)
            {
                groups[i] = new List<Relation>();
            }

            foreach (Relation r in graph.Relations)
            {
                TimeStatus a = r.Validity.StatusAsOf(from);
                TimeStatus b = r.Validity.StatusAsOf(to);
                int g = GroupOf(a, b);
                if (g >= 0)
                {
                    groups[g].Add(r);
                }
            }

            groups[0].Sort((x, y) => Compare(x.Validity.From ?? x.Validity.At, y.Validity.From ?? y.Validity.At, x, y));
            groups[1].Sort((x, y) => Compare(x.Validity.To ?? x.Validity.NotAfter, y.Validity.To ?? y.Validity.NotAfter, x, y));
            for (int i = 2; i < groups.Length; i++)
            {
                groups[i].Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
            }

            return new GraphDiff(from, to, groups[0], groups[1], groups[2], groups[3], groups[4], groups[5], groups[6], groups[7]);
        }

        /// <summary>The group of a relation by its status at the two dates: 0 appeared, 1 ended, 2 held, 3 became known, 4 no longer known, 5 may have ended, 6 may have appeared, 7 unknown at both; -1 for one that holds at neither.</summary>
        private static int GroupOf(TimeStatus a, TimeStatus b)
        {
            const TimeStatus H = TimeStatus.Holds, M = TimeStatus.MayHold, N = TimeStatus.DoesNotHold;
            return (a, b) switch
            {
                (N, H) => 0,
                (H, N) => 1,
                (H, H) => 2,
                (M, H) => 3,
                (H, M) => 4,
                (M, N) => 5,
                (N, M) => 6,
                (M, M) => 7,
                _ => -1,
            };
        }

        /// <summary>The order of entries on one date: what is known to start or happen then, what is observed then, what happened by then, bounds, then ends.</summary>
        private static int Rank(TimelineEventKind kind) => kind switch
        {
            TimelineEventKind.Started => 0,
            TimelineEventKind.Happened => 1,
            TimelineEventKind.Observed => 2,
            TimelineEventKind.HappenedBy => 3,
            TimelineEventKind.NotBefore => 4,
            TimelineEventKind.NotAfter => 5,
            TimelineEventKind.Ended => 6,
            _ => 7,
        };

        private static int Compare(PartialDate? a, PartialDate? b, Relation x, Relation y)
        {
            int c = a.HasValue && b.HasValue ? a.Value.CompareTo(b.Value) : a.HasValue ? 1 : b.HasValue ? -1 : 0;
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}

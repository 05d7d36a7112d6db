using System.Collections.Generic;

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
                else if (v.IsAlways)
                {
                    undated.Add(new TimelineEntry(null, TimelineEventKind.Undated, r, entity));
                }
                else
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
            }

            dated.Sort((a, b) =>
            {
                int c = a.Value.Date!.Value.CompareTo(b.Value.Date!.Value);
                if (c == 0)
                {
                    c = a.Value.Kind.CompareTo(b.Value.Kind);
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
            var appeared = new List<Relation>();
            var ended = new List<Relation>();
            int unchanged = 0;
            foreach (Relation r in graph.Relations)
            {
                bool a = r.Validity.HoldsAsOf(from);
                bool b = r.Validity.HoldsAsOf(to);
                if (a && b)
                {
                    unchanged++;
                }
                else if (b)
                {
                    appeared.Add(r);
                }
                else if (a)
                {
                    ended.Add(r);
                }
            }

            appeared.Sort((x, y) => Compare(x.Validity.From, y.Validity.From, x, y));
            ended.Sort((x, y) => Compare(x.Validity.To, y.Validity.To, x, y));
            return new GraphDiff(from, to, appeared, ended, unchanged);
        }

        private static int Compare(PartialDate? a, PartialDate? b, Relation x, Relation y)
        {
            int c = a.HasValue && b.HasValue ? a.Value.CompareTo(b.Value) : a.HasValue ? 1 : b.HasValue ? -1 : 0;
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}

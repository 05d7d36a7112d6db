using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Queries.Engine;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Queries.Neighborhoods
{
    /// <summary>Neighbourhood subgraphs and relation paging on the integer index.</summary>
    internal static class NeighborhoodQueries
    {
        public static Neighborhood Neighborhood(Graph graph, Entity center, int depth, QueryOptions? options, CancellationToken ct)
        {
            if (depth < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(depth), depth, "The depth must be 0 or more.");
            }

            QueryOptions o = options ?? QueryOptions.Default;
            center = graph.Own(center);
            GraphView w = QueryView.Of(graph, o);
            int s = center.Index;
            var members = new List<int> { s };
            var relations = new List<int>();
            QueryBound bound;
            Workspace ws = w.Cache.Rent();
            try
            {
                // The depth is the neighbourhood's extent, not a bound that cuts the answer short: only the result count is reported.
                SearchCut cut = BreadthFirst.Reach(w, ws, s, false, depth, o.MaxResults, members, ct, out int stamp);
                bound = cut == SearchCut.MaxResults ? QueryBound.MaxResults : QueryBound.None;
                int[] seen = ws.StampA;

                // Every walkable relation between two members: a non-reversed scan from each member sees each once per walkable end.
                foreach (int v in members)
                {
                    int n = w.SlotCount(v);
                    for (int slot = 0; slot < n; slot++)
                    {
                        int x = w.Step(v, slot, false, out int step);
                        if (x < 0 || seen[x] != stamp)
                        {
                            continue;
                        }

                        relations.Add(step >> 1);
                    }
                }
            }
            finally
            {
                w.Cache.Return(ws);
            }

            members.Sort();
            relations.Sort();
            var builder = new GraphBuilder(graph.Vocabulary)
            {
                Title = $"Neighbourhood of {center.Name} to depth {depth}",
            };
            var sourceIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (int v in members)
            {
                foreach (ExternalId x in graph.EntityAt(v).ExternalIds)
                {
                    if (x.SourceId != null)
                    {
                        sourceIds.Add(x.SourceId);
                    }
                }
            }

            int last = -1;
            var kept = new List<Relation>();
            foreach (int r in relations)
            {
                if (r == last)
                {
                    continue;
                }

                last = r;
                Relation rel = graph.RelationAt(r);
                kept.Add(rel);
                foreach (Citation c in rel.Citations)
                {
                    sourceIds.Add(c.SourceId);
                }
            }

            var queue = new Queue<string>(sourceIds);
            while (queue.Count > 0)
            {
                string id = queue.Dequeue();
                if (graph.TryGetSource(id, out Source? src) && src.CitedIn != null && sourceIds.Add(src.CitedIn))
                {
                    queue.Enqueue(src.CitedIn);
                }
            }

            foreach (Source src in graph.Sources)
            {
                if (sourceIds.Contains(src.Id))
                {
                    builder.AddSource(src);
                }
            }

            foreach (int v in members)
            {
                builder.AddEntity(graph.EntityAt(v));
            }

            foreach (Relation rel in kept)
            {
                builder.AddRelation(rel);
            }

            return new Neighborhood(center, depth, o, builder.Build(), bound);
        }

        public static RelationPage Page(Graph graph, Entity entity, int skip, int take, QueryOptions? options)
        {
            if (skip < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(skip), skip, "Skip must be 0 or more.");
            }

            if (take < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(take), take, "Take must be at least 1.");
            }

            entity = graph.Own(entity);
            GraphView w = QueryView.Of(graph, options ?? QueryOptions.Default);
            int v = entity.Index;
            int n = w.SlotCount(v);
            int outCount = graph.Index.OutOffsets[v + 1] - graph.Index.OutOffsets[v];
            var items = new List<Relation>(Math.Min(take, n));
            int total = 0;
            for (int slot = 0; slot < n; slot++)
            {
                int x = w.Step(v, slot, false, out int step);
                if (x < 0 || (slot >= outCount && x == v))
                {
                    continue; // not walkable, or a relation to itself already listed among the outgoing ones
                }

                if (!w.CanEnter(x) && x != v)
                {
                    continue;
                }

                if (total >= skip && items.Count < take)
                {
                    items.Add(graph.RelationAt(step >> 1));
                }

                total++;
            }

            return new RelationPage(entity, skip, take, total, items, MayHoldAround(graph, v, options ?? QueryOptions.Default));
        }

        /// <summary>The relations of entity <paramref name="v"/> that may hold at the query's date and pass its other filters: walked by the same query counting what may hold.</summary>
        private static IReadOnlyList<Relation> MayHoldAround(Graph graph, int v, QueryOptions options)
        {
            GraphView? wide = options.AsOf.HasValue ? QueryView.MayHoldView(graph, options) : null;
            if (wide == null)
            {
                return Array.Empty<Relation>();
            }

            int outCount = graph.Index.OutOffsets[v + 1] - graph.Index.OutOffsets[v];
            var list = new List<Relation>();
            int n = wide.SlotCount(v);
            for (int slot = 0; slot < n; slot++)
            {
                int x = wide.Step(v, slot, false, out int step);
                if (x < 0 || (slot >= outCount && x == v) || (!wide.CanEnter(x) && x != v) || wide.TimeOf(step >> 1) != TimeStatus.MayHold)
                {
                    continue;
                }

                list.Add(graph.RelationAt(step >> 1));
            }

            return list;
        }
    }
}

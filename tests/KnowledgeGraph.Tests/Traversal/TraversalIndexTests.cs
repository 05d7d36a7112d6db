using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Queries.Paths;
using KnowledgeGraph.Traversal;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>
    /// The searches run on rows whose entities are renumbered for locality (<see cref="TraversalIndex"/>): the answers,
    /// the ids in them and <see cref="Entity.Index"/> are those of the graph, checked against a plain breadth-first
    /// search written here and against the same graph searched in its own entity order.
    /// </summary>
    [NonParallelizable]
    public class TraversalIndexTests
    {
        private static readonly string[] Types = { "OWNS", "SUPPLIES", "DEPENDS_ON", "TRADES_WITH" };
        private static readonly string[] Kinds = { "Company", "Organization" };

        /// <summary>A random graph: entities added in a shuffled order, relations of four types (one undirected) with self-loops, parallel relations and isolated entities.</summary>
        private static Graph RandomGraph(int seed, int n, int m)
        {
            var rnd = new Random(seed);
            int[] ids = Enumerable.Range(0, n).OrderBy(_ => rnd.Next()).ToArray();
            var b = new GraphBuilder(Vocabulary.Default);
            foreach (int i in ids)
            {
                string id = "e" + i.ToString(CultureInfo.InvariantCulture);
                b.AddEntity(id, Kinds[rnd.Next(Kinds.Length)], id);
            }

            int linked = Math.Max(1, n - (n / 10));
            for (int r = 0; r < m; r++)
            {
                int s = rnd.Next(linked), t = rnd.Next(10) == 0 ? s : rnd.Next(linked);
                b.AddRelation("r" + r.ToString(CultureInfo.InvariantCulture), Types[rnd.Next(Types.Length)], "e" + s.ToString(CultureInfo.InvariantCulture), "e" + t.ToString(CultureInfo.InvariantCulture));
            }

            return b.Build();
        }

        /// <summary>Builds the graph with the search rows in the graph's own entity order.</summary>
        private static Graph InInputOrder(Func<Graph> make)
        {
            AdjacencyIndex.InputOrderForMeasuring = true;
            try
            {
                return make();
            }
            finally
            {
                AdjacencyIndex.InputOrderForMeasuring = false;
            }
        }

        /// <summary>Hop distances by a breadth-first search over <see cref="Graph.Relations"/> (each relation along its direction, an undirected one both ways), written without the library's kernels.</summary>
        private static int[] ReferenceDistances(Graph g, int s, Func<RelationType, bool>? types = null)
        {
            var next = new List<int>[g.VertexCount];
            for (int v = 0; v < next.Length; v++)
            {
                next[v] = new List<int>();
            }

            foreach (Relation r in g.Relations)
            {
                if (types != null && !types(r.Type))
                {
                    continue;
                }

                next[r.Source.Index].Add(r.Target.Index);
                if (!r.Type.IsDirected)
                {
                    next[r.Target.Index].Add(r.Source.Index);
                }
            }

            var dist = Enumerable.Repeat(-1, g.VertexCount).ToArray();
            var queue = new Queue<int>();
            dist[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                int u = queue.Dequeue();
                foreach (int w in next[u])
                {
                    if (dist[w] < 0)
                    {
                        dist[w] = dist[u] + 1;
                        queue.Enqueue(w);
                    }
                }
            }

            return dist;
        }

        [Test]
        public void Renumbering_IsAPermutation_AndEachRowHoldsTheIndexRowInOrder()
        {
            Graph g = RandomGraph(3, 400, 1500);
            AdjacencyIndex x = g.Index;
            TraversalIndex o = x.Ordered;
            o.Order.Should().BeEquivalentTo(Enumerable.Range(0, g.VertexCount));
            o.Order.Should().NotEqual(Enumerable.Range(0, g.VertexCount), "the entities were added in a shuffled order, and the search rows are breadth-first");
            for (int v = 0; v < g.VertexCount; v++)
            {
                g.Entities[v].Index.Should().Be(v, "the graph's own numbering is unchanged");
                int k = o.Rank[v];
                o.Order[k].Should().Be(v);
                int a = o.Starts[2 * k], b = o.Starts[(2 * k) + 1], c = o.Starts[(2 * k) + 2];
                (b - a).Should().Be(x.OutDegree(v));
                (c - b).Should().Be(x.InDegree(v));
                for (int i = 0; i < b - a; i++)
                {
                    TraversalIndex.Slot slot = o.Slots[a + i];
                    int w = x.OutTargets[x.OutOffsets[v] + i];
                    o.Order[slot.End].Should().Be(w);
                    slot.Relation.Should().Be(x.OutRelations[x.OutOffsets[v] + i]);
                    (slot.Meta & 0xFFFF).Should().Be(x.RelationTypeIds[x.OutRelations[x.OutOffsets[v] + i]]);
                    ((int)((uint)slot.Meta >> 24)).Should().Be(x.Degrees.Out[w]);
                    ((slot.Meta >> 16) & 0xFF).Should().Be(x.Degrees.In[w]);
                }

                for (int i = 0; i < c - b; i++)
                {
                    TraversalIndex.Slot slot = o.Slots[b + i];
                    o.Order[slot.End].Should().Be(x.InSources[x.InOffsets[v] + i]);
                    slot.Relation.Should().Be(x.InRelations[x.InOffsets[v] + i]);
                }
            }
        }

        [Test]
        public void RowsWrittenInParallelParts_EqualTheRowsWrittenByOneThread()
        {
            foreach (int seed in new[] { 1, 2, 9 })
            {
                Graph g = RandomGraph(seed, 300, 200 * seed);
                TraversalIndex made = g.Index.Ordered;
                made.Slots.Length.Should().BeLessThan(TraversalIndex.ParallelFrom, "the graph's own index was written by one thread");
                int before = TraversalIndex.ParallelFrom;
                TraversalIndex.ParallelFrom = 1;
                TraversalIndex again;
                try
                {
                    again = new TraversalIndex(g.Index, TraversalIndex.BreadthFirstOrder(g.Index));
                }
                finally
                {
                    TraversalIndex.ParallelFrom = before;
                }

                made.Order.Should().Equal(again.Order);
                made.Rank.Should().Equal(again.Rank);
                made.Starts.Should().Equal(again.Starts);
                made.Slots.Should().Equal(again.Slots);
            }
        }

        [Test]
        public void IndexRowsWrittenByTwoThreads_EqualTheRowsWrittenByOne()
        {
            foreach (int seed in new[] { 3, 4 })
            {
                Graph g = RandomGraph(seed, 300, 500 * seed);
                AdjacencyIndex one = g.Index;
                g.EdgeCount.Should().BeLessThan(AdjacencyIndex.ParallelFrom, "the graph's own index was written by one thread");
                int before = AdjacencyIndex.ParallelFrom;
                AdjacencyIndex.ParallelFrom = 1;
                AdjacencyIndex two;
                try
                {
                    two = new AdjacencyIndex(one.VertexCount, one.RelationSources, one.RelationTargets, one.RelationTypeIds, one.Types);
                }
                finally
                {
                    AdjacencyIndex.ParallelFrom = before;
                }

                two.OutOffsets.Should().Equal(one.OutOffsets);
                two.OutTargets.Should().Equal(one.OutTargets);
                two.OutRelations.Should().Equal(one.OutRelations);
                two.InOffsets.Should().Equal(one.InOffsets);
                two.InSources.Should().Equal(one.InSources);
                two.InRelations.Should().Equal(one.InRelations);
                two.Ordered.Slots.Should().Equal(one.Ordered.Slots);
            }
        }

        [Test]
        public void BreadthFirstOrder_PutsTheEndsOfARelationCloserThanTheInputOrder()
        {
            // A 40 x 40 grid whose entities are added in a shuffled order: in that order the ends of a relation lie about
            // a third of the graph apart; in breadth-first order, about a row's width.
            const int side = 40;
            var rnd = new Random(5);
            var b = new GraphBuilder(Vocabulary.Default);
            foreach (int i in Enumerable.Range(0, side * side).OrderBy(_ => rnd.Next()))
            {
                b.AddEntity("c" + i.ToString(CultureInfo.InvariantCulture), "Company", "c");
            }

            int e = 0;
            for (int r = 0; r < side; r++)
            {
                for (int c = 0; c < side; c++)
                {
                    string id = "c" + ((r * side) + c).ToString(CultureInfo.InvariantCulture);
                    if (c + 1 < side)
                    {
                        b.AddRelation("e" + (e++).ToString(CultureInfo.InvariantCulture), "OWNS", id, "c" + ((r * side) + c + 1).ToString(CultureInfo.InvariantCulture));
                    }

                    if (r + 1 < side)
                    {
                        b.AddRelation("e" + (e++).ToString(CultureInfo.InvariantCulture), "OWNS", id, "c" + (((r + 1) * side) + c).ToString(CultureInfo.InvariantCulture));
                    }
                }
            }

            Graph g = b.Build();
            double Gap(int[] rank) => g.Relations.Average(r => Math.Abs(rank[r.Source.Index] - rank[r.Target.Index]));
            double input = Gap(Enumerable.Range(0, g.VertexCount).ToArray());
            double ordered = Gap(g.Index.Ordered.Rank);
            input.Should().BeGreaterThan(side * side / 5.0);
            ordered.Should().BeLessThan(2.0 * side);
        }

        [Test]
        public void HopCountsPathsAndDistances_AgreeWithAPlainBreadthFirstSearch_InEitherOrder()
        {
            Func<RelationType, bool> typed = t => t.Name != "SUPPLIES";
            for (int seed = 0; seed < 24; seed++)
            {
                int n = 5 + (seed * 13), m = seed % 3 == 0 ? n / 2 : n * (1 + (seed % 4));
                Graph g = RandomGraph(seed, n, m);
                Graph plain = InInputOrder(() => RandomGraph(seed, n, m));
                g.Index.HasUndirected.Should().BeTrue();
                plain.Index.Ordered.Order.Should().Equal(Enumerable.Range(0, n));
                var finder = new PathFinder(g);
                var plainFinder = new PathFinder(plain);
                var rnd = new Random(seed);
                for (int q = 0; q < 12; q++)
                {
                    int s = rnd.Next(n);
                    int[] reference = ReferenceDistances(g, s);
                    int[] referenceTyped = ReferenceDistances(g, s, typed);
                    finder.HopDistances(g.Entities[s]).Should().Equal(reference, $"seed {seed}, from {g.Entities[s].Id}");
                    plainFinder.HopDistances(plain.Entities[s]).Should().Equal(reference);
                    for (int t = 0; t < n; t += 1 + (n / 15))
                    {
                        string what = $"seed {seed}, {g.Entities[s].Id} -> {g.Entities[t].Id}";
                        finder.HopCount(g.Entities[s], g.Entities[t]).Should().Be(reference[t], what);
                        finder.HopCount(g.Entities[s], g.Entities[t], typed).Should().Be(referenceTyped[t], what + " (typed)");
                        IReadOnlyList<Relation>? path = finder.FindPath(g.Entities[s], g.Entities[t]);
                        (path?.Count ?? -1).Should().Be(reference[t], what);
                        if (path != null)
                        {
                            // A walk from s to t, each relation along its direction (an undirected one either way).
                            Entity at = g.Entities[s];
                            foreach (Relation r in path)
                            {
                                at = r.Source == at ? r.Target : (!r.Type.IsDirected && r.Target == at ? r.Source : throw new AssertionException($"{what}: {r.Id} does not leave {at.Id}"));
                            }

                            at.Should().Be(g.Entities[t]);

                            // The same path whatever the numbering: rows keep their order, so the search makes the same choices.
                            plainFinder.FindPath(plain.Entities[s], plain.Entities[t])!.Select(r => r.Id).Should().Equal(path.Select(r => r.Id), what);
                        }
                    }
                }
            }
        }

        [Test]
        public void PathQueries_GiveTheSameAnswersInEitherOrder_WithKindsAndKShortest()
        {
            for (int seed = 0; seed < 8; seed++)
            {
                Graph g = RandomGraph(100 + seed, 60, 150);
                Graph plain = InInputOrder(() => RandomGraph(100 + seed, 60, 150));
                var rnd = new Random(seed);
                for (int q = 0; q < 10; q++)
                {
                    string a = "e" + rnd.Next(54).ToString(CultureInfo.InvariantCulture), b = "e" + rnd.Next(54).ToString(CultureInfo.InvariantCulture);
                    IEnumerable<string> Answers(Graph x, Func<PathQuery, PathResult> ask) => ask(x.Paths(x.GetEntity(a), x.GetEntity(b))).Paths.Select(p => p.ToString());
                    foreach (Func<PathQuery, PathResult> ask in new Func<PathQuery, PathResult>[]
                    {
                        p => p.Shortest(),
                        p => p.Directed().Shortest(),
                        p => p.AvoidKinds("Organization").Shortest(),
                        p => p.KShortest(4),
                        p => p.Directed().AvoidKinds("Company").KShortest(3),
                    })
                    {
                        Answers(g, ask).Should().Equal(Answers(plain, ask), $"seed {seed}, {a} -> {b}");
                    }
                }
            }
        }
    }
}

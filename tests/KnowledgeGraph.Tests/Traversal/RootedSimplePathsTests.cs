using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;
using KnowledgeGraph.Queries.Engine;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Traversal;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>
    /// The dependency queries find the paths to every entity they reach from one breadth-first search
    /// (<see cref="RootedSimplePaths"/>) instead of one search a pair. The lists must be the pair kernel's
    /// (<see cref="SimplePaths.Between"/>), path for path, in the same order and with the same cut, in both directions,
    /// under every view: relation filters, kinds that stop a walk, a date, and bounds that cut the lists.
    /// </summary>
    public class RootedSimplePathsTests
    {
        private static readonly string[] Types = { "DEPENDS_ON", "SUPPLIES", "OWNS" };

        private static Graph Random(int seed, int entities, int relations)
        {
            var rnd = new Random(seed);
            var b = new GraphBuilder();
            for (int i = 0; i < entities; i++)
            {
                b.AddEntity("e" + i, i % 7 == 3 ? "Organization" : "Company", "E" + i);
            }

            for (int i = 0; i < relations; i++)
            {
                int s = rnd.Next(entities), t = rnd.Next(entities);
                string type = Types[rnd.Next(Types.Length)];
                if (s == t)
                {
                    continue;
                }

                string id = "r" + i.ToString(CultureInfo.InvariantCulture);
                int y = 1990 + rnd.Next(30);
                switch (rnd.Next(3))
                {
                    case 0:
                        b.AddRelation(id, type, "e" + s, "e" + t);
                        break;
                    case 1:
                        b.AddRelation(id, type, "e" + s, "e" + t, Validity.Between(new PartialDate(y), new PartialDate(y + 5)));
                        break;
                    default:
                        b.AddRelation(id, type, "e" + s, "e" + t, Validity.Permanent);
                        break;
                }
            }

            return b.Build();
        }

        private static IEnumerable<QueryOptions> Views()
        {
            yield return QueryOptions.Default.Via(RelationFilter.Dependencies).IgnoringTime();
            yield return QueryOptions.Default.Via(RelationFilter.Dependencies).WithUndated(UndatedPolicy.Include).WithAsOf(new PartialDate(2000));
            yield return QueryOptions.Default.IgnoringTime();
            yield return QueryOptions.Default.Via(RelationFilter.Dependencies).StopAtKinds("Organization").IgnoringTime();
        }

        [TestCase(1)]
        [TestCase(2)]
        [TestCase(3)]
        public void EveryList_IsThePairKernels(int seed)
        {
            Graph g = Random(seed, 24, 80);
            Check(g, roots: new[] { 0, 1, 5, 11 });
        }

        [Test]
        public void OnTheCuratedGraph_EveryList_IsThePairKernels()
        {
            Graph g = CuratedGraphs.UnionState;
            Check(g, roots: Enumerable.Range(0, g.VertexCount).Where(i => i % 4 == 0).ToArray());
        }

        [TestCase(1, 1)]
        [TestCase(2, 2)]
        [TestCase(3, 3)]
        public void Dependencies_EverySubjectAnyTime_ShowTheFirstPathsAndWhetherThereAreMore(int seed, int maxPaths)
        {
            // With every subject and time ignored no path is dropped, so the query looks for one path more than it shows;
            // what it shows must be the first paths of the whole list, and it must say "more" whenever there are more.
            Graph g = Random(seed, 24, 80);
            QueryOptions o = QueryOptions.Default.WithAnySubject().IgnoringTime().WithMaxDepth(5).WithMaxResults(1000);
            GraphView w = QueryView.Of(g, o.Via(RelationFilter.Dependencies));
            int withMore = 0;
            foreach (Entity root in g.Entities.Take(8))
            {
                DependencyReport report = g.DependenciesOf(root, o, maxPathsPerEntity: maxPaths);
                foreach (Dependency d in report.Items)
                {
                    List<int[]> all = SimplePaths.Between(w, root.Index, d.Entity.Index, 5, 1000, false, CancellationToken.None, out SearchCut cut);
                    d.Paths.Select(p => p.ToString()).Should().Equal(all.Take(maxPaths).Select(steps => w.ToPath(root.Index, steps, steps.Length).ToString()));
                    List<int[]> deeper = SimplePaths.Between(w, root.Index, d.Entity.Index, g.VertexCount, 1000, false, CancellationToken.None, out _);
                    if (all.Count > maxPaths || deeper.Count > all.Count)
                    {
                        d.PathsTruncated.Should().BeTrue($"more paths than shown exist from {root.Id} to {d.Entity.Id}");
                        withMore++;
                    }
                    else if (d.PathsTruncated)
                    {
                        // "More may exist" is judged from the root's search, more cautiously than the pair's; it may say
                        // so only when the depth, not the count, cut the search.
                        d.Paths.Should().HaveCount(all.Count);
                    }
                }
            }

            withMore.Should().BeGreaterThan(0);
        }

        private static void Check(Graph g, int[] roots)
        {
            int compared = 0, nonEmpty = 0, cut = 0;
            foreach (QueryOptions o in Views())
            {
                GraphView w = QueryView.Of(g, o);
                foreach (int root in roots)
                {
                    foreach (bool towardRoot in new[] { false, true })
                    {
                        foreach (int maxDepth in new[] { 3, 6 })
                        {
                            using var rooted = new RootedSimplePaths(w, root, towardRoot, maxDepth, CancellationToken.None);
                            for (int x = 0; x < g.VertexCount; x++)
                            {
                                foreach (int max in new[] { 1, 2, 7, 1000 })
                                {
                                    List<int[]> ours = rooted.Paths(x, max, CancellationToken.None, out SearchCut ourCut);
                                    List<int[]> pair = towardRoot
                                        ? SimplePaths.Between(w, x, root, maxDepth, max, false, CancellationToken.None, out SearchCut pairCut)
                                        : SimplePaths.Between(w, root, x, maxDepth, max, false, CancellationToken.None, out pairCut);
                                    ours.Select(Text).Should().Equal(pair.Select(Text), $"root {root}, x {x}, toward root {towardRoot}, depth {maxDepth}, max {max}, view {o}");
                                    (ourCut == SearchCut.MaxResults).Should().Be(pairCut == SearchCut.MaxResults, $"root {root}, x {x}, toward root {towardRoot}, depth {maxDepth}, max {max}");
                                    if (ourCut == SearchCut.None && max == 1000)
                                    {
                                        // Whether longer paths may exist is judged from the root's search, not the pair's; it must
                                        // never say "no more" where a deeper search finds more.
                                        List<int[]> deeper = towardRoot
                                            ? SimplePaths.Between(w, x, root, g.VertexCount, max, false, CancellationToken.None, out _)
                                            : SimplePaths.Between(w, root, x, g.VertexCount, max, false, CancellationToken.None, out _);
                                        deeper.Count.Should().Be(ours.Count, $"no path longer than {maxDepth} was said to exist: root {root}, x {x}, toward root {towardRoot}");
                                    }

                                    compared++;
                                    nonEmpty += ours.Count > 0 ? 1 : 0;
                                    cut += ourCut == SearchCut.MaxResults ? 1 : 0;
                                }
                            }
                        }
                    }
                }
            }

            nonEmpty.Should().BeGreaterThan(compared / 10, "the graphs have paths to compare");
            cut.Should().BeGreaterThan(0, "some lists are cut by the count, which exercises the ordering");
        }

        private static string Text(int[] steps) => string.Join(",", steps);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries.Dependencies
{
    /// <summary>
    /// The closure (<see cref="QueryExtensions.DependencyClosureOf"/>) lists, without paths, the entities the explained
    /// report (<see cref="QueryExtensions.DependenciesOf"/>) lists, with the same depth and status, by the same rules:
    /// subjects that chain, dates that hold together (certain, possible, observed, permanent, unknown), the undated
    /// policy, kinds that stop a walk, and a depth bound. Judged on random graphs small enough for the report to look at
    /// every simple path, so that the report is the exact answer.
    /// </summary>
    public class DependencyClosureTests
    {
        private static readonly string[] Types = { "DEPENDS_ON", "SUPPLIES", "OWNS" };
        private static readonly string?[] Subjects = { null, null, "oil-and-gas", "oil", "natural-gas", "energy", "microchips", "microelectronics", "industry" };

        private static Graph Random(int seed, int entities, int relations)
        {
            var rnd = new Random(seed);
            var b = new GraphBuilder();
            for (int i = 0; i < entities; i++)
            {
                b.AddEntity("e" + i, i % 7 == 3 ? "Organization" : "Company", "E" + i.ToString(CultureInfo.InvariantCulture));
            }

            for (int i = 0; i < relations; i++)
            {
                int s = rnd.Next(entities), t = rnd.Next(entities);
                if (s == t)
                {
                    continue;
                }

                int y = 1990 + rnd.Next(30);
                Validity v = rnd.Next(7) switch
                {
                    0 => Validity.Unknown,
                    1 => Validity.Permanent,
                    2 => Validity.Between(new PartialDate(y), new PartialDate(y + rnd.Next(1, 8))),
                    3 => Validity.Since(new PartialDate(y)),
                    4 => Validity.Create(notBefore: new PartialDate(y), notAfter: new PartialDate(y + 6), observed: new[] { new PartialDate(y + 2) }),
                    5 => Validity.Create(from: new PartialDate(y), to: new PartialDate(y + 3), approximate: true),
                    _ => Validity.Instant(new PartialDate(y, 1 + rnd.Next(12))),
                };
                string type = Types[rnd.Next(Types.Length)];
                string? about = Subjects[rnd.Next(Subjects.Length)];
                b.AddRelation("r" + i.ToString(CultureInfo.InvariantCulture), type, "e" + s, "e" + t, v, about: type == "OWNS" ? null : about);
            }

            return b.Build();
        }

        private static IEnumerable<QueryOptions> Views()
        {
            QueryOptions d = QueryOptions.Default.WithMaxResults(10_000);
            yield return d;
            yield return d.WithAnySubject();
            yield return d.IgnoringTime().WithAnySubject();
            yield return d.WithAsOf(new PartialDate(2000));
            yield return d.WithAsOf(new PartialDate(2003, 6, 1)).WithAnySubject();
            yield return d.WithAsOf(new PartialDate(2001)).WithUndated(UndatedPolicy.Include);
            yield return d.WithAsOf(new PartialDate(1998)).WithUndated(UndatedPolicy.Exclude);
            yield return d.WithAsOf(new PartialDate(2005)).IgnoringTime();
            yield return d.StopAtKinds("Organization").WithAsOf(new PartialDate(2002));
            yield return d.WithMaxDepth(2).WithAsOf(new PartialDate(2004));
        }

        [TestCase(1)]
        [TestCase(2)]
        [TestCase(3)]
        [TestCase(4)]
        public void Closure_ListsWhatTheExplainedReportLists(int seed)
        {
            Graph g = Random(seed, 12, 40);
            int checkedEntries = 0, mayHold = 0;
            foreach (QueryOptions o in Views())
            {
                // Depth 11 lets every simple path of 12 entities through; the report enumerates them all.
                QueryOptions full = o.MaxDepthOrNull.HasValue ? o : o.WithMaxDepth(11);
                foreach (Entity root in g.Entities.Take(6))
                {
                    foreach (bool dependents in new[] { false, true })
                    {
                        DependencyReport report = dependents ? g.DependentsOf(root, full, maxPathsPerEntity: 100_000) : g.DependenciesOf(root, full, maxPathsPerEntity: 100_000);
                        DependencyClosure closure = dependents ? g.DependentsClosureOf(root, o) : g.DependencyClosureOf(root, o);
                        string what = $"{(dependents ? "dependents of" : "dependencies of")} {root.Id} under {o}";
                        Describe(closure.Items).Should().Equal(Describe(report.Items.Select(d => (d.Entity, d.Depth, d.Status))), what);
                        Describe(closure.MayHold).Should().Equal(Describe(report.MayHold.Select(d => (d.Entity, d.Depth, d.Status))), what + " (may hold)");
                        checkedEntries += closure.Items.Count;
                        mayHold += closure.MayHold.Count;
                    }
                }
            }

            checkedEntries.Should().BeGreaterThan(100, "the random graphs must give the comparison something to compare");
            mayHold.Should().BeGreaterThan(0, "some entities must be reached only through what may hold");
        }

        [Test]
        public void Closure_OfTheCuratedGraph_IsTheReportsForEveryEntity()
        {
            Graph g = CuratedGraphs.UnionState;
            foreach (QueryOptions o in new[] { QueryOptions.Default, QueryOptions.Default.WithAsOf(new PartialDate(2022)), QueryOptions.Default.IgnoringTime().WithAnySubject() })
            {
                foreach (Entity e in g.Entities)
                {
                    DependencyReport report = g.DependenciesOf(e, o.WithMaxResults(10_000), maxPathsPerEntity: 1000);
                    DependencyClosure closure = g.DependencyClosureOf(e, o.WithMaxResults(10_000).WithMaxDepth(QueryOptions.DefaultMaxDepth));
                    Describe(closure.Items).Should().Equal(Describe(report.Items.Select(d => (d.Entity, d.Depth, d.Status))), $"{e.Id} under {o}");
                }
            }
        }

        [Test]
        public void Closure_WithoutADepth_GoesAsFarAsTheGraph()
        {
            var b = new GraphBuilder();
            for (int i = 0; i <= 30; i++)
            {
                b.AddEntity("c" + i, "Company", "C" + i);
            }

            for (int i = 0; i < 30; i++)
            {
                b.AddRelation("d" + i, "DEPENDS_ON", "c" + i, "c" + (i + 1), Validity.Permanent);
            }

            Graph g = b.Build();
            DependencyClosure all = g.DependencyClosureOf(g.FindEntity("c0")!);
            all.Items.Should().HaveCount(30);
            all.Items.Last().Depth.Should().Be(30);
            all.Truncated.Should().BeFalse();

            DependencyClosure near = g.DependencyClosureOf(g.FindEntity("c0")!, QueryOptions.Default.WithMaxDepth(4));
            near.Items.Select(x => x.Entity.Id).Should().Equal("c1", "c2", "c3", "c4");
            near.BoundHit.Should().Be(QueryBound.MaxDepth);

            DependencyClosure few = g.DependencyClosureOf(g.FindEntity("c0")!, QueryOptions.Default.WithMaxResults(3));
            few.Items.Should().HaveCount(3);
            few.BoundHit.Should().Be(QueryBound.MaxResults);
            few.Explain().Should().Contain("C3 (c3), through 2 intermediaries");
            DependencyClosure exactly = g.DependencyClosureOf(g.FindEntity("c0")!, QueryOptions.Default.WithMaxResults(30));
            exactly.Items.Should().HaveCount(30);
            exactly.Truncated.Should().BeFalse("a bound that is reached but not passed hides nothing");
            DependencyClosure dated = g.DependencyClosureOf(g.FindEntity("c0")!, QueryOptions.Default.WithMaxResults(30).WithAsOf(new PartialDate(2000)));
            dated.Items.Should().HaveCount(30);
            dated.Truncated.Should().BeFalse("the search with a date (states, not the plain reach) keeps the same bound");
            g.DependencyClosureOf(g.FindEntity("c0")!, QueryOptions.Default.WithMaxResults(29).WithAsOf(new PartialDate(2000))).BoundHit.Should().Be(QueryBound.MaxResults);

            g.DependentsClosureOf(g.FindEntity("c30")!).Items.Select(x => x.Entity.Id).First().Should().Be("c29");
        }

        [Test]
        public void Closure_OfAnUndatedChain_IsMayHoldAsOfADate_NeverHolds()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B").AddEntity("c", "Company", "C")
                .AddRelation("ab", "DEPENDS_ON", "a", "b", Validity.Since(new PartialDate(1995)))
                .AddRelation("bc", "DEPENDS_ON", "b", "c")
                .Build();
            DependencyClosure c = g.DependencyClosureOf(g.FindEntity("a")!, QueryOptions.Default.WithAsOf(new PartialDate(2000)));
            c.Items.Select(x => x.Entity.Id).Should().Equal("b");
            c.MayHold.Select(x => (x.Entity.Id, x.Status)).Should().Equal(("c", TimeStatus.MayHold));
            c.Explain().Should().Contain("may hold (dates unknown, bounded or approximate): 1 entity").And.Contain("? C (c), through 1 intermediary");

            g.DependencyClosureOf(g.FindEntity("a")!, QueryOptions.Default.WithAsOf(new PartialDate(2000)).WithUndated(UndatedPolicy.Exclude)).Items.Select(x => x.Entity.Id).Should().Equal("b");
            g.DependencyClosureOf(g.FindEntity("a")!, QueryOptions.Default.WithAsOf(new PartialDate(2000)).WithUndated(UndatedPolicy.Include)).Items
                .Select(x => (x.Entity.Id, x.Status)).Should().Equal(("b", TimeStatus.Holds), ("c", TimeStatus.MayHold));
        }

        [Test]
        public void Closure_IsCancellable()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            Graph g = CuratedGraphs.UnionState;
            FluentActions.Invoking(() => g.DependencyClosureOf(g.Entities.First(), null, cts.Token)).Should().Throw<OperationCanceledException>();
        }

        private static IEnumerable<string> Describe(IEnumerable<ClosureEntry> entries) => Describe(entries.Select(e => (e.Entity, e.Depth, e.Status)));

        private static IEnumerable<string> Describe(IEnumerable<(Entity Entity, int Depth, TimeStatus Status)> entries) =>
            entries.Select(e => $"{e.Entity.Id}@{e.Depth}:{e.Status}").ToList();
    }
}

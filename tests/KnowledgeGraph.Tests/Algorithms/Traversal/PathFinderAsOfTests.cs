using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Traversal
{
    /// <summary>A finder that reads the graph as of a day walks exactly the relations known to hold on it, by the three-valued rule.</summary>
    public class PathFinderAsOfTests
    {
        private static readonly PartialDate Day = PartialDate.Parse("2015-06-30");

        /// <summary>A random directed multigraph whose relations carry every kind of time: intervals either side of the day, open ends, instants, observed dates, coarse bounds, permanent and undated.</summary>
        private static Graph RandomDatedGraph(int seed, int n, int m)
        {
            var rnd = new Random(seed);
            var b = new GraphBuilder(CsvVocabularies.Open);
            for (int i = 0; i < n; i++)
            {
                b.AddEntity(Id(i), "Company", "Node " + i.ToString(CultureInfo.InvariantCulture));
            }

            string[] types = { "OWNS", "DIRECTS", "SUPPLIES" };
            for (int e = 0; e < m; e++)
            {
                int s = rnd.Next(n), t = rnd.Next(n);
                b.AddRelation("e" + e.ToString(CultureInfo.InvariantCulture), types[rnd.Next(types.Length)], Id(s), Id(t), RandomValidity(rnd));
            }

            return b.Build();
        }

        private static Validity RandomValidity(Random rnd)
        {
            PartialDate Year(int y) => PartialDate.Parse(y.ToString(CultureInfo.InvariantCulture));
            PartialDate DayOf(int y, int mo, int d) => PartialDate.Parse(FormattableString.Invariant($"{y:D4}-{mo:D2}-{d:D2}"));
            switch (rnd.Next(9))
            {
                case 0: return Validity.Since(DayOf(rnd.Next(2005, 2025), 1, 1));
                case 1:
                    int from = rnd.Next(2005, 2016);
                    return Validity.Between(DayOf(from, 3, 1), DayOf(from + rnd.Next(1, 6), 6, 30));
                case 2: return Validity.Until(DayOf(rnd.Next(2010, 2020), 12, 31));
                case 3: return Validity.Since(Year(2015)); // the start is known to the year only: may hold on the day
                case 4: return Validity.Instant(DayOf(rnd.Next(2013, 2017), 6, 30));
                case 5: return Validity.Create(observed: new[] { DayOf(2015, 6, 30), Year(2019) });
                case 6: return Validity.Permanent;
                case 7: return Validity.Unknown;
                default: return Validity.Between(Year(2015), Year(2015));
            }
        }

        private static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);

        /// <summary>Hops by a plain breadth-first search over the relations whose status on the day is Holds.</summary>
        private static int ReferenceHops(Graph g, Entity s, Entity t, Func<Relation, bool> walk)
        {
            var dist = new Dictionary<Entity, int> { [s] = 0 };
            var queue = new Queue<Entity>();
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                Entity u = queue.Dequeue();
                if (u == t)
                {
                    return dist[u];
                }

                foreach (Relation r in g.Relations.Where(r => r.Source == u && walk(r)))
                {
                    if (!dist.ContainsKey(r.Target))
                    {
                        dist[r.Target] = dist[u] + 1;
                        queue.Enqueue(r.Target);
                    }
                }
            }

            return -1;
        }

        [TestCase(1)]
        [TestCase(2)]
        [TestCase(3)]
        public void HopCountAndFindPath_AsOfADay_WalkOnlyWhatHoldsThen(int seed)
        {
            Graph g = RandomDatedGraph(seed, 60, 240);
            var finder = new PathFinder(g, Day);
            finder.AsOf.Should().Be(Day);
            bool Holds(Relation r) => r.Validity.StatusAsOf(Day) == TimeStatus.Holds;
            g.Relations.Count(r => r.Validity.StatusAsOf(Day) == TimeStatus.MayHold).Should().BeGreaterThan(10, "the graph must have relations that only may hold, which are not walked");
            g.Relations.Count(r => r.Validity.StatusAsOf(Day) == TimeStatus.DoesNotHold).Should().BeGreaterThan(10);
            var rnd = new Random(seed);
            int found = 0;
            for (int i = 0; i < 150; i++)
            {
                Entity s = g.Entities[rnd.Next(g.VertexCount)], t = g.Entities[rnd.Next(g.VertexCount)];
                int expected = ReferenceHops(g, s, t, Holds);
                finder.HopCount(s, t).Should().Be(expected, $"{s.Id} -> {t.Id}");
                IReadOnlyList<Relation>? path = finder.FindPath(s, t);
                (path?.Count ?? -1).Should().Be(expected);
                if (path != null)
                {
                    found += path.Count > 0 ? 1 : 0;
                    path.Where(r => r.Validity.StatusAsOf(Day) != TimeStatus.Holds).Should().BeEmpty();
                    Entity at = s;
                    foreach (Relation r in path)
                    {
                        r.Source.Should().Be(at);
                        at = r.Target;
                    }

                    at.Should().Be(t);
                }
            }

            found.Should().BeGreaterThan(10, "some pairs must be joined on the day");
        }

        [Test]
        public void HopCount_AsOfADayWithTypes_WalksBothFilters()
        {
            Graph g = RandomDatedGraph(4, 60, 300);
            var finder = new PathFinder(g, Day);
            var rnd = new Random(4);
            for (int i = 0; i < 100; i++)
            {
                Entity s = g.Entities[rnd.Next(g.VertexCount)], t = g.Entities[rnd.Next(g.VertexCount)];
                finder.HopCount(s, t, type => type.Name == "OWNS").Should().Be(
                    ReferenceHops(g, s, t, r => r.Type.Name == "OWNS" && r.Validity.StatusAsOf(Day) == TimeStatus.Holds));
            }
        }

        [Test]
        public void Distance_AsOfADay_IsTheLightestPathOfWhatHolds()
        {
            Graph g = RandomDatedGraph(5, 40, 160);
            var dated = new PathFinder(g, Day);
            var rnd = new Random(5);
            static double Weight(Relation r) => 1 + (r.Id.Length % 3);
            double[] weights = PathFinder.RelationWeights(g, Weight);
            for (int i = 0; i < 60; i++)
            {
                Entity s = g.Entities[rnd.Next(g.VertexCount)], t = g.Entities[rnd.Next(g.VertexCount)];
                IReadOnlyList<Relation>? path = dated.FindWeightedPath(s, t, weights);
                double d = dated.Distance(s, t, weights);
                if (ReferenceHops(g, s, t, r => r.Validity.StatusAsOf(Day) == TimeStatus.Holds) < 0)
                {
                    path.Should().BeNull();
                    double.IsPositiveInfinity(d).Should().BeTrue();
                    continue;
                }

                path!.Where(r => r.Validity.StatusAsOf(Day) != TimeStatus.Holds).Should().BeEmpty();
                path!.Sum(Weight).Should().BeApproximately(d, 1e-9);
            }
        }

        [Test]
        public void HopDistances_AsOfADay_CountOnlyWhatHolds()
        {
            Graph g = RandomDatedGraph(6, 50, 200);
            int[] dist = new PathFinder(g, Day).HopDistances(g.Entities[0]);
            for (int v = 0; v < g.VertexCount; v++)
            {
                dist[v].Should().Be(ReferenceHops(g, g.Entities[0], g.Entities[v], r => r.Validity.StatusAsOf(Day) == TimeStatus.Holds));
            }
        }

        [Test]
        public void PlainFinder_WalksEveryRelation_WhateverItsDates()
        {
            Graph g = RandomDatedGraph(7, 40, 160);
            var finder = new PathFinder(g);
            finder.AsOf.Should().BeNull();
            var rnd = new Random(7);
            for (int i = 0; i < 60; i++)
            {
                Entity s = g.Entities[rnd.Next(g.VertexCount)], t = g.Entities[rnd.Next(g.VertexCount)];
                finder.HopCount(s, t).Should().Be(ReferenceHops(g, s, t, _ => true));
            }
        }

        [TestCase("2015")]
        [TestCase("2015-06")]
        public void AsOf_ACoarserDate_IsRefusedWithTheReason(string date)
        {
            Graph g = RandomDatedGraph(8, 5, 5);
            Action make = () => new PathFinder(g, PartialDate.Parse(date));
            make.Should().Throw<ArgumentException>().WithMessage("*as of a day*" + date + "*Paths(a, b).AsOf(date)*");
        }
    }
}

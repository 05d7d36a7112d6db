using System;
using System.Globalization;
using FluentAssertions;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Traversal;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>The bidirectional search keeps its marks in a table sized to the search and moves to the graph-sized marks when a search outgrows it, with the same answers.</summary>
    public class BidirectionalBfsTests
    {
        private const int Side = 260;

        private static string Id(int row, int col) => "c" + (row * Side + col).ToString(CultureInfo.InvariantCulture);

        /// <summary>A grid of 67,600 entities with relations right and down: the corner-to-corner search marks tens of thousands of entities.</summary>
        private static Graph Grid()
        {
            var b = new GraphBuilder(CsvVocabularies.Open);
            for (int r = 0; r < Side; r++)
            {
                for (int c = 0; c < Side; c++)
                {
                    b.AddEntity(Id(r, c), "Company", Id(r, c));
                }
            }

            int e = 0;
            for (int r = 0; r < Side; r++)
            {
                for (int c = 0; c < Side; c++)
                {
                    if (c + 1 < Side)
                    {
                        b.AddRelation("e" + (e++).ToString(CultureInfo.InvariantCulture), "OWNS", Id(r, c), Id(r, c + 1));
                    }

                    if (r + 1 < Side)
                    {
                        b.AddRelation("e" + (e++).ToString(CultureInfo.InvariantCulture), "OWNS", Id(r, c), Id(r + 1, c));
                    }
                }
            }

            return b.Build();
        }

        [Test]
        public void LargeSearches_OutgrowTheTable_AndAgreeWithBreadthFirstSearch()
        {
            Graph g = Grid();
            var view = GraphView.Directed(g);
            var ws = new Workspace(g.VertexCount);
            var rnd = new Random(11);
            int dense = 0, table = 0;
            for (int i = 0; i < 40; i++)
            {
                // Corner to corner first, then random pairs (about half of which have no path: down or right only).
                int s = i == 0 ? 0 : rnd.Next(g.VertexCount), t = i == 0 ? g.VertexCount - 1 : rnd.Next(g.VertexCount);
                int[] dist = BreadthFirst.Distances(view, new Workspace(g.VertexCount), s, default);
                BidirectionalBfs.Hops(view, ws, s, t, balanceByRelations: i % 2 == 0, default).Should().Be(dist[t], $"{s} -> {t}");
                if (ws.DenseStamp != 0)
                {
                    dense++;
                }
                else
                {
                    table++;
                }

                int[]? steps = BidirectionalBfs.Path(view, ws, s, t, int.MaxValue, i % 2 == 1, null, null, default, out _);
                (steps?.Length ?? -1).Should().Be(dist[t]);
                if (steps != null)
                {
                    int at = s;
                    foreach (int step in steps)
                    {
                        view.FromOf(step).Should().Be(at);
                        at = view.ToOf(step);
                    }

                    at.Should().Be(t);
                }
            }

            dense.Should().BeGreaterThan(0, "the corner-to-corner search must outgrow the table");
            table.Should().BeGreaterThan(0);
        }

        [Test]
        public void TableAfterALargeSearch_ForgetsItsMarks()
        {
            Graph g = Grid();
            var view = GraphView.Directed(g);
            var ws = new Workspace(g.VertexCount);
            BidirectionalBfs.Hops(view, ws, 0, g.VertexCount - 1, true, default).Should().Be(2 * (Side - 1));
            ws.DenseStamp.Should().NotBe(0);

            // Small searches after it: neighbours, no path (up), the same entity.
            BidirectionalBfs.Hops(view, ws, 0, 1, true, default).Should().Be(1);
            ws.DenseStamp.Should().Be(0);
            BidirectionalBfs.Hops(view, ws, Side + 1, 0, true, default).Should().Be(-1);
            BidirectionalBfs.Hops(view, ws, 5, 5, true, default).Should().Be(0);
            BidirectionalBfs.Hops(view, ws, 0, Side + 1, true, default).Should().Be(2);
        }
    
        [Test]
        public void DegreeCodes_BoundEveryDegreeFromAbove_ExactlyBelow128_WithinAnEighth()
        {
            for (int d = 0; d < 5_000_000; d = d < 300 ? d + 1 : d + 997)
            {
                int bound = DegreeCodes.Decode[DegreeCodes.Encode(d)];
                bound.Should().BeGreaterThanOrEqualTo(d);
                if (d < 128)
                {
                    bound.Should().Be(d);
                }
                else
                {
                    ((double)bound).Should().BeLessThanOrEqualTo(d * 1.125 + 16);
                }
            }

            DegreeCodes.Decode[DegreeCodes.Encode(int.MaxValue / 2)].Should().BeGreaterThanOrEqualTo(1 << 30);
        }
    }
}

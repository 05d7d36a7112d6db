using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Display;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Display
{
    public class ForceLayoutTests
    {
        [Test]
        public void Layout_Empty_IsEmpty()
        {
            ForceLayout.Layout(0, System.Array.Empty<(int, int)>()).Should().BeEmpty();
        }

        [Test]
        public void Layout_SingleNode_IsCentred()
        {
            ForceLayout.Layout(1, System.Array.Empty<(int, int)>()).Single().Should().Be((0.5, 0.5));
        }

        [Test]
        public void Layout_Path_PutsNeighboursCloserThanEnds()
        {
            // A path 0-1-2-3-4: the layout should stretch it so that the ends are the farthest pair.
            var edges = new[] { (0, 1), (1, 2), (2, 3), (3, 4) };
            var p = ForceLayout.Layout(5, edges);
            double Dist(int a, int b) => System.Math.Sqrt(System.Math.Pow(p[a].X - p[b].X, 2) + System.Math.Pow(p[a].Y - p[b].Y, 2));

            p.Should().OnlyContain(q => q.X >= 0 && q.X <= 1 && q.Y >= 0 && q.Y <= 1);
            Dist(0, 4).Should().BeGreaterThan(Dist(0, 1)).And.BeGreaterThan(Dist(3, 4));
            Dist(0, 4).Should().BeGreaterThan(Dist(1, 3));
        }

        [Test]
        public void Layout_SameInput_SameOutput()
        {
            var edges = new[] { (0, 1), (1, 2), (2, 0), (3, 3), (0, 1) };
            ForceLayout.Layout(4, edges).Should().Equal(ForceLayout.Layout(4, edges));
        }
    }
}

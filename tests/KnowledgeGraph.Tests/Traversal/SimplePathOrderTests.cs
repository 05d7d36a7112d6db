using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Critical;
using KnowledgeGraph.Queries;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>
    /// <c>kg critical</c> (single points of failure) and <c>kg path --simple</c> list simple paths by one rule, from
    /// one kernel: shortest first, then depth-first order; a bound on the number of paths keeps the shortest ones.
    /// </summary>
    public class SimplePathOrderTests
    {
        /// <summary>Five long detours from a to b are added before the direct relation, so a depth-first walk meets them first.</summary>
        private static Graph Detours()
        {
            var b = new GraphBuilder().AddEntity("a", "Company", "A").AddEntity("b", "Company", "B");
            for (int i = 0; i < 5; i++)
            {
                b.AddEntity("x" + i, "Company", "X" + i).AddEntity("y" + i, "Company", "Y" + i)
                    .AddRelation("a-x" + i, "DEPENDS_ON", "a", "x" + i)
                    .AddRelation("x-y" + i, "DEPENDS_ON", "x" + i, "y" + i)
                    .AddRelation("y-b" + i, "DEPENDS_ON", "y" + i, "b");
            }

            return b.AddRelation("ab", "DEPENDS_ON", "a", "b")
                .AddEntity("s", "Company", "S")
                .AddRelation("s-supplies-a", "SUPPLIES", "s", "a")
                .AddRelation("s-supplies-b", "SUPPLIES", "s", "b")
                .Build();
        }

        [Test]
        public void Critical_ABoundKeepsTheShortestPath()
        {
            Graph g = Detours();
            SinglePointsOfFailureResult r = SinglePointsOfFailure.Between(g, g.GetEntity("a"), g.GetEntity("b"), new CriticalOptions { MaxPaths = 1 });
            r.Paths.Should().ContainSingle().Which.Relations.Select(x => x.Id).Should().Equal("ab");
            r.Truncated.Should().BeTrue();
        }

        [Test]
        public void CriticalAndPathSimple_ListTheSamePathsInTheSameOrder()
        {
            Graph g = Detours();
            for (int max = 1; max <= 8; max++)
            {
                SinglePointsOfFailureResult critical = SinglePointsOfFailure.Between(g, g.GetEntity("a"), g.GetEntity("b"), new CriticalOptions { MaxPaths = max, MaxDepth = 4 });
                var simple = g.Paths(g.GetEntity("a"), g.GetEntity("b")).With(QueryOptions.Default.Via(RelationFilter.Dependencies).WithMaxResults(max).WithMaxDepth(4)).AllSimple();
                critical.Paths.Select(p => p.ToString()).Should().Equal(simple.Paths.Select(p => p.ToString()), $"at most {max} paths");
                critical.Paths.Select(p => p.Length).Should().BeInAscendingOrder();
            }
        }

        [Test]
        public void Critical_ReadsSuppliesBackwards()
        {
            Graph g = Detours();
            SinglePointsOfFailureResult r = SinglePointsOfFailure.Between(g, g.GetEntity("a"), g.GetEntity("s"));
            r.Paths.Should().HaveCount(7);
            r.Paths.Take(2).Select(p => p.ToString()).Should().Equal("a <-SUPPLIES- s", "a -DEPENDS_ON-> b <-SUPPLIES- s");
            r.Paths.Skip(2).Should().OnlyContain(p => p.Length == 4);
        }
    }
}

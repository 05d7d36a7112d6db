using System;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Queries;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>A negative (or NaN) weight raises the same exception, naming the relation, from every entry point: the path queries, the fast path finder and the analytics.</summary>
    public class NegativeWeightTests
    {
        private static Graph G() => new GraphBuilder()
            .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B").AddEntity("c", "Company", "C")
            .AddRelation("ab", "DEPENDS_ON", "a", "b", properties: PropertyMap.Of("weight", 1.0))
            .AddRelation("bc", "DEPENDS_ON", "b", "c", properties: PropertyMap.Of("weight", -2.0))
            .Build();

        private static double Weight(Relation r) => r.Properties.GetNumber("weight") ?? 1.0;

        [Test]
        public void NegativeWeight_SameExceptionFromEveryEntryPoint()
        {
            Graph g = G();
            Entity a = g.GetEntity("a"), c = g.GetEntity("c");
            var entryPoints = new (string Name, Action Act)[]
            {
                ("graph.Paths(...).ShortestWeighted", () => g.Paths(a, c).ShortestWeighted(Weight)),
                ("graph.Paths(...).KShortestWeighted", () => g.Paths(a, c).KShortestWeighted(2, "weight")),
                ("PathFinder.Distance", () => new PathFinder(g).Distance(a, c, Weight)),
                ("PathFinder.FindWeightedPath", () => new PathFinder(g).FindWeightedPath(a, c, PathFinder.RelationWeights(g, Weight))),
                ("Betweenness", () => Betweenness.Compute(g, new CentralityOptions { Weight = Weight })),
                ("Closeness", () => Closeness.Compute(g, new CentralityOptions { Weight = Weight })),
            };
            foreach ((string name, Action act) in entryPoints)
            {
                act.Should().Throw<NegativeWeightException>(name).Which.RelationId.Should().Be("bc", name);
            }
        }

        [Test]
        public void NaNWeight_IsNegativeWeightException()
        {
            Graph g = G();
            FluentActions.Invoking(() => new PathFinder(g).Distance(g.GetEntity("a"), g.GetEntity("b"), _ => double.NaN))
                .Should().Throw<NegativeWeightException>().Which.Weight.Should().Be(double.NaN);
        }
    }
}

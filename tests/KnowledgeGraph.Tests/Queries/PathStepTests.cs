using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries
{
    public class PathStepTests
    {
        [Test]
        public void ToString_ShowsDirectionDatesAndConfidence()
        {
            Graph g = Graph.Parse(TestGraphs.Small);
            Relation supplies = g.Relations[0];
            new PathStep(supplies, false).ToString().Should().Be("Alpha (a) <-SUPPLIES- Beta Plant (b) [since 2022-12] [confidence 0.8]", "the certainty reads as everywhere else (Certainty)");
            new PathStep(g.Relations[1], true).ToString().Should().Be("Beta Plant (b) -DEPENDS_ON-> Gamma Works (c) [1999 – 2021]");
        }
    }
}

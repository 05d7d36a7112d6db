using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Mermaid;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Mermaid
{
    public class MermaidWriterTests
    {
        [Test]
        public void Write_UsesSafeIdsAndEscapedLabels()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a-1.x", "Company", "A \"B\" [C] {D} (E) <F> & #G | `H`; end")
                .AddEntity("b", "State", "Беларусь")
                .AddRelation("r", "SUPPLIES", "a-1.x", "b", Validity.Since(PartialDate.Parse("2022")))
                .AddRelation("t", "TRADES_WITH", "a-1.x", "b")
                .Build();
            string m = MermaidWriter.WriteToString(g);
            m.Should().StartWith("flowchart LR\n");
            m.Should().Contain("n0[\"A #34;B#34; #91;C#93; #123;D#125; #40;E#41; #60;F#62; #38; #35;G #124; #96;H#96;#59; end<br/><small>Company</small>\"]:::kCompany");
            m.Should().Contain("n1[\"Беларусь<br/><small>State</small>\"]");
            m.Should().Contain("n0 -->|\"SUPPLIES #40;since 2022#41;\"| n1").And.Contain("n0 ---|\"TRADES_WITH\"| n1");
            m.Should().NotContain("a-1.x");
        }

        [Test]
        public void Write_AboveTheBound_RefusesWithAClearMessage()
        {
            Action act = () => MermaidWriter.WriteToString(CuratedGraphs.UnionState, new FormatWriteOptions { Mermaid = new MermaidOptions { MaxEntities = 5 } });
            act.Should().Throw<BoundExceededException>().WithMessage($"The graph has {CuratedGraphs.UnionState.VertexCount} entities*at most 5*");
        }

        [Test]
        public void Write_Truncate_KeepsTheBestConnectedAndSaysSo()
        {
            string m = MermaidWriter.WriteToString(CuratedGraphs.UnionState, new FormatWriteOptions { Mermaid = new MermaidOptions { MaxEntities = 5, Truncate = true } });
            m.Should().Contain("%% truncated: the 5 entities with the most relations of " + CuratedGraphs.UnionState.VertexCount);
            m.Split('\n').Count(l => l.Contains("[\"")).Should().Be(5);
        }
    }
}

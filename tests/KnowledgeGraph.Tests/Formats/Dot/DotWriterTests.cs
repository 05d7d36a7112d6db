using System.IO;
using FluentAssertions;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Dot
{
    public class DotWriterTests
    {
        [Test]
        public void Quote_EscapesQuotesBackslashesAndNewlines()
        {
            DotWriter.Quote("a\"b\\c\nd").Should().Be("\"a\\\"b\\\\c\\nd\"");
            DotWriter.Quote("Лукашэнка").Should().Be("\"Лукашэнка\"");
            DotWriter.Quote("A & B").Should().Be("\"A &amp; B\"");
        }

        [Test]
        public void UnionState_RendersWithRealGraphviz()
        {
            string dot = ExternalTool.Require("dot", "apt-get install -y graphviz");
            var (code, svg, err) = ExternalTool.Run(dot, "-Tsvg", DotWriter.WriteToString(CuratedGraphs.UnionState));
            code.Should().Be(0, err);
            svg.Should().Contain("<svg").And.Contain("Integral");
        }

        [Test]
        public void AdversarialNames_RenderWithRealGraphviz()
        {
            string dot = ExternalTool.Require("dot", "apt-get install -y graphviz");
            Graph g = new GraphBuilder()
                .AddEntity("q", "Person", "He said \"no\" \\ then\nleft")
                .AddEntity("h", "Company", "<b>&amp; {x} | y</b> ; -> --")
                .AddEntity("c", "State", "Беларусь")
                .AddRelation("r", "OPERATES_IN", "h", "c")
                .Build();
            var (code, svg, err) = ExternalTool.Run(dot, "-Tsvg", DotWriter.WriteToString(g));
            code.Should().Be(0, err);
            svg.Should().Contain("Беларусь");
            svg.Length.Should().BeGreaterThan(200);
        }
    }
}

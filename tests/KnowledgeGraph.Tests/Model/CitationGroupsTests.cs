using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Display;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>A quote given by an article and by the source it cites is shown once, with both sources.</summary>
    public class CitationGroupsTests
    {
        private const string Quote = "In light of unprecedented Western sanctions, some Belarusian enterprises, considered outdated just a few years ago, currently present a lifeline to Russia";

        [Test]
        public void Explain_SameQuoteTwoSources_OneLineWithBothSources()
        {
            Graph g = CuratedGraphs.UnionState;
            Relation targets = g.Relations.First(r => r.Type.Name == "TARGETS" && r.Target.Id == "russia" && r.Citations.Count(c => c.Quote == Quote) == 2);
            string text = g.Paths(targets.Source, targets.Target).Shortest().Explain();
            CountOf(text, Quote).Should().Be(1);
            text.Should().Contain("sources: Sb.by, 2023-04-30 (as cited in edm-2023-05-04, paragraph 3); Eurasia Daily Monitor (The Jamestown Foundation), 2023-05-04 (paragraph 3): \u201C" + Quote);

            string html = HtmlRenderer.Citations(targets.Citations);
            CountOf(html, Quote).Should().Be(1);
            html.Split("<li>").Length.Should().Be(1 + targets.Citations.Select(c => c.Quote).Distinct().Count(), "one item per quote");
        }

        [Test]
        public void Lines_DifferentQuotes_StaySeparate_SameSourceWithoutQuote_Once()
        {
            var citations = new[] { new Citation("a", "one"), new Citation("b", "two"), new Citation("c"), new Citation("c"), new Citation("b", "one") };
            CitationGroups.Lines(citations).Should().Equal("a; b: \u201Cone\u201D", "b: \u201Ctwo\u201D", "c");
        }

        private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
    }
}

using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Cli;
using NUnit.Framework;
using static KnowledgeGraph.Tests.Cli.KgCommandTests;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>The one certainty formatter, and the query flags that filter on certainty and time, with bad values rejected.</summary>
    public class CertaintyTests
    {
        [Test]
        public void Describe_LeavesOutWhatIsAbsent_AndAPlainStatedFactReadsAsNothing()
        {
            Graph g = CuratedGraphs.UnionState;
            Relation oil = g.Relations.Single(r => r.Source.Id == "belarus" && r.Target.Id == "russia" && r.About?.Id == "oil-and-gas");
            Certainty.Bracketed(oil).Should().StartWith("[inferred, confidence 0.8, about oil-and-gas: Oil and gas.");
            Relation plain = g.Relations.First(r => r.Status == RelationStatus.Stated && r.Confidence == null && r.Attribution == null && r.About == null && r.Note == null);
            Certainty.Describe(plain).Should().BeEmpty();
            Certainty.Bracketed(plain).Should().BeEmpty();
            Relation attributed = g.Relations.First(r => r.Attribution != null);
            Certainty.Describe(attributed).Should().Contain("according to " + attributed.Attribution);
        }

        [Test]
        public void StatusAndConfidenceFilters_ChangeWhatIsWalked_AndBadValuesAreUsageErrors()
        {
            Kg("depends", "belarus", "russia", "--status", "stated").Code.Should().Be(ExitCodes.NoResult, "both dependencies of Belarus on Russia are inferred");
            Kg("depends", "belarus", "russia", "--status", "inferred").Code.Should().Be(ExitCodes.Success);
            var (code, output, _) = Kg("depends", "belarus", "russia", "--min-confidence", "0.85");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("market-access").And.NotContain("about oil-and-gas", "its confidence is 0.8");
            Kg("depends", "belarus", "--min-confidence", "2").Code.Should().Be(ExitCodes.InputError);
            Kg("depends", "belarus", "--status", "rumoured").Code.Should().Be(ExitCodes.InputError);
            Kg("path", "belarus", "russia", "--undated", "maybe").Code.Should().Be(ExitCodes.InputError);
        }
    }
}

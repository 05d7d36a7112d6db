using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Cli;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    /// <summary>Mistyped entities, commands, option values and kinds get "did you mean" from the library's fuzzy matching; the top-level help shows arities and every import format.</summary>
    public class DidYouMeanTests
    {
        private static (int Code, string Out, string Err) Kg(params string[] args) => KgCommandTests.Kg(args);

        [Test]
        public void Show_MistypedEntity_SuggestsTheEntitySearchFinds()
        {
            var (code, output, err) = Kg("show", "Lukashenkp");
            code.Should().Be(ExitCodes.InputError);
            output.Should().BeEmpty();
            err.Should().StartWith("kg: no entity has the id or name 'Lukashenkp'. Did you mean 'lukashenka' (Alyaksandr Lukashenka)?");
        }

        [Test]
        public void Show_NothingClose_NoSuggestion()
        {
            Kg("show", "qqqqqqqq").Err.Should().NotContain("Did you mean");
        }

        [TestCase(new[] { "shwo" }, "'show'")]
        [TestCase(new[] { "dependz", "russia" }, "'depends'")]
        [TestCase(new[] { "export", "--format", "dott" }, "'dot'")]
        [TestCase(new[] { "rank", "--by", "betweeness" }, "'betweenness'")]
        [TestCase(new[] { "path", "russia", "integral", "--dirercted" }, "'--directed'")]
        [TestCase(new[] { "search", "luka", "--kind", "Persn" }, "'Person'")]
        public void Mistyped_Suggests(string[] args, string suggestion)
        {
            var (code, _, err) = Kg(args);
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain("Did you mean " + suggestion);
        }

        [Test]
        public void TopLevelHelp_ShowsOptionalArgumentsInBrackets_AndEveryImportFormat()
        {
            var (code, output, _) = Kg("--help");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("depends <from> [<to>]").And.Contain("critical [<from>] [<to>]").And.Contain("exposure [<entity>]")
                .And.Contain("import <FILE>...").And.Contain("path <from> <to>");
            string importLine = output.Split('\n').SkipWhile(l => !l.TrimStart().StartsWith("import ")).Take(2).Aggregate(string.Empty, (a, b) => a + b);
            foreach (string format in new[] { "csv", "ftm", "graphml", "jgf", "nt", "wikidata" })
            {
                importLine.Should().Contain(format, "the top-level help names the same formats as kg import --help");
                Kg("import", "--help").Out.Should().Contain(format);
            }
        }

        [Test]
        public void NoArguments_PrintsTheSameHelpToStandardError()
        {
            var (code, output, err) = Kg();
            code.Should().Be(ExitCodes.InputError);
            output.Should().BeEmpty();
            err.Should().Be(Kg("--help").Out);
        }

        [Test]
        public void Diff_ReversedDates_WarnsAndSwaps()
        {
            var reversed = Kg("diff", "2023", "2021");
            var ordered = Kg("diff", "2021", "2023");
            reversed.Err.Should().Contain("warning: 2023 is after 2021");
            reversed.Out.Should().Be(ordered.Out).And.StartWith("From 2021 to 2023");
            ordered.Err.Should().BeEmpty();
        }
    }
}

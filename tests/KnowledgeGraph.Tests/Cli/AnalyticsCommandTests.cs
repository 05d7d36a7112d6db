using FluentAssertions;
using KnowledgeGraph.Cli;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    /// <summary>kg rank, communities, critical, exposure and whatif on the embedded union-state graph.</summary>
    public class AnalyticsCommandTests
    {
        private static (int Code, string Out, string Err) Kg(params string[] args) => KgCommandTests.Kg(args);

        [TestCase("pagerank")]
        [TestCase("betweenness")]
        [TestCase("closeness")]
        [TestCase("eigenvector")]
        [TestCase("degree")]
        [TestCase("in-degree")]
        [TestCase("out-degree")]
        [TestCase("core")]
        public void Rank_EachMeasure_ListsTopEntities(string measure)
        {
            var (code, output, err) = Kg("rank", "--by", measure, "--top", "3");
            code.Should().Be(ExitCodes.Success, err);
            output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4);
            output.Should().Contain("   1. ");
        }

        [Test]
        public void Rank_Degree_BelarusFirst()
        {
            var (code, output, _) = Kg("rank", "--by", "degree", "--top", "1");
            code.Should().Be(0);
            output.Should().Contain("Belarus (belarus)");
        }

        [Test]
        public void Rank_BadMeasureOrDate_IsAnInputError()
        {
            Kg("rank", "--by", "betweenness", "--sample", "0").Code.Should().Be(ExitCodes.InputError);
            Kg("rank", "--by", "betweenness", "--sample", "20").Code.Should().Be(ExitCodes.Success);
            Kg("rank", "--by", "fame").Code.Should().Be(ExitCodes.InputError);
            var (code, _, err) = Kg("rank", "--as-of", "2023-13");
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain("--as-of");
        }

        [Test]
        public void Communities_BothMethods_ReportModularity()
        {
            foreach (string method in new[] { "louvain", "label-propagation" })
            {
                var (code, output, err) = Kg("communities", "--method", method);
                code.Should().Be(0, err);
                output.Should().StartWith(method + ": ").And.Contain("modularity");
            }

            int coarse = Kg("communities", "--resolution", "0.3").Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length;
            int fine = Kg("communities", "--resolution", "3").Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length;
            fine.Should().BeGreaterThan(coarse, "a higher resolution gives smaller, more numerous communities");
            Kg("communities", "--resolution", "0").Code.Should().Be(ExitCodes.InputError);
        }

        [Test]
        public void Critical_RussiaIntegral_ShowsThePointOfFailureAndCuts()
        {
            var (code, output, err) = Kg("critical", "russia", "integral");
            code.Should().Be(0, err);
            output.Should().Contain("relation integral-supplies-russia").And.Contain("Minimum edge cut: 1 relation").And.Contain("source:");
        }

        [Test]
        public void Critical_NoEntities_ListsArticulationPointsAndBridges()
        {
            var (code, output, _) = Kg("critical");
            code.Should().Be(0);
            output.Should().Contain("Articulation points").And.Contain("Russia (russia)").And.Contain("Bridges: 3").And.Contain("russia-depends-on-west-microelectronics");
        }

        [Test]
        public void Critical_NoPath_ExitsOne()
        {
            var (code, _, err) = Kg("critical", "integral", "russia");
            code.Should().Be(ExitCodes.NoResult);
            err.Should().Contain("no dependency path");
        }

        [Test]
        public void Exposure_All_ExplainsEachWithPath()
        {
            var (code, output, err) = Kg("exposure", "--ignore-time");
            code.Should().Be(0, err);
            output.Should().Contain("5 exposed entities").And.Contain("Russia (russia): targeted").And.Contain("Integral (integral): linked, 1 step");
        }

        [Test]
        public void Exposure_AsOfToday_CountsOnlyWhatHolds_AndSaysWhatMayHold()
        {
            // The curated graph gives the sanctions no end, and no start the rule can be sure of today: they may hold.
            var (code, output, _) = Kg("exposure");
            code.Should().Be(ExitCodes.NoResult, "nothing is known to hold");
            output.Should().Contain(", as of ").And.Contain("0 exposed entities").And.Contain("May hold, not counted").And.Contain("Russia (russia): targeted (may hold)");
            Kg("exposure", "--undated", "include").Out.Should().Contain("4 exposed entities, of which 4 only may hold (counted: undated include)");
            Kg("exposure", "--undated", "exclude").Out.Should().NotContain("May hold");
            Kg("exposure", "--ignore-time", "--as-of", "2023").Code.Should().Be(ExitCodes.InputError);
            var (onTheDay, article, _) = Kg("exposure", "--as-of", "2023-05-04");
            onTheDay.Should().Be(ExitCodes.Success);
            article.Should().Contain("4 exposed entities").And.Contain("Integral (integral): linked, 1 step from Russia;").And.Contain("Western countries (west): linked, 1 step from Russia (may hold)");
        }

        [Test]
        public void Exposure_OneEntity_OrNotExposed()
        {
            Kg("exposure", "Интеграл", "--ignore-time").Out.Should().StartWith("Integral (integral): linked, 1 step");
            var (code, _, err) = Kg("exposure", "putin");
            code.Should().Be(ExitCodes.NoResult);
            err.Should().Contain("not exposed");
            Kg("exposure", "integral", "--max-steps", "0", "--ignore-time").Code.Should().Be(ExitCodes.NoResult);
        }

        [Test]
        public void WhatIf_RemoveIntegral_ReportsLossesAndMoves()
        {
            var (code, output, err) = Kg("whatif", "--remove", "integral", "--between", "russia");
            code.Should().Be(0, err);
            output.Should().Contain("What if: remove integral").And.Contain("Dependency paths lost (russia): 1").And.Contain("Rank moves");
        }

        [Test]
        public void WhatIf_EndAndBadInput()
        {
            Kg("whatif", "--end", "western-sanctions-targets-belarus@2025", "--as-of", "2026").Out.Should().Contain("Belarus (belarus): targeted (may hold) → linked, 1 step from Russia (may hold)", "the curated graph gives the sanction and the supply no dates: both may hold in 2026");
            Kg("whatif").Code.Should().Be(ExitCodes.InputError);
            Kg("whatif", "--end", "western-sanctions-targets-belarus").Code.Should().Be(ExitCodes.InputError);
            Kg("whatif", "--remove", "no-such-entity").Code.Should().Be(ExitCodes.InputError);
        }

        [TestCase("rank")]
        [TestCase("communities")]
        [TestCase("critical")]
        [TestCase("exposure")]
        [TestCase("whatif")]
        public void Help_EveryAnalyticsCommand_Works(string command)
        {
            var (code, output, _) = Kg(command, "--help");
            code.Should().Be(0);
            output.Should().Contain("Usage");
        }
    }
}

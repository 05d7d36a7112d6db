using FluentAssertions;
using KnowledgeGraph.Cli;
using NUnit.Framework;
using static KnowledgeGraph.Tests.Cli.KgCommandTests;

namespace KnowledgeGraph.Tests.Cli
{
    /// <summary>The query commands of kg (path options, depends, dependents, timeline, search, diff, neighbors), run in-process.</summary>
    public class QueryCommandTests
    {
        [Test]
        public void Path_Default_IsOneShortestPathWithSources()
        {
            var (code, output, err) = Kg("path", "putin", "integral");
            code.Should().Be(ExitCodes.Success, err);
            output.Should().StartWith("shortest path from Vladimir Putin (putin) to Integral (integral): 1 path.").And.Contain("source:");
        }

        [Test]
        public void Path_ViaAndAsOf_RelationOfDecember2022IsAbsentIn2021()
        {
            Kg("path", "belarus", "oil-gas-contracts-2022", "--via", "PARTY_TO>", "--as-of", "2021").Code.Should().Be(ExitCodes.NoResult);
            var (code, output, _) = Kg("path", "belarus", "oil-gas-contracts-2022", "--via", "PARTY_TO>", "--as-of", "2023");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("[on 2022-12]");
        }

        [Test]
        public void Path_AllKAndSimple()
        {
            Kg("path", "lukashenka", "microelectronics", "--k", "3").Out.Should().Contain("3 shortest paths").And.Contain("#3 ");
            Kg("path", "russia", "integral", "--all").Out.Should().StartWith("all shortest paths");
            var (code, output, _) = Kg("path", "russia", "integral", "--simple", "--max-depth", "2", "--max-results", "2");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("2 paths").And.Contain("note: stopped at the maximum of 2 results");
            Kg("path", "russia", "integral", "--all", "--k", "2").Code.Should().Be(ExitCodes.InputError);
        }

        [Test]
        public void Path_DirectedAndAvoidKind()
        {
            Kg("path", "belarus", "lukashenka", "--directed").Code.Should().Be(ExitCodes.NoResult, "LEADS points from Lukashenka to Belarus");
            Kg("path", "lukashenka", "belarus", "--directed").Code.Should().Be(ExitCodes.Success);
            var (code, output, _) = Kg("path", "putin", "integral", "--avoid-kind", "State");
            code.Should().Be(ExitCodes.Success);
            output.Should().NotContain("-LEADS-> Russia");
        }

        [Test]
        public void Path_MaxDepthHit_IsReportedOnStandardError()
        {
            var (code, output, err) = Kg("path", "lukashenka", "integral", "--max-depth", "1");
            code.Should().Be(ExitCodes.NoResult);
            output.Should().BeEmpty();
            err.Should().Contain("maximum depth of 1");
        }

        [Test]
        public void Path_Weight_UsesDijkstra()
        {
            var (code, output, err) = Kg("path", "russia", "integral", "--weight", "weight");
            code.Should().Be(ExitCodes.Success, err);
            output.Should().Contain("cheapest weighted path by weight").And.Contain("(cost 1)");
        }

        [Test]
        public void Path_BadSpecOrDate_IsAUsageError()
        {
            var (code, _, err) = Kg("path", "russia", "integral", "--via", "FOO>");
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain("'FOO' is not a relation type");
            Kg("path", "russia", "integral", "--as-of", "2023-13").Code.Should().Be(ExitCodes.InputError);
            Kg("path", "russia", "integral", "--max-depth", "0").Code.Should().Be(ExitCodes.InputError);
        }

        [Test]
        public void Depends_WithoutTarget_ListsEverythingWithPaths()
        {
            var (code, output, _) = Kg("depends", "russia");
            code.Should().Be(ExitCodes.Success);
            output.Should().StartWith("What Russia (russia) depends on").And.Contain("- Integral (integral), direct").And.Contain("source:");
            Kg("depends", "putin").Code.Should().Be(ExitCodes.NoResult);
        }

        [Test]
        public void Dependents_ListsWhoDependsThroughWhat()
        {
            var (code, output, _) = Kg("dependents", "integral");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("What depends on Integral").And.Contain("Russia (russia), direct, about microchips");
            output.Should().NotContain("Belarus (belarus)", "Belarus depends on Russia for oil and gas and its market, not for microchips");
            Kg("dependents", "integral", "--any-subject").Out.Should().Contain("Belarus (belarus), through 1 intermediary");
            Kg("dependents", "putin").Code.Should().Be(ExitCodes.NoResult);
        }

        [Test]
        public void Timeline_ByCyrillicName_DatedFirstThenUndated()
        {
            var (code, output, _) = Kg("timeline", "Беларусь");
            code.Should().Be(ExitCodes.Success);
            output.Should().StartWith("Timeline of Belarus (belarus)");
            output.IndexOf("1999").Should().BeLessThan(output.IndexOf("2022-12"));
            output.IndexOf("2022-12").Should().BeLessThan(output.IndexOf("Undated or permanent:"));
        }

        [Test]
        public void Search_AcrossScripts_AndNoMatchExitsOne()
        {
            var (code, output, _) = Kg("search", "Лукашенко");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("1.00  Alyaksandr Lukashenka (lukashenka), Person");
            Kg("search", "Lukashenkp", "--limit", "1").Out.Should().Contain("lukashenka").And.Contain("fuzzy");
            Kg("search", "Lukashenko", "--kind", "State").Code.Should().Be(ExitCodes.NoResult);
            Kg("search", "zzzzzzzz").Code.Should().Be(ExitCodes.NoResult);
        }

        [Test]
        public void Diff_ListsAppearedRelations()
        {
            var (code, output, _) = Kg("diff", "2021", "2023");
            code.Should().Be(ExitCodes.Success);
            output.Should().StartWith("From 2021 to 2023:").And.Contain("+ Belarus (belarus) -PARTY_TO->");
            Kg("diff", "2024", "2025").Code.Should().Be(ExitCodes.NoResult);
            Kg("diff", "2021", "soon").Code.Should().Be(ExitCodes.InputError);
        }

        [Test]
        public void Neighbors_PagingAndDepth()
        {
            var (code, output, _) = Kg("neighbors", "belarus", "--take", "2");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("(1 to 2 of").And.Contain("next page: --skip 2");
            Kg("neighbors", "belarus", "--skip", "2", "--take", "2").Out.Should().Contain("(3 to 4 of");
            Kg("neighbors", "integral", "--depth", "2").Out.Should().StartWith("Neighbourhood of Integral (integral) to depth 2");
        }

        [Test]
        public void Help_IsAvailableOnTheQueryCommands()
        {
            foreach (string command in new[] { "dependents", "timeline", "search", "diff" })
            {
                var (code, output, _) = Kg(command, "--help");
                code.Should().Be(0);
                output.Should().Contain("Usage:").And.Contain(command);
            }

            Kg("path", "--help").Out.Should().Contain("--via").And.Contain("--as-of").And.Contain("--k").And.Contain("--weight");
        }
    }
}

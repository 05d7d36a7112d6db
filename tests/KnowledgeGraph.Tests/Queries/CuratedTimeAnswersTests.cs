using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;
using KnowledgeGraph.Queries.Time;
using NUnit.Framework;
using static KnowledgeGraph.Tests.Cli.KgCommandTests;

namespace KnowledgeGraph.Tests.Queries
{
    /// <summary>The "done when" answers of issue 11 on the revised curated graph (docs/CURATION-PLAN.md, "Expected answers"), by the API and by kg.</summary>
    public class CuratedTimeAnswersTests
    {
        private static readonly Graph G = CuratedGraphs.UnionState;

        [Test]
        public void AsOf1995_OnlyPermanentFactsHold_AndNothingOf2019OrLater()
        {
            PartialDate d = PartialDate.Parse("1995");
            Graph held = G.AsOf(d);
            held.Relations.Should().OnlyContain(r => r.Validity.IsPermanent, "as of 1995 only the definitional facts are known to hold");
            held.Relations.Select(r => r.Id).Should().Contain("integral-located-in-belarus").And.NotContain("western-sanctions-targets-belarus").And.NotContain("belarus-applied-to-join-sco");
            G.MayHoldAsOf(d).Select(r => r.Id).Should().Contain("integral-supplies-russia").And.Contain("western-sanctions-targets-belarus");
            G.AsOf(d, UndatedPolicy.Include).EdgeCount.Should().Be(held.EdgeCount + G.MayHoldAsOf(d).Count);
        }

        [Test]
        public void DependsRussiaIntegral_AsOf1995_ExitsOne_SayingWhatMayHold()
        {
            var (code, output, err) = Kg("depends", "russia", "integral", "--as-of", "1995");
            code.Should().Be(ExitCodes.NoResult);
            output.Should().BeEmpty();
            err.Should().Contain("does not depend on integral in this graph as of 1995").And.Contain("May hold").And.Contain("about microchips");
            Kg("depends", "russia", "integral", "--as-of", "1995", "--undated", "include").Code.Should().Be(ExitCodes.Success, "--undated include counts what may hold");
        }

        [Test]
        public void DependsBelarus_NotIntegralNorPlanar_AndBelarusRussia_ShowsInferredConfidenceAndSubject()
        {
            DependencyReport deps = G.DependenciesOf(G.GetEntity("belarus"));
            deps.Items.Select(d => d.Entity.Id).Should().Equal("russia");
            G.DependenciesOf(G.GetEntity("belarus"), QueryOptions.Default.WithAnySubject()).Items.Select(d => d.Entity.Id).Should().Contain("integral", "--any-subject chains every subject");

            var (code, output, _) = Kg("depends", "belarus");
            code.Should().Be(ExitCodes.Success);
            output.Should().NotContain("Integral").And.NotContain("Planar");

            (code, output, _) = Kg("depends", "belarus", "russia");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("[inferred, confidence 0.8, about oil-and-gas: Oil and gas.").And.Contain("[inferred, confidence 0.9, about market-access:");
        }

        [Test]
        public void Diff2021To20230504_NamesTheChanges_ApartFromTheUnknowns()
        {
            GraphDiff d = G.Diff(PartialDate.Parse("2021"), PartialDate.Parse("2023-05-04"));
            d.Appeared.Select(r => r.Id).Should().Contain("belarus-party-to-oil-gas-contracts-2022").And.Contain("lukashenka-statement-2023-01-concerns-integration-programs");
            d.Ended.Should().BeEmpty();
            d.BecameKnown.Select(r => r.Id).Should().Contain(new[] { "western-sanctions-targets-belarus", "belarus-applied-to-join-sco", "lukashenka-ratified-indirect-taxation-treaty", "belarus-party-to-indirect-taxation-treaty" });
            d.MayHaveEnded.Select(r => r.Id).Should().Equal("russia-produces-microelectronics");
            (d.Appeared.Count + d.Ended.Count + d.Held.Count + d.Unknown.Count).Should().Be(G.EdgeCount, "every relation holds, may hold or does not hold at each date, and none holds at neither here");

            var (code, output, _) = Kg("diff", "2021", "2023-05-04");
            code.Should().Be(ExitCodes.Success);
            output.Should().Contain("Became known (").And.Contain("  ? ").And.Contain("  + ");
        }

        [Test]
        public void TimelineLukashenka_AtLeastNineDatedOrBounded_InOrder()
        {
            Timeline t = G.Timeline(G.GetEntity("lukashenka"));
            t.Entries.Count.Should().BeGreaterThanOrEqualTo(9);
            t.Entries.Select(e => e.Date!.Value).Should().BeInAscendingOrder();
            t.Entries.Select(e => e.Relation.Id).Should().ContainInOrder(
                "lukashenka-participated-in-putin-lukashenka-summit-2022",
                "lukashenka-stated-lukashenka-statement-2023-01",
                "lukashenka-participated-in-indirect-taxation-meeting",
                "lukashenka-leads-belarusian-government",
                "lukashenka-holds-position-president-of-belarus",
                "lukashenka-stated-lukashenka-leak-comment",
                "lukashenka-participated-in-putin-lukashenka-summit-2023");
            t.Entries[0].When.Should().Be("by 2022-12-21");
            t.Entries.Single(e => e.Relation.Id == "lukashenka-leads-belarusian-government").When.Should().Be("observed 2023-02-15");
            Kg("timeline", "lukashenka").Out.Should().Contain("by 2022-12-21  happened");
        }
    }
}

using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Analysis.WhatIf;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Analysis.WhatIf
{
    public class WhatIfAnalysisTests
    {
        [Test]
        public void Run_RemoveIntegral_LosesRussiasPathAndIntegralsExposure()
        {
            Graph graph = CuratedGraphs.UnionState;
            WhatIfResult result = WhatIfAnalysis.Run(graph, new Scenario().Remove("integral"), new WhatIfOptions { Between = { "russia" } });
            result.PathsLost.Select(p => p.ToString()).Should().Equal("russia <-SUPPLIES- integral");
            result.PathsGained.Should().BeEmpty();
            result.ExposureChanges.Should().ContainSingle(c => c.Entity.Id == "integral" && c.Before != null && c.After == null);
            result.RankChanges.Should().Contain(r => r.Entity.Id == "planar" && r.Measure == "betweenness");
            result.RanksActors.Should().BeTrue();
            result.RankChanges.Should().OnlyContain(r => r.Entity.Kind.IsActor, "ranks are compared among the actors, as kg rank ranks them");
            result.Explain().Should().Contain("Rank moves among the top actors");
            result.Explain().Should().Contain("Dependency paths lost (russia): 1").And.Contain("Integral (integral): linked, 1 step from Russia → not exposed");
            result.ToHtml().Should().Contain("<table");
            graph.TryGetEntity("integral", out _).Should().BeTrue("the original graph is not changed");
        }

        [Test]
        public void Run_EndSanctionOnBelarus_BelarusIsOnlyLinkedAfterTheEnd()
        {
            Graph graph = CuratedGraphs.UnionState;
            var scenario = new Scenario().End("western-sanctions-targets-belarus", PartialDate.Parse("2025"));
            WhatIfResult after = WhatIfAnalysis.Run(graph, scenario, new WhatIfOptions { AsOf = PartialDate.Parse("2026") });
            ExposureChange change = after.ExposureChanges.Single(c => c.Entity.Id == "belarus");
            change.Before!.Description.Should().Be("targeted");
            change.After!.Description.Should().Be("linked, 1 step from Russia", "Belarus still supplies Russia and depends on it");
            WhatIfAnalysis.Run(graph, scenario, new WhatIfOptions { AsOf = PartialDate.Parse("2024") }).ExposureChanges.Should().BeEmpty("the sanction still holds in 2024");
            WhatIfAnalysis.Run(graph, scenario).ExposureChanges.Should().ContainSingle(c => c.Entity.Id == "belarus", "with no date an ended relation counts as gone");
        }

        [Test]
        public void Run_PairsAmongEntities_ComparesEveryOrderedPair()
        {
            // a depends on b through two routes (via c, via d); removing c loses one path from a to b and the one from a to c.
            Graph g = Support.NetworkxOracle.FromEdges(4, new[] { (0, 2), (2, 1), (0, 3), (3, 1) });
            WhatIfResult result = WhatIfAnalysis.Run(g, new Scenario().Remove("e0"), new WhatIfOptions { Between = { "n0", "n1" } });
            result.PathsLost.Select(p => p.ToString()).Should().Equal("n0 -DEPENDS_ON-> n2 -DEPENDS_ON-> n1");
        }

        [Test]
        public void Apply_EndAtDate_CutsOpenIntervalsAndDropsLaterOnes()
        {
            Scenario.EndAt(Validity.Since(PartialDate.Parse("2014")), PartialDate.Parse("2025"))!.Value.To.Should().Be(PartialDate.Parse("2025"));
            Scenario.EndAt(Validity.Since(PartialDate.Parse("2026")), PartialDate.Parse("2025")).Should().BeNull();
            Scenario.EndAt(Validity.Between(PartialDate.Parse("2014"), PartialDate.Parse("2020")), PartialDate.Parse("2025"))!.Value.To.Should().Be(PartialDate.Parse("2020"));
            Scenario.EndAt(Validity.Instant(PartialDate.Parse("2030")), PartialDate.Parse("2025")).Should().BeNull();
        }

        [Test]
        public void Apply_EndedRelation_KeepsCertaintySubjectAndTimeFields()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "State", "A").AddEntity("b", "State", "B").AddEntity("c", "State", "C")
                .AddRelation("a-b", "DEPENDS_ON", "a", "b", Validity.Create(notBefore: PartialDate.Parse("2019"), observed: new[] { PartialDate.Parse("2021-05"), PartialDate.Parse("2024-02") }, approximate: true), confidence: 0.8, status: RelationStatus.Inferred, attribution: "c", note: "oil and gas", about: "oil-and-gas")
                .AddRelation("b-c", "DEPENDS_ON", "b", "c", Validity.Between(PartialDate.Parse("2010"), null), status: RelationStatus.Alleged, note: "n")
                .Build();
            Graph after = new Scenario().End("a-b", PartialDate.Parse("2022")).End("b-c", PartialDate.Parse("2022")).Apply(g);

            Relation ab = after.Relations.Single(r => r.Id == "a-b");
            ab.Status.Should().Be(RelationStatus.Inferred);
            ab.Attribution.Should().Be("c");
            ab.Note.Should().Be("oil and gas");
            ab.About!.Id.Should().Be("oil-and-gas");
            ab.Confidence.Should().Be(0.8);
            ab.Validity.NotBefore.Should().Be(PartialDate.Parse("2019"));
            ab.Validity.NotAfter.Should().Be(PartialDate.Parse("2022"), "the scenario ends it");
            ab.Validity.Observed.Should().Equal(PartialDate.Parse("2021-05"));
            ab.Validity.IsApproximate.Should().BeTrue();
            ab.Validity.StatusAsOf(PartialDate.Parse("2024")).Should().Be(TimeStatus.DoesNotHold, "approximate: 2023 is within the margin of the end");

            Relation bc = after.Relations.Single(r => r.Id == "b-c");
            bc.Status.Should().Be(RelationStatus.Alleged);
            bc.Note.Should().Be("n");
            bc.Validity.To.Should().Be(PartialDate.Parse("2022"));
        }

        [Test]
        public void Apply_EndUnknownValidity_MayHoldUntilTheEnd_NotAlways()
        {
            Validity ended = Scenario.EndAt(Validity.Unknown, PartialDate.Parse("2025"))!.Value;
            ended.StatusAsOf(PartialDate.Parse("2024")).Should().Be(TimeStatus.MayHold, "an unknown time does not become a known one");
            ended.StatusAsOf(PartialDate.Parse("2026")).Should().Be(TimeStatus.DoesNotHold);
            Scenario.EndAt(Validity.Permanent, PartialDate.Parse("2025"))!.Value.StatusAsOf(PartialDate.Parse("1990")).Should().Be(TimeStatus.Holds);
            Scenario.EndAt(Validity.Create(notBefore: PartialDate.Parse("2030")), PartialDate.Parse("2025")).Should().BeNull();
        }

        [Test]
        public void Run_AsOf_PathsAndRanksCountWhatHolds_WhatMayHoldOnlyWhenIncluded()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B").AddEntity("c", "Company", "C")
                .AddRelation("a-b", "DEPENDS_ON", "a", "b")
                .AddRelation("b-c", "DEPENDS_ON", "b", "c", Validity.Since(PartialDate.Parse("2020")))
                .Build();
            var scenario = new Scenario().Remove("c");
            var flag = new WhatIfOptions { AsOf = PartialDate.Parse("2024"), Between = { "a" } };
            WhatIfAnalysis.Run(g, scenario, flag).PathsLost.Should().BeEmpty("a's dependency on b is undated: it may hold in 2024, not known to");
            WhatIfAnalysis.Run(g, scenario, flag with { Undated = UndatedPolicy.Include }).PathsLost.Select(p => p.ToString()).Should().Equal("a -DEPENDS_ON-> b -DEPENDS_ON-> c");
            WhatIfAnalysis.Run(g, scenario, flag with { Between = new System.Collections.Generic.List<string> { "b" } }).PathsLost.Select(p => p.ToString()).Should().Equal("b -DEPENDS_ON-> c");
        }

        [Test]
        public void Apply_UnknownId_Throws()
        {
            Action act = () => new Scenario().Remove("no-such-thing").Apply(CuratedGraphs.UnionState);
            act.Should().Throw<KnowledgeGraphException>().WithMessage("*no-such-thing*");
        }
    }
}

using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Analysis.Exposure;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Analysis.Exposure
{
    public class SanctionsExposureTests
    {
        /// <summary>The structural rules (ownership, control, links) tested without time: every relation counts whatever its dates.</summary>
        private static readonly ExposureRule Timeless = new ExposureRule { IgnoreTime = true };

        /// <summary>A sanction on s1; s1 owns 60% of a, a owns 30% of b, s1 owns 25% of b; c controls nothing; d supplies a; e depends on d.</summary>
        private static Graph Ownership()
        {
            return new GraphBuilder()
                .AddEntity("eu", "IntergovernmentalBody", "EU")
                .AddEntity("sanction", "Sanction", "Sanction package")
                .AddEntity("s1", "Company", "Sanctioned One")
                .AddEntity("a", "Company", "Alpha")
                .AddEntity("b", "Company", "Beta")
                .AddEntity("c", "Company", "Gamma")
                .AddEntity("d", "Company", "Delta")
                .AddEntity("e", "Company", "Epsilon")
                .AddEntity("f", "Company", "Phi")
                .AddRelation("eu-imposes", "IMPOSES", "eu", "sanction")
                .AddRelation("targets-s1", "TARGETS", "sanction", "s1", Validity.Between(PartialDate.Parse("2022-03"), PartialDate.Parse("2024-06")))
                .AddRelation("s1-owns-a", "OWNS", "s1", "a", properties: PropertyMap.Of("share", 0.6))
                .AddRelation("a-owns-b", "OWNS", "a", "b", properties: PropertyMap.Of("share", 30L))
                .AddRelation("s1-owns-b", "OWNS", "s1", "b", properties: PropertyMap.Of("share", 0.25))
                .AddRelation("s1-owns-c", "OWNS", "s1", "c", properties: PropertyMap.Of("share", 0.1))
                .AddRelation("d-supplies-a", "SUPPLIES", "d", "a")
                .AddRelation("e-depends-on-d", "DEPENDS_ON", "e", "d")
                .AddRelation("f-depends-on-e", "DEPENDS_ON", "f", "e")
                .Build();
        }

        [Test]
        public void Compute_OwnershipChain_AppliesTheFiftyPercentRuleInAggregate()
        {
            ExposureResult result = SanctionsExposure.Compute(Ownership(), Timeless);
            result.For("s1")!.Kind.Should().Be(ExposureKind.Targeted);
            result.For("a")!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
            result.For("a")!.OwnershipShare.Should().BeApproximately(0.6, 1e-12);
            result.For("b")!.Kind.Should().Be(ExposureKind.OwnedOrControlled, "a (owned) holds 30% and s1 holds 25%: 55% in aggregate");
            result.For("b")!.OwnershipShare.Should().BeApproximately(0.55, 1e-12);
            result.For("c")!.Should().BeNull("10% is a minority stake and c has no link");
            result.For("d")!.Kind.Should().Be(ExposureKind.Linked);
            result.For("d")!.Path.ToString().Should().Be("sanction -TARGETS-> s1 -OWNS-> a <-SUPPLIES- d");
            result.For("e")!.LinkSteps.Should().Be(2);
            result.For("f").Should().BeNull("three steps is beyond the default of two");
            result.For("a")!.ImposedBy.Select(x => x.Id).Should().Equal("eu");
            result.Explain().Should().Contain("Alpha (a): owned or controlled (60%); sanctions: Sanction package (imposed by EU)");
            result.ToHtml().Should().Contain("<table").And.Contain("Sanctioned One");
        }

        [Test]
        public void Compute_RuleChanges_ChangeTheAnswer()
        {
            Graph g = Ownership();
            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true, AggregateOwnership = false }).For("b").Should().BeNull("no single exposed owner holds 50%");
            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true, OwnershipThreshold = 0.1 }).For("c")!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true, MaxSteps = 3 }).For("f")!.LinkSteps.Should().Be(3);
            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true, MaxSteps = 0 }).Records.Should().NotContain(r => r.Kind == ExposureKind.Linked);
            var dependentsOnly = SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true, LinkBothDirections = false });
            dependentsOnly.For("d").Should().BeNull("d supplies an owned company but does not depend on it");
        }

        [Test]
        public void Compute_ControlAndUnknownShares_FollowTheRule()
        {
            Graph g = new GraphBuilder()
                .AddEntity("sanction", "Sanction", "Sanction")
                .AddEntity("p", "Person", "Oligarch")
                .AddEntity("x", "Company", "Controlled")
                .AddEntity("y", "Company", "Owned, share unknown")
                .AddEntity("z", "Company", "Owned by x")
                .AddRelation("t", "TARGETS", "sanction", "p")
                .AddRelation("p-controls-x", "CONTROLS", "p", "x")
                .AddRelation("p-owns-y", "OWNS", "p", "y")
                .AddRelation("x-owns-z", "OWNS", "x", "z", properties: PropertyMap.Of("share", 51L))
                .Build();
            ExposureResult result = SanctionsExposure.Compute(g, Timeless);
            result.For("x")!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
            result.For("x")!.OwnershipShare.Should().BeNull("control has no share");
            result.For("y")!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
            result.For("z")!.Path.ToString().Should().Be("sanction -TARGETS-> p -CONTROLS-> x -OWNS-> z", "the rule follows chains of control and ownership");
            result.For("z")!.OwnershipShare.Should().BeApproximately(0.51, 1e-12, "51 is read as a percentage");
            SanctionsExposure.Compute(g, Timeless with { UnknownShareCounts = false }).For("y").Should().BeNull();
        }

        [Test]
        public void Compute_AsOfAfterTheSanctionEnded_NobodyIsExposed()
        {
            Graph g = Ownership();
            SanctionsExposure.Compute(g, new ExposureRule { AsOf = PartialDate.Parse("2023") }).Records.Should().NotBeEmpty();
            SanctionsExposure.Compute(g, new ExposureRule { AsOf = PartialDate.Parse("2025") }).Records.Should().BeEmpty();
            SanctionsExposure.Compute(g, new ExposureRule { AsOf = PartialDate.Parse("2021") }).Records.Should().BeEmpty();
        }

        [Test]
        public void Compute_UnionState_RussiaAndBelarusTargetedAndTheirSuppliersLinked()
        {
            ExposureResult result = SanctionsExposure.Compute(CuratedGraphs.UnionState, Timeless);
            result.Sanctions.Select(s => s.Id).Should().Equal("western-sanctions");
            result.Imposers[0].Select(s => s.Id).Should().Equal("west");
            result.For("russia")!.Kind.Should().Be(ExposureKind.Targeted);
            result.For("belarus")!.Kind.Should().Be(ExposureKind.Targeted);
            result.For("integral")!.Kind.Should().Be(ExposureKind.Linked);
            result.For("integral")!.Path.ToString().Should().Be("western-sanctions -TARGETS-> russia <-SUPPLIES- integral");
            result.For("integral")!.Path.Relations.Last().Citations.Should().NotBeEmpty();
            result.For("putin").Should().BeNull("a LEADS relation is neither control of a company nor a supply link");
        }

        [Test]
        public void Compute_UnionState_HoldsOnTheArticlesDate_OnlyMayHoldToday()
        {
            Graph g = CuratedGraphs.UnionState;

            // The article observes the sanctions and the chip supplies on 2023-05-04 (and Sb.by the sanctions on 2023-04-30).
            ExposureResult article = SanctionsExposure.Compute(g, new ExposureRule { AsOf = PartialDate.Parse("2023-05-04") });
            article.Records.Select(r => r.Entity.Id).Should().Equal("belarus", "russia", "integral", "planar");
            article.Records.Should().OnlyContain(r => r.Status == TimeStatus.Holds);
            article.MayHold.Select(r => r.Entity.Id).Should().Equal(new[] { "west" }, "Russia's reliance on Western chips is bounded (not after the article), not observed");

            // It says nothing of later years: today every exposure only may hold, and none is counted.
            ExposureResult today = SanctionsExposure.Compute(g, new ExposureRule { Clock = () => new System.DateTime(2026, 11, 30, 0, 0, 0, System.DateTimeKind.Utc) });
            today.Records.Should().BeEmpty();
            today.MayHold.Select(r => r.Entity.Id).Should().Equal("belarus", "russia", "integral", "planar");
            today.Former.Should().BeEmpty("no ownership is curated");

            // Nor of 1995: nothing the article ties to 2021 or later holds then.
            ExposureResult early = SanctionsExposure.Compute(g, new ExposureRule { AsOf = PartialDate.Parse("1995") });
            early.Records.Should().BeEmpty();
            early.MayHold.Select(r => r.Entity.Id).Should().Contain(new[] { "belarus", "russia", "integral", "planar" });
        }
    }
}

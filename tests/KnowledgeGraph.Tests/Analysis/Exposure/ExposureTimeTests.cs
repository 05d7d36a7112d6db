using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Formats.FollowTheMoney;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Analysis.Exposure
{
    /// <summary>Exposure as of a date (today by default): only what holds counts, what may hold is apart, ended ownership is former.</summary>
    public class ExposureTimeTests
    {
        private static PartialDate D(string text) => PartialDate.Parse(text);

        private static ExposureRule AsOf(string date) => new ExposureRule { AsOf = D(date) };

        /// <summary>
        /// p is sanctioned from 2022-06-01. p owned old 2002–2012 (before), owns short 2024-03-01..2024-03-24, owned late
        /// 2021-01 .. 2023-06 (ended while sanctioned), owns now since 2020, holds 10% of minor (ended 2010), owns undated
        /// (no dates), and controls bounded (not before 2021, observed 2023-05-04).
        /// </summary>
        private static Graph Zakharov() => new GraphBuilder()
            .AddEntity("sanction", "Sanction", "Sanction")
            .AddEntity("p", "Person", "Owner")
            .AddEntity("old", "Company", "Old")
            .AddEntity("short", "Company", "Short")
            .AddEntity("late", "Company", "Late")
            .AddEntity("now", "Company", "Now")
            .AddEntity("minor", "Company", "Minor")
            .AddEntity("undated", "Company", "Undated")
            .AddEntity("bounded", "Company", "Bounded")
            .AddEntity("supplier", "Company", "Supplier")
            .AddRelation("t", "TARGETS", "sanction", "p", Validity.Since(D("2022-06-01")))
            .AddRelation("p-old", "OWNS", "p", "old", Validity.Between(D("2002-12-31"), D("2012-06-30")))
            .AddRelation("p-short", "OWNS", "p", "short", Validity.Between(D("2024-03-01"), D("2024-03-24")))
            .AddRelation("p-late", "OWNS", "p", "late", Validity.Between(D("2021-01"), D("2023-06")))
            .AddRelation("p-now", "OWNS", "p", "now", Validity.Since(D("2020")))
            .AddRelation("p-minor", "OWNS", "p", "minor", Validity.Between(D("2001"), D("2010")), PropertyMap.Of("share", 0.1))
            .AddRelation("p-undated", "OWNS", "p", "undated")
            .AddRelation("p-bounded", "CONTROLS", "p", "bounded", Validity.Create(notBefore: D("2021"), observed: new[] { D("2023-05-04") }))
            .AddRelation("supplier-now", "SUPPLIES", "supplier", "now", Validity.Since(D("2019")))
            .Build();

        [Test]
        public void NoDate_IsToday_ByTheInjectedClock()
        {
            Graph g = Zakharov();
            ExposureResult before = SanctionsExposure.Compute(g, new ExposureRule { Clock = () => new DateTime(2021, 5, 1, 12, 0, 0, DateTimeKind.Utc) });
            before.AsOf.Should().Be(D("2021-05-01"));
            before.Records.Should().BeEmpty("the sanction begins in 2022");
            before.Former.Should().BeEmpty("no owner is exposed yet");

            ExposureResult after = SanctionsExposure.Compute(g, new ExposureRule { Clock = () => new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc) });
            after.AsOf.Should().Be(D("2026-01-02"));
            after.Records.Select(r => r.Entity.Id).Should().Equal("p", "now", "supplier");
            after.Explain().Should().Contain(", as of 2026-01-02");
        }

        [Test]
        public void OwnershipEndedBeforeTheSanction_IsFormer_WithBothDates_NotOwned()
        {
            ExposureResult result = SanctionsExposure.Compute(Zakharov(), AsOf("2026-01-02"));

            result.For("old").Should().BeNull();
            FormerExposure old = result.Former.Single(f => f.Entity.Id == "old");
            old.Owner.Id.Should().Be("p");
            old.WhileSanctioned.Should().Be(TimeStatus.DoesNotHold);
            old.Description.Should().Be("formerly owned or controlled by Owner (OWNS 2002-12-31 – 2012-06-30), ended before the sanction began (TARGETS since 2022-06-01)");
            old.Path.ToString().Should().Be("sanction -TARGETS-> p -OWNS-> old");

            FormerExposure late = result.Former.Single(f => f.Entity.Id == "late");
            late.WhileSanctioned.Should().Be(TimeStatus.Holds, "2021-01..2023-06 overlaps the sanction from 2022-06-01");
            late.Description.Should().Contain("ended after the sanction began");
            result.Former.Select(f => f.Entity.Id).Should().Equal(new[] { "old", "short", "late" }, "the 10% stake was never control, and the rest holds or may hold");
            result.Explain().Should().Contain("Former ownership or control, not counted (ended before 2026-01-02): 3");
            result.ToTable().Rows.Where(r => (string?)r[5] == "former").Should().HaveCount(3);
        }

        [Test]
        public void AsOfInsideAShortOwnership_ThatOwnershipCounts()
        {
            ExposureResult inside = SanctionsExposure.Compute(Zakharov(), AsOf("2024-03-10"));
            inside.For("short")!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
            inside.For("short")!.Status.Should().Be(TimeStatus.Holds);
            inside.Former.Should().NotContain(f => f.Entity.Id == "short");

            ExposureResult afterwards = SanctionsExposure.Compute(Zakharov(), AsOf("2024-04"));
            afterwards.For("short").Should().BeNull();
            afterwards.Former.Should().Contain(f => f.Entity.Id == "short" && f.WhileSanctioned == TimeStatus.Holds);

            SanctionsExposure.Compute(Zakharov(), AsOf("2024-02")).Former.Should().NotContain(f => f.Entity.Id == "short", "it had not begun");
        }

        [Test]
        public void WhatMayHold_IsFlaggedApart_IncludedOnlyWhenAsked_DroppedOnExclude()
        {
            Graph g = Zakharov();
            ExposureResult flag = SanctionsExposure.Compute(g, AsOf("2026-01-02"));
            flag.For("undated").Should().BeNull("an undated ownership is not known to hold");
            flag.For("bounded").Should().BeNull("observed in 2023 only: it may hold in 2026");
            flag.MayHold.Select(r => r.Entity.Id).Should().Equal("undated", "bounded");
            flag.MayHold.Should().OnlyContain(r => r.Status == TimeStatus.MayHold);
            flag.Explain().Should().Contain("May hold, not counted").And.Contain("Undated (undated): owned or controlled (may hold)");

            ExposureResult include = SanctionsExposure.Compute(g, AsOf("2026-01-02") with { Undated = UndatedPolicy.Include });
            include.For("undated")!.Status.Should().Be(TimeStatus.MayHold);
            include.For("now")!.Status.Should().Be(TimeStatus.Holds);
            include.MayHold.Should().BeEmpty();
            include.Explain().Should().Contain("5 exposed entities, of which 2 only may hold (counted: undated include)");

            ExposureResult exclude = SanctionsExposure.Compute(g, AsOf("2026-01-02") with { Undated = UndatedPolicy.Exclude });
            exclude.Records.Select(r => r.Entity.Id).Should().Equal("p", "now", "supplier");
            exclude.MayHold.Should().BeEmpty();

            SanctionsExposure.Compute(g, AsOf("2023-05-04")).For("bounded")!.Status.Should().Be(TimeStatus.Holds, "it is observed on that day");
        }

        [Test]
        public void APath_MustHoldJointly_OnOneDayOfThePeriod()
        {
            Graph g = new GraphBuilder()
                .AddEntity("s", "Sanction", "S").AddEntity("p", "Person", "P").AddEntity("c", "Company", "C")
                .AddRelation("t", "TARGETS", "s", "p", Validity.Since(D("2024-06")))
                .AddRelation("o", "OWNS", "p", "c", Validity.Between(D("2024-01"), D("2024-03")))
                .Build();
            ExposureResult year = SanctionsExposure.Compute(g, AsOf("2024"));
            year.For("p")!.Kind.Should().Be(ExposureKind.Targeted);
            year.For("c").Should().BeNull("each relation holds in 2024, but never on the same day");
            year.MayHold.Should().BeEmpty();
        }

        [Test]
        public void IgnoreTime_CountsEveryRelation_AndReportsNoFormer()
        {
            ExposureResult result = SanctionsExposure.Compute(Zakharov(), new ExposureRule { IgnoreTime = true });
            result.AsOf.Should().BeNull();
            result.Records.Select(r => r.Entity.Id).Should().BeEquivalentTo(new[] { "p", "old", "short", "late", "now", "undated", "bounded", "supplier" });
            result.Former.Should().BeEmpty();
            result.MayHold.Should().BeEmpty();
        }

        [Test]
        public void Targeted_ShowsTheSanctionThatBeganFirst()
        {
            Graph g = new GraphBuilder()
                .AddEntity("late", "Sanction", "Late").AddEntity("early", "Sanction", "Early").AddEntity("p", "Person", "P")
                .AddRelation("t-late", "TARGETS", "late", "p", Validity.Since(D("2025")))
                .AddRelation("t-early", "TARGETS", "early", "p", Validity.Since(D("2022")))
                .Build();
            ExposureRecord p = SanctionsExposure.Compute(g, AsOf("2026")).For("p")!;
            p.Path.Start.Id.Should().Be("early");
            p.Sanctions.Select(s => s.Id).Should().Equal("late", "early");
        }

        [Test]
        public void Former_IsEscapedInHtml()
        {
            Graph g = new GraphBuilder()
                .AddEntity("s", "Sanction", "S").AddEntity("p", "Person", "<script>x</script>").AddEntity("c", "Company", "A & <b>B</b>")
                .AddRelation("t", "TARGETS", "s", "p", Validity.Since(D("2022")))
                .AddRelation("o", "OWNS", "p", "c", Validity.Between(D("2001"), D("2002")))
                .Build();
            ExposureResult result = SanctionsExposure.Compute(g, AsOf("2023"));
            foreach (string html in new[] { result.ToHtml(), result.Former.Single().ToHtml() })
            {
                html.Should().NotContain("<script>").And.NotContain("<b>B</b>").And.Contain("A &amp; &lt;b&gt;B&lt;/b&gt;");
            }
        }

        private const string OpenSanctionsSkipReason = "OpenSanctions data is CC BY-NC 4.0 and cannot ship with this MIT project (see tests/realdata/README.md): "
            + "this test runs only when ../shared/realdata/opensanctions-ftm exists beside the repository.";

        /// <summary>
        /// On the OpenSanctions zala sample: no ownership that ended before the owner's sanction began is listed as owned
        /// or controlled, today or at any date; each is listed as former. As of a day inside a short ownership, it counts.
        /// </summary>
        [Test]
        public void Zala_OwnershipEndedBeforeTheSanction_IsFormer_NeverOwned()
        {
            string? shared = RepoPaths.Shared;
            string path = shared == null ? string.Empty : Path.Combine(shared, "realdata", "opensanctions-ftm", "yente_zala_entities.ftm.jsonl");
            if (!File.Exists(path))
            {
                Assert.Ignore(OpenSanctionsSkipReason);
            }

            Graph g = FtmImporter.ImportFiles(new[] { path }).Graph;
            var ownerships = g.Relations.Where(r => r.Type.IsControl).ToArray();
            ownerships.Should().NotBeEmpty();

            foreach (string date in new[] { "2026-11-30", "2025-06-01", "2024-03-10", "2023-08" })
            {
                ExposureResult result = SanctionsExposure.Compute(g, AsOf(date));
                foreach (ExposureRecord r in result.Records.Where(x => x.Kind == ExposureKind.OwnedOrControlled))
                {
                    Relation owns = r.Path.Relations.Last();
                    owns.Validity.StatusAsOf(D(date)).Should().Be(TimeStatus.Holds, $"{r.Entity.Id} is listed as owned as of {date}");
                    TimeKeyJoint(r.Path, D(date)).Should().Be(TimeStatus.Holds);
                }

                foreach (FormerExposure f in result.Former)
                {
                    f.Relation.Validity.StatusAsOf(D(date)).Should().Be(TimeStatus.DoesNotHold);
                    result.For(f.Entity).Should().BeNull();
                }
            }

            ExposureResult today = SanctionsExposure.Compute(g, AsOf("2026-11-30"));
            today.Records.Where(r => r.Kind == ExposureKind.OwnedOrControlled).Should().BeEmpty("every ownership in the sample had ended by 2026");
            var endedBefore = today.Former.Where(f => f.WhileSanctioned == TimeStatus.DoesNotHold).ToArray();
            endedBefore.Should().NotBeEmpty();
            FormerExposure izhtelecom = today.Former.Single(f => f.Relation.Validity.From == D("2002-12-31"));
            izhtelecom.Owner.Name.Should().Contain("ZAKHAROV");
            izhtelecom.WhileSanctioned.Should().Be(TimeStatus.DoesNotHold);
            izhtelecom.Description.Should().Contain("2002-12-31 – 2012-06-30").And.Contain("ended before the sanction began").And.Contain("TARGETS");
            today.Explain().Should().Contain("Former ownership or control");

            // As of a day inside the short 2024-03-01..2024-03-24 ownership, that company counts as owned.
            ExposureResult inside = SanctionsExposure.Compute(g, AsOf("2024-03-10"));
            inside.Records.Should().Contain(r => r.Kind == ExposureKind.OwnedOrControlled && r.Path.Relations.Last().Validity.From == D("2024-03-01"));
        }

        private static TimeStatus TimeKeyJoint(GraphPath path, PartialDate date) =>
            TimeKey.Joint(path.Relations.Select(r => r.Validity.Key).ToArray(), date.FirstDayNumber, date.LastDayNumber);
    }
}

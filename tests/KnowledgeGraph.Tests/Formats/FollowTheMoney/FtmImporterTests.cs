using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.FollowTheMoney;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.FollowTheMoney
{
    public class FtmImporterTests
    {
        private static ImportResult Sample() => FtmImporter.ImportFiles(new[] { RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl") });

        [Test]
        public void Import_MapsEntitiesWithSlugIdsNamesAndExternalIds()
        {
            ImportResult r = Sample();
            r.RecordsRead.Should().Be(14);
            Graph g = r.Graph;
            Entity ivan = g.GetEntity("test-person-1");
            ivan.Kind.Name.Should().Be("Person");
            ivan.Name.Should().Be("Ivan Testov");
            ivan.Aliases.Should().Equal("Иван Тестов", "Vanya", "The Tester");
            ivan.GetExternalId("opensanctions").Should().Be("TEST-Person-1");
            ivan.ExternalIds[0].SourceId.Should().Be("opensanctions:test-sanctions");
            ivan.Properties.GetString("birthDate").Should().Be("1970-01-02");
            ivan.Properties.GetString("address").Should().Be("1 Test Street, Minsk");

            // Two ids that differ only by case get distinct slugs.
            g.GetEntity("co-acme").Name.Should().Be("Acme Ltd");
            g.GetEntity("co-acme-2").Name.Should().Be("Acme Holding");
            g.GetEntity("co-acme").Description.Should().Be("A test company.\nSecond note.");
            g.FindByName("ООО «Акме»").Should().ContainSingle().Which.Id.Should().Be("co-acme");
        }

        [Test]
        public void Import_MapsLinksWithDatesAndDatasetCitations()
        {
            Graph g = Sample().Graph;
            Relation own = g.Relations.Single(x => x.Id == "own-1");
            own.Type.Name.Should().Be("OWNS");
            own.Source.Id.Should().Be("test-person-1");
            own.Target.Id.Should().Be("co-acme");
            own.Validity.Should().Be(Validity.Between(PartialDate.Parse("2020-01"), PartialDate.Parse("2022-05-03")));
            own.Properties["percentage"].Should().Be(51.0);
            own.Citations.Should().ContainSingle().Which.SourceId.Should().Be("opensanctions:test-sanctions");

            g.Relations.Single(x => x.Id == "own-2").Source.Id.Should().Be("co-acme-2");
            g.Relations.Single(x => x.Id == "dir-1").Type.Name.Should().Be("DIRECTS");
            g.Relations.Single(x => x.Id == "fam-1").Properties.GetString("relationship").Should().Be("sister");

            Relation pay = g.Relations.Single(x => x.Id == "pay-1");
            pay.Type.Name.Should().Be("PAID");
            pay.Validity.Should().Be(Validity.Instant(PartialDate.Parse("2021-06-30")));
            pay.Properties["amountEur"].Should().Be(1000.0);
            pay.Citations.Single().SourceId.Should().Be("opensanctions:sample", "a record without datasets cites the file");

            Source ds = g.Sources.Single(s => s.Id == "opensanctions:test-peps");
            ds.Kind.Should().Be(SourceKind.Dataset);
            ds.Url.Should().Be("https://www.opensanctions.org/datasets/test_peps/");
        }

        [Test]
        public void Import_SanctionTargetsAndIsImposedByItsAuthority()
        {
            Graph g = Sample().Graph;
            Entity sanction = g.GetEntity("sanction-1");
            sanction.Kind.Name.Should().Be("Sanction");
            sanction.Name.Should().Be("Test Programme");
            Relation targets = g.InEdges(g.GetEntity("test-person-1")).Single(x => x.Type.Name == "TARGETS");
            targets.Source.Should().Be(sanction);
            targets.Validity.From.Should().Be(PartialDate.Parse("2022-02-24"));
            Relation imposes = g.InEdges(sanction).Single(x => x.Type.Name == "IMPOSES");
            imposes.Source.Name.Should().Be("Test Authority");
        }

        [Test]
        public void Import_CountsWhatItDrops()
        {
            ImportResult r = Sample();
            r.Problems.Should().BeEmpty();
            r.Dropped.Should().Contain("schema Vessel not mapped", 1);
            r.Dropped.Should().Contain("Membership → MEMBER_OF: Person to Company not allowed by the vocabulary", 1);
            r.Dropped.Should().Contain("Ownership → OWNS: an end is not an imported entity (absent, or of a schema not mapped)", 1);
            r.Dropped.Should().Contain("property Person:eyeColour not mapped", 1);
            r.Dropped.Should().Contain("property Ownership:recordId not mapped", 1);
            r.Dropped.Should().ContainKey("name parts (firstName, lastName…) not kept: the full names are");
            r.Graph.VertexCount.Should().Be(6);
            r.Graph.EdgeCount.Should().Be(7);
        }

        [Test]
        public void Import_StopMode_ThrowsAtTheFirstBadLineWithItsNumber()
        {
            string path = RepoPaths.Fixture("FollowTheMoney", "broken.ftm.jsonl");
            Action act = () => FtmImporter.ImportFiles(new[] { path });
            GraphError e = act.Should().Throw<GraphValidationException>().Which.Errors.Single();
            e.Line.Should().Be(2);
            e.File.Should().Be(path);
            e.Code.Should().Be(GraphErrorCode.MalformedJson);
        }

        [Test]
        public void Import_SkipMode_ImportsTheRestAndListsEveryBadLine()
        {
            ImportResult r = FtmImporter.ImportFiles(new[] { RepoPaths.Fixture("FollowTheMoney", "broken.ftm.jsonl") }, new ImportOptions { ErrorMode = ImportErrorMode.Skip });
            r.Problems.Select(p => p.Line).Should().Equal(2, 3);
            r.Problems[1].Message.Should().Contain("schema");
            r.Graph.Entities.Select(e => e.Id).Should().Equal("p1", "p4");
        }

        [Test]
        public void Import_DeltaOps_AddModifyDelete()
        {
            ImportResult r = FtmImporter.ImportFiles(new[] { RepoPaths.Fixture("FollowTheMoney", "delta.ftm.jsonl") });
            r.Graph.Entities.Should().ContainSingle().Which.Name.Should().Be("Second Name");
        }

        [Test]
        public void Import_UnknownOp_IsAProblem()
        {
            Action act = () => FtmImporter.Import(new StringReader("{\"op\": \"UPSERT\", \"entity\": {\"id\": \"x\", \"schema\": \"Person\"}}\n"), "ops.jsonl");
            act.Should().Throw<GraphValidationException>().Which.Errors.Single().ToString().Should().StartWith("ops.jsonl:1: ").And.Contain("UPSERT");
        }

        [Test]
        public void Import_ReportsProgressAndHonoursCancellation()
        {
            var reported = new System.Collections.Generic.List<long>();
            var progress = new SyncProgress(reported);
            FtmImporter.ImportFiles(new[] { RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl") }, new ImportOptions { Progress = progress });
            reported.Should().NotBeEmpty().And.EndWith(14L);

            using var cts = new System.Threading.CancellationTokenSource();
            cts.Cancel();
            Action act = () => FtmImporter.ImportFiles(new[] { RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl") }, new ImportOptions { CancellationToken = cts.Token });
            act.Should().Throw<OperationCanceledException>();
        }

        private sealed class SyncProgress : IProgress<long>
        {
            private readonly System.Collections.Generic.List<long> _values;

            public SyncProgress(System.Collections.Generic.List<long> values) => _values = values;

            public void Report(long value) => _values.Add(value);
        }

        private const string OpenSanctionsSkipReason = "OpenSanctions data is CC BY-NC 4.0 and cannot ship with this MIT project (see tests/realdata/README.md): "
            + "this test runs only when ../shared/realdata/opensanctions-ftm exists beside the repository.";

        [TestCase("yente_zala_entities.ftm.jsonl", 91, 77, 103)]
        [TestCase("yente_t1_eu_fsf_entities.ftm.jsonl", 7, 6, 0)]
        [TestCase("yente_parteispenden_entities.ftm.jsonl", 475, 96, 291)]
        public void Import_RealOpenSanctionsSamples(string file, int records, int entities, int relations)
        {
            string? shared = RepoPaths.Shared;
            string path = shared == null ? string.Empty : Path.Combine(shared, "realdata", "opensanctions-ftm", file);
            if (!File.Exists(path))
            {
                Assert.Ignore(OpenSanctionsSkipReason);
            }

            ImportResult r = FtmImporter.ImportFiles(new[] { path });
            r.Problems.Should().BeEmpty();
            r.RecordsRead.Should().Be(records);
            r.Graph.VertexCount.Should().Be(entities);
            r.Graph.EdgeCount.Should().Be(relations);
            r.Graph.Relations.Where(x => x.Citations.Count == 0).Should().BeEmpty();
        }

        [Test]
        public void Import_RealDeltaFiles_InOrder()
        {
            string? shared = RepoPaths.Shared;
            string dir = shared == null ? string.Empty : Path.Combine(shared, "realdata", "opensanctions-ftm");
            if (!Directory.Exists(dir))
            {
                Assert.Ignore(OpenSanctionsSkipReason);
            }

            string[] files = Directory.GetFiles(dir, "*.delta.jsonl").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            ImportResult r = FtmImporter.ImportFiles(files);
            r.RecordsRead.Should().Be(6);
            r.Graph.VertexCount.Should().Be(3);
        }
    }
}

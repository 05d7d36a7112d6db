using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.FollowTheMoney;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Tests.Cli;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.FollowTheMoney
{
    /// <summary>Re-import (<see cref="ImportOptions.Into"/>, <c>kg import --into</c>): delta files update a graph as a new import of the data they describe would be.</summary>
    public class FtmUpdateTests
    {
        private const string OpenSanctionsSkipReason = "OpenSanctions data is CC BY-NC 4.0 and cannot ship with this MIT project (see tests/realdata/README.md): "
            + "this test runs only when ../shared/realdata/opensanctions-ftm exists beside the repository.";

        // A delta for the sample fixture: a sanction (the only one of its authority) and a company with links go,
        // a person is renamed, a new ownership comes, and a DEL names an id nobody has.
        private static readonly string[] SampleDelta =
        {
            "{\"op\": \"DEL\", \"entity\": {\"id\": \"sanction-1\"}}",
            "{\"op\": \"MOD\", \"entity\": {\"id\": \"TEST-Person-2\", \"caption\": \"Maria Novak\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Maria Novak\", \"Maria Testova\"]}, \"datasets\": [\"test_peps\"], \"last_seen\": \"2024-06-01T10:57:03\"}}",
            "{\"op\": \"DEL\", \"entity\": {\"id\": \"co-acme\"}}",
            "{\"op\": \"ADD\", \"entity\": {\"id\": \"own-4\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"TEST-Person-2\"], \"asset\": [\"CO-Acme\"], \"percentage\": [\"10\"]}, \"datasets\": [\"test_sanctions\"]}}",
            "{\"op\": \"DEL\", \"entity\": {\"id\": \"never-seen\"}}",
        };

        [Test]
        public void Update_WithADelta_GivesTheGraphOfTheSnapshotItDescribes_ByteForByte()
        {
            string dir = TempDir();
            try
            {
                string basePath = RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl");
                string delta = Path.Combine(dir, "delta.jsonl");
                File.WriteAllLines(delta, SampleDelta);
                Graph before = FtmImporter.ImportFiles(new[] { basePath }).Graph;

                ImportResult updated = FtmImporter.ImportFiles(new[] { delta }, new ImportOptions { Into = before });

                // The snapshot the delta describes, imported afresh (named as the base, whose records without datasets cite a source named after the file).
                string snapshotDir = Directory.CreateDirectory(Path.Combine(dir, "snapshot")).FullName;
                string snapshot = Path.Combine(snapshotDir, "sample.ftm.jsonl");
                File.WriteAllLines(snapshot, ApplyOps(File.ReadAllLines(basePath), SampleDelta));
                Graph fresh = FtmImporter.ImportFiles(new[] { snapshot }).Graph;
                GraphJsonWriter.WriteToString(updated.Graph).Should().Be(GraphJsonWriter.WriteToString(fresh));

                Graph g = updated.Graph;
                g.GetEntity("test-person-2").Name.Should().Be("Maria Novak");
                g.TryGetEntity("co-acme-2", out _).Should().BeFalse("the record co-acme (slug co-acme-2, as CO-Acme took co-acme) is deleted");
                g.TryGetEntity("sanction-1", out _).Should().BeFalse();
                g.Entities.Should().NotContain(e => e.Name == "Test Authority", "an authority no sanction names any more goes");
                g.Relations.Should().NotContain(r => r.Source.Id == "co-acme-2" || r.Target.Id == "co-acme-2", "links of a deleted entity go with it");
                g.Relations.Should().Contain(r => r.Id == "own-4" && r.Source.Id == "test-person-2" && r.Target.Id == "co-acme");
                g.Relations.Should().Contain(r => r.Id == "own-1", "what the delta does not touch stays");
                updated.Dropped.Should().ContainKey("delta DEL of an entity neither read before nor in the graph");

                // co-acme, sanction-1 and the authority removed; own-2, dir-1 (co-acme's links) and the sanction's two relations removed.
                ImportChanges c = updated.Changes!;
                (c.EntitiesAdded, c.EntitiesUpdated, c.EntitiesRemoved).Should().Be((0, 1, 3));
                (c.RelationsAdded, c.RelationsUpdated, c.RelationsRemoved).Should().Be((1, 0, 4));
                c.ToString().Should().Be("entities: 0 added, 1 updated, 3 removed; relations: 1 added, 0 updated, 4 removed");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void Update_SameFileTwice_ChangesNothing()
        {
            string path = RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl");
            Graph once = FtmImporter.ImportFiles(new[] { path }).Graph;
            ImportResult twice = FtmImporter.ImportFiles(new[] { path }, new ImportOptions { Into = once });
            twice.Changes!.IsEmpty.Should().BeTrue(twice.Changes.ToString());
            GraphJsonWriter.WriteToString(twice.Graph).Should().Be(GraphJsonWriter.WriteToString(once));
        }

        [Test]
        public void Update_KeepsWhatIsNotOpenSanctions_AndRecordsTheDataset()
        {
            // A graph that holds more than the import: its other entities and sources stay, its own order too.
            Graph once = FtmImporter.ImportFiles(new[] { RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl") }).Graph;
            Graph extended = new GraphBuilder().AddGraph(once).AddSource(new Source("article", SourceKind.Article, "An article")).AddEntity("someone-else", "Person", "Someone Else").Build();
            string dir = TempDir();
            try
            {
                string delta = Path.Combine(dir, "delta.jsonl");
                File.WriteAllLines(delta, SampleDelta);
                Graph g = FtmImporter.ImportFiles(new[] { delta }, new ImportOptions { Into = extended }).Graph;
                g.GetEntity("someone-else").Name.Should().Be("Someone Else");
                g.Sources.Should().Contain(s => s.Id == "article");
                g.Datasets.Should().ContainSingle(d => d.Id == FtmImporter.DatasetId).Which.Sources.Should().OnlyContain(s => s.StartsWith("opensanctions:", StringComparison.Ordinal));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void Update_OfAFormatThatCannotUpdate_IsRefused()
        {
            Graph g = FtmImporter.ImportFiles(new[] { RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl") }).Graph;
            Action act = () => GraphFormats.Get("wikidata").Import(new[] { RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl") }, new ImportOptions { Into = g });
            act.Should().Throw<NotSupportedException>().WithMessage("*cannot update a graph*ftm*");
            GraphFormats.Get("ftm").Has(GraphFormatCapabilities.Updates).Should().BeTrue();
        }

        [Test]
        public void Cli_ImportInto_SameFile_ReportsChanges_AndSecondRunChangesNothing()
        {
            string dir = TempDir();
            try
            {
                string graph = Path.Combine(dir, "graph.json");
                string delta = Path.Combine(dir, "delta.jsonl");
                File.WriteAllLines(delta, SampleDelta);
                KgCommandTests.Kg("import", "-f", "ftm", RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl"), "-o", graph).Code.Should().Be(ExitCodes.Success);

                var (code, _, err) = KgCommandTests.Kg("import", "-f", "ftm", delta, "--into", graph, "-o", graph);
                code.Should().Be(ExitCodes.Success, err);
                err.Should().Contain($"kg: updated {graph} into {graph}: entities: 0 added, 1 updated, 3 removed; relations: 1 added, 0 updated, 4 removed.");
                byte[] first = File.ReadAllBytes(graph);

                var (again, _, err2) = KgCommandTests.Kg("import", "-f", "ftm", delta, "--into", graph, "-o", graph);
                again.Should().Be(ExitCodes.Success, err2);
                err2.Should().Contain("nothing changed");
                File.ReadAllBytes(graph).Should().Equal(first);
                KgCommandTests.Kg("validate", graph).Code.Should().Be(ExitCodes.Success);

                var (wrong, _, werr) = KgCommandTests.Kg("import", "-f", "wikidata", delta, "--into", graph, "-o", Path.Combine(dir, "x.json"));
                wrong.Should().Be(ExitCodes.InputError);
                werr.Should().Contain("--into").And.Contain("only ftm");
                var (missing, _, merr) = KgCommandTests.Kg("import", "-f", "ftm", delta, "--into", Path.Combine(dir, "absent.json"), "-o", Path.Combine(dir, "x.json"));
                missing.Should().Be(ExitCodes.InputError);
                merr.Should().Contain("absent.json").And.Contain("does not exist");
                File.Exists(Path.Combine(dir, "x.json")).Should().BeFalse();
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void RealDeltas_AppliedInOrder_OneAtATime_EqualOneRun_AndTheSnapshot_AndTwiceChangesNothing()
        {
            string? shared = RepoPaths.Shared;
            string dir = shared == null ? string.Empty : Path.Combine(shared, "realdata", "opensanctions-ftm");
            if (!Directory.Exists(dir))
            {
                Assert.Ignore(OpenSanctionsSkipReason);
            }

            string[] deltas = Directory.GetFiles(dir, "*.delta.jsonl").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            deltas.Should().HaveCount(4);
            Graph g = FtmImporter.ImportFiles(new[] { deltas[0] }).Graph;
            var changes = new List<ImportChanges>();
            foreach (string delta in deltas.Skip(1))
            {
                ImportResult r = FtmImporter.ImportFiles(new[] { delta }, new ImportOptions { Into = g });
                changes.Add(r.Changes!);
                ImportResult again = FtmImporter.ImportFiles(new[] { delta }, new ImportOptions { Into = r.Graph });
                again.Changes!.IsEmpty.Should().BeTrue(Path.GetFileName(delta) + ": " + again.Changes);
                GraphJsonWriter.WriteToString(again.Graph).Should().Be(GraphJsonWriter.WriteToString(r.Graph), Path.GetFileName(delta) + " applied twice");
                g = r.Graph;
            }

            // pfh: ADD NK-500Poltergeist, MOD the Al-Qaida record (now "Foobar Foobargroup"); npf: DEL the poltergeist; 3iv: ADD Plotnikov.
            changes.Select(c => (c.EntitiesAdded, c.EntitiesUpdated, c.EntitiesRemoved)).Should().Equal((1, 1, 0), (0, 0, 1), (1, 0, 0));
            g.Entities.Select(e => e.Name).Should().Equal("Foobar Foobargroup", "Janan Agha", "Vladimir Nikolaevich PLOTNIKOV");

            string oneRun = GraphJsonWriter.WriteToString(FtmImporter.ImportFiles(deltas).Graph);
            GraphJsonWriter.WriteToString(g).Should().Be(oneRun);

            string tmp = TempDir();
            try
            {
                // The final snapshot the deltas describe: the last version of every record not deleted, in first-seen order.
                string snapshot = Path.Combine(tmp, "snapshot.ftm.jsonl");
                File.WriteAllLines(snapshot, ApplyOps(Array.Empty<string>(), deltas.SelectMany(File.ReadAllLines).ToArray()));
                GraphJsonWriter.WriteToString(FtmImporter.ImportFiles(new[] { snapshot }).Graph).Should().Be(oneRun);
            }
            finally
            {
                Directory.Delete(tmp, true);
            }

            Dataset os = g.Datasets.Should().ContainSingle().Subject;
            os.Id.Should().Be("opensanctions");
            os.Licence.Should().Be("CC-BY-NC-4.0");
            os.Date.Should().Be(PartialDate.Parse("2024-06-01"), "the latest last_seen of the records");
        }

        [Test]
        public void RealZala_WithADelta_EqualsItsSnapshot()
        {
            string? shared = RepoPaths.Shared;
            string path = shared == null ? string.Empty : Path.Combine(shared, "realdata", "opensanctions-ftm", "yente_zala_entities.ftm.jsonl");
            if (!File.Exists(path))
            {
                Assert.Ignore(OpenSanctionsSkipReason);
            }

            string[] lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToArray();
            var records = lines.Select(JObject.Parse).ToList();
            JObject family = records.First(r => (string?)r["schema"] == "Family");
            JObject person = (JObject)records.First(r => (string?)r["id"] == (string?)family["properties"]!["person"]![0]).DeepClone();
            person["caption"] = "Renamed Person";
            person["properties"]!["name"] = new JArray("Renamed Person");
            JObject sanction = records.First(r => (string?)r["schema"] == "Sanction");
            var companies = records.Where(r => (string?)r["schema"] == "Company").Select(r => (string)r["id"]!).ToList();
            string[] delta =
            {
                new JObject { ["op"] = "DEL", ["entity"] = new JObject { ["id"] = sanction["id"] } }.ToString(Newtonsoft.Json.Formatting.None),
                new JObject { ["op"] = "MOD", ["entity"] = person }.ToString(Newtonsoft.Json.Formatting.None),
                new JObject { ["op"] = "DEL", ["entity"] = new JObject { ["id"] = family["properties"]!["relative"]![0] } }.ToString(Newtonsoft.Json.Formatting.None),
                new JObject { ["op"] = "ADD", ["entity"] = JObject.Parse("{\"id\": \"test-own\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"" + companies[0] + "\"], \"asset\": [\"" + companies[1] + "\"]}, \"datasets\": [\"eu_fsf\"]}") }.ToString(Newtonsoft.Json.Formatting.None),
            };

            string dir = TempDir();
            try
            {
                string deltaPath = Path.Combine(dir, "delta.jsonl");
                File.WriteAllLines(deltaPath, delta);
                string snapshot = Path.Combine(dir, "snapshot.jsonl");
                File.WriteAllLines(snapshot, ApplyOps(lines, delta));
                ImportResult updated = FtmImporter.ImportFiles(new[] { deltaPath }, new ImportOptions { Into = FtmImporter.ImportFiles(new[] { path }).Graph });
                GraphJsonWriter.WriteToString(updated.Graph).Should().Be(GraphJsonWriter.WriteToString(FtmImporter.ImportFiles(new[] { snapshot }).Graph));
                updated.Changes!.EntitiesUpdated.Should().Be(1);
                updated.Changes.RelationsAdded.Should().Be(1);
                updated.Changes.EntitiesRemoved.Should().BeGreaterThanOrEqualTo(2);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>Applies FtM delta ops to entity lines as OpenSanctions means them: ADD/MOD set the record (a new id goes last), DEL removes it.</summary>
        private static string[] ApplyOps(string[] entities, string[] ops)
        {
            var order = new List<string>();
            var byId = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in entities.Where(l => l.Trim().Length > 0))
            {
                string id = (string)JObject.Parse(line)["id"]!;
                order.Add(id);
                byId[id] = line;
            }

            foreach (string line in ops.Where(l => l.Trim().Length > 0))
            {
                JObject op = JObject.Parse(line);
                var entity = (JObject)op["entity"]!;
                string id = (string)entity["id"]!;
                if ((string?)op["op"] == "DEL")
                {
                    order.Remove(id);
                    byId.Remove(id);
                    continue;
                }

                if (!byId.ContainsKey(id))
                {
                    order.Add(id);
                }

                byId[id] = entity.ToString(Newtonsoft.Json.Formatting.None);
            }

            return order.Select(id => byId[id]).ToArray();
        }

        private static string TempDir() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kg-ftm-update-" + Guid.NewGuid().ToString("N"))).FullName;
    }
}

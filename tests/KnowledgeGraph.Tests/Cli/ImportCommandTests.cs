using System;
using System.IO;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    public class ImportCommandTests
    {
        [Test]
        public void Import_Ftm_WritesAGraphAndASummary()
        {
            string output = Path.Combine(Path.GetTempPath(), "kg-import-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                var (code, _, err) = KgCommandTests.Kg("import", "--format", "ftm", RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl"), "-o", output);
                code.Should().Be(ExitCodes.Success, err);
                err.Should().Contain("read 14 records").And.Contain("6 entities, 7 relations").And.Contain("1 × schema Vessel not mapped");
                Graph.Load(output).GetEntity("test-person-1").Name.Should().Be("Ivan Testov");
            }
            finally
            {
                File.Delete(output);
            }
        }

        [Test]
        public void Import_BadLine_StopsWithExitTwoUnlessSkipped()
        {
            string output = Path.Combine(Path.GetTempPath(), "kg-import-" + Guid.NewGuid().ToString("N") + ".json");
            string input = RepoPaths.Fixture("FollowTheMoney", "broken.ftm.jsonl");
            try
            {
                var (code, _, err) = KgCommandTests.Kg("import", "--format", "ftm", input, "-o", output);
                code.Should().Be(ExitCodes.InputError);
                err.Should().Contain("broken.ftm.jsonl:2:");
                File.Exists(output).Should().BeFalse();

                (code, _, err) = KgCommandTests.Kg("import", "--format", "ftm", input, "-o", output, "--skip-errors");
                code.Should().Be(ExitCodes.Success, err);
                err.Should().Contain("skipped 2 bad lines").And.Contain("broken.ftm.jsonl:3:");
            }
            finally
            {
                File.Delete(output);
            }
        }

        [Test]
        public void Import_Wikidata_Directory()
        {
            string output = Path.Combine(Path.GetTempPath(), "kg-import-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                var (code, _, err) = KgCommandTests.Kg("import", "--format", "wikidata", RepoPaths.Fixture("Wikidata", "entities.json"), "-o", output);
                code.Should().Be(ExitCodes.Success, err);
                err.Should().Contain("4 entities");
            }
            finally
            {
                File.Delete(output);
            }
        }

        [TestCase("graphml")]
        [TestCase("jgf")]
        [TestCase("nt")]
        public void Import_WholeGraphFormats_ReadBackWhatExportWrote(string format)
        {
            string exported = Path.Combine(Path.GetTempPath(), "kg-export-" + Guid.NewGuid().ToString("N") + "." + format);
            string output = Path.Combine(Path.GetTempPath(), "kg-import-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                KgCommandTests.Kg("export", "--format", format, "-o", exported).Code.Should().Be(ExitCodes.Success);
                var (code, _, err) = KgCommandTests.Kg("import", "--format", format, exported, "-o", output);
                code.Should().Be(ExitCodes.Success, err);
                File.ReadAllText(output).Should().Be(CuratedGraphs.UnionState.ToJson());
            }
            finally
            {
                File.Delete(exported);
                File.Delete(output);
            }
        }

        [Test]
        public void Import_ForeignGraphML_NeedsADefaultKind()
        {
            string output = Path.Combine(Path.GetTempPath(), "kg-import-" + Guid.NewGuid().ToString("N") + ".json");
            string input = RepoPaths.Fixture("GraphML", "foreign.graphml");
            try
            {
                var (code, _, err) = KgCommandTests.Kg("import", "--format", "graphml", input, "-o", output);
                code.Should().Be(ExitCodes.InputError);
                err.Should().Contain("--default-kind");

                (code, _, err) = KgCommandTests.Kg("import", "--format", "graphml", input, "-o", output, "--default-kind", "Company");
                code.Should().Be(ExitCodes.Success, err);
                err.Should().Contain("3 entities, 3 relations");
            }
            finally
            {
                File.Delete(output);
            }
        }
    }
}

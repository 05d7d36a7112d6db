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
        public void Import_CsvDirectory_OpenVocabulary_WritesAGraphThatLoadsAgain()
        {
            string dir = Path.Combine(Path.GetTempPath(), "kg-import-csv-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "nodes.csv"), "id,kind,name\nn0,Person,Anna\nn1,Company,Beta\nn2,Event,Gamma\n");
            File.WriteAllText(Path.Combine(dir, "edges.csv"), "source,target,type,weight,from,to\nn0,n1,OWNS,1.5,2001-01-01,\nn1,n2,SANCTIONS,2,2003-01-01,\nn0,n2,SUPPLIES,0.5,,\n");
            string output = Path.Combine(dir, "out.json");

            var (strict, _, strictErr) = KgCommandTests.Kg("import", "--format", "csv", dir, "-o", output);
            strict.Should().Be(ExitCodes.InputError, "SANCTIONS is not a type of the default vocabulary");
            strictErr.Should().Contain("edges.csv:3:").And.Contain("SANCTIONS");
            File.Exists(output).Should().BeFalse();

            var (code, _, err) = KgCommandTests.Kg("import", "--format", "csv", dir, "-o", output, "--open-vocabulary");
            code.Should().Be(ExitCodes.Success, err);
            err.Should().Contain("3 entities, 3 relations");
            Graph g = Graph.Load(output);
            g.Vocabulary.BuiltInName.Should().Be(Vocabulary.OpenName);
            var (pathCode, path, _) = KgCommandTests.Kg("--graph", output, "path", "n0", "n2", "--directed");
            pathCode.Should().Be(ExitCodes.Success);
            path.Should().Contain("SUPPLIES");
            KgCommandTests.Kg("validate", output).Code.Should().Be(ExitCodes.Success);
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

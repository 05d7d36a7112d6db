using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    public class ExportCommandTests
    {
        private static string TempPath(string ext) => Path.Combine(Path.GetTempPath(), "kg-export-" + Guid.NewGuid().ToString("N") + ext);

        [TestCase("dot", "digraph")]
        [TestCase("graphml", "<graphml")]
        [TestCase("gexf", "<gexf")]
        [TestCase("ttl", "@prefix kg:")]
        [TestCase("nt", "<https://knowledgegraph.example/entity/")]
        [TestCase("jsonld", "\"@context\"")]
        [TestCase("cypher", "MERGE (n:Entity")]
        [TestCase("mermaid", "flowchart LR")]
        [TestCase("jgf", "\"graph\"")]
        [TestCase("json", "knowledge-graph/2")]
        public void Export_TextFormats_ToStandardOutput(string format, string expected)
        {
            var (code, output, err) = KgCommandTests.Kg("export", "--format", format);
            code.Should().Be(ExitCodes.Success, err);
            output.Should().Contain(expected);
        }

        [TestCase("svg")]
        [TestCase("png")]
        public void Export_Pictures_RenderedByRealGraphviz(string format)
        {
            ExternalTool.Require("dot", "apt-get install -y graphviz");
            string path = TempPath("." + format);
            try
            {
                var (code, _, err) = KgCommandTests.Kg("export", "--format", format, "-o", path, "--highlight-path", "russia", "integral", "--cluster", "country", "--engine", "dot", "--rankdir", "TB");
                code.Should().Be(ExitCodes.Success, err);
                new FileInfo(path).Length.Should().BeGreaterThan(1000);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void Export_Png_WithoutOutput_IsAUsageError()
        {
            var (code, output, err) = KgCommandTests.Kg("export", "--format", "png");
            code.Should().Be(ExitCodes.InputError);
            output.Should().BeEmpty();
            err.Should().Contain("-o");
        }

        [Test]
        public void Export_Neo4j_WritesADirectory()
        {
            string dir = TempPath(string.Empty);
            try
            {
                var (code, _, err) = KgCommandTests.Kg("export", "--format", "neo4j", "-o", dir);
                code.Should().Be(ExitCodes.Success, err);
                File.Exists(Path.Combine(dir, "entities.csv")).Should().BeTrue();
                File.ReadAllLines(Path.Combine(dir, "entities.csv")).Length.Should().Be(CuratedGraphs.UnionState.VertexCount + 1);
                err.Should().Contain("neo4j-admin database import full");
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, true);
                }
            }
        }

        [Test]
        public void Export_MermaidTooLarge_SaysWhy()
        {
            var (code, _, err) = KgCommandTests.Kg("export", "--format", "mermaid", "--max-entities", "3");
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain("at most 3").And.Contain("--truncate");
        }

        [Test]
        public void Export_BadAsOf_IsAUsageError()
        {
            var (code, _, err) = KgCommandTests.Kg("export", "--as-of", "2023-13");
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain("2023-13");
        }

        [Test]
        public void Export_Around_KeepsTheNeighbourhood()
        {
            Graph g = CuratedGraphs.UnionState;
            Entity integral = g.GetEntity("integral");
            var (code, output, err) = KgCommandTests.Kg("export", "--format", "mermaid", "--around", "Интеграл", "--depth", "1");
            code.Should().Be(ExitCodes.Success, err);
            int nodes = output.Split('\n').Count(l => l.Contains("[\""));
            nodes.Should().Be(g.Neighbors(integral).Count + 1);
            output.Should().Contain("Integral");
        }
    }
}

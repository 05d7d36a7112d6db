using System.IO;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Formats.Gexf;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Formats.Mermaid;
using KnowledgeGraph.Formats.Neo4j;
using KnowledgeGraph.Formats.Rdf;
using NUnit.Framework;

// The old entry points are kept as [Obsolete] forwarders so that code written against them still builds and gives the
// same output; this file alone calls them.
#pragma warning disable CS0618

namespace KnowledgeGraph.Tests.Formats
{
    /// <summary>The obsolete entry points of the format classes forward to the verbs of one shape and give the same output.</summary>
    public class ObsoleteFormatEntryPointTests
    {
        private static readonly Graph Sample = new GraphBuilder()
            .AddEntity("aa", "State", "Alpha")
            .AddEntity("bb", "Company", "Beta")
            .AddRelation("r1", "SUPPLIES", "bb", "aa")
            .Build();

        [Test]
        public void StringWriters_ForwardToWriteToString()
        {
            GraphMLWriter.Write(Sample).Should().Be(GraphMLWriter.WriteToString(Sample));
            GexfWriter.Write(Sample).Should().Be(GexfWriter.WriteToString(Sample));
            JgfWriter.Write(Sample).Should().Be(JgfWriter.WriteToString(Sample));
            JsonLdWriter.Write(Sample).Should().Be(JsonLdWriter.WriteToString(Sample));
            TurtleWriter.Write(Sample).Should().Be(TurtleWriter.WriteToString(Sample));
            NTriplesWriter.Write(Sample).Should().Be(NTriplesWriter.WriteToString(Sample));
            CypherWriter.Write(Sample).Should().Be(CypherWriter.WriteToString(Sample));
            GraphJsonWriter.Write(Sample).Should().Be(GraphJsonWriter.WriteToString(Sample));
            DotWriter.Write(Sample).Should().Be(DotWriter.WriteToString(Sample));
            var dot = new DotOptions { Legend = false };
            DotWriter.Write(Sample, dot).Should().Be(DotWriter.WriteToString(Sample, new FormatWriteOptions { Dot = dot }));
            var w = new StringWriter { NewLine = "\n" };
            DotWriter.Write(Sample, w, dot);
            w.ToString().Should().Be(DotWriter.WriteToString(Sample, new FormatWriteOptions { Dot = dot }));
            var mermaid = new MermaidOptions { Direction = "TB" };
            MermaidWriter.Write(Sample, mermaid).Should().Be(MermaidWriter.WriteToString(Sample, new FormatWriteOptions { Mermaid = mermaid }));
        }

        [Test]
        public void FileWriters_ForwardToWritePath()
        {
            string dir = Path.Combine(Path.GetTempPath(), "kg-obsolete-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                GraphMLWriter.WriteFile(Sample, Path.Combine(dir, "a.graphml"));
                File.ReadAllText(Path.Combine(dir, "a.graphml")).Should().Be(GraphMLWriter.WriteToString(Sample));
                JgfWriter.WriteFile(Sample, Path.Combine(dir, "a.json"));
                File.ReadAllText(Path.Combine(dir, "a.json")).Should().Be(JgfWriter.WriteToString(Sample));
                TurtleWriter.WriteFile(Sample, Path.Combine(dir, "a.ttl"));
                File.ReadAllText(Path.Combine(dir, "a.ttl")).Should().Be(TurtleWriter.WriteToString(Sample));
                GraphJsonWriter.WriteFile(Sample, Path.Combine(dir, "g.json"));
                File.ReadAllText(Path.Combine(dir, "g.json")).Should().Be(Sample.ToJson());
                Neo4jCsvWriter.WriteDirectory(Sample, Path.Combine(dir, "neo4j"));
                File.Exists(Path.Combine(dir, "neo4j", Neo4jCsvWriter.NodesFile)).Should().BeTrue();
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void Readers_ForwardToImport()
        {
            GraphMLReader.Parse(GraphMLWriter.WriteToString(Sample)).ToJson().Should().Be(Sample.ToJson());
            JgfReader.Parse(JgfWriter.WriteToString(Sample)).ToJson().Should().Be(Sample.ToJson());
            NTriplesReader.Parse(NTriplesWriter.WriteToString(Sample)).ToJson().Should().Be(Sample.ToJson());
            GraphJsonReader.Read(Sample.ToJson(), null, null, null).ToJson().Should().Be(Sample.ToJson());
            var nodes = new StringWriter { NewLine = "\n" };
            var edges = new StringWriter { NewLine = "\n" };
            CsvGraphWriter.Write(Sample, nodes, edges);
            CsvGraphReader.Read(new StringReader(nodes.ToString()), "n", new StringReader(edges.ToString()), "e").Graph.VertexCount.Should().Be(2);
        }
    }
}

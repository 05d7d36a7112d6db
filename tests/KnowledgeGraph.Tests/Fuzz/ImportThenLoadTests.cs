using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Fuzz
{
    /// <summary>Issue 10: whatever an import reads, the JSON it writes loads again, for every sample of every reader.</summary>
    public class ImportThenLoadTests
    {
        private static IEnumerable<TestCaseData> Samples() =>
            InputReaders.All.Keys.SelectMany(reader => InputReaders.Seeds(reader).Select((text, i) => new TestCaseData(reader, i).SetName($"Sample_LoadsAgainAfterImport({reader}, {i})")));

        [TestCaseSource(nameof(Samples))]
        public void Sample_LoadsAgainAfterImport(string reader, int index)
        {
            string text = InputReaders.Seeds(reader)[index];
            Graph graph;
            try
            {
                graph = InputReaders.All[reader](text, "sample");
            }
            catch (GraphValidationException ex) when (InputReaders.IsBroken(text))
            {
                // The fixtures made to be broken fail, and say where.
                ex.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.File != null);
                return;
            }

            InputReaders.IsBroken(text).Should().BeFalse("a fixture made to be broken must not load");
            string json = graph.ToJson();
            Graph again = Graph.Parse(json, "written.json");
            again.ToJson().Should().Be(json);
            again.VertexCount.Should().Be(graph.VertexCount);
        }

        [Test]
        public void Csv_UnclosedQuoteWhenSkipping_SaysWhichLinesItTookIn()
        {
            // Issue 12: with --skip-errors, an open quote on line 2 swallowed the rest of the file while the report said "1 bad line".
            const string Nodes = "id,kind,name\na,Person,\"Alpha\nb,Person,Beta\nc,Person,Gamma\n";
            ImportResult r = CsvGraphReader.Import(new StringReader(Nodes), "n.csv", new StringReader("source,target,type\n"), "e.csv", new ImportOptions { ErrorMode = ImportErrorMode.Skip });
            r.Graph.VertexCount.Should().Be(0);
            GraphError e = r.Problems.Single();
            (e.File, e.Line).Should().Be(("n.csv", 2));
            e.Message.Should().Contain("takes in the 2 lines after it");
        }

        [Test]
        public void Csv_NumbersKeepTheirDigits()
        {
            const string Nodes = "id,kind,name,a,b,c,d,e,f,g,h,i\nx,Company,X,007,99999999999999999999,+7,-0,1.50,1e999,7,0.45,3.0\n";
            Graph g = CsvGraphReader.Import(new StringReader(Nodes), "n.csv", new StringReader("source,target,type\n"), "e.csv", new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
            PropertyMap p = g.GetEntity("x").Properties;
            new[] { "a", "b", "c", "d", "e", "f" }.Select(k => p[k]).Should().Equal("007", "99999999999999999999", "+7", "-0", "1.50", "1e999");
            p["g"].Should().Be(7L);
            p["h"].Should().Be(0.45);
            p["i"].Should().Be(3.0);
        }
    }
}

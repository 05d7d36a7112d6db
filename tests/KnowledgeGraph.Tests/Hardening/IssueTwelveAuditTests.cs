using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.FollowTheMoney;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Tests.Fuzz;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Hardening
{
    /// <summary>
    /// Issue 12's list of failures, each reproduced by its exact input where no other test names it: the N-Triples
    /// inputs that crashed the reader, FollowTheMoney records with fields of the wrong JSON type under --skip-errors, an
    /// empty file in every reader, a GraphML DTD, and errors found after an import's lines are read. Each must end in
    /// errors that name the file and a line (or the id), never another exception.
    /// </summary>
    public class IssueTwelveAuditTests
    {
        private const string E = "<https://knowledgegraph.example/entity/a>";
        private const string Valid = E + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://knowledgegraph.example/ontology#Person> .\n"
            + E + " <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n";

        private static GraphValidationException Refused(Action read)
        {
            GraphValidationException ex = read.Should().Throw<GraphValidationException>().Which;
            ex.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.File != null && (e.Line > 0 || e.Id != null), "every error names its file and a line or an id");
            return ex;
        }

        [TestCase("<a", "no closing")]
        [TestCase("<", "no closing")]
        [TestCase("<a> <b>", "expected")]
        [TestCase(E + " <https://knowledgegraph.example/property/x> \"abc\"^^<http://www.w3.org/2001/XMLSchema#double> .", "xsd:double")]
        [TestCase(E + " <https://knowledgegraph.example/property/x> \"\\UFFFFFFFF\" .", "names no character")]
        [TestCase(E + " <https://knowledgegraph.example/property/> \"v\" .", "empty name")]
        public void NTriples_InputsThatCrashedTheReader_AreErrors(string line, string words)
        {
            GraphValidationException ex = Refused(() => NTriplesReader.Import(new StringReader(Valid + line + "\n"), "g.nt"));
            ex.Message.Should().Contain(words);
        }

        [TestCase("{\"id\": 1, \"schema\": \"Company\", \"properties\": {\"name\": [\"X\"]}}")]
        [TestCase("{\"id\": \"x\", \"schema\": [], \"properties\": {\"name\": [\"X\"]}}")]
        [TestCase("{\"op\": 7, \"entity\": {\"id\": \"x\", \"schema\": \"Company\", \"properties\": {\"name\": [\"X\"]}}}")]
        public void Ftm_FieldOfTheWrongType_IsSkippedAndListed(string bad)
        {
            string good = "{\"id\": \"NK-1\", \"schema\": \"Company\", \"caption\": \"Acme\", \"properties\": {\"name\": [\"Acme\"]}, \"datasets\": [\"eu_fsf\"]}";
            ImportResult result = FtmImporter.Import(new StringReader(good + "\n" + bad + "\n"), "x.jsonl", new ImportOptions { ErrorMode = ImportErrorMode.Skip });
            result.Graph.VertexCount.Should().Be(1);
            result.Problems.Should().ContainSingle().Which.Should().Match<GraphError>(e => e.File == "x.jsonl" && e.Line == 2);
            Refused(() => FtmImporter.Import(new StringReader(good + "\n" + bad + "\n"), "x.jsonl"));
        }

        [TestCase("{\"id\": \"x\", \"schema\": \"Company\", \"caption\": {}, \"properties\": {\"name\": [\"X\"]}}")]
        [TestCase("{\"id\": \"x\", \"schema\": \"Company\", \"datasets\": [1], \"properties\": {\"name\": [\"X\"]}}")]
        public void Ftm_OptionalFieldOfTheWrongType_DoesNotStopTheImport(string odd)
        {
            // A caption (FtM's display name, not read: names come from properties) or a dataset that is not a string
            // crashed the importer; the record now loads on its properties, in both modes.
            string good = "{\"id\": \"NK-1\", \"schema\": \"Company\", \"caption\": \"Acme\", \"properties\": {\"name\": [\"Acme\"]}, \"datasets\": [\"eu_fsf\"]}";
            foreach (ImportErrorMode mode in new[] { ImportErrorMode.Stop, ImportErrorMode.Skip })
            {
                ImportResult result = FtmImporter.Import(new StringReader(good + "\n" + odd + "\n"), "x.jsonl", new ImportOptions { ErrorMode = mode });
                result.Graph.Entities.Select(e => e.Name).Should().Equal("Acme", "X");
            }
        }

        private static System.Collections.Generic.IEnumerable<string> ReaderNames => InputReaders.All.Keys;

        [TestCaseSource(nameof(ReaderNames))]
        public void EmptyFile_IsAnErrorWithTheFileAndLine(string reader)
        {
            if (reader is "nt" or "ftm")
            {
                // An empty N-Triples document is the empty RDF graph, and an empty JSON-lines file has no record: both are empty graphs.
                InputReaders.All[reader](string.Empty, "empty.input").VertexCount.Should().Be(0);
                return;
            }

            GraphValidationException ex = Refused(() => InputReaders.All[reader](string.Empty, "empty.input"));
            ex.Errors.Should().OnlyContain(e => e.File == "empty.input" || e.File == "nodes.csv" || e.File == "edges.csv");
        }

        [Test]
        public void GraphML_Dtd_IsRefusedWithTheFileAndLine()
        {
            string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY a \"b\">]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\"/></graphml>\n";
            GraphValidationException ex = Refused(() => GraphFormats.Get("graphml").Import(new StringReader(xml), "dtd.graphml").Graph.ToString());
            ex.Errors.Should().ContainSingle().Which.Message.Should().Contain("DTD").And.NotContain("DtdProcessing", "the advice is for programmers");
        }

        [TestCase("nt")]
        [TestCase("jgf")]
        public void ErrorFoundAfterTheLines_NamesTheFileAndLine(string format)
        {
            // A relation to an entity the file does not hold: found once every line is read.
            Graph g = new GraphBuilder().AddEntity("a", "Person", "A").AddEntity("b", "Person", "B").AddRelation("r", "COOPERATES_WITH", "a", "b").Build();
            using var stream = new MemoryStream();
            GraphFormats.Get(format).Write(g, stream, FormatWriteOptions.Default);
            string text = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("entity/b", "entity/zz", StringComparison.Ordinal).Replace("\"target\": \"b\"", "\"target\": \"zz\"", StringComparison.Ordinal);
            text.Should().Contain("zz");
            GraphValidationException ex = Refused(() => GraphFormats.Get(format).Import(new StringReader(text), "g." + format).Graph.ToString());
            ex.Errors.Should().Contain(e => e.File == "g." + format && e.Line > 0 && e.Message.Contains("zz", StringComparison.Ordinal));
        }

        [TestCase("{\"name\": \"bad type\\n\\\"q\\\"\", \"source\": [], \"target\": []}", "[]", "relation type name")]
        [TestCase("{\"name\": \"lower_case\", \"source\": [], \"target\": []}", "[]", "relation type name")]
        [TestCase("{\"name\": \"LINKS\", \"source\": [], \"target\": []}", "[{\"name\": \"Odd\\\"Kind\\nX\"}]", "entity kind name")]
        public void VocabularyName_ThatGraphFilesCannotHold_IsRefused(string type, string kinds, string words)
        {
            // Such names passed kg validate, and kg then wrote graph files that failed their own schema.
            string json = "{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": " + kinds + ", \"relationTypes\": [" + type + "]}";
            Action parse = () => Vocabulary.Parse(json, "v.json");
            parse.Should().Throw<GraphValidationException>().WithMessage("*" + words + "*")
                .Which.Errors.Should().OnlyContain(e => e.File == "v.json" && e.Line > 0);
        }

        [TestCase("nt")]
        [TestCase("graphml")]
        [TestCase("jgf")]
        [TestCase("csv-nodes")]
        public void NameWithANonCharacter_IsRefusedByEveryReader(string reader)
        {
            // U+FFFE in a name passed validation and then broke name look-up for the whole graph, the SVG and rapper.
            Graph g = new GraphBuilder().AddEntity("a", "Person", "Alpha").Build();
            string text = reader switch
            {
                "nt" => NTriplesWriter.WriteToString(g),
                "graphml" => KnowledgeGraph.Formats.GraphML.GraphMLWriter.WriteToString(g),
                "jgf" => KnowledgeGraph.Formats.Jgf.JgfWriter.WriteToString(g),
                _ => InputReaders.CsvEntities(g),
            };
            text = text.Replace("Alpha", "Al\uFFFEpha", StringComparison.Ordinal);
            GraphValidationException ex = Refused(() => InputReaders.All[reader](text, "g.input"));
            ex.Message.Should().Contain("FFFE");
        }
    }
}

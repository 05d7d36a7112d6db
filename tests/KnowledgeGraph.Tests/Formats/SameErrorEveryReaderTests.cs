using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Formats.Rdf;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats
{
    /// <summary>
    /// The same malformed record, written in each format that reads back, gives the same error code from every reader
    /// (issue 10): the readers hand their records to the builder's checks (or, in CSV's fast path, to the same routines).
    /// </summary>
    public class SameErrorEveryReaderTests
    {
        private static readonly Graph Good = new GraphBuilder()
            .AddEntity("aa", "State", "Alpha")
            .AddEntity("bb", "Company", "Beta")
            .AddRelation("rr", "SUPPLIES", "bb", "aa")
            .Build();

        /// <summary>Each case: the error expected, and how to break the good graph's text in each format (a text replacement).</summary>
        private static IEnumerable<TestCaseData> Cases()
        {
            yield return Case(GraphErrorCode.UnknownKind, "unknown kind", new Dictionary<string, (string, string)>
            {
                ["json"] = ("\"kind\": \"Company\"", "\"kind\": \"Dragon\""),
                ["jgf"] = ("\"kind\": \"Company\"", "\"kind\": \"Dragon\""),
                ["graphml"] = (">Company<", ">Dragon<"),
                ["nt"] = ("<https://knowledgegraph.example/entity/bb> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://knowledgegraph.example/ontology#Company>", "<https://knowledgegraph.example/entity/bb> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://knowledgegraph.example/ontology#Dragon>"),
                ["csv"] = ("bb,Company,Beta", "bb,Dragon,Beta"),
            });
            yield return Case(GraphErrorCode.UnknownEntity, "unknown entity", new Dictionary<string, (string, string)>
            {
                ["json"] = ("\"target\": \"aa\"", "\"target\": \"zz\""),
                ["jgf"] = ("\"target\": \"aa\"", "\"target\": \"zz\""),
                ["graphml"] = ("target=\"aa\"", "target=\"zz\""),
                ["nt"] = ("<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://knowledgegraph.example/entity/aa>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://knowledgegraph.example/entity/zz>"),
                ["csv"] = ("rr,bb,aa,SUPPLIES", "rr,bb,zz,SUPPLIES"),
            });
            yield return Case(GraphErrorCode.UnknownRelationType, "unknown relation type", new Dictionary<string, (string, string)>
            {
                ["json"] = ("\"type\": \"SUPPLIES\"", "\"type\": \"SELLS\""),
                ["jgf"] = ("\"relation\": \"SUPPLIES\"", "\"relation\": \"SELLS\""),
                ["graphml"] = (">SUPPLIES<", ">SELLS<"),
                ["nt"] = ("<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://knowledgegraph.example/ontology#SUPPLIES>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://knowledgegraph.example/ontology#SELLS>"),
                ["csv"] = ("rr,bb,aa,SUPPLIES", "rr,bb,aa,SELLS"),
            });
            yield return Case(GraphErrorCode.InvalidId, "relation id not a slug", new Dictionary<string, (string, string)>
            {
                ["json"] = ("\"id\": \"rr\"", "\"id\": \"R R\""),
                ["jgf"] = ("\"id\": \"rr\"", "\"id\": \"R R\""),
                ["graphml"] = ("<edge id=\"rr\"", "<edge id=\"R R\""),
                ["nt"] = ("<http://purl.org/dc/terms/identifier> \"rr\"", "<http://purl.org/dc/terms/identifier> \"R R\""),
                ["csv"] = ("rr,bb,aa,SUPPLIES", "R R,bb,aa,SUPPLIES"),
            });
        }

        [TestCaseSource(nameof(Cases))]
        public void SameBadRecord_SameErrorCode(GraphErrorCode expected, Dictionary<string, (string From, string To)> breaks)
        {
            var codes = new Dictionary<string, GraphErrorCode?>();
            foreach (KeyValuePair<string, (string From, string To)> b in breaks)
            {
                codes[b.Key] = CodeOf(() => Read(b.Key, Break(Write(b.Key), b.Value.From, b.Value.To)));
            }

            codes.Should().AllSatisfy(c => c.Value.Should().Be(expected, "the {0} reader must report the same error as the others", c.Key));
        }

        /// <summary>The CSV fast path builds items itself; it reports through the builder's checks, so its errors read word for word as the JSON reader's (which goes through the builder).</summary>
        [TestCaseSource(nameof(CsvAndJsonCases))]
        public void SameBadRecord_CsvSaysWhatJsonSays(GraphErrorCode expected, Dictionary<string, (string From, string To)> breaks)
        {
            GraphError json = ErrorOf(() => Read("json", Break(Write("json"), breaks["json"].From, breaks["json"].To)));
            GraphError csv = ErrorOf(() => Read("csv", Break(Write("csv"), breaks["csv"].From, breaks["csv"].To)));
            json.Code.Should().Be(expected);
            csv.Code.Should().Be(expected);
            csv.Message.Should().Be(json.Message);
            csv.Id.Should().Be(json.Id);
        }

        private static IEnumerable<TestCaseData> CsvAndJsonCases()
        {
            foreach (TestCaseData c in Cases())
            {
                yield return new TestCaseData(c.Arguments).SetName(c.TestName!.Replace("SameErrorCode", "CsvSaysWhatJsonSays", StringComparison.Ordinal));
            }

            yield return CsvCase(GraphErrorCode.DuplicateId, "entity id twice", new Dictionary<string, (string, string)>
            {
                ["json"] = ("\"id\": \"bb\"", "\"id\": \"aa\""),
                ["csv"] = ("bb,Company,Beta", "aa,Company,Beta"),
            });
            yield return CsvCase(GraphErrorCode.InvalidId, "entity id not a slug", new Dictionary<string, (string, string)>
            {
                ["json"] = ("\"id\": \"bb\"", "\"id\": \"B B\""),
                ["csv"] = ("bb,Company,Beta", "B B,Company,Beta"),
            });
            yield return CsvCase(GraphErrorCode.VocabularyViolation, "kinds the type does not allow", new Dictionary<string, (string, string)>
            {
                ["json"] = ("\"type\": \"SUPPLIES\"", "\"type\": \"PRODUCES\""),
                ["csv"] = ("rr,bb,aa,SUPPLIES", "rr,bb,aa,PRODUCES"),
            });
        }

        private static GraphError ErrorOf(Func<Graph> read)
        {
            try
            {
                read();
            }
            catch (GraphValidationException ex)
            {
                return ex.Errors[0];
            }

            throw new AssertionException("The broken text was read without error.");
        }

        private static TestCaseData CsvCase(GraphErrorCode code, string name, Dictionary<string, (string, string)> breaks) =>
            new TestCaseData(code, breaks).SetName("SameBadRecord_CsvSaysWhatJsonSays(" + name + ")");

        private static TestCaseData Case(GraphErrorCode code, string name, Dictionary<string, (string, string)> breaks) =>
            new TestCaseData(code, breaks).SetName("SameBadRecord_SameErrorCode(" + name + ")");

        private static string Write(string format)
        {
            switch (format)
            {
                case "json":
                    return Good.ToJson();
                case "jgf":
                    return JgfWriter.WriteToString(Good);
                case "graphml":
                    return GraphMLWriter.WriteToString(Good);
                case "nt":
                    return NTriplesWriter.WriteToString(Good);
                default:
                    var nodes = new StringWriter { NewLine = "\n" };
                    var edges = new StringWriter { NewLine = "\n" };
                    CsvGraphWriter.WriteEntities(Good, nodes);
                    CsvGraphWriter.WriteRelations(Good, edges);
                    return nodes + "\u0000" + edges;
            }
        }

        private static string Break(string text, string from, string to) =>
            text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to) : throw new InvalidOperationException("The writer's output no longer holds: " + from + "\n" + text);

        private static Graph Read(string format, string text)
        {
            switch (format)
            {
                case "json":
                    return Graph.Parse(text, "g.json");
                case "jgf":
                    return JgfReader.Import(new StringReader(text), "g.json").Graph;
                case "graphml":
                    return GraphMLReader.Import(new StringReader(text), "g.graphml").Graph;
                case "nt":
                    return NTriplesReader.Import(new StringReader(text), "g.nt").Graph;
                default:
                    string[] parts = text.Split('\u0000');
                    return CsvGraphReader.Import(new StringReader(parts[0]), "nodes.csv", new StringReader(parts[1]), "edges.csv").Graph;
            }
        }

        private static GraphErrorCode? CodeOf(Func<Graph> read)
        {
            try
            {
                read();
                return null;
            }
            catch (GraphValidationException ex)
            {
                return ex.Errors[0].Code;
            }
        }
    }
}

using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats.Json;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    /// <summary>The time and certainty fields of <c>knowledge-graph/2</c>: read, written byte for byte, refused with line and column, and version 1 still read.</summary>
    public class GraphJsonTimeTests
    {
        private const string Head = "{\n  \"format\": \"knowledge-graph/2\",\n  \"sources\": [{\"id\": \"s1\", \"kind\": \"article\", \"title\": \"T\", \"date\": \"2023-05-04\"}],\n"
            + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}, {\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\"}],\n";

        /// <summary>A relation line (line 5 of the document) with the given extra fields.</summary>
        private static string WithRelation(string fields) =>
            Head + "  \"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"b\", " + fields + "}]\n}";

        private static GraphError SingleError(string json)
        {
            var ex = FluentActions.Invoking(() => Graph.Parse(json, "t.json")).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Should().HaveCount(1, string.Join("\n", ex.Errors));
            GraphJsonReader.TryReadStreaming(json, "t.json", GraphLoadOptions.Default, null).Should().BeNull("the fast path must refuse what the document path refuses");
            return ex.Errors[0];
        }

        [TestCase("\"at\": \"2022\", \"from\": \"2021\"", "at", "*'at'*interval*")]
        [TestCase("\"time\": \"permanent\", \"from\": \"2021\"", "time", "*permanent*cannot be combined*")]
        [TestCase("\"time\": \"sometimes\"", "time", "*'sometimes'*permanent*")]
        [TestCase("\"notBefore\": \"2023\", \"notAfter\": \"2022\"", "notAfter", "*ends (2022) before it starts (2023)*")]
        [TestCase("\"status\": \"rumoured\"", "status", "*'rumoured'*stated, alleged, intended, planned, denied, inferred*")]
        [TestCase("\"confidence\": 1.5", "confidence", "*1.5*not between 0 and 1*")]
        [TestCase("\"observed\": [\"2023\", \"2023-02-30\"]", "\"2023-02-30\"", "*'observed' date*2023-02-30*")]
        [TestCase("\"approximate\": \"yes\"", "approximate", "*must be true or false*")]
        [TestCase("\"citations\": [{\"source\": \"s1\", \"evidence\": \"heard\"}]", "evidence", "*evidence of citation 1*'heard'*observed or reported*")]
        public void BadValue_IsRefused_WithItsLineAndColumn(string fields, string at, string message)
        {
            string json = WithRelation(fields);
            GraphError e = SingleError(json);
            e.Message.Should().Match(message);
            e.Line.Should().Be(5);
            string line = json.Split('\n')[4];
            int expected = at.StartsWith("\"") ? line.IndexOf(at) + at.Length : line.IndexOf("\"" + at + "\"");
            e.Column.Should().BeGreaterThanOrEqualTo(expected, "the column points at the offending value ({0})", at).And.BeLessThan(line.Length);
            e.Id.Should().Be("r");
        }

        [Test]
        public void UnknownSubject_IsRefused()
        {
            GraphError e = SingleError(WithRelation("\"about\": \"unobtainium\""));
            e.Code.Should().Be(GraphErrorCode.UnknownSubject);
            e.Line.Should().Be(5);
        }

        [Test]
        public void AllFields_LoadThenSave_IsByteForByte()
        {
            string json = string.Join("\n", new[]
            {
                "{",
                "  \"format\": \"knowledge-graph/2\",",
                "  \"title\": null,",
                "  \"description\": null,",
                "  \"vocabularies\": [],",
                "  \"sources\": [",
                "    {",
                "      \"id\": \"s1\",",
                "      \"kind\": \"article\",",
                "      \"title\": \"T\",",
                "      \"publisher\": null,",
                "      \"date\": \"2023-05-04\",",
                "      \"url\": null,",
                "      \"citedIn\": null",
                "    }",
                "  ],",
                "  \"entities\": [",
                Entity("a"),
                "    },",
                Entity("b"),
                "    }",
                "  ],",
                "  \"relations\": [",
                "    {",
                "      \"id\": \"r1\",",
                "      \"type\": \"DEPENDS_ON\",",
                "      \"source\": \"a\",",
                "      \"target\": \"b\",",
                "      \"from\": null,",
                "      \"to\": null,",
                "      \"at\": null,",
                "      \"approximate\": true,",
                "      \"notBefore\": \"2019\",",
                "      \"notAfter\": \"2023-12\",",
                "      \"observed\": [",
                "        \"2020-03\"",
                "      ],",
                "      \"properties\": {},",
                "      \"confidence\": 0.8,",
                "      \"status\": \"inferred\",",
                "      \"attribution\": \"the editors\",",
                "      \"note\": \"oil and gas\",",
                "      \"about\": \"oil-and-gas\",",
                "      \"citations\": [",
                "        {",
                "          \"source\": \"s1\",",
                "          \"quote\": \"q\",",
                "          \"locator\": null,",
                "          \"evidence\": \"observed\"",
                "        }",
                "      ]",
                "    },",
                "    {",
                "      \"id\": \"r2\",",
                "      \"type\": \"COOPERATES_WITH\",",
                "      \"source\": \"a\",",
                "      \"target\": \"b\",",
                "      \"from\": null,",
                "      \"to\": null,",
                "      \"at\": null,",
                "      \"event\": true,",
                "      \"properties\": {},",
                "      \"confidence\": null,",
                "      \"citations\": [",
                "        {",
                "          \"source\": \"s1\",",
                "          \"quote\": null,",
                "          \"locator\": null,",
                "          \"evidence\": \"reported\"",
                "        }",
                "      ]",
                "    },",
                "    {",
                "      \"id\": \"r3\",",
                "      \"type\": \"COOPERATES_WITH\",",
                "      \"source\": \"a\",",
                "      \"target\": \"b\",",
                "      \"from\": null,",
                "      \"to\": null,",
                "      \"at\": null,",
                "      \"time\": \"permanent\",",
                "      \"properties\": {},",
                "      \"confidence\": null,",
                "      \"status\": \"alleged\",",
                "      \"citations\": []",
                "    }",
                "  ]",
                "}",
                string.Empty,
            });
            GraphJsonReader.TryReadStreaming(json, null, GraphLoadOptions.Default, null).Should().NotBeNull("a valid file streams");
            Graph g = Graph.Parse(json);
            g.ToJson().Should().Be(json);
            Relation r1 = g.Relations[0];
            r1.Validity.Observed.Should().Equal(new[] { PartialDate.Parse("2020-03"), PartialDate.Parse("2023-05-04") }, "the observed citation adds its source's date");
            (r1.Status, r1.Attribution, r1.Note, r1.About!.Id).Should().Be((RelationStatus.Inferred, "the editors", "oil and gas", "oil-and-gas"));
            r1.Citations[0].Evidence.Should().Be(CitationEvidence.Observed);
            g.Relations[1].Validity.IsEvent.Should().BeTrue();
            g.Relations[1].Validity.NotAfter.Should().Be(PartialDate.Parse("2023-05-04"), "a reported citation bounds the event by its source's date");
            g.Relations[2].Validity.IsPermanent.Should().BeTrue();
            GraphJsonReader.ReadDocument(json, null, GraphLoadOptions.Default, null).ToJson().Should().Be(json, "both paths build the same graph");
        }

        private static string Entity(string id) => string.Join("\n", new[]
        {
            "    {",
            $"      \"id\": \"{id}\",",
            "      \"kind\": \"State\",",
            $"      \"name\": \"{id.ToUpperInvariant()}\",",
            "      \"aliases\": [],",
            "      \"description\": null,",
            "      \"properties\": {},",
            "      \"externalIds\": []",
        });

        [Test]
        public void Version1_UndatedRelations_AreReadAsUnknown_WithOneNote()
        {
            string json = Head.Replace("knowledge-graph/2", "knowledge-graph/1") + "  \"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"b\"}, {\"id\": \"q\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"a\"}, {\"id\": \"d\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"a\", \"from\": \"2020\"}]\n}";
            foreach (Graph g in new[] { Graph.Parse(json), GraphJsonReader.ReadDocument(json, null, GraphLoadOptions.Default, null) })
            {
                g.Relations[0].Validity.IsUnknown.Should().BeTrue();
                g.Relations[0].Validity.StatusAsOf(PartialDate.Parse("1995")).Should().Be(TimeStatus.MayHold);
                g.LoadNotes.Should().Equal("read 2 undated relations of a knowledge-graph/1 file as of unknown time");
                g.ToJson().Should().StartWith("{\n  \"format\": \"knowledge-graph/2\"", "every save writes version 2");
            }

            Graph.Parse(WithRelation("\"from\": null")).LoadNotes.Should().BeEmpty("a version 2 file says what it means");
        }

        [TestCase("\"from\": \"2020\"")]
        [TestCase("\"from\": \"2020\", \"to\": \"2019\"")]
        [TestCase("\"at\": \"2020\", \"approximate\": true")]
        [TestCase("\"at\": \"2020\", \"notAfter\": \"2021\"")]
        [TestCase("\"event\": true, \"observed\": [\"2021\"]")]
        [TestCase("\"observed\": []")]
        [TestCase("\"observed\": null, \"time\": \"unknown\"")]
        [TestCase("\"observed\": \"2020\"")]
        [TestCase("\"observed\": [2020]")]
        [TestCase("\"status\": \"denied\", \"attribution\": \"Minsk\"")]
        [TestCase("\"status\": 3")]
        [TestCase("\"note\": [\"x\"]")]
        [TestCase("\"about\": \"microchips\"")]
        [TestCase("\"about\": \"Microchips\"")]
        [TestCase("\"confidence\": -0.1")]
        [TestCase("\"event\": 1")]
        [TestCase("\"citations\": [{\"source\": \"s1\", \"evidence\": \"none\"}]")]
        [TestCase("\"citations\": [{\"source\": \"s1\", \"evidence\": null}]")]
        [TestCase("\"citations\": [{\"source\": \"s1\", \"evidence\": \"reported\"}], \"from\": \"2020\"")]
        [TestCase("\"citations\": [{\"source\": \"s1\", \"evidence\": \"observed\"}], \"notAfter\": \"2020\"")]
        public void FastPath_AcceptsExactlyWhatTheDocumentPathAccepts(string fields)
        {
            string json = WithRelation(fields);
            Graph? streamed = GraphJsonReader.TryReadStreaming(json, null, GraphLoadOptions.Default, null);
            Graph? document = null;
            try
            {
                document = GraphJsonReader.ReadDocument(json, null, GraphLoadOptions.Default, null);
            }
            catch (GraphValidationException)
            {
            }

            (streamed != null).Should().Be(document != null);
            if (streamed != null)
            {
                streamed.ToJson().Should().Be(document!.ToJson());
            }
        }
    }
}

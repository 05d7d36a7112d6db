using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    /// <summary>Every error the loader reports, with its message, file, line, column and id.</summary>
    public class GraphJsonReaderTests
    {
        private const string Header = "{\n  \"format\": \"knowledge-graph/2\",\n  \"sources\": [{\"id\": \"s1\", \"kind\": \"article\", \"title\": \"T\"}],\n";

        private static GraphError SingleError(string json)
        {
            var ex = FluentActions.Invoking(() => Graph.Parse(json, "test.json")).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Should().HaveCount(1, string.Join("\n", ex.Errors));
            ex.Errors[0].File.Should().Be("test.json");
            return ex.Errors[0];
        }

        [Test]
        public void Load_Valid_ReadsEverything()
        {
            Graph g = Graph.Parse(TestGraphs.Small, "small.json");
            g.Title.Should().Be("Small test graph");
            Entity a = g.GetEntity("a");
            a.Properties["population"].Should().Be(9000000L);
            a.Properties["gdpShare"].Should().Be(0.45);
            a.Properties["landlocked"].Should().Be(true);
            a.Properties["languages"].Should().BeEquivalentTo(new[] { "be", "ru" });
            a.ExternalIds.Single().IsSourced.Should().BeFalse();
            Relation r = g.Relations[0];
            r.Validity.Should().Be(Validity.Since(PartialDate.Parse("2022-12")));
            r.Confidence.Should().Be(0.8);
            r.Citations[0].Quote.Should().Be("Beta supplies Alpha");
            g.Relations[2].Validity.IsInstant.Should().BeTrue();
        }

        [Test]
        public void Load_MalformedJson_GivesLineAndColumn()
        {
            GraphError e = SingleError("{\n  \"format\": \"knowledge-graph/1\",\n  \"entities\": [\n    {\"id\": \"a\",, }\n  ]\n}");
            e.Code.Should().Be(GraphErrorCode.MalformedJson);
            e.Line.Should().Be(4);
            e.Column.Should().BeGreaterThan(0);
            e.ToString().Should().StartWith("test.json:4:").And.Contain("error KG0001");
        }

        [Test]
        public void Load_UnknownFormat_IsRefused()
        {
            GraphError e = SingleError("{\n  \"format\": \"knowledge-graph/9\"\n}");
            e.Code.Should().Be(GraphErrorCode.UnsupportedFormat);
            e.Line.Should().Be(2);
            e.Message.Should().Contain("knowledge-graph/9");
        }

        [Test]
        public void Load_RelationToMissingEntity_NamesIdAndPosition()
        {
            GraphError e = SingleError(Header + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"relations\": [\n    {\"id\": \"r1\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"zzz\"}\n  ]\n}");
            e.Code.Should().Be(GraphErrorCode.UnknownEntity);
            e.Id.Should().Be("r1");
            e.Message.Should().Contain("'zzz'");
            e.Line.Should().Be(6);
            e.Column.Should().Be(5);
        }

        [Test]
        public void Load_DuplicateEntityId_IsReportedAtTheSecond()
        {
            GraphError e = SingleError(Header + "  \"entities\": [\n    {\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"},\n    {\"id\": \"a\", \"kind\": \"State\", \"name\": \"A2\"}\n  ]\n}");
            e.Code.Should().Be(GraphErrorCode.DuplicateId);
            e.Id.Should().Be("a");
            e.Line.Should().Be(6);
        }

        [Test]
        public void Load_UnknownKind_ListsKnownKinds()
        {
            GraphError e = SingleError(Header + "  \"entities\": [\n    {\"id\": \"a\", \"kind\": \"Dragon\", \"name\": \"A\"}\n  ]\n}");
            e.Code.Should().Be(GraphErrorCode.UnknownKind);
            e.Message.Should().Contain("'Dragon'").And.Contain("Person");
            e.Line.Should().Be(5);
        }

        [Test]
        public void Load_UnknownRelationType_IsReported()
        {
            GraphError e = SingleError(Header + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"relations\": [{\"id\": \"r\", \"type\": \"LOVES\", \"source\": \"a\", \"target\": \"a\"}]\n}");
            e.Code.Should().Be(GraphErrorCode.UnknownRelationType);
            e.Id.Should().Be("r");
        }

        [TestCase("2023-13-01", "month 13")]
        [TestCase("2023-02-30", "no day 30")]
        [TestCase("May 2022", "YYYY")]
        public void Load_ImpossibleDate_PointsAtTheDate(string date, string reason)
        {
            GraphError e = SingleError(Header + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"relations\": [\n    {\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\",\n     \"from\": \"" + date + "\"}\n  ]\n}");
            e.Code.Should().Be(GraphErrorCode.InvalidDate);
            e.Message.Should().Contain(reason);
            e.Line.Should().Be(7);
        }

        [Test]
        public void Load_IntervalEndingBeforeStart_IsReported()
        {
            GraphError e = SingleError(Header + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\", \"from\": \"2023\", \"to\": \"2022-12\"}]\n}");
            e.Code.Should().Be(GraphErrorCode.InvalidInterval);
            e.Message.Should().Contain("ends (2022-12) before it starts (2023)");
        }

        [Test]
        public void Load_RelationBreakingVocabulary_NamesTheKinds()
        {
            GraphError e = SingleError(Header + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}, {\"id\": \"p\", \"kind\": \"State\", \"name\": \"P\"}],\n  \"relations\": [{\"id\": \"r\", \"type\": \"LEADS\", \"source\": \"a\", \"target\": \"p\"}]\n}");
            e.Code.Should().Be(GraphErrorCode.VocabularyViolation);
            e.Message.Should().Contain("LEADS").And.Contain("a State");
        }

        [Test]
        public void Load_CitationOfMissingSource_IsReported()
        {
            GraphError e = SingleError(Header + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\", \"citations\": [{\"source\": \"nope\"}]}]\n}");
            e.Code.Should().Be(GraphErrorCode.UnknownSource);
            e.Message.Should().Contain("'nope'");
            e.Id.Should().Be("r");
        }

        [Test]
        public void Load_DuplicateJsonProperty_IsMalformed()
        {
            GraphError e = SingleError("{\n  \"format\": \"knowledge-graph/1\",\n  \"format\": \"knowledge-graph/1\"\n}");
            e.Code.Should().Be(GraphErrorCode.MalformedJson);
            e.Line.Should().Be(3);
        }

        [Test]
        public void Load_ManyErrors_ReportsAllOfThem()
        {
            string json = Header + "  \"entities\": [\n    {\"id\": \"a\", \"kind\": \"Dragon\", \"name\": \"A\"},\n    {\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\"}\n  ],\n  \"relations\": [\n"
                + "    {\"id\": \"r1\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"zzz\"},\n"
                + "    {\"id\": \"r2\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"b\", \"at\": \"2023-13-01\"},\n"
                + "    {\"id\": \"r3\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"b\", \"citations\": [{\"source\": \"nope\"}]}\n  ]\n}";
            var ex = FluentActions.Invoking(() => Graph.Parse(json, "many.json")).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Select(e => e.Code).Should().BeEquivalentTo(new[] { GraphErrorCode.UnknownKind, GraphErrorCode.UnknownEntity, GraphErrorCode.InvalidDate, GraphErrorCode.UnknownSource });
            ex.Errors.Select(e => e.Line).Should().OnlyContain(l => l > 0);
        }

        [Test]
        public void Load_MissingFile_IsAnIoError()
        {
            var ex = FluentActions.Invoking(() => Graph.Load("/nonexistent/graph.json")).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Single().Code.Should().Be(GraphErrorCode.IOError);
            ex.Errors.Single().File.Should().Be("/nonexistent/graph.json");
        }

        [Test]
        public void Load_ExtraVocabulary_AddsKindsAndTypes()
        {
            string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-vocab-" + System.Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(dir);
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "extra.json"), "{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [{\"name\": \"Vessel\"}], \"relationTypes\": [{\"name\": \"CARRIES_FLAG_OF\", \"source\": [\"Vessel\"], \"target\": [\"State\"]}]}");
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "g.json"), "{\"format\": \"knowledge-graph/1\", \"vocabularies\": [\"extra.json\"], \"entities\": [{\"id\": \"v\", \"kind\": \"Vessel\", \"name\": \"V\"}, {\"id\": \"s\", \"kind\": \"State\", \"name\": \"S\"}], \"relations\": [{\"id\": \"f\", \"type\": \"CARRIES_FLAG_OF\", \"source\": \"v\", \"target\": \"s\"}]}");
            Graph g = Graph.Load(System.IO.Path.Combine(dir, "g.json"));
            g.Relations.Single().Type.Name.Should().Be("CARRIES_FLAG_OF");
            g.VocabularyFiles.Should().Equal("extra.json");
        }
    }
}

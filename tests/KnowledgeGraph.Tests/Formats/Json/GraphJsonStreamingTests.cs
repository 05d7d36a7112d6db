using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    /// <summary>The streaming path of the JSON reader gives the same graph as the whole-document path, and leaves every document with errors to it.</summary>
    public class GraphJsonStreamingTests
    {
        private const string Header = "{\n  \"format\": \"knowledge-graph/2\",\n  \"sources\": [{\"id\": \"s1\", \"kind\": \"article\", \"title\": \"T\"}],\n";

        [Test]
        public void TryReadStreaming_ValidGraphs_StreamAndEqualTheDocumentPath()
        {
            foreach (string json in new[] { TestGraphs.Small, CuratedGraphs.UnionState.ToJson() })
            {
                Graph? streamed = GraphJsonReader.TryReadStreaming(json, "x.json", GraphLoadOptions.Default, RepoPaths.Graph("."));
                streamed.Should().NotBeNull();
                streamed!.ToJson().Should().Be(GraphJsonReader.ReadDocument(json, "x.json", GraphLoadOptions.Default, RepoPaths.Graph(".")).ToJson());
            }
        }

        [TestCase("  \"entities\": [\n    {\"id\": \"a\", \"kind\": \"Dragon\", \"name\": \"A\"},\n    7,\n    {\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\", \"properties\": {\"x\": {}}}\n  ],\n  \"relations\": [\n    {\"id\": \"r1\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"zzz\", \"from\": 2020},\n    {\"id\": \"r2\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"b\", \"at\": \"2023-13-01\", \"citations\": [{\"source\": \"nope\"}]}\n  ]\n}")]
        [TestCase("  \"relations\": [{\"id\": \"r1\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"b\"}],\n  \"entities\": [{\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\"}, {\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\"}],\n  \"title\": 5\n}")]
        [TestCase("  \"entities\": [{\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\", \"aliases\": [\"x\", 3]}]\n}")]
        [TestCase("  \"entities\": [{\"id\": \"b\", \"kind\": \"State\", \"name\": \"\", \"properties\": {\"p\": null}}]\n}")]
        [TestCase("  \"entities\": [{\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\", \"externalIds\": [{\"scheme\": \"wikidata\"}]}],\n  \"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"b\", \"from\": \"2020\", \"to\": \"2019\", \"confidence\": \"high\"}]\n}")]
        [TestCase("  \"entities\": {\"id\": \"b\"},\n  \"relations\": null,\n  \"vocabularies\": \"no\"\n}")]
        public void TryReadStreaming_Errors_LeaveTheReportToTheDocumentPath(string rest)
        {
            string json = Header + rest;
            GraphJsonReader.TryReadStreaming(json, "e.json", GraphLoadOptions.Default, null).Should().BeNull();
            var parsed = FluentActions.Invoking(() => Graph.Parse(json, "e.json")).Should().Throw<GraphValidationException>().Which;
            var document = FluentActions.Invoking(() => GraphJsonReader.ReadDocument(json, "e.json", GraphLoadOptions.Default, null)).Should().Throw<GraphValidationException>().Which;
            parsed.Errors.Select(e => e.ToString()).Should().Equal(document.Errors.Select(e => e.ToString()));
            parsed.Errors.Should().OnlyContain(e => e.Line > 0);
        }

        [TestCase("{\"format\": \"knowledge-graph/1\", \"entities\": [}")]
        [TestCase("{\"format\": \"knowledge-graph/9\", \"entities\": []}")]
        [TestCase("{\"entities\": []}")]
        [TestCase("{\"format\": \"knowledge-graph/1\", \"format\": \"knowledge-graph/1\"}")]
        [TestCase("{\"format\": \"knowledge-graph/1\"} {}")]
        [TestCase("[1, 2]")]
        [TestCase("{\"format\": \"knowledge-graph/1\", \"entities\": [{\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\", \"extra\": {\"a\": 1, \"a\": 2}}]}")]
        [TestCase("{\"format\": \"knowledge-graph/1\", \"entities\": [{\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\", \"properties\": {\"a\": 1, \"a\": 2}}]}")]
        [TestCase("")]
        public void TryReadStreaming_IrregularDocument_LeavesItToTheDocumentPath(string json)
        {
            GraphJsonReader.TryReadStreaming(json, "e.json", GraphLoadOptions.Default, null).Should().BeNull();
            FluentActions.Invoking(() => Graph.Parse(json, "e.json")).Should().Throw<GraphValidationException>();
        }
    
        [Test]
        public void TryReadStreaming_UnknownFields_AreIgnoredAsByTheDocumentPath()
        {
            string json = Header + "  \"entities\": [{\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\", \"extra\": {\"deep\": [1, {\"x\": null}]}}],\n  \"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"b\", \"remark\": 5, \"confidence\": 1, \"citations\": [{\"source\": \"s1\", \"quote\": null}]}]\n}";
            Graph? streamed = GraphJsonReader.TryReadStreaming(json, "u.json", GraphLoadOptions.Default, null);
            streamed.Should().NotBeNull();
            streamed!.ToJson().Should().Be(GraphJsonReader.ReadDocument(json, "u.json", GraphLoadOptions.Default, null).ToJson());
        }
    }
}

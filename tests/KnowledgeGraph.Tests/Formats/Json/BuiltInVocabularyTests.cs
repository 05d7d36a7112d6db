using System.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    /// <summary>A graph built on the open vocabulary says so in its file, and loads again.</summary>
    public class BuiltInVocabularyTests
    {
        private static Graph OpenGraph() => new GraphBuilder(Vocabulary.Open)
            .AddEntity("p", "Person", "P")
            .AddEntity("e", "Event", "E")
            .AddRelation("r1", "SUPPLIES", "p", "e")
            .AddRelation("r2", "SANCTIONS", "e", "p")
            .Build();

        [Test]
        public void Save_OpenVocabulary_IsNamedAndLoadsAgain()
        {
            Graph g = OpenGraph();
            string json = g.ToJson();
            json.Should().Contain("\"vocabulary\": \"open\"");
            Graph again = Graph.Parse(json, "open.json");
            again.Vocabulary.BuiltInName.Should().Be(Vocabulary.OpenName);
            again.ToJson().Should().Be(json);
            again.Relations.Select(r => r.Type.Name).Should().Equal("SUPPLIES", "SANCTIONS");
        }

        [Test]
        public void Save_DefaultVocabulary_WritesNoVocabularyField()
        {
            CuratedGraphs.UnionState.ToJson().Should().NotContain("\"vocabulary\":");
            CuratedGraphs.UnionState.Vocabulary.BuiltInName.Should().Be(Vocabulary.DefaultName);
        }

        [Test]
        public void Load_OpenGraphWithDefaultVocabulary_ReportsTheViolations()
        {
            string json = OpenGraph().ToJson();
            var ex = FluentActions.Invoking(() => Graph.Parse(json, "open.json", Vocabulary.Default)).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Select(e => e.Code).Should().Contain(new[] { GraphErrorCode.VocabularyViolation, GraphErrorCode.UnknownRelationType });
        }

        [Test]
        public void Load_UnknownBuiltInVocabulary_IsAnError()
        {
            var ex = FluentActions.Invoking(() => Graph.Parse("{\n  \"format\": \"knowledge-graph/1\",\n  \"vocabulary\": \"closed\"\n}", "v.json")).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Should().ContainSingle(e => e.Code == GraphErrorCode.InvalidVocabulary && e.Line == 3 && e.Message.Contains("'closed'"));
        }
    }
}

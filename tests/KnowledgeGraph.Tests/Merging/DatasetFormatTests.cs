using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Merging
{
    /// <summary>The optional <c>datasets</c> section of knowledge-graph/2 (graphs/FORMAT.md).</summary>
    public class DatasetFormatTests
    {
        [Test]
        public void Datasets_RoundTrip_ByteForByte_AndSayWhereFactsCameFrom()
        {
            Graph g = MergingGraphs.Wiki();
            string json = g.ToJson();
            Graph back = Graph.Parse(json, "wiki.json");

            back.ToJson().Should().Be(json);
            json.Should().Contain("\"datasets\": [\n    {\n      \"id\": \"wikidata\",\n      \"title\": \"Wikidata\",\n      \"version\": null,\n      \"date\": \"2024-05-27\",\n      \"licence\": \"CC0-1.0\",");
            Dataset d = back.Datasets.Should().ContainSingle().Subject;
            (d.Id, d.Licence, d.Date.ToString(), d.Sources.Single()).Should().Be(("wikidata", "CC0-1.0", "2024-05-27", "wikidata"));
            back.DatasetsOf(back.Relations[0]).Should().Equal(d);
            back.Where(_ => true).Datasets.Should().Equal(d);
        }

        [Test]
        public void FilesWithoutDatasets_LoadAndSaveAsBefore()
        {
            string json = System.IO.File.ReadAllText(RepoPaths.Graph("union-state.json"));
            Graph g = Graph.Parse(json);
            g.Datasets.Should().BeEmpty();
            g.ToJson().Should().Be(json);
            g.DatasetsOf(g.Relations[0]).Should().BeEmpty();
        }

        [TestCase("\"datasets\": [ { \"id\": \"Wiki Data\", \"sources\": [] } ]", "KG0005: The dataset id 'Wiki Data' is not a lowercase slug")]
        [TestCase("\"datasets\": [ { \"id\": \"w\", \"sources\": [\"nope\"] } ]", "KG0012: The dataset 'w' lists the unknown source 'nope'.")]
        [TestCase("\"datasets\": [ { \"id\": \"w\", \"date\": \"2024-13\" } ]", "KG0009: The date of dataset 'w' is invalid")]
        [TestCase("\"datasets\": [ { \"id\": \"w\" }, { \"id\": \"w\" } ]", "KG0004: The dataset id 'w' is used twice.")]
        [TestCase("\"datasets\": 5", "KG0002: The field 'datasets' must be an array")]
        public void BadDatasets_AreErrorsWithPosition(string datasets, string expected)
        {
            string json = "{\n  \"format\": \"knowledge-graph/2\",\n  " + datasets + ",\n  \"sources\": [],\n  \"entities\": [],\n  \"relations\": []\n}\n";

            FluentActions.Invoking(() => Graph.Parse(json, "g.json")).Should().Throw<GraphValidationException>()
                .Which.Errors.Select(e => e.ToString()).Should().Contain(s => s.StartsWith("g.json:3:", StringComparison.Ordinal) && s.Contains(expected));
        }
    }
}

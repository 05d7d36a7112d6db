using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Wikidata;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Wikidata
{
    public class WikidataImporterTests
    {
        private static ImportResult Sample() => WikidataImporter.ImportFiles(new[] { RepoPaths.Fixture("Wikidata", "entities.json") });

        [Test]
        public void Import_EntityWithLabelsInAllLanguagesAsAliases()
        {
            Graph g = Sample().Graph;
            Entity p = g.GetEntity("q100");
            p.Kind.Name.Should().Be("Person");
            p.Name.Should().Be("Test Person");
            p.Aliases.Should().BeEquivalentTo("Тестовый Человек", "Тэставы Чалавек", "T. Person");
            p.Description.Should().Be("A person made up for the tests.");
            p.GetExternalId("wikidata").Should().Be("Q100");
            p.Properties.GetString("birthDate").Should().Be("1952-10-07");
            p.Properties.GetString("gender").Should().Be("female", "an item value is named by its label, even one read after the entity");
            g.FindEntity("Тестовый Человек").Should().Be(p);
        }

        [Test]
        public void Import_ClaimsBecomeRelationsWithQualifierDates()
        {
            Graph g = Sample().Graph;
            Relation spouse = g.Relations.Single(r => r.Type.Name == "FAMILY_OF");
            spouse.Properties.GetString("relationship").Should().Be("spouse");
            spouse.Validity.Should().Be(Validity.Between(PartialDate.Parse("1983-07-28"), PartialDate.Parse("2014-04")));

            Relation post = g.Relations.Single(r => r.Type.Name == "HOLDS_POSITION");
            post.Validity.Should().Be(Validity.Since(PartialDate.Parse("2000")));
            post.Target.Kind.Name.Should().Be("Position");
            post.Target.Name.Should().Be("Q200", "a stub with no label is named by its Q-id");
            post.Target.Description.Should().StartWith("Stub");

            Relation citizen = g.Relations.Single(r => r.Type.Name == "CITIZEN_OF");
            citizen.Target.Name.Should().Be("Russia", "a label-only entity of the input names the stub");
            citizen.Target.Kind.Name.Should().Be("State");
            citizen.Validity.Should().Be(Validity.Instant(PartialDate.Parse("1991-12")));
        }

        [Test]
        public void Import_ReferencesBecomeCitations()
        {
            Graph g = Sample().Graph;
            Relation post = g.Relations.Single(r => r.Type.Name == "HOLDS_POSITION");
            post.Citations.Select(c => c.SourceId).Should().HaveCount(3).And.Contain("wikidata").And.Contain("wikidata:q300");
            post.Citations[0].Locator.Should().Be("statement Q100$post");
            post.Citations.Where(c => c.SourceId != "wikidata").Should().OnlyContain(c => c.Locator == "retrieved 2020-01-02");
            g.Sources.Single(s => s.Id == "wikidata:q300").Title.Should().Be("Test Register (Q300)");
            Source web = g.Sources.Single(s => s.Kind == SourceKind.Website);
            web.Url.Should().Be("https://example.org/post");
            web.Id.Should().StartWith("url:");
        }

        [Test]
        public void Import_CountsWhatItDrops()
        {
            ImportResult r = Sample();
            r.Problems.Should().BeEmpty();
            r.Dropped.Should().Contain("claim P19 not mapped", 1);
            r.Dropped.Should().Contain("claim P40: deprecated statement", 1);
            r.Dropped.Should().Contain("claim P40: unknown or no value", 1);
            r.Dropped.Should().Contain("qualifier P1545 not mapped", 1);
            r.Dropped.Should().Contain("claim P26: FAMILY_OF already stated from the other side (kept once)", 1);
            r.Dropped.Should().Contain("entity whose instance of (P31) is not mapped (a stub is made if a claim points to it)", 1);
            r.Dropped.Should().Contain("entity missing from the response", 1);
            r.Graph.Entities.Select(e => e.Id).Should().BeEquivalentTo("q100", "q101", "q200", "q159");
        }

        [Test]
        public void Import_BrokenJson_ReportsFileLineAndColumn()
        {
            string path = RepoPaths.Fixture("Wikidata", "broken.json");
            Action act = () => WikidataImporter.ImportFiles(new[] { path });
            GraphError e = act.Should().Throw<GraphValidationException>().Which.Errors.Single();
            e.File.Should().Be(path);
            e.Line.Should().BeGreaterThan(1);
            e.Code.Should().Be(GraphErrorCode.MalformedJson);

            ImportResult skipped = WikidataImporter.ImportFiles(new[] { path, RepoPaths.Fixture("Wikidata", "entities.json") }, new ImportOptions { ErrorMode = ImportErrorMode.Skip });
            skipped.Problems.Should().ContainSingle();
            skipped.Graph.TryGetEntity("q100", out _).Should().BeTrue();
        }

        [Test]
        public void Import_JsonDumpArray()
        {
            string dump = "[\n{\"id\": \"Q1\", \"labels\": {\"en\": {\"value\": \"A\"}}, \"claims\": {\"P31\": [{\"mainsnak\": {\"snaktype\": \"value\", \"datavalue\": {\"value\": {\"id\": \"Q5\"}}}, \"rank\": \"normal\"}],"
                + " \"P27\": [{\"id\": \"Q1$c\", \"mainsnak\": {\"snaktype\": \"value\", \"datavalue\": {\"value\": {\"id\": \"Q184\"}}}, \"rank\": \"normal\"}]}},\n"
                + "{\"id\": \"Q184\", \"labels\": {\"en\": {\"value\": \"Belarus\"}}, \"claims\": {\"P31\": [{\"mainsnak\": {\"snaktype\": \"value\", \"datavalue\": {\"value\": {\"id\": \"Q6256\"}}}, \"rank\": \"normal\"}]}}\n]\n";
            ImportResult r = WikidataImporter.Import(new StringReader(dump), "dump.json");
            r.RecordsRead.Should().Be(2);
            Relation c = r.Graph.Relations.Single();
            c.Type.Name.Should().Be("CITIZEN_OF");
            c.Target.Name.Should().Be("Belarus");
            c.Target.Description.Should().BeNull("Q184 is in the input, so it is a full entity, not a stub");
        }

        [Test]
        public void Import_RealPutinResponses()
        {
            string dir = RepoPaths.RealData("wikidata-putin", "wikidata");
            ImportResult r = WikidataImporter.ImportFiles(Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal));
            r.Problems.Should().BeEmpty();
            r.RecordsRead.Should().Be(132, "9 full entities and 123 label look-ups");
            r.Graph.VertexCount.Should().Be(83);
            r.Graph.EdgeCount.Should().Be(123);
            r.Graph.Relations.Where(x => x.Type.Name == "FAMILY_OF")
                .GroupBy(x => string.CompareOrdinal(x.Source.Id, x.Target.Id) < 0 ? x.Source.Id + "|" + x.Target.Id : x.Target.Id + "|" + x.Source.Id)
                .Should().OnlyContain(g => g.Count() == 1, "a family tie stated by both relatives is kept once");
            Entity putin = r.Graph.GetEntity("q7747");
            putin.Name.Should().Be("Vladimir Putin");
            r.Graph.OutEdges(putin).Should().Contain(x => x.Type.Name == "HOLDS_POSITION" && x.Target.Name == "President of Russia" && x.Validity.From == PartialDate.Parse("2012-05-07"));
        }
    }
}

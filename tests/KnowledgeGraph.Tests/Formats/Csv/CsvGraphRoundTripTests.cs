using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Csv
{
    public class CsvGraphRoundTripTests
    {
        [Test]
        public void WriteThenRead_CuratedGraph_KeepsEntitiesRelationsDatesAndProperties()
        {
            Graph original = CuratedGraphs.UnionState;
            string dir = Path.Combine(Path.GetTempPath(), "kg-csv-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string nodes = Path.Combine(dir, "nodes.csv"), edges = Path.Combine(dir, "edges.csv");
                CsvGraphWriter.Write(original, nodes, edges);
                Graph copy = CsvGraphReader.Import(nodes, edges, new ImportOptions { Vocabulary = original.Vocabulary }).Graph;

                copy.Entities.Select(e => (e.Id, e.Kind.Name, e.Name, e.Description, string.Join("|", e.Aliases)))
                    .Should().Equal(original.Entities.Select(e => (e.Id, e.Kind.Name, e.Name, e.Description, string.Join("|", e.Aliases))));
                // CSV has no citations, so the time evidence of citations does not travel: the time as written does, with the certainty.
                copy.Relations.Select(r => (r.Id, r.Type.Name, r.Source.Id, r.Target.Id, r.Validity, r.Confidence, r.Status, r.Attribution, r.Note, r.About))
                    .Should().Equal(original.Relations.Select(r => (r.Id, r.Type.Name, r.Source.Id, r.Target.Id, r.StatedValidity, r.Confidence, r.Status, r.Attribution, r.Note, r.About)));
                original.Relations.Where(r => r.Citations.All(c => c.Evidence == CitationEvidence.None)).Should().OnlyContain(r => r.Validity == r.StatedValidity);
                for (int i = 0; i < original.Relations.Count; i++)
                {
                    copy.Relations[i].Properties.Select(p => (p.Key, PropertyMap.Format(p.Value)))
                        .Should().BeEquivalentTo(original.Relations[i].Properties.Select(p => (p.Key, PropertyMap.Format(p.Value))), original.Relations[i].Id);
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void WriteThenRead_NumbersAndAwkwardText_KeepTheirTypes()
        {
            Graph original = new GraphBuilder(CsvVocabularies.Open)
                .AddEntity("a", "Company", "A, \"quoted\"\nname", properties: PropertyMap.From(new[]
                {
                    new System.Collections.Generic.KeyValuePair<string, object>("whole", 3.0),
                    new System.Collections.Generic.KeyValuePair<string, object>("count", 3L),
                    new System.Collections.Generic.KeyValuePair<string, object>("flag", false),
                    new System.Collections.Generic.KeyValuePair<string, object>("padded", " x "),
                }))
                .AddEntity("b", "Person", "B")
                .AddRelation("r1", "DIRECTS", "b", "a", Validity.Instant(new PartialDate(2020, 3)), confidence: 0.25)
                .Build();
            var nodes = new StringWriter();
            var edges = new StringWriter();
            CsvGraphWriter.WriteEntities(original, nodes);
            CsvGraphWriter.WriteRelations(original, edges);
            Graph copy = CsvGraphReader.Import(new StringReader(nodes.ToString()), null, new StringReader(edges.ToString()), null, new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
            Entity a = copy.GetEntity("a");
            a.Name.Should().Be("A, \"quoted\"\nname");
            a.Properties["whole"].Should().Be(3.0);
            a.Properties["count"].Should().Be(3L);
            a.Properties["flag"].Should().Be(false);
            a.Properties["padded"].Should().Be(" x ");
            copy.Relations[0].Validity.Should().Be(Validity.Instant(new PartialDate(2020, 3)));
            copy.Relations[0].Confidence.Should().Be(0.25);
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Formats.Gexf;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Formats.Neo4j;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats
{
    /// <summary>
    /// Every export carries the knowledge-graph/2 time and certainty fields, and every format that reads back gives the
    /// same graph (compared as the native JSON, byte for byte) on a graph that uses every field.
    /// </summary>
    public class TimeAndCertaintyFormatTests
    {
        private static readonly Graph Original = TimeFieldsGraph.Load();

        [Test]
        public void GraphML_RoundTrip_KeepsEveryField()
        {
            GraphMLReader.Import(new StringReader(GraphMLWriter.WriteToString(Original))).Graph.ToJson().Should().Be(Original.ToJson());
        }

        [Test]
        public void Jgf_RoundTrip_KeepsEveryField()
        {
            JgfReader.Import(new StringReader(JgfWriter.WriteToString(Original))).Graph.ToJson().Should().Be(Original.ToJson());
        }

        [Test]
        public void NTriples_RoundTrip_KeepsEveryField()
        {
            NTriplesReader.Import(new StringReader(NTriplesWriter.WriteToString(Original))).Graph.ToJson().Should().Be(Original.ToJson());
        }

        [Test]
        public void Csv_RoundTrip_KeepsEveryFieldButCitations()
        {
            // CSV has no sources or citations: the graph without them round-trips whole, with every time and certainty field.
            Graph original = TimeFieldsGraph.Load(citations: false);
            var nodes = new StringWriter();
            var edges = new StringWriter();
            CsvGraphWriter.WriteEntities(original, nodes);
            CsvGraphWriter.WriteRelations(original, edges);
            Graph copy = CsvGraphReader.Import(new StringReader(nodes.ToString()), "nodes.csv", new StringReader(edges.ToString()), "edges.csv").Graph;
            TimeFieldsGraph.Fields(copy).Should().Equal(TimeFieldsGraph.Fields(original));
            copy.Relations.Select(r => r.Properties.ToString()).Should().Equal(original.Relations.Select(r => r.Properties.ToString()));
        }

        [Test]
        public void Csv_WithCitations_KeepsTheTimeAsStated()
        {
            var nodes = new StringWriter();
            var edges = new StringWriter();
            CsvGraphWriter.WriteEntities(Original, nodes);
            CsvGraphWriter.WriteRelations(Original, edges);
            edges.ToString().Split('\n')[0].Should().Be("id,source,target,type,from,to,at,confidence,approximate,event,time,notBefore,notAfter,observed,status,attribution,note,about,prop.status,prop.note,prop.observed:json");
            Graph copy = CsvGraphReader.Import(new StringReader(nodes.ToString()), "nodes.csv", new StringReader(edges.ToString()), "edges.csv").Graph;
            copy.Relations.Select(r => r.Validity).Should().Equal(Original.Relations.Select(r => r.StatedValidity), "the evidence of the citations is not in CSV; the time as written is");
        }

        [Test]
        public void Gexf_CarriesEveryField_AndSpellsFromDatesOrBounds()
        {
            XDocument doc = XDocument.Parse(GexfWriter.WriteToString(Original));
            XNamespace ns = GexfWriter.Namespace;
            var titles = doc.Descendants(ns + "attributes").Single(a => (string?)a.Attribute("class") == "edge").Elements(ns + "attribute")
                .ToDictionary(a => (string)a.Attribute("id")!, a => (string)a.Attribute("title")!);
            titles.Values.Should().OnlyHaveUniqueItems().And.Contain(new[] { "approximate", "event", "time", "notBefore", "notAfter", "observed", "status", "attribution", "note", "about", "citationEvidence", "prop.status", "prop.note", "prop.observed" });
            string Value(string edge, string title) => doc.Descendants(ns + "edge").Single(e => (string?)e.Attribute("id") == edge)
                .Descendants(ns + "attvalue").SingleOrDefault(v => titles[(string)v.Attribute("for")!] == title)?.Attribute("value")?.Value ?? "(none)";
            string Spell(string edge) => string.Join(" ", doc.Descendants(ns + "edge").Single(e => (string?)e.Attribute("id") == edge)
                .Descendants(ns + "spell").Select(s => (string?)s.Attribute("start") + ".." + (string?)s.Attribute("end")));

            Value("r1", "status").Should().Be("inferred");
            Value("r1", "observed").Should().Be("[\"2020-03\", \"2021\", \"2023-05-04\"]", "a write-only format gives the time the graph answers on, the citation's evidence included");
            Value("r1", "about").Should().Be("oil-and-gas");
            Value("r1", "prop.status").Should().Be("a property named status");
            Value("r2", "event").Should().Be("true");
            Value("r2", "notAfter").Should().Be("2023-01");
            Value("r2", "citationEvidence").Should().Be("[\"none\", \"reported\"]");
            Value("r5", "time").Should().Be("permanent");
            Value("r9", "status").Should().Be("(none)");
            Spell("r1").Should().Be("2019-01-01..2023-12-31");
            Spell("r2").Should().Be("2020-02-01..2023-01-31");
            Spell("r3").Should().Be("1999-12-08..2022-12-31");
            Spell("r4").Should().Be("2022-12-01..2022-12-31");
            Spell("r5").Should().BeEmpty("a permanent fact is present at every time");
            Spell("r8").Should().BeEmpty("an observed date alone does not bound the fact");
            Spell("r9").Should().BeEmpty();
        }

        [Test]
        public void Neo4jCsv_CarriesEveryField()
        {
            var w = new StringWriter();
            Neo4jCsvWriter.WriteRelationships(Original, w);
            string[] lines = w.ToString().Split('\n');
            string[] header = lines[0].Split(',');
            header.Should().Contain(new[] { "approximate:boolean", "event:boolean", "time", "notBefore", "notAfter", "observed:string[]", "status", "attribution", "note", "about", "citationEvidence:string[]", "prop.status", "prop.note:long", "prop.observed:string[]" });
            header.Should().OnlyHaveUniqueItems();
            lines[1].Should().Contain("\"inferred\"").And.Contain("\"2020-03;2021;2023-05-04\"").And.Contain("\"oil-and-gas\"").And.Contain("\"the editors\"");
        }

        [Test]
        public void Cypher_CarriesEveryField_WithoutOverwritingThem()
        {
            string cypher = CypherWriter.WriteToString(Original);
            string r1 = cypher.Split('\n').Single(l => l.Contains("{id: 'r1'}"));
            r1.Should().Contain("`status`: 'inferred'").And.Contain("`observed`: ['2020-03', '2021', '2023-05-04']").And.Contain("`approximate`: true")
                .And.Contain("`about`: 'oil-and-gas'").And.Contain("`prop.status`: 'a property named status'").And.Contain("`citationEvidence`: ['observed']");
            cypher.Split('\n').Single(l => l.Contains("{id: 'r5'}")).Should().Contain("`time`: 'permanent'").And.Contain("`status`: 'denied'");
        }

        [Test]
        public void Rdf_WritesTheFieldsAsDocumentedPredicates()
        {
            string nt = NTriplesWriter.WriteToString(Original);
            string r1 = "<" + RdfNames.Relation("r1") + ">";
            nt.Should().Contain(r1 + " <" + RdfNames.Ontology + "status> \"inferred\" .")
                .And.Contain(r1 + " <" + RdfNames.Ontology + "approximate> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .")
                .And.Contain(r1 + " <" + RdfNames.Ontology + "observed> \"2020-03\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .")
                .And.Contain(r1 + " <" + RdfNames.Ontology + "notBefore> \"2019\"^^<http://www.w3.org/2001/XMLSchema#gYear> .")
                .And.Contain("<" + RdfNames.Ontology + "evidence> \"observed\" .");
        }

        /// <summary>The same bad time in every reader gives the same error code: the one rule (Validity.TryCreate) decides.</summary>
        [TestCase("at with from", GraphErrorCode.InvalidInterval)]
        [TestCase("ends before it starts", GraphErrorCode.InvalidInterval)]
        [TestCase("bad date", GraphErrorCode.InvalidDate)]
        [TestCase("bad status", GraphErrorCode.InvalidValue)]
        [TestCase("permanent with a date", GraphErrorCode.InvalidInterval)]
        [TestCase("unknown subject", GraphErrorCode.UnknownSubject)]
        public void SameBadTime_SameErrorCode_InEveryReader(string what, GraphErrorCode expected)
        {
            (string Field, string Value)[] fields = what switch
            {
                "at with from" => new[] { ("from", "2020"), ("at", "2021") },
                "ends before it starts" => new[] { ("from", "2021"), ("to", "2020") },
                "bad date" => new[] { ("from", "2021-13") },
                "bad status" => new[] { ("status", "rumoured") },
                "permanent with a date" => new[] { ("time", "permanent"), ("notBefore", "2020") },
                _ => new[] { ("about", "unobtainium") },
            };
            var json = JObject.Parse(TimeFieldsGraph.Json(citations: false));
            var relation = (JObject)json["relations"]![8]!; // r9, a DEPENDS_ON without time
            foreach ((string f, string v) in fields)
            {
                relation[f] = v;
            }

            Graph good = TimeFieldsGraph.Load(citations: false);

            var codes = new System.Collections.Generic.Dictionary<string, GraphErrorCode?>
            {
                ["json"] = CodeOf(() => Graph.Parse(json.ToString())),
                ["jgf"] = CodeOf(() =>
                {
                    JObject jgf = JgfWriter.ToJson(good);
                    var meta = (JObject)((JArray)jgf["graph"]!["edges"]!)[8]!["metadata"]!;
                    foreach ((string f, string v) in fields)
                    {
                        meta[f] = v;
                    }

                    return JgfReader.Import(new StringReader(jgf.ToString())).Graph;
                }),
                ["graphml"] = CodeOf(() =>
                {
                    XDocument doc = XDocument.Parse(GraphMLWriter.WriteToString(good));
                    XNamespace ns = GraphMLWriter.Namespace;
                    XElement edge = doc.Descendants(ns + "edge").Single(e => (string?)e.Attribute("id") == "r9");
                    foreach ((string f, string v) in fields)
                    {
                        edge.AddFirst(new XElement(ns + "data", new XAttribute("key", "e_" + f), v));
                    }

                    return GraphMLReader.Import(new StringReader(doc.ToString())).Graph;
                }),
                ["nt"] = CodeOf(() =>
                {
                    string nt = NTriplesWriter.WriteToString(good);
                    string extra = string.Concat(fields.Select(x => "<" + RdfNames.Relation("r9") + "> <" + RdfNames.Ontology + x.Field + "> \"" + x.Value + "\" .\n"));
                    return NTriplesReader.Import(new StringReader(nt + extra)).Graph;
                }),
                ["csv"] = CodeOf(() =>
                {
                    var nodes = new StringWriter();
                    CsvGraphWriter.WriteEntities(good, nodes);
                    string[] names = fields.Select(x => x.Field).ToArray();
                    string edges = "id,source,target,type," + string.Join(",", names) + "\nr9,a,b,DEPENDS_ON," + string.Join(",", fields.Select(x => x.Value)) + "\n";
                    return CsvGraphReader.Import(new StringReader(nodes.ToString()), "nodes.csv", new StringReader(edges), "edges.csv").Graph;
                }),
            };
            codes.Should().AllSatisfy(c => c.Value.Should().Be(expected, "the {0} reader must read the same bad value ({1}) as the JSON reader", c.Key, what));
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

using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Rdf
{
    public class RdfWriterTests
    {
        private static Graph Adversarial() => new GraphBuilder()
            .AddSource(new Source("s1", SourceKind.Article, "Title with \"quotes\" and \\ backslash", "Пресса", PartialDate.Parse("2023-05"), "https://example.org/a?b=1&c=<2>"))
            .AddEntity("a", "State", "Беларусь \"B\"\nline2", aliases: new[] { "Tab\there", "emoji 🚀" }, externalIds: new[] { new ExternalId("wikidata", "Q184"), new ExternalId("wikidata", "not-a-qid") },
                properties: PropertyMap.From(new[] { new System.Collections.Generic.KeyValuePair<string, object>("odd name/with spaces", 1.5e300), new System.Collections.Generic.KeyValuePair<string, object>("langs", new[] { "be", "ru" }) }))
            .AddEntity("b", "Company", "B & Co <x>")
            .AddRelation("r1", "SUPPLIES", "b", "a", Validity.Between(PartialDate.Parse("1999"), PartialDate.Parse("2021-03-04")), citations: new[] { new Citation("s1", "quote \"x\"", "p. 3") }, confidence: 0.5)
            .AddRelation("r2", "TRADES_WITH", "a", "b", Validity.Instant(PartialDate.Parse("2022-12")))
            .Build();

        private static string Temp(string ext, string text)
        {
            string path = Path.Combine(Path.GetTempPath(), "kg-rdf-" + Guid.NewGuid().ToString("N") + ext);
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            return path;
        }

        [TestCase("turtle", ".ttl")]
        [TestCase("ntriples", ".nt")]
        public void Rapper_AcceptsTheOutput(string syntax, string ext)
        {
            string rapper = ExternalTool.Require("rapper", "apt-get install -y raptor2-utils");
            foreach (Graph g in new[] { CuratedGraphs.UnionState, Adversarial() })
            {
                string path = Temp(ext, syntax == "turtle" ? TurtleWriter.WriteToString(g) : NTriplesWriter.WriteToString(g));
                try
                {
                    var (code, _, err) = ExternalTool.Run(rapper, $"-i {syntax} -c \"{path}\"", null);
                    code.Should().Be(0, err);
                    err.Should().Contain("returned").And.NotContain("Error");
                }
                finally
                {
                    File.Delete(path);
                }
            }
        }

        [Test]
        public void Rdflib_ReadsTheSameTriplesFromTurtleNTriplesAndJsonLd()
        {
            Graph g = Adversarial();
            string ttl = Temp(".ttl", TurtleWriter.WriteToString(g));
            string nt = Temp(".nt", NTriplesWriter.WriteToString(g));
            string jsonld = Temp(".jsonld", JsonLdWriter.WriteToString(g));
            try
            {
                string python = ExternalTool.RequirePython("rdflib");
                var (code, output, error) = ExternalTool.Run(python, "-", $$"""
import json, rdflib
from rdflib import URIRef, Literal
a = rdflib.Graph().parse({{Q(ttl)}}, format='turtle')
b = rdflib.Graph().parse({{Q(nt)}}, format='nt')
c = rdflib.Graph().parse({{Q(jsonld)}}, format='json-ld')
e = URIRef('https://knowledgegraph.example/entity/a')
print(json.dumps({
  "ttl": len(a), "nt": len(b), "jsonld": len(c),
  "same_nt": set(a) == set(b), "same_jsonld": set(a) == set(c),
  "label": str(a.value(e, rdflib.RDFS.label)),
  "sameAs": [str(o) for o in a.objects(e, rdflib.OWL.sameAs)],
  "quote": str(a.value(URIRef('https://knowledgegraph.example/relation/r1#citation-1'), URIRef('https://knowledgegraph.example/ontology#quote'))),
  "from": str(a.value(URIRef('https://knowledgegraph.example/relation/r1'), URIRef('https://knowledgegraph.example/ontology#from'))),
  "emoji": any('🚀' in str(o) for o in b.objects(e, rdflib.SKOS.altLabel)),
}))
""");
                code.Should().Be(0, error);
                JToken r = JToken.Parse(output);
                ((int)r["ttl"]!).Should().BeGreaterThan(50);
                ((bool)r["same_nt"]!).Should().BeTrue("Turtle and N-Triples must carry the same triples");
                ((bool)r["same_jsonld"]!).Should().BeTrue("Turtle and JSON-LD must carry the same triples");
                ((string?)r["label"]).Should().Be("Беларусь \"B\"\nline2");
                r["sameAs"]!.Select(t => (string?)t).Should().Equal("http://www.wikidata.org/entity/Q184");
                ((string?)r["quote"]).Should().Be("quote \"x\"");
                ((string?)r["from"]).Should().Be("1999");
                ((bool)r["emoji"]!).Should().BeTrue();
            }
            finally
            {
                File.Delete(ttl);
                File.Delete(nt);
                File.Delete(jsonld);
            }
        }

        [Test]
        public void Sparql_WhoDependsOnIntegral_MatchesDependencyPaths()
        {
            Graph g = CuratedGraphs.UnionState;
            Entity integral = g.GetEntity("integral");
            // The SPARQL property path chains every dependency, whatever it is about: the library's chains with any subject.
            string[] expected = g.Entities.Where(e => e != integral && g.DependencyOn(e, integral, QueryOptions.Default.WithAnySubject().WithMaxDepth(50)).Items.Count > 0).Select(e => e.Id).OrderBy(x => x, StringComparer.Ordinal).ToArray();
            expected.Should().NotBeEmpty();

            string forward = string.Join("|", g.Vocabulary.RelationTypes.Where(t => t.Dependency == DependencyDirection.Forward).Select(t => "kg:" + t.Name)
                .Concat(g.Vocabulary.RelationTypes.Where(t => t.Dependency == DependencyDirection.Reverse).Select(t => "^kg:" + t.Name)));
            string ttl = Temp(".ttl", TurtleWriter.WriteToString(g));
            try
            {
                string python = ExternalTool.RequirePython("rdflib");
                var (code, output, error) = ExternalTool.Run(python, "-", $$"""
import json, rdflib
g = rdflib.Graph().parse({{Q(ttl)}}, format='turtle')
q = '''PREFIX kg: <https://knowledgegraph.example/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?id WHERE {
  ?x ({{forward}})+ <https://knowledgegraph.example/entity/integral> .
  ?x dcterms:identifier ?id .
  FILTER(?x != <https://knowledgegraph.example/entity/integral>)
}'''
print(json.dumps(sorted(str(r[0]) for r in g.query(q))))
""");
                code.Should().Be(0, error);
                JArray.Parse(output).Select(t => (string)t!).Should().Equal(expected);
            }
            finally
            {
                File.Delete(ttl);
            }
        }

        [Test]
        public void Turtle_WritesDirectTripleAndReifiedStatement()
        {
            string ttl = TurtleWriter.WriteToString(Adversarial());
            ttl.Should().Contain("<https://knowledgegraph.example/entity/b>\n    a kg:Company")
                .And.Contain("kg:SUPPLIES <https://knowledgegraph.example/entity/a>")
                .And.Contain("a rdf:Statement, kg:Relation")
                .And.Contain("kg:to \"2021-03-04\"^^xsd:date")
                .And.Contain("kg:at \"2022-12\"^^xsd:gYearMonth")
                .And.Contain("owl:sameAs wd:Q184")
                .And.Contain("<https://knowledgegraph.example/property/odd%20name%2Fwith%20spaces> \"1.5E300\"^^xsd:double");
            NTriplesWriter.WriteToString(Adversarial()).Should().Contain("\\u0411\\u0435").And.NotContain("Беларусь");
        }

        [Test]
        public void NTriples_RoundTripsToTheSameJson()
        {
            foreach (Graph g in new[] { Graph.Parse(TestGraphs.Small), CuratedGraphs.UnionState, Adversarial() })
            {
                NTriplesReader.Import(new StringReader(NTriplesWriter.WriteToString(g))).Graph.ToJson().Should().Be(g.ToJson());
            }
        }

        [Test]
        public void NTriples_BadLines_AreReportedWithLineNumbers()
        {
            string nt = "<http://a> <http://b> \"ok\" .\n<http://a> <http://b> \"no end\n<http://a> \"x\" <http://c> .\n";
            Action act = () => NTriplesReader.Import(new StringReader(nt), "bad.nt");
            act.Should().Throw<GraphValidationException>().Which.Errors.Select(e => e.Line).Should().Equal(2, 3);
        }

        private static string Q(string s) => Newtonsoft.Json.JsonConvert.ToString(s);
    }
}

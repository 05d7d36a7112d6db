using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Hardening
{
    /// <summary>
    /// Issue 12, RDF: each triple is written once (relations of one type between the same two entities share their
    /// direct triple and keep their own statements), and every term of the library's namespaces that the export uses is
    /// declared in it. Judged by rapper and rdflib; the N-Triples reader gives back every relation.
    /// </summary>
    public class RdfHardeningTests
    {
        private const string Kg = "https://knowledgegraph.example/ontology#";

        /// <summary>Three OWNS from a to b (different times), one back from b to a, an undirected pair both ways, and properties.</summary>
        private static Graph Parallel() => new GraphBuilder()
            .AddEntity("a", "Company", "A", properties: PropertyMap.From(new[] { new KeyValuePair<string, object>("share count", 5L) }))
            .AddEntity("b", "Company", "B")
            .AddRelation("o1", "OWNS", "a", "b", Validity.Between(PartialDate.Parse("1999"), PartialDate.Parse("2004")))
            .AddRelation("o2", "OWNS", "a", "b", Validity.Since(PartialDate.Parse("2010")), properties: PropertyMap.From(new[] { new KeyValuePair<string, object>("stake", 0.25) }))
            .AddRelation("o3", "OWNS", "a", "b", Validity.Always)
            .AddRelation("o4", "OWNS", "b", "a", Validity.Always)
            .AddRelation("c1", "COOPERATES_WITH", "a", "b", Validity.Always)
            .AddRelation("c2", "COOPERATES_WITH", "b", "a", Validity.Always)
            .Build();

        private static string Temp(string extension, string text)
        {
            string path = Path.Combine(Path.GetTempPath(), "kg-rdf-" + Guid.NewGuid().ToString("N") + extension);
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            return path;
        }

        private static string Q(string path) => "'" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

        [Test]
        public void ParallelRelations_DirectTripleOnce_EveryStatementKept_AndReadBack()
        {
            Graph g = Parallel();
            string nt = NTriplesWriter.WriteToString(g);
            string[] lines = nt.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().OnlyHaveUniqueItems("an RDF graph is a set: a repeated triple is one triple");
            lines.Count(l => l == "<https://knowledgegraph.example/entity/a> <" + Kg + "OWNS> <https://knowledgegraph.example/entity/b> .").Should().Be(1);
            lines.Count(l => l == "<https://knowledgegraph.example/entity/b> <" + Kg + "OWNS> <https://knowledgegraph.example/entity/a> .").Should().Be(1);
            lines.Count(l => l.EndsWith("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + Kg + "Relation> .", StringComparison.Ordinal)).Should().Be(6, "one statement per relation");

            // The reader rebuilds the relations from their statements: all six, each with its own time and properties.
            Graph back = NTriplesReader.Import(new StringReader(nt)).Graph;
            back.Relations.Select(r => r.Id).Should().BeEquivalentTo(new[] { "o1", "o2", "o3", "o4", "c1", "c2" });
            back.Relations.Single(r => r.Id == "o1").Validity.ToString().Should().Be("1999 – 2004");
            back.Relations.Single(r => r.Id == "o2").Properties["stake"].Should().Be(0.25);
            KnowledgeGraph.Formats.Json.GraphJsonWriter.WriteToString(back).Should().Be(KnowledgeGraph.Formats.Json.GraphJsonWriter.WriteToString(g));
        }

        [Test]
        public void KindsNamedLikeStructuralClasses_ReadBackAsEntities()
        {
            // kg:Source and kg:Relation are the statement pattern's classes; entities of kinds with those names stay entities.
            Vocabulary v = Vocabulary.Parse("{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [{\"name\": \"Source\"}, {\"name\": \"Relation\"}], \"relationTypes\": [{\"name\": \"LINKS\", \"source\": [], \"target\": []}]}");
            Graph g = new GraphBuilder(v)
                .AddEntity("s", "Source", "A source-kind entity")
                .AddEntity("r", "Relation", "A relation-kind entity")
                .AddRelation("x", "LINKS", "s", "r")
                .Build();
            string nt = NTriplesWriter.WriteToString(g);
            Graph back = NTriplesReader.Import(new StringReader(nt), options: new KnowledgeGraph.Formats.ImportOptions { Vocabulary = v }).Graph;
            back.Entities.Select(e => e.Id + ":" + e.Kind.Name).Should().Equal("s:Source", "r:Relation");
            back.Relations.Select(r => r.Id).Should().Equal("x");
            back.Sources.Should().BeEmpty();
        }

        [Test]
        public void Rapper_CountsEveryLineAsADistinctTriple()
        {
            string rapper = ExternalTool.Require("rapper", "apt-get install -y raptor2-utils");
            foreach (Graph g in new[] { Parallel(), CuratedGraphs.UnionState, RealReaderJudgeTests.Hostile() })
            {
                string nt = NTriplesWriter.WriteToString(g);
                string ntPath = Temp(".nt", nt);
                string ttlPath = Temp(".ttl", TurtleWriter.WriteToString(g));
                try
                {
                    int lines = nt.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
                    nt.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyHaveUniqueItems();
                    foreach ((string syntax, string path) in new[] { ("ntriples", ntPath), ("turtle", ttlPath) })
                    {
                        var (code, _, err) = ExternalTool.Run(rapper, $"-i {syntax} -c \"{path}\"", null);
                        code.Should().Be(0, err);
                        err.Should().Contain($"returned {lines} triples", $"rapper reads the {syntax} of '{g.Title}' as the same triples");
                    }
                }
                finally
                {
                    File.Delete(ntPath);
                    File.Delete(ttlPath);
                }
            }
        }

        [Test]
        public void Rdflib_EveryOwnTermIsDeclared()
        {
            string python = ExternalTool.RequirePython("rdflib");
            foreach (Graph g in new[] { Parallel(), CuratedGraphs.UnionState, RealReaderJudgeTests.Hostile() })
            {
                string ttl = Temp(".ttl", TurtleWriter.WriteToString(g));
                try
                {
                    var (code, output, error) = ExternalTool.Run(python, "-", $$"""
import json, rdflib
from rdflib import RDF, OWL
g = rdflib.Graph().parse({{Q(ttl)}}, format='turtle')
own = lambda t: isinstance(t, rdflib.URIRef) and str(t).startswith('https://knowledgegraph.example/') and ('/ontology#' in str(t) or '/property/' in str(t))
props = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}
used_p = {p for _, p, _ in g if own(p)}
used_c = {o for _, _, o in g.triples((None, RDF.type, None)) if own(o)}
print(json.dumps({
  "predicates": len(used_p), "classes": len(used_c),
  "undeclared_predicates": sorted(str(p) for p in used_p if not (set(g.objects(p, RDF.type)) & props)),
  "undeclared_classes": sorted(str(c) for c in used_c if OWL.Class not in set(g.objects(c, RDF.type))),
  "mixed": sorted(str(p) for p in used_p if OWL.ObjectProperty in set(g.objects(p, RDF.type)) and OWL.DatatypeProperty in set(g.objects(p, RDF.type))),
}))
""");
                    code.Should().Be(0, error);
                    JToken r = JToken.Parse(output);
                    ((int)r["predicates"]!).Should().BeGreaterThan(5);
                    ((int)r["classes"]!).Should().BeGreaterThan(1);
                    r["undeclared_predicates"]!.Select(t => (string)t!).Should().BeEmpty($"every predicate of '{g.Title}' in kg: or kgp: is declared");
                    r["undeclared_classes"]!.Select(t => (string)t!).Should().BeEmpty($"every class of '{g.Title}' in kg: is declared");
                    r["mixed"]!.Select(t => (string)t!).Should().BeEmpty("no term is both an object and a datatype property");
                }
                finally
                {
                    File.Delete(ttl);
                }
            }
        }
    }
}

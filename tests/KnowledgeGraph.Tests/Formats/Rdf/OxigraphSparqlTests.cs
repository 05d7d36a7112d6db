using System;
using System.Collections.Generic;
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
    /// <summary>
    /// The road past one machine: the N-Triples export loaded into a real SPARQL store (Oxigraph, from npm, in
    /// tests/sparql/) gives the same answers as the library. Node.js and <c>npm ci --prefix tests/sparql</c> are needed;
    /// the tests skip without them on a developer's machine and run under CI (.ci/setup installs the package).
    /// </summary>
    [NonParallelizable]
    public class OxigraphSparqlTests
    {
        private const string Prefixes = "PREFIX kg: <https://knowledgegraph.example/ontology#>\nPREFIX e: <https://knowledgegraph.example/entity/>\n";
        private const string EntityIri = "https://knowledgegraph.example/entity/";

        private static string? _data;

        [OneTimeSetUp]
        public void ExportTheCuratedGraph()
        {
            _data = Path.Combine(Path.GetTempPath(), "kg-sparql-" + Guid.NewGuid().ToString("N") + ".nt");
            File.WriteAllText(_data, NTriplesWriter.WriteToString(CuratedGraphs.UnionState), new System.Text.UTF8Encoding(false));
        }

        [OneTimeTearDown]
        public void Delete()
        {
            if (_data != null)
            {
                File.Delete(_data);
            }
        }

        [Test]
        public void Store_LoadsEveryTriple()
        {
            JObject answer = Sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            // Every line is one triple, and no line repeats: two relations of one type between the same entities share
            // their direct triple, written once (a store, an RDF graph being a set, would keep it once anyway).
            string[] lines = File.ReadLines(_data!).Where(l => l.Length > 0).ToArray();
            lines.Should().OnlyHaveUniqueItems();
            answer["loaded"]!.Value<int>().Should().Be(lines.Length, "the store keeps every triple of the export");
            answer["rows"]![0]!["n"]!.Value<int>().Should().Be(lines.Length);
        }

        [Test]
        public void Store_EveryOwnTermIsDeclared()
        {
            // Every predicate and class of the library's namespaces that the export uses has an rdf:type in it.
            JObject predicates = Sparql("SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"https://knowledgegraph.example/\")) FILTER NOT EXISTS { ?p a ?t } }");
            predicates["rows"]!.Should().BeEmpty();
            JObject classes = Sparql("SELECT DISTINCT ?c WHERE { ?s a ?c FILTER(STRSTARTS(STR(?c), \"https://knowledgegraph.example/\")) FILTER NOT EXISTS { ?c a <http://www.w3.org/2002/07/owl#Class> } }");
            classes["rows"]!.Should().BeEmpty();
            Sparql("SELECT (COUNT(*) AS ?n) WHERE { kg:from a <http://www.w3.org/2002/07/owl#DatatypeProperty> }")["rows"]![0]!["n"]!.Value<int>().Should().Be(1);
        }

        [Test]
        public void DependencyClosure_IsTheLibrarysForEveryEntity()
        {
            // What each entity depends on, directly or through others: DEPENDS_ON forwards and SUPPLIES backwards (the
            // vocabulary's reading of SUPPLIES), every subject, whatever the dates: reachability, which the library's
            // dependency report gives with a depth larger than the graph.
            Graph g = CuratedGraphs.UnionState;
            JObject answer = Sparql("SELECT ?root ?x WHERE { ?root (kg:DEPENDS_ON|^kg:SUPPLIES)+ ?x }");
            var sparql = answer["rows"]!
                .Select(r => (Root: Local(r["root"]!), X: Local(r["x"]!)))
                .Where(p => p.Root != p.X)
                .GroupBy(p => p.Root)
                .ToDictionary(grp => grp.Key, grp => grp.Select(p => p.X).OrderBy(x => x, StringComparer.Ordinal).ToArray());

            QueryOptions everything = AllSubjectsAllTimes(QueryOptions.Default.WithMaxDepth(g.Entities.Count).WithMaxResults(100000));
            int checkedRoots = 0;
            foreach (Entity e in g.Entities)
            {
                string[] ours = g.DependenciesOf(e, everything, maxPathsPerEntity: 1).Items
                    .Select(d => d.Entity.Id).Where(id => id != e.Id).OrderBy(x => x, StringComparer.Ordinal).ToArray();
                string[] theirs = sparql.TryGetValue(e.Id, out var t) ? t : Array.Empty<string>();
                ours.Should().Equal(theirs, $"the closure from '{e.Id}'");
                string[] closure = g.DependencyClosureOf(e, AllSubjectsAllTimes(QueryOptions.Default.WithMaxResults(100000))).Items
                    .Select(d => d.Entity.Id).OrderBy(x => x, StringComparer.Ordinal).ToArray();
                closure.Should().Equal(theirs, $"the closure without paths from '{e.Id}'");
                checkedRoots += ours.Length > 0 ? 1 : 0;
            }

            checkedRoots.Should().BeGreaterThanOrEqualTo(2, "the curated graph has several entities that depend on others");
            sparql["russia"].Should().Contain(new[] { "integral", "planar" });
        }

        [TestCase("1995")]
        [TestCase("2021")]
        [TestCase("2022-12")]
        [TestCase("2023-05-04")]
        [TestCase("2026")]
        public void AsOf_TheStoreClassifiesEveryRelationAsTheLibraryDoes(string date)
        {
            // The export's kg:earliestDay/kg:latestDay and kg:witness nodes let a SPARQL store apply the three-valued
            // rule; this checks the store's answer against Validity.StatusAsOf, on the curated graph and on a graph with
            // every kind of time (known, open, instant, bounded, observed on several dates, approximate, reported, unknown).
            PartialDate d = PartialDate.Parse(date);
            foreach (Graph g in new[] { CuratedGraphs.UnionState, EveryKindOfTime(), TimeFieldsGraph.Load(citations: true) })
            {
                string data = Path.Combine(Path.GetTempPath(), "kg-sparql-" + Guid.NewGuid().ToString("N") + ".nt");
                File.WriteAllText(data, NTriplesWriter.WriteToString(g), new System.Text.UTF8Encoding(false));
                try
                {
                    string first = d.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    string last = d.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    JObject answer = Sparql($$"""
                        PREFIX dcterms: <http://purl.org/dc/terms/>
                        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                        SELECT ?id ?status WHERE {
                          ?r a kg:Relation ; dcterms:identifier ?id .
                          OPTIONAL { ?r kg:earliestDay ?lo }
                          OPTIONAL { ?r kg:latestDay ?hi }
                          BIND(IF((BOUND(?lo) && ?lo > "{{last}}"^^xsd:date) || (BOUND(?hi) && ?hi < "{{first}}"^^xsd:date), "DoesNotHold",
                               IF(EXISTS { ?r kg:witness ?w .
                                           OPTIONAL { ?w kg:witnessStart ?ws } OPTIONAL { ?w kg:witnessEnd ?we }
                                           FILTER((!BOUND(?ws) || ?ws <= "{{last}}"^^xsd:date) && (!BOUND(?we) || ?we >= "{{first}}"^^xsd:date)) },
                                  "Holds", "MayHold")) AS ?status)
                        }
                        """, data);
                    var store = answer["rows"]!.ToDictionary(r => r["id"]!.Value<string>()!, r => r["status"]!.Value<string>()!, StringComparer.Ordinal);
                    store.Should().HaveCount(g.EdgeCount);
                    foreach (Relation r in g.Relations)
                    {
                        store[r.Id].Should().Be(r.Validity.StatusAsOf(d).ToString(), $"relation '{r.Id}' ({r.Validity}) as of {date}");
                    }

                    if (g.EdgeCount == 12)
                    {
                        store.Values.Distinct().Should().HaveCount(3, "the graph of every kind of time has facts that hold, may hold and do not hold at each of these dates");
                    }
                }
                finally
                {
                    File.Delete(data);
                }
            }
        }

        private static Graph EveryKindOfTime()
        {
            PartialDate P(string s) => PartialDate.Parse(s);
            var b = new GraphBuilder()
                .AddSource(new Source("report", SourceKind.Article, "A report", null, P("2023-05-04"), null))
                .AddEntity("a", "State", "A")
                .AddEntity("b", "State", "B");
            var times = new (string Id, Validity Validity, CitationEvidence Evidence)[]
            {
                ("unknown", Validity.Unknown, CitationEvidence.None),
                ("permanent", Validity.Permanent, CitationEvidence.None),
                ("known", Validity.Between(P("1999"), P("2021-06")), CitationEvidence.None),
                ("open-end", Validity.Since(P("2022-02-24")), CitationEvidence.None),
                ("open-start", Validity.Until(P("1995")), CitationEvidence.None),
                ("instant", Validity.Instant(P("2022-12")), CitationEvidence.None),
                ("bounded", Validity.Create(notBefore: P("1999"), notAfter: P("2021")), CitationEvidence.None),
                ("not-before", Validity.Create(notBefore: P("2019")), CitationEvidence.None),
                ("observed-twice", Validity.Create(observed: new[] { P("2021-03"), P("2026-01-15") }), CitationEvidence.None),
                ("approximate", Validity.Create(from: P("2020"), approximate: true), CitationEvidence.None),
                ("event-reported", Validity.Create(isEvent: true, notBefore: P("1999")), CitationEvidence.Reported),
                ("observed-by-source", Validity.Unknown, CitationEvidence.Observed),
            };
            foreach (var (id, validity, evidence) in times)
            {
                b.AddRelation(id, "TRADES_WITH", "a", "b", validity, citations: new[] { new Citation("report", "quote", null, evidence) });
            }

            return b.Build();
        }

        private static QueryOptions AllSubjectsAllTimes(QueryOptions options) => options.WithAnySubject().IgnoringTime();

        private static string Local(JToken iri)
        {
            string s = iri.Value<string>()!;
            return s.StartsWith(EntityIri, StringComparison.Ordinal) ? Uri.UnescapeDataString(s.Substring(EntityIri.Length)) : s;
        }

        private static JObject Sparql(string query) => Sparql(query, _data!);

        private static JObject Sparql(string query, string data)
        {
            string node = ExternalTool.RequireNodePackages("sparql", "oxigraph");
            string folder = Path.Combine(RepoPaths.Root, "tests", "sparql");

            string queryFile = Path.Combine(Path.GetTempPath(), "kg-sparql-" + Guid.NewGuid().ToString("N") + ".rq");
            File.WriteAllText(queryFile, Prefixes + query);
            try
            {
                var (code, output, error) = ExternalTool.Run(node, $"sparql.mjs \"{data}\" \"{queryFile}\"", null, folder);
                code.Should().Be(0, error);
                return JObject.Parse(output);
            }
            finally
            {
                File.Delete(queryFile);
            }
        }
    }
}

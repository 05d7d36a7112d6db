using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Formats.Gexf;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Mermaid;
using KnowledgeGraph.Formats.Neo4j;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Hardening
{
    /// <summary>
    /// Issue 12, faithful exports judged by their real readers: the curated graph and a hostile graph (names with quotes,
    /// newlines, markup and scripts of several languages; properties named like kg's own fields; list values whose items
    /// hold commas, semicolons, quotes and backslashes) are exported and read by the readers their users have: libxml2
    /// (<c>xmllint</c>) and graphology's parsers for GraphML and GEXF, mermaid's own flowchart parser, and Neo4j's Cypher
    /// front end (syntax and semantic analysis, <c>@neo4j-cypher/language-support</c>). The node packages are locked in
    /// tests/judges/ (installed by <c>.ci/setup</c> with <c>npm ci</c>); without node or them the tests skip on a
    /// developer's machine and fail under CI.
    /// </summary>
    /// <remarks>
    /// The GraphML XSD and GEXF 1.3's RELAX NG schema are not judges here: neither Debian nor npm ships them (checked with
    /// apt-file and npm), and the suite installs only from those registries.
    /// </remarks>
    [NonParallelizable]
    public class RealReaderJudgeTests
    {
        private static readonly string[] TrickyAliases = { "Lukashenka, Aliaksandr", "x;y", "a\"b\\c", "[bracket], {brace}", "Саммит 🚀" };
        private static readonly string[] TrickyTags = { "a, b", "c;d", "e \"f\"", "g\\nh" };

        private string _dir = null!;

        /// <summary>A graph built to break writers: every character a format treats specially, in names, aliases, properties and lists.</summary>
        internal static Graph Hostile() => new GraphBuilder { Title = "Hostile \"title\"\nwith a line break" }
            .AddEntity("q", "Organization", "Say \"hi\", 'then'\nleave; ok <b>&amp;</b> #1 [x] {y} |z| `tick` \\ end", aliases: TrickyAliases, description: "line one\nline two\ttab",
                properties: Props(("id", "n0"), ("description", "a property named description"), ("from", "x"), ("name", "shadow"), ("tags", TrickyTags), ("count", 5L), ("share", 0.25)))
            .AddEntity("u", "Organization", "Ünïcödé — 中文 — العربية — \u200Fmark")
            .AddEntity("e-3.x", "Company", "=HYPERLINK(\"http://x\")", properties: Props(("aliases", new[] { "shadow, list" }), ("kind", "not the kind")))
            .AddRelation("r1", "DEPENDS_ON", "q", "u", Validity.Between(PartialDate.Parse("2021"), null), confidence: 0.5,
                properties: Props(("id", "e0"), ("directed", "no"), ("confidence", "high"), ("list", new[] { "1,2", "3;4" })))
            .AddRelation("r2", "DEPENDS_ON", "q", "u", Validity.Instant(PartialDate.Parse("2022-02-24")), note: "parallel \"relation\"\r\nwith CRLF")
            .AddRelation("r3", "COOPERATES_WITH", "u", "e-3.x", Validity.Always)
            .Build();

        [OneTimeSetUp]
        public void Folder()
        {
            _dir = Path.Combine(Path.GetTempPath(), "kg-judges-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_dir);
        }

        [OneTimeTearDown]
        public void Delete() => Directory.Delete(_dir, true);

        [Test]
        public void GraphML_IsWellFormedForLibxml2_AndGraphologyReadsEveryNodeEdgeAndValue()
        {
            string[] files = Export("graphml", g => GraphMLWriter.WriteToString(g));
            XmlLint(files);
            JArray answers = Judge("graphml", files);
            Counts(answers);
            JObject q = Node(answers[1], "q");
            ((string)q["name"]!).Should().Be(Hostile().GetEntity("q").Name);
            JArray.Parse((string)q["aliases"]!).Select(x => (string)x!).Should().Equal(TrickyAliases);
            JArray.Parse((string)q["propList:tags"]!).Select(x => (string)x!).Should().Equal(TrickyTags);
            ((string)q["prop:id"]!).Should().Be("n0", "a property named id stays apart from the node id");
            ((string)q["prop:description"]!).Should().Be("a property named description");
            ((string)q["description"]!).Should().Be("line one\nline two\ttab");
        }

        [Test]
        public void Gexf_IsWellFormedForLibxml2_AndGraphologyReadsListsWithCommasWhole()
        {
            string[] files = Export("gexf", g => GexfWriter.WriteToString(g));
            XmlLint(files);
            JArray answers = Judge("gexf", files);
            Counts(answers);
            JObject q = Node(answers[1], "q");
            ((string)q["label"]!).Should().Be(Hostile().GetEntity("q").Name);
            q["aliases"]!.Select(x => (string)x!).Should().Equal(TrickyAliases, "each item is quoted, so commas, quotes and backslashes inside items survive");
            q["tags"]!.Select(x => (string)x!).Should().Equal(TrickyTags);
            ((string)q["prop.description"]!).Should().Be("a property named description", "a property named like an attribute gets its own title");
            ((string)q["description"]!).Should().Be("line one\nline two\ttab");
            Node(answers[1], "e-3.x")["prop.aliases"]!.Select(x => (string)x!).Should().Equal("shadow, list");
            JObject r1 = (JObject)answers[1]["edgeList"]!.Single(e => (string)e["key"]! == "r1")["attributes"]!;
            r1["list"]!.Select(x => (string)x!).Should().Equal("1,2", "3;4");
            answers[1]["edgeList"]!.Single(e => (string)e["key"]! == "r3")["undirected"]!.Value<bool>().Should().BeTrue();
        }

        [Test]
        public void Mermaid_ParsesWithMermaidsOwnFlowchartParser_AndIsBoundedByItsLimits()
        {
            // 120 entities and 595 relations: within the entity bound, past mermaid's 500 edges; 100 names of 600
            // characters: past its 50,000 characters. Refused with a bound, or truncated to what mermaid takes.
            var random = new Random(5);
            var dense = new GraphBuilder();
            var long_ = new GraphBuilder();
            for (int i = 0; i < 120; i++)
            {
                dense.AddEntity("d" + i, "Company", "Company " + i);
                long_.AddEntity("l" + i, "Person", new string((char)('a' + (i % 26)), 600) + " \"" + i + "\"");
            }

            for (int i = 0; i < 595; i++)
            {
                int a = random.Next(120), b = (a + 1 + random.Next(119)) % 120;
                dense.AddRelation("r" + i, "ASSOCIATED_WITH", "d" + a, "d" + b);
            }

            Graph denseGraph = dense.Build(), longGraph = long_.Build();
            Action tooManyRelations = () => MermaidWriter.WriteToString(denseGraph);
            tooManyRelations.Should().Throw<BoundExceededException>().WithMessage("*595 relations; mermaid draws at most 500*--truncate*");
            Action tooLong = () => MermaidWriter.WriteToString(longGraph);
            tooLong.Should().Throw<BoundExceededException>().WithMessage("*characters; mermaid reads at most 50,000*");
            var truncate = new KnowledgeGraph.Formats.FormatWriteOptions { Mermaid = new MermaidOptions { Truncate = true } };
            string denseText = MermaidWriter.WriteToString(denseGraph, truncate), longText = MermaidWriter.WriteToString(longGraph, truncate);
            denseText.Should().Contain("%% truncated: the 90 entities").And.Contain("to fit mermaid's limits");
            longText.Length.Should().BeLessThanOrEqualTo(MermaidWriter.MaxCharacters);

            string[] files = Export("mermaid", g => MermaidWriter.WriteToString(g)).Concat(new[] { Write("dense.mermaid", denseText), Write("long.mermaid", longText) }).ToArray();
            JArray answers = Judge("mermaid", files);
            Counts(answers);
            answers.Select(a => (string)a["type"]!).Should().AllBe("flowchart-v2");
            answers[2]["edges"]!.Value<int>().Should().BeInRange(1, MermaidWriter.MaxRelations, "mermaid accepts the truncated picture");
            answers[2]["edges"]!.Value<int>().Should().Be(denseText.Split('\n').Count(l => l.Contains("---|", StringComparison.Ordinal)));
            answers[3]["nodes"]!.Value<int>().Should().Be(longText.Split('\n').Count(l => l.Contains(":::k", StringComparison.Ordinal)));
        }

        [Test]
        public void Cypher_PassesNeo4jsSyntaxAndSemanticAnalysis()
        {
            // Neo4j's semantic analysis (compiled to JavaScript) takes about 0.7 s a statement: the hostile script is
            // judged whole; of the curated script (163 statements) the constraints and the three longest entity and
            // relation statements (the most properties and escapes) are.
            string hostile = CypherWriter.WriteToString(Hostile());
            string[] curated = CypherWriter.WriteToString(CuratedGraphs.UnionState).Split('\n').Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToArray();
            curated.Should().OnlyContain(l => l.EndsWith(";", StringComparison.Ordinal), "each statement is one line");
            var sample = curated.Where(l => l.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
                .Concat(curated.Where(l => l.StartsWith("MERGE", StringComparison.Ordinal)).OrderByDescending(l => l.Length).Take(3))
                .Concat(curated.Where(l => l.StartsWith("MATCH", StringComparison.Ordinal)).OrderByDescending(l => l.Length).Take(3))
                .ToArray();
            sample.Length.Should().BeGreaterThan(6);
            string[] files = { Write("sample.cypher", string.Join("\n", sample) + "\n"), Write("hostile.cypher", hostile) };
            JArray answers = Judge("cypher", files);
            answers[0]["statements"]!.Value<int>().Should().Be(sample.Length);
            int hostileStatements = hostile.Split('\n').Count(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));
            answers[1]["statements"]!.Value<int>().Should().Be(hostileStatements);
            hostile.Should().Contain("`prop.id`: 'n0'", "a property named id never overwrites the MERGE key");
        }

        private static PropertyMap Props(params (string Key, object Value)[] items) =>
            PropertyMap.From(items.Select(i => new KeyValuePair<string, object>(i.Key, i.Value)));

        private static void Counts(JArray answers)
        {
            answers[0]["nodes"]!.Value<int>().Should().Be(CuratedGraphs.UnionState.VertexCount);
            answers[0]["edges"]!.Value<int>().Should().Be(CuratedGraphs.UnionState.EdgeCount);
            Graph hostile = Hostile();
            answers[1]["nodes"]!.Value<int>().Should().Be(hostile.VertexCount);
            answers[1]["edges"]!.Value<int>().Should().Be(hostile.EdgeCount, "parallel relations are kept apart");
        }

        private static JObject Node(JToken answer, string id) =>
            (JObject)answer["nodeList"]!.Single(n => (string)n["key"]! == id)["attributes"]!;

        private string[] Export(string extension, Func<Graph, string> write) => new[]
        {
            Write("curated." + extension, write(CuratedGraphs.UnionState)),
            Write("hostile." + extension, write(Hostile())),
        };

        private string Write(string name, string text)
        {
            string path = Path.Combine(_dir, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        private static void XmlLint(string[] files)
        {
            string xmllint = ExternalTool.Require("xmllint", "apt-get install -y libxml2-utils");
            foreach (string file in files)
            {
                var (code, _, error) = ExternalTool.Run(xmllint, $"--noout --nonet \"{file}\"", null);
                code.Should().Be(0, $"libxml2 finds {Path.GetFileName(file)} well-formed: {error}");
            }
        }

        private static JArray Judge(string format, string[] files)
        {
            string node = ExternalTool.RequireNodePackages("judges", format == "cypher" ? "@neo4j-cypher/language-support" : format == "mermaid" ? "mermaid" : "graphology");
            string folder = Path.Combine(RepoPaths.Root, "tests", "judges");

            var (code, output, error) = ExternalTool.Run(node, "judge.mjs " + format + " " + string.Join(" ", files.Select(f => "\"" + f + "\"")), null, folder);
            code.Should().Be(0, $"the {format} reader accepts the exports: {error}");
            return JArray.Parse(output);
        }
    }
}

using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats.Neo4j;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Neo4j
{
    public class Neo4jWriterTests
    {
        private static Graph Tricky() => new GraphBuilder()
            .AddEntity("a", "Summit", "Say \"hi\", then\nleave; ok", aliases: new[] { "x;y", "Саммит" }, properties: PropertyMap.From(new[] { new System.Collections.Generic.KeyValuePair<string, object>("n", 5L), new System.Collections.Generic.KeyValuePair<string, object>("tags", new[] { "t1", "t2" }) }))
            .AddEntity("b", "Person", "O'Brien \\ back`tick")
            .AddRelation("r", "PARTICIPATED_IN", "b", "a", Validity.Instant(PartialDate.Parse("2021-09")), confidence: 1e-7)
            .Build();

        [Test]
        public void WriteDirectory_CsvReadsBackWithPythonCsv()
        {
            string dir = Path.Combine(Path.GetTempPath(), "kg-neo4j-" + Guid.NewGuid().ToString("N"));
            Neo4jCsvWriter.Write(Tricky(), dir);
            try
            {
                File.ReadAllText(Path.Combine(dir, Neo4jCsvWriter.ScriptFile)).Should().Contain("neo4j-admin database import full --nodes=entities.csv --relationships=relations.csv");
                string python = ExternalTool.RequirePython("csv");
                var (code, output, error) = ExternalTool.Run(python, "-", $$"""
import csv, json
n = list(csv.reader(open({{Q(Path.Combine(dir, Neo4jCsvWriter.NodesFile))}}, newline='', encoding='utf-8')))
r = list(csv.reader(open({{Q(Path.Combine(dir, Neo4jCsvWriter.RelationshipsFile))}}, newline='', encoding='utf-8')))
print(json.dumps({"nh": n[0], "n": n[1:], "rh": r[0], "r": r[1:]}))
""");
                code.Should().Be(0, error);
                JToken t = JToken.Parse(output);
                t["nh"]!.Select(x => (string)x!).Should().StartWith(new[] { "id:ID", ":LABEL", "name", "aliases:string[]" }).And.Contain("n:long").And.Contain("tags:string[]");
                var a = t["n"]![0]!.Select(x => (string)x!).ToList();
                a[0].Should().Be("a");
                a[1].Should().Be("Entity|Summit|Event", "an alias holds ';', so the array delimiter is the first free candidate, '|'");
                a[2].Should().Be("Say \"hi\", then\nleave; ok");
                a[3].Split('|').Should().Equal("x;y", "Саммит");
                File.ReadAllText(Path.Combine(dir, Neo4jCsvWriter.ScriptFile)).Should().Contain("--array-delimiter='U+007C'");
                t["rh"]!.Select(x => (string)x!).Should().StartWith(new[] { ":START_ID", ":END_ID", ":TYPE", "id", "from", "to", "at", "startDay:date", "endDay:date", "confidence:double" });
                var rel = t["r"]![0]!.Select(x => (string)x!).ToList();
                rel.Take(9).Should().Equal("b", "a", "PARTICIPATED_IN", "r", "", "", "2021-09", "2021-09-01", "2021-09-30");
                double.Parse(rel[9], System.Globalization.CultureInfo.InvariantCulture).Should().Be(1e-7);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void ArrayDelimiter_IsOneThatNoItemHolds()
        {
            Neo4jCsvWriter.ArrayDelimiter(Graph.Parse(TestGraphs.Small)).Should().Be(';', "no item holds one");
            Neo4jCsvWriter.ArrayDelimiter(CuratedGraphs.UnionState).Should().Be('|', "formatted citations hold '; '");
            Neo4jCsvWriter.ImportCommand().Should().Contain("--array-delimiter=';'");
            Graph g = new GraphBuilder()
                .AddEntity("a", "Person", "A", aliases: new[] { "x;y", "p|q" }, properties: Props(("tags", new[] { "a\u00A6b" })))
                .AddEntity("b", "Person", "B")
                .AddRelation("r", "ASSOCIATE_OF", "a", "b", Validity.Always, properties: Props(("list", new[] { "\u241F" })))
                .Build();
            Neo4jCsvWriter.ArrayDelimiter(g).Should().Be('\uE000', "';', '|', '¦' and '␟' all occur in items");
            var nodes = new StringWriter();
            Neo4jCsvWriter.WriteNodes(g, nodes);
            nodes.ToString().Should().Contain("\"x;y\uE000p|q\"").And.Contain("\"a\u00A6b\"").And.Contain("\"Entity\uE000Person\"");
        }

        [Test]
        public void Cypher_EscapesStringsAndNames()
        {
            CypherWriter.Literal("O'Brien \\ \"q\"\nx").Should().Be("'O\\'Brien \\\\ \"q\"\\nx'");
            CypherWriter.Name("we`ird").Should().Be("`we``ird`");
            string script = CypherWriter.WriteToString(Tricky());
            script.Should().Contain("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;")
                .And.Contain("MERGE (n:Entity {id: 'a'}) SET n:`Summit`:`Event`, n += {`name`: 'Say \"hi\", then\\nleave; ok'")
                .And.Contain("`aliases`: ['x;y', 'Саммит']").And.Contain("`n`: 5").And.Contain("`tags`: ['t1', 't2']")
                .And.Contain("MATCH (a:Entity {id: 'b'}), (b:Entity {id: 'a'}) MERGE (a)-[r:`PARTICIPATED_IN` {id: 'r'}]->(b) SET r += {`at`: '2021-09', `startDay`: date('2021-09-01'), `endDay`: date('2021-09-30'), `confidence`: 1E-07");
            script.Split('\n').Count(l => l.StartsWith("MERGE", StringComparison.Ordinal)).Should().Be(2);
        }

        private static PropertyMap Props(params (string Key, object Value)[] items) =>
            PropertyMap.From(items.Select(i => new System.Collections.Generic.KeyValuePair<string, object>(i.Key, i.Value)));

        /// <summary>A graph as igraph saves it: every node has a property named id, and properties named like kg's fields.</summary>
        private static Graph Colliding() => new GraphBuilder { Title = "Title\rwith CR\u2028and more" }
            .AddEntity("a", "Person", "=HYPERLINK(\"x\")", description: "real description", properties: Props(("id", "n0"), ("description", "prop desc"), ("prop.x", "p"), ("formula", "@SUM(A1)")))
            .AddEntity("b", "Person", "-2", properties: Props(("id", "n1"), ("wikidata", "Q1")))
            .AddRelation("r", "ASSOCIATE_OF", "a", "b", Validity.Always, properties: Props(("id", "e0"), ("from", "x"), ("directed", "no")))
            .Build();

        [Test]
        public void Cypher_PropertiesNamedLikeFields_NeverOverwriteTheKeyOrAField()
        {
            string script = CypherWriter.WriteToString(Colliding());
            script.Should().Contain("MERGE (n:Entity {id: 'a'})").And.Contain("`prop.id`: 'n0'").And.Contain("`description`: 'real description'").And.Contain("`prop.description`: 'prop desc'").And.Contain("`prop.prop.x`: 'p'");
            script.Should().Contain("MERGE (a)-[r:`ASSOCIATE_OF` {id: 'r'}]->(b)").And.Contain("`prop.id`: 'e0'").And.Contain("`prop.from`: 'x'").And.Contain("`directed`: false").And.Contain("`prop.directed`: 'no'");
            script.Should().NotContain("`id`: 'n0'").And.NotContain("`id`: 'e0'");
            script.Split('\n')[0].Should().StartWith("// Title with CR and more:", "no line break of the title may escape the comment");
            script.Should().NotContain("\r").And.NotContain("\u2028");
        }

        [Test]
        public void Csv_PropertiesNamedLikeColumns_GetTheirOwnColumns_FormulasAreDefused()
        {
            var nodes = new StringWriter { NewLine = "\n" };
            Neo4jCsvWriter.WriteNodes(Colliding(), nodes);
            string[] header = nodes.ToString().Split('\n')[0].Split(',');
            header.Should().OnlyHaveUniqueItems().And.Contain("prop.id").And.Contain("prop.description").And.Contain("prop.wikidata").And.Contain("prop.prop.x");
            nodes.ToString().Should().Contain("\"'=HYPERLINK(\"\"x\"\")\"").And.Contain("\"'@SUM(A1)\"").And.Contain(",\"-2\",", "a number is not a formula");
            var rels = new StringWriter { NewLine = "\n" };
            Neo4jCsvWriter.WriteRelationships(Colliding(), rels);
            rels.ToString().Split('\n')[0].Split(',').Should().OnlyHaveUniqueItems().And.Contain("prop.id").And.Contain("prop.from").And.Contain("prop.directed");
        }

        [TestCase("=1+2", true)]
        [TestCase("+cmd", true)]
        [TestCase("-x", true)]
        [TestCase("@x", true)]
        [TestCase("\tx", true)]
        [TestCase("-2.5", false)]
        [TestCase("a=b", false)]
        [TestCase("", false)]
        public void Csv_FormulaRule(string cell, bool formula) => Neo4jCsvWriter.IsFormula(cell).Should().Be(formula);

        private static string Q(string s) => Newtonsoft.Json.JsonConvert.ToString(s);
    }
}

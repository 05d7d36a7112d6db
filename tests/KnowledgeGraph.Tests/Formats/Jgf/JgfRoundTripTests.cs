using System;
using System.Linq;
using System.IO;
using FluentAssertions;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Jgf
{
    public class JgfRoundTripTests
    {
        [Test]
        public void ReadWrite_RoundTripsToTheSameJson()
        {
            foreach (Graph g in new[] { Graph.Parse(TestGraphs.Small), CuratedGraphs.UnionState })
            {
                JgfReader.Import(new StringReader(JgfWriter.WriteToString(g))).Graph.ToJson().Should().Be(g.ToJson());
            }
        }

        [Test]
        public void Write_HasTheStructureTheSchemaRequires()
        {
            JObject doc = JgfWriter.ToJson(Graph.Parse(TestGraphs.Small));
            doc.Properties().Should().ContainSingle().Which.Name.Should().Be("graph");
            var g = (JObject)doc["graph"]!;
            g.Properties().Select(p => p.Name).Should().BeSubsetOf(new[] { "id", "label", "directed", "type", "metadata", "nodes", "edges" });
            foreach (JProperty n in ((JObject)g["nodes"]!).Properties())
            {
                ((JObject)n.Value).Properties().Select(p => p.Name).Should().BeSubsetOf(new[] { "label", "metadata" });
            }

            foreach (JObject e in (JArray)g["edges"]!)
            {
                e.Properties().Select(p => p.Name).Should().BeSubsetOf(new[] { "id", "source", "target", "relation", "directed", "label", "metadata" });
                e["source"]!.Type.Should().Be(JTokenType.String);
                e["target"]!.Type.Should().Be(JTokenType.String);
            }
        }

        [Test]
        public void Write_ValidAgainstTheJgfV2Schema()
        {
            string schema = RepoPaths.RealData("jgf", "json-graph-schema_v2.json");
            string python = ExternalTool.RequirePython("jsonschema");
            string path = Path.Combine(Path.GetTempPath(), "kg-jgf-" + Guid.NewGuid().ToString("N") + ".json");
            JgfWriter.Write(CuratedGraphs.UnionState, path);
            try
            {
                var (code, output, error) = ExternalTool.Run(python, "-", $$"""
import json, jsonschema
schema = json.load(open({{Q(schema)}}))
doc = json.load(open({{Q(path)}}, encoding='utf-8'))
jsonschema.validate(doc, schema)
bad = dict(graph=dict(nodes=dict(a=dict(label="A", colour="red"))))
try:
    jsonschema.validate(bad, schema); print("bad accepted")
except jsonschema.ValidationError:
    print("ok")
""");
                code.Should().Be(0, error);
                output.Trim().Should().Be("ok");
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void Read_MissingKind_ReportsLine()
        {
            string json = "{\n  \"graph\": {\n    \"nodes\": {\n      \"a\": {\"label\": \"A\"}\n    }\n  }\n}";
            Action act = () => JgfReader.Import(new StringReader(json), "x.json");
            act.Should().Throw<GraphValidationException>().Which.Errors[0].ToString().Should().StartWith("x.json:4:");
        }

        private static string Q(string s) => Newtonsoft.Json.JsonConvert.ToString(s);
    }
}

using System;
using System.IO;
using FluentAssertions;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    /// <summary>The graphs of <c>graphs/</c> and what the writer writes validate against <c>graphs/knowledge-graph.schema.json</c> (checked by Python's jsonschema), and the schema refuses what the loader refuses.</summary>
    public class GraphJsonSchemaTests
    {
        [Test]
        public void GraphsAndWrittenFiles_ValidateAgainstTheSchema()
        {
            string python = ExternalTool.RequirePython("jsonschema");
            string written = Path.Combine(Path.GetTempPath(), "kg-schema-" + Guid.NewGuid().ToString("N") + ".json");
            var g = new GraphBuilder()
                .AddSource(new Source("s", SourceKind.Article, "S", date: PartialDate.Parse("2023-05-04")))
                .AddEntity("a", "State", "A").AddEntity("b", "State", "B")
                .AddRelation("r1", "DEPENDS_ON", "a", "b", Validity.Create(notBefore: PartialDate.Parse("2019"), notAfter: PartialDate.Parse("2023"), observed: new[] { PartialDate.Parse("2021") }, approximate: true), confidence: 0.8, status: RelationStatus.Inferred, attribution: "editors", note: "oil", about: "oil")
                .AddRelation("r2", "COOPERATES_WITH", "a", "b", Validity.Permanent)
                .AddRelation("r3", "COOPERATES_WITH", "a", "b", Validity.Create(isEvent: true), citations: new[] { new Citation("s", evidence: CitationEvidence.Reported) })
                .AddRelation("r4", "COOPERATES_WITH", "a", "b", Validity.Instant(PartialDate.Parse("2022-12-21")))
                .Build();
            File.WriteAllText(written, g.ToJson());
            try
            {
                var (code, output, error) = ExternalTool.Run(python, "-", $$"""
import json, glob, os, jsonschema
schema = json.load(open({{Q(RepoPaths.Graph("knowledge-graph.schema.json"))}}, encoding='utf-8'))
jsonschema.Draft202012Validator.check_schema(schema)
files = [f for f in glob.glob(os.path.join({{Q(RepoPaths.Graph(string.Empty))}}, '*.json')) if not f.endswith('.schema.json')] + [{{Q(written)}}]
for f in files:
    jsonschema.validate(json.load(open(f, encoding='utf-8')), schema)
base = json.load(open({{Q(written)}}, encoding='utf-8'))
bad = [
    dict(at="2022", **{"from": "2021"}),
    dict(time="permanent", notAfter="2022"),
    dict(status="rumoured"),
    dict(confidence=1.5),
    dict(observed=["2023-13"]),
    dict(approximate="yes"),
]
refused = 0
for extra in bad:
    doc = json.loads(json.dumps(base))
    doc["relations"][1].update(extra)
    try:
        jsonschema.validate(doc, schema)
        print("accepted", extra)
    except jsonschema.ValidationError:
        refused += 1
print("ok", len(files), refused)
""");
                code.Should().Be(0, error);
                output.Trim().Should().StartWith("ok ").And.EndWith(" 6", output);
            }
            finally
            {
                File.Delete(written);
            }
        }

        private static string Q(string s) => Newtonsoft.Json.JsonConvert.ToString(s);
    }
}

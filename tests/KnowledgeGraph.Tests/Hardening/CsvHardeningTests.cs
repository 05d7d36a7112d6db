using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Hardening
{
    /// <summary>
    /// Issue 12, CSV round trips: aliases holding <c>;</c>, lists, and text that reads as a number or a boolean survive
    /// (a type at the end of a column's header, written only where the plain reading would change a value), and files
    /// without those endings read exactly as before.
    /// </summary>
    public class CsvHardeningTests
    {
        private const string Edges = "source,target,type\n";

        private static Graph Read(string nodes, string edges = Edges, ImportErrorMode mode = ImportErrorMode.Stop) =>
            CsvGraphReader.Import(new StringReader(nodes), "nodes.csv", new StringReader(edges), "edges.csv", new ImportOptions { ErrorMode = mode }).Graph;

        private static (string Nodes, string Edges) Write(Graph g)
        {
            var nodes = new StringWriter();
            var edges = new StringWriter();
            CsvGraphWriter.WriteEntities(g, nodes);
            CsvGraphWriter.WriteRelations(g, edges);
            return (nodes.ToString(), edges.ToString());
        }

        private static PropertyMap Props(params (string Key, object Value)[] pairs) => PropertyMap.From(pairs.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)));

        [Test]
        public void PlainFiles_ReadAsBefore()
        {
            Graph g = Read("id,kind,name,aliases,code,count,flag,share,note,x:y\n"
                + "a,Person,A,\"Lukashenko; Lukashenka ; Лукашэнка\",007,7,true,1.5,plain,colon\n");
            Entity a = g.Entities[0];
            a.Aliases.Should().Equal("Lukashenko", "Lukashenka", "Лукашэнка");
            a.Properties["code"].Should().Be("007", "a number with a leading zero was always text");
            a.Properties["count"].Should().Be(7L);
            a.Properties["flag"].Should().Be(true);
            a.Properties["share"].Should().Be(1.5);
            a.Properties["note"].Should().Be("plain");
            a.Properties["x:y"].Should().Be("colon", "only :string and :json end a header with a type");
        }

        [Test]
        public void Writer_TypesOnlyTheColumnsThatNeedIt()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Person", "A", aliases: new[] { "x;y", " padded " }, properties: Props(("code", "007"), ("count", 7L), ("tags", new[] { "a;b", "c" }), ("mixed", "12")))
                .AddEntity("b", "Person", "B", aliases: new[] { "plain" }, properties: Props(("code", "true"), ("mixed", 12L), ("note", "text")))
                .Build();
            string nodes = Write(g).Nodes;
            string header = nodes.Split('\n')[0];
            header.Should().Be("id,kind,name,aliases:json,code:string,count,tags:json,mixed:json,note");
            nodes.Should().Contain("\"[\"\"x;y\"\",\"\" padded \"\"]\"").And.Contain("\"[\"\"a;b\"\",\"\"c\"\"]\"");

            Graph back = Read(nodes);
            back.GetEntity("a").Aliases.Should().Equal("x;y", " padded ");
            back.GetEntity("a").Properties["code"].Should().Be("007");
            back.GetEntity("b").Properties["code"].Should().Be("true");
            back.GetEntity("a").Properties["tags"].Should().BeEquivalentTo(new[] { "a;b", "c" }, o => o.WithStrictOrdering());
            back.GetEntity("a").Properties["mixed"].Should().Be("12");
            back.GetEntity("b").Properties["mixed"].Should().Be(12L);
            back.GetEntity("a").Properties["count"].Should().Be(7L);

            // A graph that loses nothing is written as it always was: no typed header.
            Graph plain = new GraphBuilder().AddEntity("a", "Person", "A", aliases: new[] { "B" }, properties: Props(("count", 7L), ("note", "text"))).Build();
            Write(plain).Nodes.Split('\n')[0].Should().Be("id,kind,name,aliases,count,note");
        }

        [Test]
        public void Writer_PropertyNamedLikeATypedHeader_ReadsBackUnderItsName()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Person", "A", properties: Props(("tags:json", "text"), ("n:string", 5L), ("aliases:json", "x")))
                .AddRelation("r", "COOPERATES_WITH", "a", "a", properties: Props(("w:json", "1")))
                .Build();
            (string nodes, string edges) = Write(g);
            Graph back = Read(nodes, edges);
            back.GetEntity("a").Properties["tags:json"].Should().Be("text");
            back.GetEntity("a").Properties["n:string"].Should().Be(5L);
            back.GetEntity("a").Properties["aliases:json"].Should().Be("x");
            back.GetEntity("a").Aliases.Should().BeEmpty();
            back.Relations[0].Properties["w:json"].Should().Be("1");
        }

        [TestCase("['a']", "double quotes")]
        [TestCase("[1]", "only strings")]
        [TestCase("\"x", "not one JSON value")]
        [TestCase("99999999999999999999", "64 bits")]
        [TestCase("NaN", "finite")]
        [TestCase("{\"a\": 1}", "not one JSON value")]
        [TestCase("1 2", "not one JSON value")]
        public void JsonCell_NotOneValue_IsAnErrorWithItsLine(string cell, string said)
        {
            string nodes = "id,kind,name,tags:json\na,Person,A,\"[\"\"ok\"\"]\"\nb,Person,B," + Quote(cell) + "\n";
            Action read = () => Read(nodes);
            read.Should().Throw<GraphValidationException>()
                .Where(e => e.Errors.Count == 1 && e.Errors[0].Line == 3 && e.Errors[0].File == "nodes.csv")
                .WithMessage("*tags:json*" + said + "*");

            // Skipped, the other lines load.
            ImportResult result = CsvGraphReader.Import(new StringReader(nodes), "nodes.csv", new StringReader(Edges), "edges.csv", new ImportOptions { ErrorMode = ImportErrorMode.Skip });
            result.Graph.Entities.Select(e => e.Id).Should().Equal("a");
            result.Problems.Should().ContainSingle();
        }

        [Test]
        public void JsonAliases_NotAnArray_IsAnErrorWithItsLine()
        {
            Action read = () => Read("id,kind,name,aliases:json\na,Person,A,\"\"\"one\"\"\"\n");
            read.Should().Throw<GraphValidationException>().Where(e => e.Errors[0].Line == 2).WithMessage("*aliases:json*not a JSON array*");
        }

        [Test]
        public void JsonCellOfARelation_NotOneValue_IsAnErrorWithItsLine()
        {
            Action read = () => Read("id,kind,name\na,Person,A\n", "source,target,type,w:json\na,a,COOPERATES_WITH,'x'\n");
            read.Should().Throw<GraphValidationException>().Where(e => e.Errors[0].Line == 2 && e.Errors[0].File == "edges.csv").WithMessage("*w:json*");
        }

        [TestCase("tags,tags:json")]
        [TestCase("x,prop.x")]
        [TestCase("n:string,n:json")]
        public void TwoColumnsOfOneProperty_AreRefused(string columns)
        {
            Action read = () => Read("id,kind,name," + columns + "\na,Person,A,1,2\n");
            read.Should().Throw<GraphValidationException>().WithMessage("*name the same property*");
        }

        private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

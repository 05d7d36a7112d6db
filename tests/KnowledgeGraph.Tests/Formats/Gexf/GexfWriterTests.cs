using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats.Gexf;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Gexf
{
    public class GexfWriterTests
    {
        private static readonly XNamespace Ns = GexfWriter.Namespace;

        [Test]
        public void Write_IsWellFormedDynamicGexf13()
        {
            XDocument doc = XDocument.Parse(GexfWriter.WriteToString(CuratedGraphs.UnionState));
            doc.Root!.Name.Should().Be(Ns + "gexf");
            doc.Root.Attribute("version")!.Value.Should().Be("1.3");
            XElement g = doc.Root.Element(Ns + "graph")!;
            g.Attribute("mode")!.Value.Should().Be("dynamic");
            g.Attribute("timeformat")!.Value.Should().Be("date");
            g.Element(Ns + "nodes")!.Elements(Ns + "node").Should().HaveCount(CuratedGraphs.UnionState.VertexCount);
            g.Element(Ns + "edges")!.Elements(Ns + "edge").Should().HaveCount(CuratedGraphs.UnionState.EdgeCount);
            XNamespace viz = GexfWriter.VizNamespace;
            XElement color = g.Descendants(Ns + "node").First(n => n.Attribute("id")!.Value == "integral").Element(viz + "color")!;
            ((int)color.Attribute("r")!).Should().Be(0x6d);
        }

        [Test]
        public void Write_SpellsFollowValidity()
        {
            XDocument doc = XDocument.Parse(GexfWriter.WriteToString(Graph.Parse(TestGraphs.Small)));
            XElement Edge(string id) => doc.Descendants(Ns + "edge").Single(e => e.Attribute("id")!.Value == id);
            XElement? Spell(string id) => Edge(id).Element(Ns + "spells")?.Element(Ns + "spell");

            // from 2022-12, open end: starts on the first day of December, no end.
            Spell("b-supplies-a")!.Attribute("start")!.Value.Should().Be("2022-12-01");
            Spell("b-supplies-a")!.Attribute("end").Should().BeNull();

            // 1999 – 2021: from the first day of 1999 to the last day of 2021.
            Spell("b-depends-on-c")!.Attribute("start")!.Value.Should().Be("1999-01-01");
            Spell("b-depends-on-c")!.Attribute("end")!.Value.Should().Be("2021-12-31");

            // An event on one day spans that day; the relation type is undirected.
            Spell("a-c-meeting")!.Attribute("start")!.Value.Should().Be("2023-02-25");
            Spell("a-c-meeting")!.Attribute("end")!.Value.Should().Be("2023-02-25");
            Edge("a-c-meeting").Attribute("type")!.Value.Should().Be("undirected");
        }

        [Test]
        public void Write_DeclaresTypedAttributes()
        {
            XDocument doc = XDocument.Parse(GexfWriter.WriteToString(Graph.Parse(TestGraphs.Small)));
            var attrs = doc.Descendants(Ns + "attributes").Single(a => a.Attribute("class")!.Value == "node").Elements(Ns + "attribute")
                .ToDictionary(a => a.Attribute("title")!.Value, a => a.Attribute("type")!.Value);
            attrs["population"].Should().Be("long");
            attrs["gdpShare"].Should().Be("double");
            attrs["landlocked"].Should().Be("boolean");
            attrs["languages"].Should().Be("liststring");
            string pop = doc.Descendants(Ns + "attvalue").First(v => v.Attribute("for")!.Value == attrs.Keys.ToList().IndexOf("population").ToString()).Attribute("value")!.Value;
            pop.Should().Be("9000000");
        }

        [Test]
        public void Write_ListItems_AreQuotedSoCommasAndQuotesSurvive()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Person", "A", aliases: new[] { "Lukashenka, Aliaksandr", "say \"hi\" \\ [x]" })
                .Build();
            XDocument doc = XDocument.Parse(GexfWriter.WriteToString(g));
            var titles = doc.Descendants(Ns + "attributes").Single(a => a.Attribute("class")!.Value == "node").Elements(Ns + "attribute").Select(a => a.Attribute("title")!.Value).ToList();
            string aliases = doc.Descendants(Ns + "attvalue").Single(v => v.Attribute("for")!.Value == titles.IndexOf("aliases").ToString()).Attribute("value")!.Value;
            aliases.Should().Be("[\"Lukashenka, Aliaksandr\", \"say \\\"hi\\\" \\\\ [x]\"]", "each item is quoted, with \\ and \" escaped by a backslash (graphology's and Gephi's list syntax)");
            aliases.Should().NotContain("\uFF0C");
        }
    }
}

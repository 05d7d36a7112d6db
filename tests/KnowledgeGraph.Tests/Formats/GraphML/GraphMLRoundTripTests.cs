using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.GraphML
{
    public class GraphMLRoundTripTests
    {
        [Test]
        public void ReadWrite_SmallGraph_RoundTripsToTheSameJson()
        {
            Graph g = Graph.Parse(TestGraphs.Small);
            Graph back = GraphMLReader.Import(new StringReader(GraphMLWriter.WriteToString(g))).Graph;
            back.ToJson().Should().Be(g.ToJson());
        }

        [Test]
        public void ReadWrite_UnionState_RoundTripsToTheSameJson()
        {
            Graph g = CuratedGraphs.UnionState;
            GraphMLReader.Import(new StringReader(GraphMLWriter.WriteToString(g))).Graph.ToJson().Should().Be(g.ToJson());
        }

        [Test]
        public void Write_DeclaresTypedKeysForProperties()
        {
            string xml = GraphMLWriter.WriteToString(Graph.Parse(TestGraphs.Small));
            xml.Should().Contain("attr.name=\"prop:population\" attr.type=\"long\"")
                .And.Contain("attr.name=\"prop:gdpShare\" attr.type=\"double\"")
                .And.Contain("attr.name=\"prop:landlocked\" attr.type=\"boolean\"")
                .And.Contain("attr.name=\"propList:languages\" attr.type=\"string\"")
                .And.Contain("<node id=\"a\">").And.Contain("<edge id=\"b-supplies-a\" source=\"b\" target=\"a\">");
        }

        [Test]
        public void Read_ForeignGraphML_SaysItLacksOurKeys()
        {
            string xml = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"undirected\"><node id=\"1\"/></graph></graphml>";
            var act = () => GraphMLReader.Import(new StringReader(xml), "foreign.graphml").Graph;
            act.Should().Throw<GraphValidationException>().Which.Errors.Single().ToString().Should().StartWith("foreign.graphml:3:").And.Contain("format");
        }

        [Test]
        public void Read_BrokenXml_ReportsTheLine()
        {
            var act = () => GraphMLReader.Import(new StringReader("<graphml>\n<graph>\n</graphml>"), "broken.graphml").Graph;
            act.Should().Throw<GraphValidationException>().Which.Errors.Single().Line.Should().Be(3);
        }

        [Test]
        public void Networkx_ReadsTheFile_CountsAndAttributesMatch()
        {
            Graph g = CuratedGraphs.UnionState;
            string path = Path.Combine(Path.GetTempPath(), "kg-graphml-" + System.Guid.NewGuid().ToString("N") + ".graphml");
            GraphMLWriter.Write(g, path);
            try
            {
                JToken r = NetworkxOracle.Run($$"""
import json, networkx as nx
G = nx.read_graphml({{JsonString(path)}})
e = [d for _, _, d in G.edges(data=True) if d.get('type') == 'SUPPLIES'][0]
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "kind": G.nodes['integral']['kind'], "name": G.nodes['lukashenka']['name'], "supplies_directed": e['directed']}))
""");
                ((int)r["nodes"]!).Should().Be(g.VertexCount);
                ((int)r["edges"]!).Should().Be(g.EdgeCount);
                ((string?)r["kind"]).Should().Be("Company");
                ((string?)r["name"]).Should().Be(g.GetEntity("lukashenka").Name);
                ((bool)r["supplies_directed"]!).Should().BeTrue();
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void Igraph_ReadsTheFile_CountsAndAttributesMatch()
        {
            Graph g = Graph.Parse(TestGraphs.Small);
            string path = Path.Combine(Path.GetTempPath(), "kg-graphml-" + System.Guid.NewGuid().ToString("N") + ".graphml");
            GraphMLWriter.Write(g, path);
            try
            {
                string python = ExternalTool.RequirePython("igraph");
                var (code, output, error) = ExternalTool.Run(python, "-", $$"""
import json, igraph
G = igraph.Graph.Read_GraphML({{JsonString(path)}})
a = G.vs.find(id='a')
print(json.dumps({"nodes": G.vcount(), "edges": G.ecount(), "directed": G.is_directed(), "population": a['prop:population'], "name": a['name'], "from": G.es[0]['from']}))
""");
                code.Should().Be(0, error);
                JToken r = JToken.Parse(output);
                ((int)r["nodes"]!).Should().Be(3);
                ((int)r["edges"]!).Should().Be(3);
                ((bool)r["directed"]!).Should().BeTrue();
                ((double)r["population"]!).Should().Be(9000000);
                ((string?)r["name"]).Should().Be("Alpha");
                ((string?)r["from"]).Should().Be("2022-12");
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void Read_ForeignGraphML_WithDefaultKind()
        {
            Graph g = GraphMLReader.Import(RepoPaths.Fixture("GraphML", "foreign.graphml"), new ImportOptions { DefaultKind = "Company" }).Graph;
            g.Entities.Select(e => e.Id).Should().Equal("minsk-plant", "by", "minsk-plant-2");
            Entity plant = g.GetEntity("minsk-plant");
            plant.Name.Should().Be("Завод «Минск»");
            plant.Kind.Name.Should().Be("Company");
            plant.Properties["founded"].Should().Be(1962L);
            plant.GetExternalId("graphml").Should().Be("Minsk Plant");
            g.GetEntity("by").Kind.Name.Should().Be("State", "a kind data value the vocabulary knows wins over the default");
            g.Relations.Select(r => r.Type.Name).Should().Equal("ASSOCIATED_WITH", "LOCATED_IN", "ASSOCIATED_WITH");
            g.Relations[0].Properties["weight"].Should().Be(2.5);
            g.Relations.Select(r => r.Id).Should().Equal("e1", "e2", "e-x");
        }

        [Test]
        public void Read_RealNetworkxGraphML_WithDefaultKind()
        {
            string path = RepoPaths.RealData("networkx-oracle", "les_miserables.graphml");
            Graph g = GraphMLReader.Import(path, new ImportOptions { DefaultKind = "Person" }).Graph;
            JToken r = NetworkxOracle.Run($$"""
import json, networkx as nx
G = nx.read_graphml({{JsonString(path)}})
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}))
""");
            g.VertexCount.Should().Be((int)r["nodes"]!);
            g.EdgeCount.Should().Be((int)r["edges"]!);
            g.GetEntity("valjean").Name.Should().Be("Valjean");
        }

        private static string JsonString(string s) => Newtonsoft.Json.JsonConvert.ToString(s);
    }
}

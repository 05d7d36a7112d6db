using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using KnowledgeGraph.Display;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Display
{
    public class GraphPictureTests
    {
        private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

        [Test]
        public void Draw_BuiltIn_IsDeterministicWellFormedSvg()
        {
            Graph g = CuratedGraphs.UnionState;
            var options = new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn };
            GraphPicture first = GraphPicture.Draw(g, options)!;
            GraphPicture second = GraphPicture.Draw(g, options)!;

            first.Svg.Should().Be(second.Svg);
            first.DrawnBy.Should().Be(PictureRenderer.BuiltIn);
            first.Note.Should().BeNull();
            XElement svg = XElement.Parse(first.Svg);
            svg.Name.Should().Be(Svg + "svg");
            int connected = g.Entities.Count(e => g.Degree(e) > 0);
            svg.Descendants(Svg + "g").Count(e => (string?)e.Attribute("class") == "kg-node").Should().Be(connected);
            svg.Descendants(Svg + "g").Count(e => (string?)e.Attribute("class") == "kg-edge").Should().Be(g.EdgeCount);
            first.EntityCount.Should().Be(connected);
            first.RelationCount.Should().Be(g.EdgeCount);
        }

        [Test]
        public void Draw_BuiltIn_KeepsNodesInsideThePicture()
        {
            GraphPicture picture = GraphPicture.Draw(CuratedGraphs.UnionState, new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn })!;
            XElement svg = XElement.Parse(picture.Svg);
            double width = double.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            double height = double.Parse(svg.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            var centres = svg.Descendants(Svg + "g").Where(e => (string?)e.Attribute("class") == "kg-node")
                .Select(n => n.Element(Svg + "circle")!)
                .Select(c => (X: double.Parse(c.Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture), Y: double.Parse(c.Attribute("cy")!.Value, System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();

            centres.Should().OnlyContain(p => p.X > 0 && p.X < width && p.Y > 0 && p.Y < height);
            centres.Distinct().Should().HaveCount(centres.Count, "no two entities are drawn at the same place");
        }

        [Test]
        public void Draw_BuiltIn_LabelsDoNotOverlap()
        {
            GraphPicture picture = GraphPicture.Draw(CuratedGraphs.UnionState, new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn })!;
            var labels = XElement.Parse(picture.Svg).Descendants(Svg + "g").Where(e => (string?)e.Attribute("class") == "kg-node")
                .Select(n => n.Element(Svg + "text")!)
                .Select(t => (X: double.Parse(t.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                              Y: double.Parse(t.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                              Width: t.Value.Length * 6.0))
                .ToList();

            // Boxes of the label lines (12 px high) must not intersect; a small tolerance for the rounding to 0.1 px.
            for (int i = 0; i < labels.Count; i++)
            {
                for (int j = i + 1; j < labels.Count; j++)
                {
                    bool overlapX = labels[i].X < labels[j].X + labels[j].Width && labels[j].X < labels[i].X + labels[i].Width;
                    bool overlapY = System.Math.Abs(labels[i].Y - labels[j].Y) < 12;
                    (overlapX && overlapY).Should().BeFalse($"labels {i} and {j} overlap: {labels[i]} and {labels[j]}");
                }
            }
        }

        [Test]
        public void Draw_EscapesNamesInSvg()
        {
            GraphPicture picture = GraphPicture.Draw(DisplayGraphs.HostileGraph(), new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn })!;

            picture.Svg.Should().NotContain("<script").And.NotContain("<b>");
            XElement svg = XElement.Parse(picture.Svg);
            svg.Descendants(Svg + "title").Select(t => t.Value).Should().Contain(DisplayGraphs.Hostile + " (Company, evil)");
            svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain(DisplayGraphs.Hostile.Substring(0, 31) + "\u2026", "long labels are shortened; the title has the full name");
            HtmlRendererTests.Parse(picture.ToHtml()).Descendants("figcaption").Single().Value.Should().Contain("built-in layout");
        }

        [Test]
        public void Draw_WithGraphViz_UsesDot()
        {
            ExternalTool.Require("dot", "apt-get install -y graphviz");
            GraphPicture picture = GraphPicture.Draw(DisplayGraphs.HostileGraph(), new GraphPictureOptions { Renderer = PictureRenderer.GraphViz })!;

            picture.DrawnBy.Should().Be(PictureRenderer.GraphViz);
            picture.Svg.Should().StartWith("<svg").And.NotContain("<script");
            XElement svg = XElement.Parse(picture.Svg);
            svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("Беларусь");
            HtmlRendererTests.Parse(picture.ToHtml()).Descendants("figcaption").Single().Value.Should().Contain("GraphViz dot");
        }

        [Test]
        public void Draw_WithGraphViz_ScalesASmallPictureToThePageButNotAWideOne()
        {
            ExternalTool.Require("dot", "apt-get install -y graphviz");
            var options = new GraphPictureOptions { Renderer = PictureRenderer.GraphViz };
            GraphPicture small = GraphPicture.Draw(DisplayGraphs.Small(), options)!;
            GraphPicture wide = GraphPicture.Draw(CuratedGraphs.UnionState, options)!;

            small.Svg.Should().StartWith("<svg style=\"max-width:100%;height:auto\" ");
            wide.Svg.Should().NotContain("max-width");
            XElement.Parse(small.Svg).Name.Should().Be(Svg + "svg");
            XElement.Parse(wide.Svg).Name.Should().Be(Svg + "svg");
        }

        [Test]
        public void Draw_DotMissing_FallsBackToTheBuiltInLayoutAndSaysWhy()
        {
            GraphPicture picture = GraphPicture.Draw(DisplayGraphs.Small(), new GraphPictureOptions { DotPath = "/nonexistent/bin/dot" })!;

            picture.DrawnBy.Should().Be(PictureRenderer.BuiltIn);
            picture.Note.Should().Be("GraphViz dot is not installed");
            picture.ToHtml().Should().Contain("GraphViz dot is not installed");
        }

        [Test]
        public void Draw_TooManyEntities_ReturnsNull()
        {
            GraphPicture.Draw(CuratedGraphs.UnionState, new GraphPictureOptions { MaxEntities = 10 }).Should().BeNull();
        }

        [Test]
        public void Draw_Relations_DrawsOnlyTheirEntities()
        {
            Graph g = CuratedGraphs.UnionState;
            Entity integral = g.GetEntity("integral");
            GraphPicture picture = GraphPicture.Draw(g.RelationsOf(integral), new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn })!;

            picture.EntityCount.Should().Be(g.Neighbors(integral).Count + 1);
            picture.RelationCount.Should().Be(g.RelationsOf(integral).Count());
        }

        [Test]
        public void Draw_IncludeIsolated_DrawsEveryEntity()
        {
            Graph g = CuratedGraphs.UnionState.Where(_ => false);
            GraphPicture.Draw(g, new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn })!.EntityCount.Should().Be(0);
            GraphPicture.Draw(g, new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn, IncludeIsolated = true })!.EntityCount.Should().Be(g.VertexCount);
        }
    }
}

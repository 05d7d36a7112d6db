using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Display;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Display
{
    public class ViewsTests
    {
        [Test]
        public void Picture_TooManyEntities_IsATable()
        {
            IHtmlRenderable view = Views.Picture(CuratedGraphs.UnionState, new GraphPictureOptions { MaxEntities = 3 });

            view.Should().BeOfType<HtmlFragment>();
            HtmlRendererTests.Parse(view.ToHtml()).Descendants("table").Should().ContainSingle();
        }

        [Test]
        public void Picture_SmallGraph_IsAPicture()
        {
            Views.Picture(DisplayGraphs.Small(), new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn }).Should().BeOfType<GraphPicture>();
        }

        [Test]
        public void Timeline_And_Explanation_AreHtmlFragments()
        {
            Graph g = CuratedGraphs.UnionState;
            Views.Timeline(g.Relations.Take(3)).ToHtml().Should().Contain("kg-timeline");
            HtmlFragment explanation = Views.Explanation(KnowledgeGraph.BasicQueries.DependencyPaths(g, g.GetEntity("russia"), g.GetEntity("planar")));
            explanation.ToString().Should().Be(explanation.Html).And.Contain("Russia depends on Planar through 1 path");
        }

        [Test]
        public void NotebookExtension_RegistersAnHtmlFormatterForEachDisplayedType()
        {
            string dib = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph", "Display", "extension.dib"));

            dib.Should().StartWith("#!meta");
            foreach (string type in new[] { "KnowledgeGraph.Entity", "KnowledgeGraph.Relation", "KnowledgeGraph.GraphPath", "System.Collections.Generic.IEnumerable<KnowledgeGraph.GraphPath>", "System.Collections.Generic.IEnumerable<KnowledgeGraph.Relation>", "System.Collections.Generic.IEnumerable<KnowledgeGraph.Entity>", "KnowledgeGraph.Graph", "KnowledgeGraph.Markup.IHtmlRenderable" })
            {
                dib.Should().Contain("Formatter.Register<" + type + ">(", type);
            }

            dib.Split('\n').Where(l => l.TrimStart().StartsWith("using ")).Should().BeEmpty("a using directive would leak into the user's notebook");
        }
    }
}

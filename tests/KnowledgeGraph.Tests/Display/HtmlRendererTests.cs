using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using KnowledgeGraph.Display;
using KnowledgeGraph.Queries;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Display
{
    public class HtmlRendererTests
    {
        /// <summary>Parses a fragment as XML: the renderers emit well-formed markup, so structure can be checked exactly.</summary>
        internal static XElement Parse(string html) => XElement.Parse("<root>" + html + "</root>");

        [Test]
        public void Entity_EscapesEveryText()
        {
            Graph g = DisplayGraphs.HostileGraph();
            string html = HtmlRenderer.Entity(g.GetEntity("evil"));

            html.Should().NotContain("<script").And.NotContain("<b>bold").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
            XElement root = Parse(html);
            root.Descendants("script").Should().BeEmpty();
            root.Value.Should().Contain(DisplayGraphs.Hostile);
        }

        [Test]
        public void Entity_ListsAliasesPropertiesAndExternalIds()
        {
            Graph g = DisplayGraphs.Small();
            XElement root = Parse(HtmlRenderer.Entity(g.GetEntity("a")));

            root.Element("div")!.Attribute("class")!.Value.Should().Be("kg-entity");
            var rows = root.Descendants("tr").Select(tr => (tr.Element("th")!.Value, tr.Element("td")!.Value)).ToList();
            rows.Should().Contain(("Also known as", "Альфа"));
            rows.Should().Contain(("population", "9000000"));
            rows.Select(r => r.Item1).Should().Contain("wikidata");
            rows.Single(r => r.Item1 == "wikidata").Item2.Should().StartWith("Q1");
            root.Value.Should().Contain("Alpha").And.Contain("State").And.Contain("A state.");
        }

        [Test]
        public void EntityWithGraph_AddsItsRelationsAsATimeline()
        {
            Graph g = DisplayGraphs.Small();
            XElement root = Parse(HtmlRenderer.Entity(g.GetEntity("b"), g));

            XElement timeline = root.Descendants("div").Single(d => (string?)d.Attribute("class") == "kg-timeline");
            timeline.Descendants("tbody").Single().Elements("tr").Should().HaveCount(g.RelationsOf(g.GetEntity("b")).Count());
        }

        [Test]
        public void Entities_IsATableRowPerEntityEscaped()
        {
            Graph g = DisplayGraphs.HostileGraph();
            XElement root = Parse(HtmlRenderer.Entities(g.Entities));

            var rows = root.Descendants("tbody").Single().Elements("tr").ToList();
            rows.Should().HaveCount(2);
            rows[0].Elements("td").Select(td => td.Value).Should().Equal(DisplayGraphs.Hostile, "Company", "evil", DisplayGraphs.Hostile);
            root.Descendants("script").Should().BeEmpty();
        }

        [Test]
        public void Relation_ShowsDatesPropertiesAndCitations()
        {
            Graph g = DisplayGraphs.HostileGraph();
            string html = HtmlRenderer.Relation(g.Relations.Single());
            XElement root = Parse(html);

            var rows = root.Descendants("tr").ToDictionary(tr => tr.Element("th")!.Value, tr => tr.Element("td")!);
            rows["When"].Value.Should().Be("since 2022-12");
            rows["why"].Value.Should().Be(DisplayGraphs.Hostile);
            rows["Sources"].Descendants("li").Should().HaveCount(2);
            rows["Sources"].Descendants("q").Single().Value.Should().Be(DisplayGraphs.Hostile);
            html.Should().NotContain("<script");
        }

        [Test]
        public void Citations_LinkOnlyHttpUrls()
        {
            Graph g = DisplayGraphs.HostileGraph();
            XElement root = Parse(HtmlRenderer.Citations(g.Relations.Single().Citations));

            var links = root.Descendants("a").ToList();
            links.Should().ContainSingle();
            links[0].Attribute("href")!.Value.Should().Be("https://example.org/?a=1&b=2");
            links[0].Attribute("rel")!.Value.Should().Contain("noopener");
            root.ToString().Should().NotContain("javascript:");
            root.Descendants("li").First().Value.Should().Contain("2023-05");
        }

        [Test]
        public void Citations_NoneSaysSo()
        {
            HtmlRenderer.Citations(System.Array.Empty<Citation>()).Should().Be("<i>none</i>");
        }

        [Test]
        public void Path_IsAStepListWithDatesAndCitations()
        {
            Graph g = CuratedGraphs.UnionState;
            GraphPath path = g.DependencyPaths(g.GetEntity("russia"), g.GetEntity("integral")).Single();
            XElement root = Parse(HtmlRenderer.Path(path));

            XElement steps = root.Descendants("ol").Single();
            steps.Attribute("class")!.Value.Should().Be("kg-steps");
            steps.Elements("li").Should().HaveCount(path.Length);
            XElement step = steps.Elements("li").Single();
            step.Elements("b").Select(b => b.Value).Should().Equal("Russia", "Integral");
            step.Value.Should().Contain("SUPPLIES").And.Contain("[observed 2023-05-04]");
            step.Descendants("q").Should().NotBeEmpty();
            root.Value.Should().Contain("1 step");
        }

        [Test]
        public void Paths_HeadingCountsThePathsAndListsEach()
        {
            Graph g = DisplayGraphs.Small();
            var paths = g.DependencyPaths(g.GetEntity("a"), g.GetEntity("c"));
            paths.Should().NotBeEmpty();
            XElement root = Parse(HtmlRenderer.Paths(paths));

            root.Descendants("div").Where(d => (string?)d.Attribute("class") == "kg-path").Should().HaveCount(paths.Count);
            root.Descendants("b").First().Value.Should().Be($"Alpha depends on {g.GetEntity("c").Name} through {paths.Count} path" + (paths.Count == 1 ? string.Empty : "s"));
        }

        [Test]
        public void Paths_NoneSaysNoPath()
        {
            Parse(HtmlRenderer.Paths(System.Array.Empty<GraphPath>())).Value.Should().Contain("No path");
        }

        [Test]
        public void Timeline_SortsByStartWithUndatedLast()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "State", "A")
                .AddEntity("b", "State", "B")
                .AddRelation("undated", "TRADES_WITH", "a", "b")
                .AddRelation("late", "TRADES_WITH", "a", "b", Validity.Since(PartialDate.Parse("2023")))
                .AddRelation("early", "TRADES_WITH", "a", "b", Validity.Between(PartialDate.Parse("1999"), PartialDate.Parse("2021")))
                .AddRelation("open", "TRADES_WITH", "a", "b", Validity.Until(PartialDate.Parse("2000")))
                .AddRelation("event", "COOPERATES_WITH", "a", "b", Validity.Instant(PartialDate.Parse("2022-12-21")))
                .Build();
            XElement root = Parse(HtmlRenderer.Timeline(g.Relations, "Heading"));

            root.Descendants("tbody").Single().Elements("tr").Select(tr => tr.Elements("td").First().Value)
                .Should().Equal("until 2000", "1999 – 2021", "on 2022-12-21", "since 2023", "undated");
            root.Descendants("b").First().Value.Should().Be("Heading");
        }

        [Test]
        public void Graph_SmallGraph_IsASummaryAndAPicture()
        {
            Graph g = DisplayGraphs.Small();
            XElement root = Parse(HtmlRenderer.Graph(g, new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn }));

            root.Value.Should().Contain("Small test graph").And.Contain($"{g.VertexCount} entities, {g.EdgeCount} relations");
            root.Descendants("figure").Should().ContainSingle();
            root.Descendants().Where(e => e.Name.LocalName == "svg").Should().ContainSingle();
        }

        [Test]
        public void Graph_TooManyEntities_FallsBackToATable()
        {
            Graph g = CuratedGraphs.UnionState;
            XElement root = Parse(HtmlRenderer.Graph(g, new GraphPictureOptions { MaxEntities = 5 }));

            root.Descendants().Where(e => e.Name.LocalName == "svg").Should().BeEmpty();
            root.Descendants("tbody").Single().Elements("tr").Should().HaveCount(g.EdgeCount);
            root.Value.Should().Contain("Too many entities to draw");
        }

        [Test]
        public void UnionState_EveryRendererIsWellFormed()
        {
            Graph g = CuratedGraphs.UnionState;
            Parse(HtmlRenderer.Graph(g, new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn }));
            foreach (Entity e in g.Entities)
            {
                Parse(HtmlRenderer.Entity(e, g));
            }

            foreach (Relation r in g.Relations)
            {
                Parse(HtmlRenderer.Relation(r));
            }
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Display;
using KnowledgeGraph.Display.Explorer;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Cli;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Display.Explorer
{
    public class ExplorerPageTests
    {
        private static JObject Data(string html)
        {
            Match m = Regex.Match(html, "<script type=\"application/json\" class=\"kg-data\">(.*?)</script>", RegexOptions.Singleline);
            m.Success.Should().BeTrue();
            return JObject.Parse(m.Groups[1].Value);
        }

        [Test]
        public void Page_IsSelfContained_WithTheLibraryAndItsLicence()
        {
            string html = ExplorerPage.Write(CuratedGraphs.UnionState);
            html.Should().StartWith("<!DOCTYPE html>").And.Contain("Content-Security-Policy").And.Contain("The Cytoscape Consortium");
            Regex.IsMatch(html, "<(script|img|link|iframe)[^>]+(src|href)=", RegexOptions.IgnoreCase).Should().BeFalse("nothing may be loaded from elsewhere");
            html.Should().Contain("class=\"kg-static\"").And.Contain("<svg");
        }

        [Test]
        public void Data_CarriesNamesCitationsTimeAndTheSearchIndex()
        {
            Graph g = CuratedGraphs.UnionState;
            JObject data = Data(ExplorerPage.Write(g));
            data["entities"]!.Should().HaveCount(g.Entities.Count);
            data["relations"]!.Should().HaveCount(g.Relations.Count);
            JToken lukashenka = data["entities"]!.Single(e => (string)e["id"]! == "lukashenka");
            lukashenka["keys"]!.Values<string>().Should().Contain(KnowledgeGraph.Text.NameNormalizer.Normalize(g.GetEntity("lukashenka").Name));
            data["fold"]!.Should().HaveCount(256);
            ((string)data["fold"]![0x43B - 0x400]!).Should().Be("l", "л transliterates as l");
            int cited = g.Relations.Sum(r => r.Citations.Count);
            data["relations"]!.Sum(r => r["cites"]!.Count()).Should().Be(cited);
            data["kinds"]!["Company"]!["fill"]!.Value<string>().Should().Be(Vocabulary.Default.GetKind("Company").Style.Fill);
            data["overview"]!.Should().HaveCount(g.Entities.Count);
        }

        [Test]
        public void HostileNames_CannotCloseTheScript()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Person", "</script><script>alert(1)</script><!--")
                .AddEntity("b", "State", "\"&'<b>")
                .AddRelation("r", "VISITED", "a", "b").Build();
            string html = ExplorerPage.Write(g);
            html.Should().NotContain("<script>alert(1)").And.NotContain("<b>");
            Data(html)["entities"]![0]!["name"]!.Value<string>().Should().Be("</script><script>alert(1)</script><!--");
        }

        [Test]
        public void LargeGraph_OpensOnTheMostConnectedAndTheHighlighted()
        {
            var b = new GraphBuilder();
            for (int i = 0; i < 400; i++)
            {
                b.AddEntity("e" + i, "Company", "Company " + i);
            }

            for (int i = 1; i < 400; i++)
            {
                b.AddRelation("h" + i, "OWNS", "e0", "e" + i);
                if (i % 7 == 0)
                {
                    b.AddRelation("s" + i, "OWNS", "e7", "e" + i);
                }
            }

            Graph g = b.Build();
            JObject data = Data(ExplorerPage.Write(g, ExplorerOptions.Default.WithOverviewSize(20).WithHighlight(new[] { "e399" })));
            var overview = data["overview"]!.Values<string>().ToList();
            overview.Should().HaveCount(20).And.Contain(new[] { "e0", "e7", "e399" });
            data["overviewNote"]!.Value<string>().Should().Contain("20 most connected of 400 entities");
        }

        [Test]
        public void Views_Explore_ShowsPathsHighlighted()
        {
            Graph g = CuratedGraphs.UnionState;
            var paths = g.DependencyPaths(g.GetEntity("russia"), g.GetEntity("integral")).ToList();
            string html = Views.Explore(g, paths).ToHtml();
            JObject data = Data(html);
            data["highlight"]!.Values<string>().Should().Contain(paths[0].Relations.Select(r => r.Id)).And.Contain("integral");
            data["entities"]!.Select(e => (string)e["id"]!).Should().BeEquivalentTo(paths.SelectMany(p => p.Entities).Select(e => e.Id).Distinct());
            html.Should().NotContain("<!DOCTYPE", "a notebook output is a fragment");
        }

        [Test]
        public void Cli_ExploreWritesThePageAndPrintsItsPath()
        {
            string path = Path.Combine(Path.GetTempPath(), "kg-explore-" + Guid.NewGuid().ToString("N") + ".html");
            try
            {
                var (code, output, err) = KgCommandTests.Kg("explore", "-o", path, "--around", "integral", "--depth", "1");
                code.Should().Be(ExitCodes.Success, err);
                output.Trim().Should().Be(Path.GetFullPath(path));
                Data(File.ReadAllText(path))["entities"]!.Select(e => (string)e["id"]!).Should().Contain("integral").And.HaveCountLessThan(CuratedGraphs.UnionState.Entities.Count);

                (code, output, err) = KgCommandTests.Kg("export", "--format", "html", "--highlight-path", "russia", "integral");
                code.Should().Be(ExitCodes.Success, err);
                Data(output)["highlight"]!.Values<string>().Should().Contain("integral");
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}

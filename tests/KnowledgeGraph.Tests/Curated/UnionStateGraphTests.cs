using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Curated
{
    /// <summary>The curated union-state graph validates and answers the article's key questions.</summary>
    public class UnionStateGraphTests
    {
        private static Graph G => CuratedGraphs.UnionState;

        [Test]
        public void File_Validates_AndMatchesTheEmbeddedCopy()
        {
            Graph fromFile = Graph.Load(RepoPaths.Graph("union-state.json"));
            fromFile.EdgeCount.Should().Be(G.EdgeCount).And.BeGreaterThan(50);
            G.ToJson().Should().Be(File.ReadAllText(RepoPaths.Graph("union-state.json")));
        }

        [Test]
        public void EveryRelation_CitesASource_WithAQuote()
        {
            G.Relations.Should().OnlyContain(r => r.Citations.Count > 0 && r.Citations.All(c => c.Source != null && !string.IsNullOrWhiteSpace(c.Quote)));
        }

        [Test]
        public void Russia_DependsOn_IntegralAndPlanar_WithCitations()
        {
            Entity russia = G.GetEntity("russia");
            foreach (string plant in new[] { "integral", "planar" })
            {
                var paths = G.DependencyPaths(russia, G.GetEntity(plant));
                paths.Should().NotBeEmpty($"Russia depends on {plant}");
                paths[0].Steps.Should().OnlyContain(s => s.Relation.Citations.Count > 0);
                paths[0].Explain().Should().Contain("source:");
            }
        }

        [Test]
        public void Integral_IsABelarusianMicroelectronicsMaker()
        {
            Entity integral = G.GetEntity("integral");
            G.OutEdges(integral).Should().Contain(r => r.Type.Name == "PRODUCES" && r.Target.Id == "microelectronics");
            G.OutEdges(integral).Should().Contain(r => r.Type.Name == "LOCATED_IN" && r.Target.Id == "belarus");
        }

        [Test]
        public void Leaders_LeadTheirStates()
        {
            G.Relations.Where(r => r.Type.Name == "LEADS").Select(r => (r.Source.Id, r.Target.Id))
                .Should().Contain(("lukashenka", "belarus")).And.Contain(("putin", "russia"));
        }

        [Test]
        public void WesternSanctions_TargetRussiaAndBelarus()
        {
            G.OutEdges(G.GetEntity("western-sanctions")).Where(r => r.Type.Name == "TARGETS").Select(r => r.Target.Id)
                .Should().Contain(new[] { "russia", "belarus" });
        }

        [TestCase("Лукашенко", "lukashenka")]
        [TestCase("Lukashenko", "lukashenka")]
        [TestCase("LUKASHENKA", "lukashenka")]
        [TestCase("Лукашэнка", "lukashenka")]
        [TestCase("Путин", "putin")]
        [TestCase("Интеграл", "integral")]
        [TestCase("Беларусь", "belarus")]
        [TestCase("ШОС", "sco")]
        public void FindEntity_AcrossScripts(string name, string id)
        {
            G.FindEntity(name)!.Id.Should().Be(id);
        }

        [Test]
        public void ExternalIds_OutsideTheArticle_AreMarked()
        {
            G.GetEntity("russia").GetExternalId("wikidata").Should().Be("Q159");
            G.Entities.SelectMany(e => e.ExternalIds).Should().OnlyContain(x => x.IsSourced || !string.IsNullOrEmpty(x.Note));
        }

        [Test]
        public void Quotes_AppearInTheArticle()
        {
            string? shared = RepoPaths.Shared;
            if (shared == null)
            {
                Assert.Ignore("../shared/sources is absent; the quotes are checked where the article is available.");
            }

            string article = Regex.Replace(File.ReadAllText(Path.Combine(shared!, "sources", "000_2eca8b38673134eb.txt")), "\\s+", " ");
            var missing = G.Relations.SelectMany(r => r.Citations.Select(c => (r.Id, Quote: Regex.Replace(c.Quote ?? string.Empty, "\\s+", " "))))
                .Where(x => !article.Contains(x.Quote))
                .ToList();
            missing.Should().BeEmpty();
        }
    }
}

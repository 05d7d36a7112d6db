using System.Collections.Generic;
using FluentAssertions;
using KnowledgeGraph.Display;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries
{
    /// <summary>Every query result renders as HTML for notebooks, with all text escaped.</summary>
    public class HtmlRenderingTests
    {
        private static Graph Hostile() => new GraphBuilder()
            .AddSource(new Source("s", SourceKind.Article, "<script>alert(1)</script>", "Press & <Co>", PartialDate.Parse("2023")))
            .AddEntity("a", "Company", "<script>A</script>", new[] { "A&A" })
            .AddEntity("b", "Company", "B \"quoted\" <b>")
            .AddEntity("c", "State", "C <i>state</i>")
            .AddRelation("ab", "DEPENDS_ON", "a", "b", Validity.Since(PartialDate.Parse("2022")), citations: new[] { new Citation("s", "<img src=x onerror=alert(1)>") })
            .AddRelation("bc", "SUPPLIES", "c", "b", Validity.Between(PartialDate.Parse("2020"), PartialDate.Parse("2021")))
            .Build();

        private static IEnumerable<(string Name, IHtmlRenderable Result)> Results()
        {
            Graph g = Hostile();
            Entity a = g.GetEntity("a"), b = g.GetEntity("b"), c = g.GetEntity("c");
            yield return ("path", g.Paths(a, c).AllSimple());
            yield return ("weighted", g.Paths(a, c).ShortestWeighted("w"));
            yield return ("dependencies", g.DependenciesOf(a));
            yield return ("dependents", g.DependentsOf(c));
            yield return ("timeline", g.Timeline(b));
            yield return ("diff", g.Diff(PartialDate.Parse("2020"), PartialDate.Parse("2023")));
            yield return ("neighbourhood", g.Neighborhood(b, 1));
            yield return ("page", g.RelationsPage(b, 0, 10));
            yield return ("search", g.Search("script"));
        }

        [Test]
        public void ToHtml_EveryResultType_EscapesAllText()
        {
            foreach (var (name, result) in Results())
            {
                string html = result.ToHtml();
                html.Should().StartWith("<div class=\"kg-", name).And.EndWith("</div>", name);
                html.Should().NotContain("<script", name).And.NotContain("<img", name).And.NotContain("<i>state", name).And.NotContain("quoted\" <b>", name).And.NotContain("<Co>", name);
                html.Should().MatchRegex("&lt;(script|b|i|img)", name + " shows the text, escaped");
            }
        }
    }
}

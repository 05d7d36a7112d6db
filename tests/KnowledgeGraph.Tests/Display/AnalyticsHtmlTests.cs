using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Communities;
using KnowledgeGraph.Algorithms.Components;
using KnowledgeGraph.Algorithms.Critical;
using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Analysis.WhatIf;
using KnowledgeGraph.Display;
using KnowledgeGraph.Markup;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Display
{
    /// <summary>Every analytics result renders as HTML with text escaped, and exposes no public setter.</summary>
    public class AnalyticsHtmlTests
    {
        private static readonly Type[] ResultTypes =
        {
            typeof(CentralityResult), typeof(EntityScore), typeof(ComponentsResult), typeof(CommunityResult), typeof(BiconnectivityResult),
            typeof(SinglePointsOfFailureResult), typeof(MinimumCutResult), typeof(ExposureResult), typeof(ExposureRecord), typeof(WhatIfResult),
            typeof(RankChange), typeof(ExposureChange), typeof(FormerExposure),
        };

        private static Graph Hostile() => new GraphBuilder()
            .AddEntity("s", "Sanction", "<script>alert(1)</script>")
            .AddEntity("a", "Company", "A & <b>B</b>")
            .AddEntity("c", "Company", "C \"quoted\"")
            .AddRelation("t", "TARGETS", "s", "a")
            .AddRelation("d", "DEPENDS_ON", "c", "a")
            .Build();

        [Test]
        public void ToHtml_EveryResult_EscapesText()
        {
            Graph g = Hostile();
            Entity a = g.GetEntity("a");
            Entity c = g.GetEntity("c");
            IHtmlRenderable[] results =
            {
                Degree.Compute(g), ConnectedComponents.Weak(g), SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true }).For("a")!, Louvain.Compute(g), Biconnectivity.Compute(g),
                SinglePointsOfFailure.Between(g, c, a), MinimumCut.Between(g, c, a), SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true }),
                WhatIfAnalysis.Run(g, new Scenario().Remove("t"), new WhatIfOptions { Between = { "c" } }),
            };
            foreach (IHtmlRenderable r in results)
            {
                string html = r.ToHtml();
                html.Should().MatchRegex("<table|<ol", r.GetType().Name);
                html.Should().NotContain("<script>").And.NotContain("<b>B</b>");
            }

            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true }).ToHtml().Should().Contain("&lt;script&gt;").And.Contain("A &amp; &lt;b&gt;B&lt;/b&gt;");
        }

        [TestCaseSource(nameof(ResultTypes))]
        public void ResultType_HasNoPublicSetters(Type type)
        {
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => p.Name).Should().BeEmpty();
        }

        [Test]
        public void Betweenness_NegativeWeight_Throws()
        {
            Graph g = Support.NetworkxOracle.FromEdges(3, new[] { (0, 1), (1, 2) });
            Action act = () => Betweenness.Compute(g, new CentralityOptions { Weight = _ => -1 });
            act.Should().Throw<KnowledgeGraphException>().WithMessage("*distances*");
        }
    }
}

using System;
using System.IO;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Communities;
using KnowledgeGraph.Algorithms.Critical;
using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Analysis.WhatIf;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Analysis
{
    /// <summary>The C# example of the README's analytics section, compiled and run.</summary>
    public class ReadmeExampleTests
    {
        [Test]
        public void AnalyticsExample_Runs()
        {
            var console = new StringWriter();
            TextWriter saved = Console.Out;
            Console.SetOut(console);
            try
            {
                Graph g = CuratedGraphs.UnionState;
                CentralityResult bc = Betweenness.Compute(g);
                foreach (EntityScore s in bc.Top(5)) Console.WriteLine(s);
                double russia = bc["russia"];

                CommunityResult communities = Louvain.Compute(g, new CommunityOptions { Seed = 42 });
                Console.WriteLine(communities.Modularity);

                var spof = SinglePointsOfFailure.Between(g, g.GetEntity("russia"), g.GetEntity("integral"));
                Console.Write(spof.Explain());
                MinimumCutResult cut = MinimumCut.Between(g, g.GetEntity("russia"), g.GetEntity("integral"));
                BiconnectivityResult weak = Biconnectivity.Compute(g);

                ExposureResult exposure = SanctionsExposure.Compute(g, new ExposureRule { AsOf = PartialDate.Parse("2023-05-04"), MaxSteps = 2 });
                Console.Write(exposure.For("integral")?.Explain());

                WhatIfResult whatIf = WhatIfAnalysis.Run(g,
                    new Scenario().Remove("integral").End("western-sanctions-targets-belarus", PartialDate.Parse("2025")),
                    new WhatIfOptions { AsOf = PartialDate.Parse("2026"), Between = { "russia" } });
                Console.Write(whatIf.Explain());

                russia.Should().BeGreaterThan(0);
                cut.EdgeCut.Should().ContainSingle();
                weak.ArticulationPoints.Should().ContainSingle();
            }
            finally
            {
                Console.SetOut(saved);
            }

            console.ToString().Should().StartWith("1. Belarus (belarus) 0.1328\n").And.Contain("Integral (integral): linked, 1 step").And.Contain("What if: remove integral; end western-sanctions-targets-belarus at 2025 (as of 2026)");
        }
    }
}

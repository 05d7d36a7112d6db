using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Analysis.Exposure;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Analysis.Exposure
{
    /// <summary>The text of an exposure result stays short and consistent on imported data (one Sanction entity per listing).</summary>
    public class ExposureTextTests
    {
        private static Graph ThreeListingsOfOneProgramme()
        {
            var b = new GraphBuilder()
                .AddEntity("eu", "IntergovernmentalBody", "EU")
                .AddEntity("other", "State", "Other State")
                .AddEntity("d", "Company", "Delta");
            for (int i = 1; i <= 3; i++)
            {
                b.AddEntity("s" + i, "Sanction", "EU financial sanctions")
                 .AddEntity("c" + i, "Company", "Company " + i)
                 .AddRelation("eu-imposes-" + i, "IMPOSES", "eu", "s" + i)
                 .AddRelation("s" + i + "-targets", "TARGETS", "s" + i, "c" + i);
            }

            return b.AddEntity("x", "Sanction", "Other sanctions")
                .AddRelation("other-imposes", "IMPOSES", "other", "x")
                .AddRelation("x-targets", "TARGETS", "x", "c1")
                .AddRelation("d-depends", "DEPENDS_ON", "d", "c1")
                .Build();
        }

        [Test]
        public void Explain_SanctionsOfOneName_ListedOnceWithTheirCount()
        {
            string header = SanctionsExposure.Compute(ThreeListingsOfOneProgramme(), new ExposureRule { IgnoreTime = true }).Explain().Split('\n')[0];
            header.Should().Be("Sanctions: EU financial sanctions \u00D73 (imposed by EU); Other sanctions (imposed by Other State), ignoring time");
        }

        [Test]
        public void Describe_LinkedSteps_NameTheEntityTheyAreCountedFrom()
        {
            ExposureResult result = SanctionsExposure.Compute(ThreeListingsOfOneProgramme(), new ExposureRule { IgnoreTime = true });
            ExposureRecord d = result.For("d")!;
            d.Description.Should().Be("linked, 1 step from Company 1");
            d.Path.Length.Should().Be(2, "the path starts at the sanction: one TARGETS step, then the one linking step");
            result.Explain().Should().StartWith("Sanctions:").And.Contain("4 exposed entities");
        }

        [Test]
        public void Html_OneEntity_IsSingular()
        {
            Graph g = new GraphBuilder()
                .AddEntity("s", "Sanction", "S")
                .AddEntity("c", "Company", "C")
                .AddRelation("t", "TARGETS", "s", "c")
                .Build();
            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true }).ToHtml().Should().Contain("Sanctions exposure: 1 entity, ignoring time<");
        }
    }
}

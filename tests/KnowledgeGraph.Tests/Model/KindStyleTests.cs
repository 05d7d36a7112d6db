using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Display;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Dot;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    public class KindStyleTests
    {
        private static readonly Vocabulary[] Vocabularies = { Vocabulary.Default, Vocabulary.Open };

        [Test]
        public void ContrastRatio_MatchesWcagReferenceValues()
        {
            KindStyle.ContrastRatio("#000000", "#ffffff").Should().BeApproximately(21, 1e-9);
            KindStyle.ContrastRatio("#ffffff", "#ffffff").Should().BeApproximately(1, 1e-9);

            // WebAIM's checker: #777777 on white is 4.48, just below AA; #767676 is 4.54, the lightest grey that passes.
            KindStyle.ContrastRatio("#777777", "#ffffff").Should().BeApproximately(4.48, 0.01);
            KindStyle.ContrastRatio("#ffffff", "#767676").Should().BeApproximately(4.54, 0.01);
        }

        [Test]
        public void EveryKind_TextOnFill_MeetsWcagAA()
        {
            foreach (Vocabulary vocabulary in Vocabularies)
            {
                foreach (EntityKind kind in vocabulary.Kinds)
                {
                    double ratio = KindStyle.ContrastRatio(kind.Style.Text, kind.Style.Fill);
                    ratio.Should().BeGreaterThanOrEqualTo(4.5, $"{kind.Name}: text {kind.Style.Text} on fill {kind.Style.Fill}");

                    // Kind names are also written in the kind's line colour on white (legends, the explorer's key).
                    KindStyle.ContrastRatio(kind.Style.Line, "#ffffff").Should().BeGreaterThanOrEqualTo(4.5, $"{kind.Name}: line {kind.Style.Line} on white");
                }
            }
        }

        [Test]
        public void DefaultVocabulary_GivesEveryTopLevelKindItsOwnColour()
        {
            var roots = Vocabulary.Default.Kinds.Where(k => k.Parent == null).ToList();
            roots.Should().OnlyContain(k => k.OwnStyle != null);
            roots.Select(k => k.Style.Fill).Should().OnlyHaveUniqueItems();
            roots.Select(k => k.Style.Line).Should().OnlyHaveUniqueItems();
        }

        [Test]
        public void SubKind_InheritsItsParentsStyle()
        {
            EntityKind summit = Vocabulary.Default.GetKind("Summit");
            summit.OwnStyle.Should().BeNull();
            summit.Style.Should().BeSameAs(Vocabulary.Default.GetKind("Event").Style);
        }

        [Test]
        public void OpenVocabulary_DrawsEveryKindLikeTheDefault()
        {
            foreach (EntityKind kind in Vocabulary.Default.Kinds)
            {
                Vocabulary.Open.GetKind(kind.Name).Style.ToString().Should().Be(kind.Style.ToString());
            }

            Vocabulary.Open.GetRelationType("LOCATED_IN").ClusterIn.Select(k => k.Name).Should().Equal("State");
        }

        [Test]
        public void EveryPicture_UsesTheVocabularyPalette()
        {
            EntityKind company = Vocabulary.Default.GetKind("Company");
            DotStyle dot = DotStyle.For(company);
            (dot.Shape, dot.FillColor, dot.BorderColor, dot.FontColor).Should().Be((company.Style.Shape, company.Style.Fill, company.Style.Line, company.Style.Text));

            Graph g = new GraphBuilder()
                .AddEntity("c", "Company", "Integral").AddEntity("s", "State", "Belarus")
                .AddRelation("r", "LOCATED_IN", "c", "s").Build();
            string svg = GraphPicture.Draw(g, new GraphPictureOptions { Renderer = PictureRenderer.BuiltIn })!.Svg;
            svg.Should().Contain("fill=\"" + company.Style.Fill + "\"").And.Contain("stroke=\"" + company.Style.Line + "\"");
            DotWriter.WriteToString(g).Should().Contain("fillcolor=\"" + company.Style.Fill + "\", fontcolor=\"" + company.Style.Text + "\"");
            HtmlRenderer.Entities(g.Entities).Should().Contain("background:" + company.Style.Fill + ";color:" + company.Style.Text);
            HtmlRenderer.Entity(g.GetEntity("s")).Should().Contain("background:" + Vocabulary.Default.GetKind("State").Style.Fill);
        }

        [Test]
        public void Vocabulary_StyleAndClusterIn_AreReadFromTheFile()
        {
            Vocabulary v = Vocabulary.Default.ExtendWith(
                "{\"format\":\"knowledge-graph-vocabulary/1\",\"kinds\":[{\"name\":\"Ship\",\"style\":{\"shape\":\"cylinder\",\"fill\":\"#123456\",\"line\":\"#000000\"}}]," +
                "\"relationTypes\":[{\"name\":\"MOORED_AT\",\"source\":[\"Ship\"],\"target\":[\"Location\"],\"clusterIn\":[\"Location\"]}]}");
            KindStyle ship = v.GetKind("Ship").Style;
            ship.Shape.Should().Be("cylinder");
            ship.Text.Should().Be(KindStyle.LightText, "white contrasts more than near-black with a dark fill");
            v.GetRelationType("MOORED_AT").ClustersIn(v.GetKind("Location")).Should().BeTrue();
            v.GetRelationType("LOCATED_IN").ClustersIn(v.GetKind("Location")).Should().BeFalse();

            Graph g = new GraphBuilder(v)
                .AddEntity("s", "Ship", "Aurora").AddEntity("p", "Location", "Kronstadt").AddEntity("x", "Location", "Elsewhere")
                .AddRelation("m", "MOORED_AT", "s", "p").Build();
            string dot = DotWriter.WriteToString(g, new FormatWriteOptions { Dot = new DotOptions { Clusters = DotClusterMode.Country, Legend = false } });
            int cluster = dot.IndexOf("subgraph \"cluster_0\"", StringComparison.Ordinal);
            string body = dot.Substring(cluster, dot.IndexOf("  }\n", cluster, StringComparison.Ordinal) - cluster);
            body.Should().Contain("label=\"Kronstadt\"").And.Contain("\"s\" [").And.NotContain("\"x\" [");
        }

        [TestCase("{\"shape\":\"blob\",\"fill\":\"#ffffff\",\"line\":\"#000000\"}", "*Ship*shape 'blob'*")]
        [TestCase("{\"shape\":\"box\",\"fill\":\"red\",\"line\":\"#000000\"}", "*fill colour of the entity kind 'Ship' is 'red'*")]
        [TestCase("{\"shape\":\"box\",\"line\":\"#000000\"}", "*fill*")]
        [TestCase("\"box\"", "*style of the entity kind 'Ship'*")]
        public void Vocabulary_BadStyle_IsAnErrorNamingTheKind(string style, string message)
        {
            Action act = () => Vocabulary.Default.ExtendWith("{\"format\":\"knowledge-graph-vocabulary/1\",\"kinds\":[{\"name\":\"Ship\",\"style\":" + style + "}]}", "ships.json");
            act.Should().Throw<GraphValidationException>().WithMessage(message);
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Dot
{
    public class DotOptionsTests
    {
        private static Graph Adversarial() => new GraphBuilder()
            .AddEntity("q", "Person", "He said \"no\" \\ then\nleft \\N \\l")
            .AddEntity("h", "Company", "<b>&amp; {x} | y</b> ; -> -- \"<>&\"")
            .AddEntity("c", "State", "Беларусь")
            .AddEntity("s", "Summit", "Встреча в Сочи, 2021")
            .AddEntity("lonely", "Sector", "Lonely \t sector")
            .AddRelation("r", "OPERATES_IN", "h", "c", Validity.Since(PartialDate.Parse("2022-12")))
            .AddRelation("p", "PARTICIPATED_IN", "q", "s", Validity.Instant(PartialDate.Parse("2021-09-09")))
            .AddRelation("k", "COOPERATES_WITH", "q", "h", Validity.Between(PartialDate.Parse("1999"), PartialDate.Parse("2021")))
            .Build();

        [Test]
        public void Write_StylesByRootKindWithLegend()
        {
            string dot = DotWriter.WriteToString(CuratedGraphs.UnionState);
            dot.Should().Contain("shape=doubleoctagon").And.Contain("cluster_legend").And.Contain("\"_legend_Person\"");

            // A Summit is drawn like its root kind, Event.
            string adv = DotWriter.WriteToString(Adversarial());
            DotStyle.For(Vocabulary.Default.GetKind("Summit")).Shape.Should().Be(DotStyle.For(Vocabulary.Default.GetKind("Event")).Shape);
            adv.Should().Contain("\"s\" [label=\"Встреча в Сочи, 2021\\nSummit\", shape=cds");
        }

        [Test]
        public void Write_RelationLabelsCarryDates()
        {
            string dot = DotWriter.WriteToString(Adversarial());
            dot.Should().Contain("label=\"OPERATES_IN\\nsince 2022-12\"").And.Contain("label=\"PARTICIPATED_IN\\non 2021-09-09\"");
            dot.Should().Contain("\"q\" -> \"h\" [label=\"COOPERATES_WITH\\n1999 – 2021\"").And.Contain("dir=none");
            DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { RelationDates = false } }).Should().Contain("label=\"OPERATES_IN\",");
        }

        [Test]
        public void Write_AsOf_DropsRelationsThatDoNotHold()
        {
            string dot = DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { AsOf = PartialDate.Parse("2020") } });
            dot.Should().Contain("COOPERATES_WITH").And.NotContain("OPERATES_IN\\n").And.NotContain("PARTICIPATED_IN").And.Contain("as of 2020");
        }

        [Test]
        public void Write_ClustersByCountry_PutsEntityWithItsState()
        {
            string dot = DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { Clusters = DotClusterMode.Country, Legend = false } });
            int cluster = dot.IndexOf("subgraph \"cluster_0\"", System.StringComparison.Ordinal);
            int end = dot.IndexOf("  }\n", cluster, System.StringComparison.Ordinal);
            string body = dot.Substring(cluster, end - cluster);
            body.Should().Contain("label=\"Беларусь\"").And.Contain("    \"h\" [").And.Contain("    \"c\" [").And.NotContain("\"q\" [");
        }

        [Test]
        public void Write_ClustersByKind_OneClusterPerRootKind()
        {
            string dot = DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { Clusters = DotClusterMode.Kind, Legend = false } });
            dot.Should().Contain("label=\"Event\"").And.NotContain("label=\"Summit\";");
            Enumerable.Range(0, 5).Should().OnlyContain(i => dot.Contains("cluster_" + i));
        }

        [Test]
        public void Write_HighlightPath_MarksItsEntitiesAndRelations()
        {
            Graph g = CuratedGraphs.UnionState;
            GraphPath path = g.DependencyPaths(g.GetEntity("russia"), g.GetEntity("integral")).First();
            string dot = DotWriter.WriteToString(g, new FormatWriteOptions { Dot = new DotOptions { HighlightPath = path } });
            string line = dot.Split('\n').Single(l => l.Contains("id=\"relation:" + path.Steps[0].Relation.Id + "\""));
            line.Should().Contain("penwidth=3");
            dot.Split('\n').Single(l => l.StartsWith("  \"integral\" [")).Should().Contain("penwidth=3");
            dot.Split('\n').First(l => l.StartsWith("  \"putin\" [")).Should().NotContain("penwidth=3");
        }

        [Test]
        public void Write_HighlightEntities_MarksRelationsBetweenThem()
        {
            string dot = DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { HighlightEntities = new HashSet<string> { "h", "c" } } });
            dot.Split('\n').Single(l => l.Contains("relation:r")).Should().Contain("penwidth=3");
            dot.Split('\n').Single(l => l.Contains("relation:k")).Should().Contain("#cccccc");
        }

        [Test]
        public void Write_MergesParallelRelations_IntoOneLabelledEdge()
        {
            Graph g = new GraphBuilder()
                .AddEntity("by", "State", "Belarus").AddEntity("ru", "State", "Russia")
                .AddRelation("s1", "SUPPLIES", "ru", "by", Validity.Since(PartialDate.Parse("2000")))
                .AddRelation("s2", "SUPPLIES", "ru", "by", Validity.Since(PartialDate.Parse("2010")))
                .AddRelation("d", "DEPENDS_ON", "by", "ru", Validity.Since(PartialDate.Parse("2001")))
                .AddRelation("c", "COOPERATES_WITH", "by", "ru")
                .Build();
            string[] edges = DotWriter.WriteToString(g).Split('\n').Where(l => l.Contains(" -> ") && !l.Contains("_legend_")).ToArray();
            edges.Should().ContainSingle();
            edges[0].Should().Contain("\"ru\" -> \"by\"").And.Contain("label=\"→ SUPPLIES ×2\\n← DEPENDS_ON (since 2001)\\nCOOPERATES_WITH\"")
                .And.Contain("dir=both").And.Contain("id=\"relations:s1+s2+d+c\"");

            DotWriter.WriteToString(g, new FormatWriteOptions { Dot = new DotOptions { MergeParallel = false } }).Split('\n').Count(l => l.Contains("id=\"relation:")).Should().Be(4);

            // A highlighted relation stands apart from the merged rest.
            string highlighted = DotWriter.WriteToString(g, new FormatWriteOptions { Dot = new DotOptions { HighlightEntities = new HashSet<string> { "by", "ru" } } });
            highlighted.Split('\n').Count(l => l.Contains("id=\"relation:") && l.Contains("penwidth=3")).Should().Be(4);
        }

        [Test]
        public void Write_UnionState_DrawsEachBusyPairOnce()
        {
            string dot = DotWriter.WriteToString(CuratedGraphs.UnionState);
            string[] edges = dot.Split('\n').Where(l => l.Contains(" -> ") && !l.Contains("_legend_")).ToArray();
            var pairs = edges.Select(l => l.Substring(0, l.IndexOf(" [", System.StringComparison.Ordinal)).Trim().Split(" -> "))
                .Select(p => string.CompareOrdinal(p[0], p[1]) <= 0 ? p[0] + "|" + p[1] : p[1] + "|" + p[0]).ToList();
            pairs.Should().OnlyHaveUniqueItems();
            edges.Length.Should().BeLessThan(CuratedGraphs.UnionState.Relations.Count);
        }

        [Test]
        public void Wrap_BreaksLongNamesAtSpaces()
        {
            DotWriter.Wrap("Belarusian-Russian import-substitution cooperation in microelectronics", 28)
                .Should().Be("Belarusian-Russian\nimport-substitution\ncooperation in\nmicroelectronics");
            DotWriter.Wrap("Short", 28).Should().Be("Short");
            DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { WrapWidth = 0 } }).Should().Contain("\"Встреча в Сочи, 2021\\nSummit\"");
            DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { WrapWidth = 10 } }).Should().Contain("\"Встреча в\\nСочи, 2021\\nSummit\"");
        }

        [Test]
        public void Write_OmitIsolated_LeavesOutEntitiesWithoutRelations()
        {
            DotWriter.WriteToString(Adversarial()).Should().Contain("\"lonely\" [");
            DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { OmitIsolated = true } }).Should().NotContain("\"lonely\" [").And.Contain("\"h\" [");
        }

        [Test]
        public void Write_UnknownEngine_Throws()
        {
            System.Action act = () => DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { Engine = "gimp" } });
            act.Should().Throw<System.ArgumentException>().WithMessage("*gimp*");
        }

        [TestCase("dot", "svg", DotClusterMode.None)]
        [TestCase("dot", "png", DotClusterMode.Country)]
        [TestCase("neato", "svg", DotClusterMode.Kind)]
        [TestCase("fdp", "svg", DotClusterMode.Kind)]
        [TestCase("dot", "svg", DotClusterMode.Kind)]
        public void Render_AdversarialNames_WithRealGraphviz(string engine, string format, DotClusterMode clusters)
        {
            string dotPath = ExternalTool.Require("dot", "apt-get install -y graphviz");
            var renderer = new GraphvizRenderer(dotPath);
            byte[] bytes = renderer.Render(DotWriter.WriteToString(Adversarial(), new FormatWriteOptions { Dot = new DotOptions { Engine = engine, Clusters = clusters, RankDir = "TB" } }), format);
            bytes.Length.Should().BeGreaterThan(200);
            if (format == "svg")
            {
                string svg = Encoding.UTF8.GetString(bytes);
                svg.Should().Contain("<svg").And.Contain("Беларусь").And.Contain("&lt;b&gt;&amp;amp;").And.Contain("He said &quot;no&quot; \\ then");
            }
            else
            {
                bytes.Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
            }
        }

        [Test]
        public void Render_UnionStateHighlightedAsOf_WithRealGraphviz()
        {
            ExternalTool.Require("dot", "apt-get install -y graphviz");
            Graph g = CuratedGraphs.UnionState;
            GraphPath path = g.DependencyPaths(g.GetEntity("russia"), g.GetEntity("integral")).First();
            byte[] svg = new GraphvizRenderer().Render(DotWriter.WriteToString(g, new FormatWriteOptions { Dot = new DotOptions { HighlightPath = path, AsOf = PartialDate.Parse("2023"), Clusters = DotClusterMode.Country } }), "svg");
            Encoding.UTF8.GetString(svg).Should().Contain("Integral").And.Contain("#d62728");
        }

        [TestCase(DotClusterMode.None, "dot")]
        [TestCase(DotClusterMode.Kind, "fdp")]
        [TestCase(DotClusterMode.Country, "dot")]
        [TestCase(DotClusterMode.Country, "neato")]
        public void Render_UnionState_GraphvizPrintsNoWarning(DotClusterMode clusters, string engine)
        {
            string dot = ExternalTool.Require("dot", "apt-get install -y graphviz");
            var (code, svg, err) = ExternalTool.Run(dot, "-Tsvg", DotWriter.WriteToString(CuratedGraphs.UnionState, new FormatWriteOptions { Dot = new DotOptions { Clusters = clusters, Engine = engine } }));
            code.Should().Be(0, err);
            err.Should().BeEmpty();
            svg.Should().Contain("<svg");
        }

        [Test]
        public void Renderer_MissingDot_NamesTheToolAndHowToInstall()
        {
            System.Action act = () => new GraphvizRenderer(Path.Combine(Path.GetTempPath(), "no-such-dir", "dot"));
            act.Should().Throw<GraphvizNotFoundException>().WithMessage("*dot*apt-get install graphviz*");
        }
    }
}

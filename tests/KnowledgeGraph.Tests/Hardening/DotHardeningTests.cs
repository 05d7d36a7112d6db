using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Tests.Cli;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Hardening
{
    /// <summary>
    /// Issue 12, DOT: the file lets the engine choose its layout, asks for spline edges only where they are cheap, keeps
    /// every quoted string within what GraphViz's scanner reads, and a GraphViz crash is one line with an exit code. Judged
    /// by the real <c>dot</c> and <c>sfdp</c>.
    /// </summary>
    public class DotHardeningTests
    {
        private static Graph Triangle() => new GraphBuilder()
            .AddEntity("a", "Person", "A")
            .AddEntity("b", "Person", "B")
            .AddEntity("c", "Person", "C")
            .AddEntity("d", "Person", "D")
            .AddRelation("ab", "COOPERATES_WITH", "a", "b")
            .AddRelation("bc", "COOPERATES_WITH", "b", "c")
            .AddRelation("ca", "COOPERATES_WITH", "c", "a")
            .AddRelation("cd", "COOPERATES_WITH", "c", "d")
            .Build();

        /// <summary>A graph of <paramref name="n"/> entities in a ring.</summary>
        private static Graph Ring(int n)
        {
            var b = new GraphBuilder();
            for (int i = 0; i < n; i++)
            {
                b.AddEntity("e" + i, "Person", "Entity " + i);
            }

            for (int i = 0; i < n; i++)
            {
                b.AddRelation("r" + i, "COOPERATES_WITH", "e" + i, "e" + ((i + 1) % n));
            }

            return b.Build();
        }

        /// <summary>An entity id of 20,000 characters, a name of 30,000 (markup and Cyrillic, so escapes and UTF-8 count), a description of 30,000, and 2 parallel relations, one with an id of 17,000 characters.</summary>
        private static Graph Long()
        {
            string id = new string('x', 20_000);
            return new GraphBuilder()
                .AddEntity(id, "Person", string.Concat(Enumerable.Repeat("&\"я", 10_000)), description: new string('d', 30_000))
                .AddEntity("b", "Company", "B")
                .AddRelation("r1", "OWNS", id, "b")
                .AddRelation("r" + new string('2', 17_000), "OWNS", id, "b")
                .Build();
        }

        private static string Plain(string dotPath, string dotText, string arguments)
        {
            var (code, output, error) = ExternalTool.Run(dotPath, "-Tplain " + arguments, dotText);
            code.Should().Be(0, error);
            return output;
        }

        /// <summary>The node lines of GraphViz's plain output: where the layout put each node.</summary>
        private static string[] Nodes(string plain) => plain.Split('\n').Where(l => l.StartsWith("node ", StringComparison.Ordinal)).ToArray();

        [Test]
        public void Write_NamesNoLayoutUnlessAsked_SoTheEngineRunChooses()
        {
            string dotPath = ExternalTool.Require("dot", "apt-get install -y graphviz");
            string free = DotWriter.WriteToString(Triangle());
            free.Should().NotContain("layout=");

            // The engine run chooses: circo lays the file out differently from dot.
            Nodes(Plain(dotPath, free, "-Kcirco")).Should().NotEqual(Nodes(Plain(dotPath, free, "-Kdot")));

            // Named, it is obeyed whatever is run: this is what made --engine sfdp give the dot layout before.
            string named = DotWriter.WriteToString(Triangle(), new FormatWriteOptions { Dot = new DotOptions { Engine = "circo" } });
            named.Should().Contain("layout=circo");
            Nodes(Plain(dotPath, named, "-Kdot")).Should().Equal(Nodes(Plain(dotPath, free, "-Kcirco")));
        }

        [Test]
        public void Render_EngineOption_IsTheLayoutUsed()
        {
            string dotPath = ExternalTool.Require("dot", "apt-get install -y graphviz");
            var renderer = new GraphvizRenderer(dotPath);
            string free = DotWriter.WriteToString(Triangle());
            string byRenderer = Encoding.UTF8.GetString(renderer.Render(free, "svg", "circo"));
            var (code, byGraphviz, error) = ExternalTool.Run(dotPath, "-Tsvg -Kcirco", free);
            code.Should().Be(0, error);
            byRenderer.Should().Be(byGraphviz);
            Encoding.UTF8.GetString(renderer.Render(free, "svg")).Should().NotBe(byGraphviz);

            // Through the format list, as kg export --format svg --engine circo does: the engine is named in the file and passed.
            using var stream = new MemoryStream();
            var options = new FormatWriteOptions { Dot = new DotOptions { Engine = "circo" }, DotProgram = dotPath };
            GraphFormats.Get("svg").Write(Triangle(), stream, options);
            var (namedCode, named, namedError) = ExternalTool.Run(dotPath, "-Tsvg -Kdot", DotWriter.WriteToString(Triangle(), options));
            namedCode.Should().Be(0, namedError);
            Encoding.UTF8.GetString(stream.ToArray()).Should().Be(named);
        }

        [Test]
        public void Write_Splines_OnlyForNamedNonDotEnginesOnSmallGraphs()
        {
            static string Graph(Graph g, string? engine) => DotWriter.WriteToString(g, new FormatWriteOptions { Dot = new DotOptions { Engine = engine } });
            Graph(Triangle(), null).Should().NotContain("splines");
            Graph(Triangle(), "dot").Should().NotContain("splines", "dot draws splines anyway");
            Graph(Triangle(), "neato").Should().Contain("splines=true");
            Graph(Ring(DotWriter.MaxSplineEntities), "sfdp").Should().Contain("splines=true");
            Graph(Ring(DotWriter.MaxSplineEntities + 1), "sfdp").Should().NotContain("splines");
        }

        [Test]
        [CancelAfter(300_000)]
        public void Sfdp_LaysOutAGraphAboveTheSplineBound()
        {
            // sfdp with splines=true crashed (SIGSEGV, after 4 minutes) on 20,000 entities; without them it lays out a graph above the bound.
            string dotPath = ExternalTool.Require("dot", "apt-get install -y graphviz");
            string text = DotWriter.WriteToString(Ring(DotWriter.MaxSplineEntities + 500), new FormatWriteOptions { Dot = new DotOptions { Engine = "sfdp", Legend = false } });
            var (code, output, error) = ExternalTool.Run(dotPath, "-Tplain", text);
            code.Should().Be(0, error);
            output.Split('\n').Count(l => l.StartsWith("node ", StringComparison.Ordinal)).Should().Be(DotWriter.MaxSplineEntities + 500);
        }

        [Test]
        public void LongNamesAndIds_GraphvizReadsTheFile()
        {
            string dotPath = ExternalTool.Require("dot", "apt-get install -y graphviz");
            Graph g = Long();

            // The failure: the description (the tooltip) quoted as it is passes 16,383 bytes, and GraphViz refuses the whole file.
            var (rawCode, _, rawError) = ExternalTool.Run(dotPath, "-Tplain", "digraph { a [tooltip=" + DotWriter.Quote(g.Entities[0].Description!) + "]; }");
            rawCode.Should().NotBe(0);
            rawError.Should().Contain("longer than 16384");

            string text = DotWriter.WriteToString(g);
            string plain = Plain(dotPath, text, string.Empty);
            string[] lines = plain.Split('\n');
            lines.Count(l => l.StartsWith("node ", StringComparison.Ordinal)).Should().Be(4, "the two entities and the two legend nodes");
            lines.Count(l => l.StartsWith("edge ", StringComparison.Ordinal)).Should().Be(2, "the merged relations, joined to the stand-in id, and the legend's invisible edge");
            text.Should().Contain("LONG-ID:").And.Contain("cut to fit GraphViz: the first ").And.Contain("// kg: GraphViz reads at most 16,383 bytes");

            // Every quoted string fits, counted in UTF-8 bytes.
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "\"(?:[^\"\\\\]|\\\\.)*\""))
            {
                Encoding.UTF8.GetByteCount(m.Value).Should().BeLessThanOrEqualTo(DotWriter.MaxQuotedBytes);
            }

            // The label keeps the kind, and the SVG shows the start of the name and the note.
            string svg = Encoding.UTF8.GetString(new GraphvizRenderer(dotPath).Render(text, "svg"));
            svg.Should().Contain("&amp;&quot;я&amp;&quot;я").And.Contain("cut to fit GraphViz").And.Contain(">Person<");
        }

        [Test]
        public void Export_LongNames_DotRendersWhatKgWrites()
        {
            string dotPath = ExternalTool.Require("dot", "apt-get install -y graphviz");
            string dir = Path.Combine(Path.GetTempPath(), "kg-dot-long-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string graph = Path.Combine(dir, "g.json");
                Long().Save(graph);
                string dotFile = Path.Combine(dir, "g.dot");
                var r = KgCommandTests.Kg("--graph", graph, "export", "--format", "dot", "-o", dotFile);
                r.Code.Should().Be(ExitCodes.Success, r.Err);
                var (code, _, error) = ExternalTool.Run(dotPath, "-Tsvg -o \"" + Path.Combine(dir, "g.svg") + "\" \"" + dotFile + "\"", null);
                code.Should().Be(0, "GraphViz must read what --format dot wrote: " + error);
                r = KgCommandTests.Kg("--graph", graph, "export", "--format", "svg", "--dot", dotPath, "-o", Path.Combine(dir, "kg.svg"));
                r.Code.Should().Be(ExitCodes.Success, r.Err);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void GraphvizCrash_IsOneLineWithTheSignal()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Ignore("a crashing stand-in for dot is a shell script");
                return;
            }

            string dir = Path.Combine(Path.GetTempPath(), "kg-dot-crash-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                // A stand-in for dot that dies as sfdp did on 20,000 entities with splines: a segmentation fault, nothing on standard error.
                string crash = Path.Combine(dir, "dot");
                File.WriteAllText(crash, "#!/bin/sh\nkill -SEGV $$\n");
                File.SetUnixFileMode(crash, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                Action render = () => new GraphvizRenderer(crash).Render(DotWriter.WriteToString(Triangle()), "svg", "sfdp");
                render.Should().Throw<GraphvizRenderException>()
                    .Where(e => !e.Message.Contains('\n'))
                    .WithMessage("GraphViz '*' (engine sfdp) crashed (SIGSEGV, exit code 139). Large graphs can crash*--around*");

                // What it says goes on one line; a failure that says nothing says so.
                string talk = Path.Combine(dir, "talk");
                File.WriteAllText(talk, "#!/bin/sh\necho 'Error: first' >&2\necho 'second line' >&2\nexit 1\n");
                File.SetUnixFileMode(talk, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                Action said = () => new GraphvizRenderer(talk).Render("digraph { a }", "svg");
                said.Should().Throw<GraphvizRenderException>().WithMessage("GraphViz '*' failed with exit code 1: Error: first / second line.");

                var r = KgCommandTests.Kg("export", "--format", "svg", "--engine", "sfdp", "--dot", crash, "-o", Path.Combine(dir, "out.svg"));
                r.Code.Should().Be(ExitCodes.InputError);
                r.Err.TrimEnd('\n').Should().NotContain("\n").And.StartWith("kg: GraphViz").And.Contain("crashed (SIGSEGV");
                File.Exists(Path.Combine(dir, "out.svg")).Should().BeFalse("a failed render writes nothing");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}

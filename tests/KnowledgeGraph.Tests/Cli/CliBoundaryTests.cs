using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    /// <summary>The edge of kg: every failure one line with the right exit code, outputs that never harm a file, terminal-safe text.</summary>
    public class CliBoundaryTests
    {
        private static (int Code, string Out, string Err) Kg(params string[] args) => KgCommandTests.Kg(args);

        private static void OneLine((int Code, string Out, string Err) r, int code)
        {
            r.Code.Should().Be(code, r.Err);
            r.Err.TrimEnd('\n').Should().NotContain("\n", "an error is one line").And.StartWith("kg: ");
            r.Err.Should().NotContain("   at ", "no stack trace");
        }

        [TestCase("export", "-o", "")]
        [TestCase("export", "-o", " ")]
        [TestCase("import", "--format", "nt", "x.nt", "-o", "")]
        public void EmptyOutput_IsOneLineUsageError(params string[] args)
        {
            var r = Kg(args);
            OneLine(r, ExitCodes.InputError);
            r.Err.Should().Contain("empty");
        }

        [TestCase("--vocabulary", "", "show", "russia")]
        [TestCase("--graph", "", "show", "russia")]
        [TestCase("path", "putin", "integral", "--weight", "")]
        [TestCase("path", "putin", "integral", "--k", "2147483647")]
        [TestCase("path", "putin", "integral", "--k", "1001")]
        [TestCase("path", "putin", "integral", "--k", "0")]
        public void BadOptionValues_AreOneLineUsageErrors(params string[] args) => OneLine(Kg(args), ExitCodes.InputError);

        [Test]
        [CancelAfter(60_000)]
        public void Path_LargestK_IsBounded()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var r = Kg("path", "putin", "integral", "--k", "1000");
            r.Code.Should().Be(ExitCodes.Success, r.Err);
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "--k 100000 took 162 s on this graph before k was capped");
        }

        [Test]
        public void ParseError_IsOneLine()
        {
            var r = Kg("export", "--format", "nonsense");
            r.Code.Should().Be(ExitCodes.InputError);
            r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith("kg: ") && l.Contains("kg --help"));
        }

        [Test]
        public void Export_Dash_WritesToStandardOutput()
        {
            var r = Kg("export", "--format", "json", "-o", "-");
            r.Code.Should().Be(ExitCodes.Success, r.Err);
            r.Out.Should().Contain("knowledge-graph/2");
            File.Exists("-").Should().BeFalse();
        }

        [Test]
        public void Import_Dash_WritesTheGraphToStandardOutput()
        {
            string nt = Path.Combine(Path.GetTempPath(), "kg-boundary-" + Guid.NewGuid().ToString("N") + ".nt");
            try
            {
                Kg("export", "--format", "nt", "-o", nt).Code.Should().Be(0);
                var r = Kg("import", "--format", "nt", nt, "-o", "-");
                r.Code.Should().Be(ExitCodes.Success, r.Err);
                Graph.Parse(r.Out).VertexCount.Should().Be(CuratedGraphs.UnionState.VertexCount);
                r.Err.Should().Contain("wrote standard output");
            }
            finally
            {
                File.Delete(nt);
            }
        }

        [Test]
        public void Export_DevNull_LeavesTheDevice()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                Assert.Ignore("Unix only.");
            }

            var r = Kg("export", "--format", "json", "-o", "/dev/null");
            r.Code.Should().Be(ExitCodes.Success, r.Err);
            KnowledgeGraph.IO.UnixFile.TryStat("/dev/null", out var s).Should().BeTrue();
            s.FileKind.Should().Be(KnowledgeGraph.IO.UnixFile.Kind.Special);
        }

        [Test]
        public void UnexpectedFailure_IsOneLineInternalErrorWithExit3()
        {
            var e = new StringWriter { NewLine = "\n" };
            int code = new KgApp(new ThrowingWriter(), e).Run(new[] { "show", "russia" });
            code.Should().Be(ExitCodes.InternalError);
            string err = e.ToString();
            err.TrimEnd('\n').Should().NotContain("\n");
            err.Should().StartWith("kg: internal error").And.Contain("report").And.Contain("issues");
        }

        [Test]
        public void Show_EscapesControlCharactersFromData()
        {
            string json = TestGraphs.Small.Replace("\"Alpha\"", "\"Al\\r\\npha\\u202e\"");
            json.Should().NotBe(TestGraphs.Small);
            string file = Path.Combine(Path.GetTempPath(), "kg-boundary-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(file, json);
            try
            {
                var r = Kg("--graph", file, "show", "a");
                r.Code.Should().Be(ExitCodes.Success, r.Err);
                r.Out.Should().Contain("Al\\x0D\\x0Apha\\u202E (a)").And.NotContain("\r").And.NotContain("\u202e");
                var n = Kg("--graph", file, "neighbors", "b");
                n.Out.Should().Contain("Al\\x0D\\x0Apha\\u202E").And.NotContain("\r");
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Test]
        public void ErrorMessage_WithControlCharactersAndNewlines_IsOneEscapedLine()
        {
            var r = Kg("show", "evil\u001b]0;title\u0007\nsecond line");
            OneLine(r, ExitCodes.InputError);
            r.Err.Should().NotContain("\u001b").And.NotContain("\u0007").And.Contain("\\x1B]0;title\\x07");
        }

        [TestCase("a\nb", "a b")]
        [TestCase("a\r\n\r\nb", "a b")]
        [TestCase("x\u001by", "x\\x1By")]
        [TestCase("tab\tkept", "tab\tkept")]
        public void TerminalText_OneLine(string input, string expected) => TerminalText.OneLine(input).Should().Be(expected);

        [Test]
        public void TerminalText_Escape_KeepsNewlinesAndPlainText()
        {
            TerminalText.Escape("Лукашенко\n").Should().Be("Лукашенко\n");
            TerminalText.Escape("a\u007fb\u2066").Should().Be("a\\x7Fb\\u2066");
        }

        private sealed class ThrowingWriter : StringWriter
        {
            public override void Write(string? value) => throw new InvalidOperationException("the writer broke");

            public override void Write(char value) => throw new InvalidOperationException("the writer broke");
        }

        [Test]
        public void ExportToDevStdout_ReaderGoesAway_ExitsZeroWithoutMessage()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                Assert.Ignore("Linux only: /dev/stdout.");
            }

            // 434 kB of N-Triples: more than a pipe holds, so kg is still writing when the reader closes its end.
            string kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");
            var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in new[] { kg, "export", "--format", "nt", "-o", "/dev/stdout" })
            {
                psi.ArgumentList.Add(a);
            }

            using var process = System.Diagnostics.Process.Start(psi)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var head = new char[100];
            process.StandardOutput.ReadBlock(head, 0, head.Length);
            process.StandardOutput.Close();
            process.WaitForExit(60_000).Should().BeTrue();
            stderr.Wait(10_000).Should().BeTrue();
            new string(head).Should().StartWith("<");
            stderr.Result.Should().BeEmpty();
            process.ExitCode.Should().Be(0);
        }
    }
}

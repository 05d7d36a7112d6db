using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Tests.Cli;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    /// <summary>Hostile graph files (issue 12): each ends in one positioned error, never an unhandled exception, and files the graph names stay confined.</summary>
    public class GraphJsonHardeningTests
    {
        private const string Head = "{\"format\":\"knowledge-graph/1\",\"entities\":[{\"id\":\"a\",\"kind\":\"Person\",\"name\":\"A\"";

        private string _dir = null!;

        [SetUp]
        public void SetUp()
        {
            _dir = Path.Combine(Path.GetTempPath(), "kg-hard-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(_dir, "inner"));
        }

        [TearDown]
        public void TearDown() => Directory.Delete(_dir, true);

        private static GraphError Single(string json)
        {
            var ex = FluentActions.Invoking(() => Graph.Parse(json, "h.json")).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Should().HaveCount(1, string.Join("\n", ex.Errors));
            ex.Errors[0].Line.Should().BePositive();
            ex.Errors[0].Column.Should().BePositive();
            ex.Errors[0].ToString().Should().NotContain("\n");
            return ex.Errors[0];
        }

        [TestCase(",\"properties\":{\"x\":99999999999999999999999}}]}", GraphErrorCode.InvalidValue, "64-bit")]
        [TestCase(",\"properties\":{\"\":1}}]}", GraphErrorCode.InvalidField, "empty name")]
        [TestCase(",\"properties\":{\"x\":NaN}}]}", GraphErrorCode.MalformedJson, "NaN")]
        [TestCase(",\"properties\":{\"x\":-Infinity}}]}", GraphErrorCode.MalformedJson, "Infinity")]
        [TestCase(",\"properties\":{\"x\":1e999}}]}", GraphErrorCode.MalformedJson, "range of a double")]
        [TestCase(",\"properties\":{\"x\":'single'}}]}", GraphErrorCode.MalformedJson, "double quotes")]
        [TestCase(",'properties':{}}]}", GraphErrorCode.MalformedJson, "double quotes")]
        [TestCase(",properties:{}}]}", GraphErrorCode.MalformedJson, "double quotes")]
        [TestCase(",\"properties\":{\"x\":undefined}}]}", GraphErrorCode.MalformedJson, "undefined")]
        [TestCase(",\"aliases\":[\"B\\uFFFE\"]}]}", GraphErrorCode.InvalidText, "U+FFFE")]
        [TestCase(",\"aliases\":[\"B\\u0000\"]}]}", GraphErrorCode.InvalidText, "U+0000")]
        [TestCase(",\"description\":\"x\\uFFFF\"}]}", GraphErrorCode.InvalidText, "U+FFFF")]
        [TestCase(",\"externalIds\":[{\"scheme\":\"w\",\"value\":\"Q\\u001b[31m\"}]}]}", GraphErrorCode.InvalidText, "U+001B")]
        public void Parse_HostileValue_IsOnePositionedError(string rest, GraphErrorCode code, string words)
        {
            GraphError e = Single(Head + rest);
            e.Code.Should().Be(code);
            e.Message.Should().Contain(words);
        }

        [Test]
        public void Parse_NameWithNonCharacter_DoesNotPassValidation()
        {
            // Issue 12: such a name passed `kg validate` and then broke name look-up for the whole graph.
            GraphError e = Single("{\"format\":\"knowledge-graph/1\",\"entities\":[{\"id\":\"a\",\"kind\":\"Person\",\"name\":\"A\\uFFFF\"}]}");
            e.Code.Should().Be(GraphErrorCode.InvalidText);
            e.Id.Should().Be("a");
        }

        [Test]
        public void Build_HalfASurrogatePair_IsInvalidText()
        {
            // Json.NET turns an unpaired \uD800 escape into U+FFFD; code can still hand one to the builder.
            var ex = FluentActions.Invoking(() => new GraphBuilder().AddEntity("a", "Person", "A\uD800").Build()).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Single().Code.Should().Be(GraphErrorCode.InvalidText);
            ex.Errors.Single().Message.Should().Contain("surrogate");
        }

        [TestCase(new byte[] { 0xFF }, 1, 2)]
        [TestCase(new byte[] { 0xC3 }, 1, 2)]
        [TestCase(new byte[] { 0x00 }, 1, 2)]
        public void Load_BadBytes_AreMalformedWithPosition(byte[] bad, int line, int column)
        {
            string path = Path.Combine(_dir, "bytes.json");
            byte[] text = Encoding.UTF8.GetBytes("{\"format\":\"knowledge-graph/1\"}\n ");
            File.WriteAllBytes(path, text.Concat(bad).Concat(Encoding.UTF8.GetBytes("\n")).ToArray());
            var ex = FluentActions.Invoking(() => Graph.Load(path)).Should().Throw<GraphValidationException>().Which;
            GraphError e = ex.Errors.Single();
            e.Code.Should().Be(GraphErrorCode.MalformedJson);
            (e.Line, e.Column).Should().Be((line + 1, column));
        }

        [Test]
        public void Load_NulPaddingAfterTheDocument_IsAnError()
        {
            string path = Path.Combine(_dir, "pad.json");
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes("{\"format\":\"knowledge-graph/1\"}").Concat(new byte[64]).ToArray());
            FluentActions.Invoking(() => Graph.Load(path)).Should().Throw<GraphValidationException>()
                .Which.Errors.Single().Message.Should().Contain("NUL");
        }

        private string GraphNaming(string vocabularyPath)
        {
            string path = Path.Combine(_dir, "inner", "g.json");
            File.WriteAllText(path, "{\"format\":\"knowledge-graph/1\",\"vocabularies\":[" + Newtonsoft.Json.JsonConvert.ToString(vocabularyPath) + "]}");
            return path;
        }

        private const string VocabularyText = "{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [{\"name\": \"Vessel\"}]}";

        [TestCase("../v.json")]
        [TestCase("/etc/passwd")]
        [TestCase("a\u0000b")]
        [TestCase("")]
        [TestCase("missing.json")]
        public void Load_NamedFileNotAllowed_IsOneErrorAtTheName(string name)
        {
            File.WriteAllText(Path.Combine(_dir, "v.json"), VocabularyText);
            var ex = FluentActions.Invoking(() => Graph.Load(GraphNaming(name))).Should().Throw<GraphValidationException>().Which;
            GraphError e = ex.Errors.Single();
            e.Code.Should().Be(GraphErrorCode.IOError);
            e.File.Should().EndWith("g.json");
            e.Line.Should().Be(1);
            e.Column.Should().BeGreaterThanOrEqualTo(48, "the error points at the name in the 'vocabularies' field");
        }

        [Test]
        public void Load_NamedFileOutside_LoadsWhenAllowed()
        {
            File.WriteAllText(Path.Combine(_dir, "v.json"), VocabularyText);
            string path = GraphNaming("../v.json");
            Graph g = Graph.Load(path, GraphLoadOptions.Default.WithAllowPathsOutside(true));
            g.Vocabulary.TryGetKind("Vessel", out _).Should().BeTrue();
        }

        [Test]
        public void Load_NamedFileOverTheLimit_IsRefused()
        {
            File.WriteAllText(Path.Combine(_dir, "inner", "v.json"), VocabularyText);
            string path = GraphNaming("v.json");
            Graph.Load(path).Vocabulary.TryGetKind("Vessel", out _).Should().BeTrue();
            FluentActions.Invoking(() => Graph.Load(path, GraphLoadOptions.Default.WithMaxNamedFileBytes(10))).Should().Throw<GraphValidationException>()
                .Which.Errors.Single().Message.Should().Contain("larger than the limit of 10 bytes");
        }

        [Test]
        public void Load_NamedSymlinkLeavingTheFolder_IsRefused()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                Assert.Ignore("Symbolic links need privileges on Windows.");
            }

            File.WriteAllText(Path.Combine(_dir, "v.json"), VocabularyText);
            File.CreateSymbolicLink(Path.Combine(_dir, "inner", "link.json"), Path.Combine(_dir, "v.json"));
            FluentActions.Invoking(() => Graph.Load(GraphNaming("link.json"))).Should().Throw<GraphValidationException>()
                .Which.Errors.Single().Message.Should().Contain("outside the graph's folder");
        }

        [Test]
        public void Load_DevicesAndFifos_EndWithAnError()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                Assert.Ignore("There is no /dev/zero or mkfifo on Windows.");
            }

            string fifo = Path.Combine(_dir, "inner", "fifo");
            using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
            {
                mk.WaitForExit();
            }

            File.CreateSymbolicLink(Path.Combine(_dir, "inner", "zero"), "/dev/zero");
            foreach (string target in new[] { "/dev/zero", fifo })
            {
                var (code, _, err) = KgCommandTests.Kg("validate", target);
                code.Should().Be(2, err);
                err.Should().Contain("Not a regular file");
            }

            foreach (string name in new[] { "fifo", "zero" })
            {
                var (code, _, err) = KgCommandTests.Kg("validate", "--allow-paths", GraphNaming(name));
                code.Should().Be(2, err);
                err.Should().Contain("is not a regular file");
            }
        }
    }
}

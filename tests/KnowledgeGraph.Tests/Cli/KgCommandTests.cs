using System;
using System.IO;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    /// <summary>The kg command, run in-process with captured output.</summary>
    public class KgCommandTests
    {
        internal static (int Code, string Out, string Err) Kg(params string[] args)
        {
            var o = new StringWriter { NewLine = "\n" };
            var e = new StringWriter { NewLine = "\n" };
            int code = new KgApp(o, e).Run(args);
            return (code, o.ToString(), e.ToString());
        }

        private static string WriteTemp(string text)
        {
            string path = Path.Combine(Path.GetTempPath(), "kg-cli-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(path, text);
            return path;
        }

        [Test]
        public void Depends_RussiaIntegral_PrintsStepsWithDatesAndCitations()
        {
            var (code, output, err) = Kg("depends", "russia", "integral");
            code.Should().Be(ExitCodes.Success, err);
            output.Should().Contain("Russia depends on Integral").And.Contain("SUPPLIES").And.Contain("source:").And.Contain("[");
            err.Should().BeEmpty();
        }

        [Test]
        public void Depends_NoDependency_ExitsOne()
        {
            var (code, output, err) = Kg("depends", "integral", "putin");
            code.Should().Be(ExitCodes.NoResult);
            output.Should().BeEmpty();
            err.Should().Contain("does not depend");
        }

        [Test]
        public void DependsClosure_ListsTheEntitiesOfTheExplainedListing_WithoutPaths()
        {
            var (code, output, err) = Kg("depends", "russia", "--closure");
            code.Should().Be(ExitCodes.Success, err);
            output.Should().StartWith("What Russia (russia) depends on, transitively").And.Contain("- Integral (integral), direct").And.NotContain("source:");
            var (explainedCode, explained, _) = Kg("depends", "russia");
            explainedCode.Should().Be(ExitCodes.Success);
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..])
            {
                explained.Should().Contain(line, "the closure lists the explained listing's entities, each as that listing heads it");
            }

            Kg("dependents", "integral", "--closure", "--as-of", "2023").Out.Should().Contain("- Russia (russia), direct");
            var (both, bothOut, bothErr) = Kg("depends", "russia", "integral", "--closure");
            both.Should().Be(ExitCodes.InputError);
            bothOut.Should().BeEmpty();
            bothErr.Should().Contain("--closure lists everything russia depends on");
        }

        [Test]
        public void Show_FindsByCyrillicAlias()
        {
            var (code, output, _) = Kg("show", "Лукашенко");
            code.Should().Be(0);
            output.Should().StartWith("Alyaksandr Lukashenka (lukashenka)").And.Contain("-HOLDS_POSITION-> President of Belarus (president-of-belarus)");
        }

        [Test]
        public void Show_UnknownEntity_IsAnInputError()
        {
            var (code, output, err) = Kg("show", "nobody-at-all");
            code.Should().Be(ExitCodes.InputError);
            output.Should().BeEmpty();
            err.Trim().Should().StartWith("kg: no entity");
        }

        [Test]
        public void Neighbors_And_Path_Work()
        {
            Kg("neighbors", "integral").Out.Should().Contain("-SUPPLIES-> Russia (russia)");
            var (code, output, _) = Kg("path", "putin", "integral");
            code.Should().Be(0);
            output.Should().Contain("Vladimir Putin").And.Contain("Integral");
        }

        [Test]
        public void GraphOption_IsAcceptedBeforeOrAfterTheCommand()
        {
            string file = WriteTemp(TestGraphs.Small);
            Kg("--graph", file, "depends", "a", "c").Code.Should().Be(0);
            var (code, output, _) = Kg("depends", "a", "c", "--graph", file);
            code.Should().Be(0);
            output.Should().Contain("Alpha depends on Gamma Works");
        }

        [Test]
        public void Version1File_LoadsWithOneNoteOnStandardError()
        {
            string file = WriteTemp("{\"format\": \"knowledge-graph/1\", \"entities\": [{\"id\": \"x\", \"kind\": \"State\", \"name\": \"X\"}, {\"id\": \"y\", \"kind\": \"State\", \"name\": \"Y\"}], "
                + "\"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"x\", \"target\": \"y\"}, {\"id\": \"q\", \"type\": \"DEPENDS_ON\", \"source\": \"y\", \"target\": \"x\", \"from\": \"2020\"}]}");
            var (code, output, err) = Kg("--graph", file, "depends", "x", "y");
            code.Should().Be(0);
            output.Should().Contain("X depends on Y").And.NotContain("note:");
            err.Should().Contain($"kg: note: {file}: read 1 undated relation of a knowledge-graph/1 file as of unknown time");
        }

        [Test]
        public void Validate_GoodFile_ExitsZero()
        {
            var (code, output, _) = Kg("validate", RepoPaths.Graph("union-state.json"));
            code.Should().Be(0);
            output.Should().Contain("valid");
        }

        [Test]
        public void Validate_BrokenFile_ListsEveryErrorWithPositions()
        {
            string file = WriteTemp("{\n  \"format\": \"knowledge-graph/1\",\n  \"entities\": [\n    {\"id\": \"a\", \"kind\": \"Dragon\", \"name\": \"A\"}\n  ],\n  \"relations\": [\n    {\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"b\", \"from\": \"2023-13-01\"}\n  ]\n}\n");
            var (code, output, err) = Kg("validate", file);
            code.Should().Be(ExitCodes.InputError);
            output.Should().BeEmpty();
            err.Should().Contain(file + ":4:5: error KG0006").And.Contain(file + ":7:5: error KG0008").And.Contain(file + ":7:88: error KG0009").And.Contain("3 errors");
            err.IndexOf("KG0006").Should().BeLessThan(err.IndexOf("KG0009"), "errors are listed in file order");
        }

        [Test]
        public void UnknownCommand_IsAUsageError()
        {
            var (code, _, err) = Kg("frobnicate");
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain("frobnicate");
        }

        [Test]
        public void NoArguments_PrintsUsageToStandardError()
        {
            var (code, output, err) = Kg();
            code.Should().Be(ExitCodes.InputError);
            output.Should().BeEmpty();
            err.Should().Contain("Usage:").And.Contain("depends");
        }

        [Test]
        public void Help_IsAvailableEverywhere()
        {
            foreach (string command in new[] { "show", "neighbors", "path", "depends", "validate", "export" })
            {
                var (code, output, _) = Kg(command, "--help");
                code.Should().Be(0);
                output.Should().Contain("Usage:").And.Contain(command);
            }
        }

        [Test]
        public void Export_Dot_ToFile_WritesDot()
        {
            string file = Path.Combine(Path.GetTempPath(), "kg-export-" + Guid.NewGuid().ToString("N") + ".dot");
            Kg("export", "--format", "dot", "-o", file).Code.Should().Be(0);
            File.ReadAllText(file).Should().StartWith("digraph").And.Contain("\"integral\" -> \"russia\"");
        }
    }
}

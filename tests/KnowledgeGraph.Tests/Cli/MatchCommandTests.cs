using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Merging;
using KnowledgeGraph.Tests.Merging;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    public class MatchCommandTests
    {
        private string _dir = string.Empty;

        [SetUp]
        public void SetUp()
        {
            _dir = Path.Combine(Path.GetTempPath(), "kg-match-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_dir);
            MergingGraphs.Curated().Save(Path.Combine(_dir, "curated.json"));
            MergingGraphs.Wiki().Save(Path.Combine(_dir, "wiki.json"));
        }

        [TearDown]
        public void TearDown() => Directory.Delete(_dir, true);

        private string P(string name) => Path.Combine(_dir, name);

        [Test]
        public void Match_ListsCandidatesWithReasons_NamedByFileAndDataset()
        {
            var (code, output, err) = KgCommandTests.Kg("match", P("curated.json"), P("wiki.json"));

            code.Should().Be(ExitCodes.Success, err);
            // wiki.json records one dataset, 'wikidata', which names it; curated.json is named by its file.
            output.Should().StartWith("curated ~ wikidata: 5 open pairs")
                .And.Contain("  1.00  curated:putin (Vladimir Putin, Person) ~ wikidata:q7747 (Vladimir Vladimirovich Putin, Person)\n        +0.95 shared wikidata id Q7747\n")
                .And.Contain("curated:lukashenka (Alyaksandr Lukashenka, Person) ~ wikidata:q2");
        }

        [Test]
        public void Match_WithDecisions_ShowsOnlyOpenPairs()
        {
            DecisionSet.Empty
                .With(new MatchDecision("curated:putin", "wikidata:q7747", Judgement.Same, "ana", DateTimeOffset.UtcNow))
                .With(new MatchDecision("curated:russia", "wikidata:q159", Judgement.Same, "ana", DateTimeOffset.UtcNow))
                .With(new MatchDecision("curated:lukashenka", "wikidata:q2", Judgement.Same, "ana", DateTimeOffset.UtcNow))
                .With(new MatchDecision("curated:lukashenka", "wikidata:q3", Judgement.Unsure, "ana", DateTimeOffset.UtcNow))
                .With(new MatchDecision("curated:belarus", "wikidata:q184", Judgement.Different, "ana", DateTimeOffset.UtcNow))
                .Save(P("decisions.json"));

            var (code, output, _) = KgCommandTests.Kg("match", P("curated.json"), P("wiki.json"), "--decisions", P("decisions.json"));
            code.Should().Be(ExitCodes.NoResult, "every pair is decided");
            output.Should().Contain("0 open pairs, 5 decided pairs").And.NotContain("q7747");

            var (allCode, all, _) = KgCommandTests.Kg("match", P("curated.json"), P("wiki.json"), "--decisions", P("decisions.json"), "--all");
            allCode.Should().Be(ExitCodes.Success);
            all.Should().Contain("[same by ana, ").And.Contain("[different by ana, ");
        }

        [Test]
        public void Match_BadInput_OneLineErrors()
        {
            KgCommandTests.Kg("match", P("curated.json")).Code.Should().Be(ExitCodes.InputError);
            var (code, _, err) = KgCommandTests.Kg("match", P("curated.json"), P("wiki.json"), "--min-score", "3");
            code.Should().Be(ExitCodes.InputError);
            err.Should().Be("kg: --min-score must be between 0 and 1.\n");
            File.WriteAllText(P("bad.json"), "{ \"format\": \"knowledge-graph-decisions/1\", \"decisions\": 3 }");
            var (badCode, _, badErr) = KgCommandTests.Kg("match", P("curated.json"), P("wiki.json"), "--decisions", P("bad.json"));
            badCode.Should().Be(ExitCodes.InputError);
            badErr.Should().Contain("bad.json:1:").And.Contain("must be an array");
        }
        [Test]
        public void Merge_WritesAValidGraph_ByteIdenticalOnRerun_WithAReport()
        {
            DecisionSet.Empty.With(new MatchDecision("curated:lukashenka", "wikidata:q2", Judgement.Same, "ana", DateTimeOffset.UtcNow)).Save(P("decisions.json"));

            var (code, report, err) = KgCommandTests.Kg("merge", P("curated.json"), P("wiki.json"), "--decisions", P("decisions.json"), "-o", P("merged.json"));
            code.Should().Be(ExitCodes.Success, err);
            report.Should().StartWith("Merged curated, wikidata: 12 entities into 9 (3 made of several), 4 relations into 3 (1 combined with another stating the same fact).\n")
                .And.Contain("  putin \u2190 curated:putin + wikidata:q7747\n").And.Contain("  lukashenka \u2190 curated:lukashenka + wikidata:q2\n");
            byte[] first = File.ReadAllBytes(P("merged.json"));
            KgCommandTests.Kg("merge", P("curated.json"), P("wiki.json"), "--decisions", P("decisions.json"), "-o", P("merged.json")).Code.Should().Be(ExitCodes.Success);
            File.ReadAllBytes(P("merged.json")).Should().Equal(first);
            KgCommandTests.Kg("validate", P("merged.json")).Code.Should().Be(ExitCodes.Success);

            var (showCode, show, _) = KgCommandTests.Kg("--graph", P("merged.json"), "show", "putin");
            showCode.Should().Be(ExitCodes.Success);
            show.Should().Contain("mergedFrom: curated:putin; wikidata:q7747")
                .And.Contain("-LEADS-> Russia (russia) [undated] \u2014 EDM, 2023-05-04; Wikidata [datasets: curated, wikidata]\n")
                .And.Contain("-CITIZEN_OF-> Russia (russia) [undated] \u2014 Wikidata [dataset: wikidata]\n");

            var (stdoutCode, json, toErr) = KgCommandTests.Kg("merge", P("curated.json"), P("wiki.json"), "--decided-only");
            stdoutCode.Should().Be(ExitCodes.Success);
            json.Should().StartWith("{\n  \"format\": \"knowledge-graph/2\"");
            toErr.Should().StartWith("Merged curated, wikidata: 12 entities into 12 (0 made of several)");
        }
        private static (int Code, string Out, string Err) Review(string input, params string[] args)
        {
            var o = new StringWriter { NewLine = "\n" };
            var e = new StringWriter { NewLine = "\n" };
            var app = new KgApp(o, e) { Input = new StringReader(input) };
            int code = app.Run(args);
            return (code, o.ToString(), e.ToString());
        }

        [Test]
        public void Review_InAPseudoTerminal_ReadsKeysOneByOne_AndSavesEachDecision()
        {
            if (!System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux))
            {
                Assert.Ignore("Linux only: the terminal is a pseudo-terminal made by python3's pty module.");
            }

            // kg runs in a real pseudo-terminal (python3's pty module, Fixtures/Pty/drive.py), so it reads keys one by
            // one (Console.ReadKey), not lines; the driver presses a key after each prompt: x (not an answer), s, d, k, q.
            string python = Support.ExternalTool.RequirePython("pty");
            string driver = Support.RepoPaths.Fixture("Pty", "drive.py");
            string kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");
            string args = $"\"{driver}\" \"[q]uit? \" xsdkq dotnet \"{kg}\" review \"{P("curated.json")}\" \"{P("wiki.json")}\" --decisions \"{P("d.json")}\" --by tester";
            var (code, output, err) = Support.ExternalTool.Run(python, args, null);
            string screen = output.Replace("\r\n", "\n");

            code.Should().Be(ExitCodes.Success, screen + err);
            screen.Should().Contain("[1/5] score 1.00").And.Contain("curated:putin").And.Contain("wikidata:q7747")
                .And.Contain("? x\n  'x' is not an answer.").And.Contain("? s\n  saved: same").And.Contain("? d\n  saved: different")
                .And.Contain("Reviewed 3 of 5: 1 same, 1 different, 0 unsure, 1 skipped; 3 still open.");
            DecisionSet saved = DecisionSet.Load(P("d.json"));
            saved.Decisions.Select(d => $"{d.Left} {d.Right} {d.Judgement} {d.DecidedBy}").Should().Equal(
                "curated:putin wikidata:q7747 Same tester", "curated:russia wikidata:q159 Different tester");
        }

        [Test]
        public void Review_ReadsAnswersLineByLine_SavesEachDecision_AndResumes()
        {
            string[] args = { "review", P("curated.json"), P("wiki.json"), "--decisions", P("d.json"), "--by", "tester" };

            // Five open pairs, best first: putin~q7747, russia~q159, then the 0.8s by reference: belarus~q184, lukashenka~q2, lukashenka~q3.
            var (code, output, err) = Review("maybe\nsame\nd\nk\nquit\n", args);

            code.Should().Be(ExitCodes.Success, err);
            output.Should().Contain("[1/5] score 1.00\n  curated:putin").And.Contain("\u2502 wikidata:q7747\n")
                .And.Contain("  Vladimir Putin").And.Contain("\u2502 Vladimir Vladimirovich Putin\n")
                .And.Contain("\u2502 datasets: wikidata\n").And.Contain("sources: EDM, 2023-05-04")
                .And.Contain("    +0.95 shared wikidata id Q7747\n")
                .And.Contain("? maybe\n  'maybe' is not an answer.\n")
                .And.Contain("saved: same").And.Contain("saved: different")
                .And.EndWith("Reviewed 3 of 5: 1 same, 1 different, 0 unsure, 1 skipped; 3 still open.\n");
            DecisionSet saved = DecisionSet.Load(P("d.json"));
            saved.Decisions.Select(d => $"{d.Left} {d.Right} {d.Judgement} {d.DecidedBy}").Should().Equal(
                "curated:putin wikidata:q7747 Same tester", "curated:russia wikidata:q159 Different tester");

            // The next session shows only what is still open; the end of input ends it like quit.
            var (again, next, _) = Review("unsure\n", args);
            again.Should().Be(ExitCodes.Success);
            next.Should().Contain("[1/3] score 0.80\n  curated:belarus").And.EndWith("Reviewed 1 of 3: 0 same, 0 different, 1 unsure, 0 skipped; 2 still open.\n");
            DecisionSet.Load(P("d.json")).Count.Should().Be(3);
            KgCommandTests.Kg("match", P("curated.json"), P("wiki.json"), "--decisions", P("d.json")).Out.Should().StartWith("curated ~ wikidata: 2 open pairs, 3 decided pairs");
        }

        [Test]
        public void Review_NothingOpen_ExitsOne_AndABadDecisionsFileIsNotTouched()
        {
            File.WriteAllText(P("bad.json"), "{ \"format\": \"nope\" }");
            var (code, _, err) = Review("s\n", "review", P("curated.json"), P("wiki.json"), "--decisions", P("bad.json"));
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain("bad.json:1:");
            File.ReadAllText(P("bad.json")).Should().Be("{ \"format\": \"nope\" }");

            string[] top = { "review", P("curated.json"), P("wiki.json"), "--decisions", P("d.json"), "--min-score", "1", "--by", "ana" };
            var (first, output, _) = Review("s\ns\n", top);
            first.Should().Be(ExitCodes.Success);
            output.Should().Contain("[2/2]").And.EndWith("Reviewed 2 of 2: 2 same, 0 different, 0 unsure, 0 skipped; 0 still open.\n");
            var (none, nothing, _) = Review("s\n", top);
            none.Should().Be(ExitCodes.NoResult);
            nothing.Should().Be("Nothing to review: every candidate pair is decided.\n");
        }
        [Test]
        public void Dataset_RestrictsEveryQuery_ToTheRelationsFromIt()
        {
            KgCommandTests.Kg("merge", P("curated.json"), P("wiki.json"), "-o", P("merged.json")).Code.Should().Be(ExitCodes.Success);

            var (code, wiki, err) = KgCommandTests.Kg("--graph", P("merged.json"), "show", "putin", "--dataset", "wikidata");
            code.Should().Be(ExitCodes.Success, err);
            wiki.Should().Contain("relations (2):").And.Contain("-CITIZEN_OF-> Russia").And.Contain("-LEADS-> Russia (russia) [undated] \u2014 EDM, 2023-05-04; Wikidata [datasets: curated, wikidata]");
            var (_, curated, _) = KgCommandTests.Kg("--graph", P("merged.json"), "--dataset", "curated", "show", "putin");
            curated.Should().Contain("relations (1):").And.NotContain("CITIZEN_OF");
            KgCommandTests.Kg("--graph", P("merged.json"), "path", "putin", "russia", "--dataset", "curated,wikidata").Code.Should().Be(ExitCodes.Success);

            var (bad, _, badErr) = KgCommandTests.Kg("--graph", P("merged.json"), "show", "putin", "--dataset", "opensanctions");
            bad.Should().Be(ExitCodes.InputError);
            badErr.Should().Be("kg: The graph records no dataset 'opensanctions'; it records: curated, wikidata.\n");
            KgCommandTests.Kg("show", "putin", "--dataset", "x").Err.Should().Be("kg: The graph records no datasets, so it has no dataset 'x'.\n");
        }
    }
}

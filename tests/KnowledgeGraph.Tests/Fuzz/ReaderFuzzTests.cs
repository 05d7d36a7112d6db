using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Fuzz
{
    /// <summary>
    /// A deterministic mutation fuzzer over every reader (issue 12): each mutated input either loads, and what it loads
    /// saves to JSON that loads again, or fails with a <see cref="KnowledgeGraphException"/> whose every error is one line
    /// naming the file and a line or an id. Any other exception is a failure, reported with its seed so it can be replayed.
    /// </summary>
    [Category("Fuzz")]
    public class ReaderFuzzTests
    {
        /// <summary>Cases per reader; the whole fixture stays well under two minutes on two cores.</summary>
        private const int Cases = 2000;

        private static IEnumerable<string> ReaderNames => InputReaders.All.Keys;

        [TestCaseSource(nameof(ReaderNames))]
        public void Mutations_LoadOrFailWithOnePositionedLine(string reader)
        {
            IReadOnlyList<string> seeds = InputReaders.Seeds(reader);
            seeds.Should().NotBeEmpty();
            Func<string, string, Graph> read = InputReaders.All[reader];
            var failures = new List<string>();
            int loaded = 0, refused = 0;
            var clock = Stopwatch.StartNew();
            foreach (string seed in seeds)
            {
                // The seeds themselves load (or, for a fixture made to be broken, fail cleanly).
                Check(reader, read, seed, -1, failures, ref loaded, ref refused);
            }

            for (int i = 0; i < Cases; i++)
            {
                var random = new Random(1_000_003 * (reader.GetHashCode32() + 1) + i);
                string input = Mutator.Mutate(seeds[i % seeds.Count], random);
                Check(reader, read, input, i, failures, ref loaded, ref refused);
            }

            TestContext.Out.WriteLine($"{reader}: {Cases} cases in {clock.ElapsedMilliseconds} ms; {loaded} loaded, {refused} refused cleanly, {failures.Count} failed.");
            failures.Should().BeEmpty("every input loads or fails with one positioned line; first failures:\n" + string.Join("\n", failures.Take(8)));
        }

        private static void Check(string reader, Func<string, string, Graph> read, string input, int index, List<string> failures, ref int loaded, ref int refused)
        {
            string name = "fuzz." + reader;
            Graph graph;
            try
            {
                graph = read(input, name);
            }
            catch (GraphValidationException ex)
            {
                refused++;
                string? bad = ex.Errors.Count == 0 ? "no errors listed: " + ex.Message : ex.Errors.Select(Problem).FirstOrDefault(p => p != null);
                if (bad != null)
                {
                    failures.Add($"case {index}: {bad}");
                }

                return;
            }
            catch (KnowledgeGraphException ex)
            {
                refused++;
                if (ex.Message.Contains('\n', StringComparison.Ordinal))
                {
                    failures.Add($"case {index}: {ex.GetType().Name} on two lines: {ex.Message}");
                }

                return;
            }
            catch (Exception ex)
            {
                failures.Add($"case {index}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]} at {ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("KnowledgeGraph.", StringComparison.Ordinal))?.Trim()}");
                return;
            }

            loaded++;
            string json = graph.ToJson();
            try
            {
                Graph.Parse(json, "saved.json").ToJson().Should().Be(json);
            }
            catch (Exception ex)
            {
                failures.Add($"case {index}: what {reader} read does not load again: {(ex is GraphValidationException g && g.Errors.Count > 0 ? g.Errors[0].ToString() : ex.GetType().Name + ": " + ex.Message.Split('\n')[0])}");
            }
        }

        /// <summary>Says what is wrong with an error as a user would see it, or null: it must be one line and name the file and a line or an id.</summary>
        private static string? Problem(GraphError e)
        {
            string text = e.ToString();
            if (text.IndexOfAny(new[] { '\n', '\r' }) >= 0)
            {
                return "an error on two lines: " + text.Replace("\n", "\\n", StringComparison.Ordinal);
            }

            if (e.File == null || (e.Line <= 0 && e.Id == null))
            {
                return "an error without a position: " + text;
            }

            return null;
        }
    }
}

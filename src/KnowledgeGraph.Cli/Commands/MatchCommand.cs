using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Merging;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg match A.json B.json [...]</c>: candidate pairs of entities that may be the same, with score and evidence.</summary>
    internal static class MatchCommand
    {
        public static Command Create(KgApp app)
        {
            Argument<string[]> graphs = GraphInputs.Argument();
            var decisions = new Option<string?>("--decisions") { Description = "A decisions file (knowledge-graph-decisions/1): pairs decided there are not shown (see --all)." };
            var minScore = new Option<double>("--min-score") { Description = "The lowest score shown (0 to 1).", DefaultValueFactory = _ => MatchOptions.Default.MinScore };
            var all = new Option<bool>("--all") { Description = "Show decided pairs too, with their decision." };
            var limit = new Option<int>("--limit") { Description = "The most pairs shown per pair of graphs.", DefaultValueFactory = _ => 100 };
            var command = new Command("match", "List the entities of two or more graphs that may be the same: shared ids (Wikidata, OpenSanctions, ISO, registration numbers), names across scripts, compatible kinds, agreeing or conflicting dates and countries, shared neighbours.");
            command.Arguments.Add(graphs);
            command.Options.Add(decisions);
            command.Options.Add(minScore);
            command.Options.Add(all);
            command.Options.Add(limit);
            command.SetAction(parse =>
            {
                double min = parse.GetValue(minScore);
                if (double.IsNaN(min) || min < 0 || min > 1)
                {
                    throw new CliException("--min-score must be between 0 and 1.", ExitCodes.InputError);
                }

                int max = parse.GetValue(limit);
                if (max < 1)
                {
                    throw new CliException("--limit must be at least 1.", ExitCodes.InputError);
                }

                DecisionSet decided = GraphInputs.LoadDecisions(parse.GetValue(decisions));
                List<NamedGraph> inputs = GraphInputs.Load(app, parse, parse.GetValue(graphs)!);
                var options = MatchOptions.Default with { MinScore = min, Decisions = decided };
                bool showAll = parse.GetValue(all);
                int open = 0;
                var o = app.Output;
                foreach (MatchResult r in MatchAll(inputs, options))
                {
                    IReadOnlyList<MatchCandidate> shown = showAll ? r.Candidates : r.Open;
                    int decidedCount = r.Candidates.Count - r.Open.Count;
                    open += r.Open.Count;
                    o.WriteLine($"{r.LeftName} ~ {r.RightName}: {Plural.Of(r.Open.Count, "open pair", "open pairs")}{(decidedCount > 0 ? $", {Plural.Of(decidedCount, "decided pair", "decided pairs")}" : string.Empty)} ({Plural.Of(r.PairsScored, "pair", "pairs")} scored).");
                    foreach (MatchCandidate c in shown.Take(max))
                    {
                        Write(o, c);
                    }

                    if (shown.Count > max)
                    {
                        o.WriteLine($"  \u2026 and {shown.Count - max} more (raise --limit).");
                    }
                }

                return open > 0 || showAll ? ExitCodes.Success : ExitCodes.NoResult;
            });
            return command;
        }

        /// <summary>Matches every pair of inputs, in the order given.</summary>
        public static IEnumerable<MatchResult> MatchAll(IReadOnlyList<NamedGraph> inputs, MatchOptions options)
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                for (int j = i + 1; j < inputs.Count; j++)
                {
                    yield return EntityMatcher.Match(inputs[i], inputs[j], options);
                }
            }
        }

        /// <summary>Writes one candidate: score, both entities, the decision if any, and one line per reason.</summary>
        public static void Write(System.IO.TextWriter o, MatchCandidate c)
        {
            string decision = c.Decision == null ? string.Empty : $"  [{DecisionText(c.Decision)}]";
            o.WriteLine($"  {c.Score.ToString("0.00", CultureInfo.InvariantCulture)}  {TerminalText.Inline(c.LeftRef)} ({TerminalText.Inline(c.Left.Name)}, {c.Left.Kind.Name}) ~ {TerminalText.Inline(c.RightRef)} ({TerminalText.Inline(c.Right.Name)}, {c.Right.Kind.Name}){decision}");
            foreach (MatchReason reason in c.Reasons)
            {
                o.WriteLine("        " + TerminalText.Inline(reason.ToString()));
            }
        }

        private static string DecisionText(MatchDecision d) =>
            (d.Judgement == Judgement.Same ? "same" : d.Judgement == Judgement.Different ? "different" : "unsure") + " by " + TerminalText.Inline(d.DecidedBy) + ", " + d.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using KnowledgeGraph.Merging;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg review A.json B.json --decisions FILE</c>: decide the open candidate pairs one by one, saving after each decision.</summary>
    internal static class ReviewCommand
    {
        private const string Keys = "[s]ame / [d]ifferent / [u]nsure / s[k]ip / [q]uit";

        public static Command Create(KgApp app)
        {
            Argument<string[]> graphs = GraphInputs.Argument();
            var decisions = new Option<string>("--decisions") { Description = "The decisions file to read and to save each decision to (created when missing).", Required = true };
            var by = new Option<string?>("--by") { Description = "Who decides (default: the user name)." };
            var minScore = new Option<double>("--min-score") { Description = "The lowest score reviewed (0 to 1).", DefaultValueFactory = _ => MatchOptions.Default.MinScore };
            var command = new Command("review", $"Decide the open candidate pairs one by one: both entities side by side with their sources and the evidence; keys {Keys}. Each decision is saved at once (atomically); on a terminal keys are read one by one, otherwise line by line.");
            command.Arguments.Add(graphs);
            command.Options.Add(decisions);
            command.Options.Add(by);
            command.Options.Add(minScore);
            command.SetAction(parse =>
            {
                double min = parse.GetValue(minScore);
                if (double.IsNaN(min) || min < 0 || min > 1)
                {
                    throw new CliException("--min-score must be between 0 and 1.", ExitCodes.InputError);
                }

                string file = KgApp.RequirePath(parse.GetValue(decisions)!, "--decisions");
                string who = parse.GetValue(by) ?? Environment.UserName;
                if (string.IsNullOrWhiteSpace(who))
                {
                    throw new CliException("--by: say who decides.", ExitCodes.InputError);
                }

                DecisionSet decided = DecisionSet.Load(file);
                List<NamedGraph> inputs = GraphInputs.Load(app, parse, parse.GetValue(graphs)!);
                var graphsByName = inputs.ToDictionary(g => g.Name, g => g.Graph, StringComparer.Ordinal);
                var open = MatchCommand.MatchAll(inputs, MatchOptions.Default with { MinScore = min, Decisions = decided }).SelectMany(r => r.Open).ToList();
                var o = app.Output;
                if (open.Count == 0)
                {
                    o.WriteLine("Nothing to review: every candidate pair is decided.");
                    return ExitCodes.NoResult;
                }

                int width = app.InputIsTerminal && !Console.IsOutputRedirected ? Math.Max(60, SafeWidth()) : 100;
                var counts = new Dictionary<string, int> { ["same"] = 0, ["different"] = 0, ["unsure"] = 0, ["skipped"] = 0 };
                int seen = 0;
                foreach (MatchCandidate c in open)
                {
                    seen++;
                    o.WriteLine();
                    o.WriteLine($"[{seen}/{open.Count}] score {c.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
                    WriteSideBySide(o, Describe(c.LeftRef, c.Left, graphsByName), Describe(c.RightRef, c.Right, graphsByName), width);
                    o.WriteLine("  evidence:");
                    foreach (MatchReason reason in c.Reasons)
                    {
                        o.WriteLine("    " + TerminalText.Inline(reason.ToString()));
                    }

                    char? key = Ask(app, o);
                    if (key == null || key == 'q')
                    {
                        seen--;
                        break;
                    }

                    if (key == 'k')
                    {
                        counts["skipped"]++;
                        continue;
                    }

                    Judgement judgement = key == 's' ? Judgement.Same : key == 'd' ? Judgement.Different : Judgement.Unsure;
                    decided = decided.With(new MatchDecision(c.LeftRef, c.RightRef, judgement, who, DateTimeOffset.UtcNow));
                    decided.Save(file);
                    string name = judgement == Judgement.Same ? "same" : judgement == Judgement.Different ? "different" : "unsure";
                    counts[name]++;
                    o.WriteLine($"  saved: {name} ({TerminalText.Inline(file)})");
                }

                int decidedNow = counts["same"] + counts["different"] + counts["unsure"];
                o.WriteLine();
                o.WriteLine($"Reviewed {seen} of {open.Count}: {counts["same"]} same, {counts["different"]} different, {counts["unsure"]} unsure, {counts["skipped"]} skipped; {open.Count - decidedNow} still open.");
                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>Reads one answer: a key on a terminal, else a line (its first letter, or a whole word); null at the end of input.</summary>
        private static char? Ask(KgApp app, TextWriter o)
        {
            while (true)
            {
                o.Write("  " + Keys + "? ");
                o.Flush();
                string? answer;
                if (app.InputIsTerminal)
                {
                    ConsoleKeyInfo k = Console.ReadKey(intercept: true);
                    answer = k.KeyChar.ToString();
                    o.WriteLine(answer);
                }
                else
                {
                    answer = app.Input.ReadLine();
                    o.WriteLine(answer == null ? string.Empty : TerminalText.Inline(answer.Trim()));
                    if (answer == null)
                    {
                        return null;
                    }
                }

                string a = answer.Trim().ToLowerInvariant();
                char? key = a switch
                {
                    "s" or "same" => 's',
                    "d" or "different" => 'd',
                    "u" or "unsure" => 'u',
                    "k" or "skip" => 'k',
                    "q" or "quit" => 'q',
                    _ => null,
                };
                if (key != null)
                {
                    return key;
                }

                o.WriteLine($"  '{TerminalText.Inline(answer.Trim())}' is not an answer.");
            }
        }

        private static int SafeWidth()
        {
            try
            {
                return Console.WindowWidth;
            }
            catch (IOException)
            {
                return 100;
            }
        }

        /// <summary>Gets the lines that show one side: reference, name, kind, aliases, description, properties, ids, datasets and sources.</summary>
        private static List<string> Describe(string reference, Entity e, IReadOnlyDictionary<string, Graph> graphs)
        {
            var lines = new List<string> { reference, e.Name, "kind: " + e.Kind.Name };
            if (e.Aliases.Count > 0)
            {
                lines.Add("aliases: " + string.Join(", ", e.Aliases.Take(4)) + (e.Aliases.Count > 4 ? $" (+{e.Aliases.Count - 4})" : string.Empty));
            }

            if (e.Description != null)
            {
                lines.Add("description: " + e.Description);
            }

            foreach (KeyValuePair<string, object> p in e.Properties.Take(6))
            {
                lines.Add(p.Key + ": " + PropertyMap.Format(p.Value));
            }

            foreach (ExternalId x in e.ExternalIds.Take(4))
            {
                lines.Add(x.ToString());
            }

            Graph g = graphs[reference.Substring(0, reference.IndexOf(':'))];
            var relations = g.RelationsOf(e).ToList();
            var datasets = relations.SelectMany(g.DatasetsOf).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
            if (datasets.Count > 0)
            {
                lines.Add("datasets: " + string.Join(", ", datasets));
            }

            var sources = relations.SelectMany(r => r.Citations).Select(c => c.Source?.ToString() ?? c.SourceId)
                .Concat(e.ExternalIds.Where(x => x.SourceId != null && g.TryGetSource(x.SourceId, out _)).Select(x => { g.TryGetSource(x.SourceId!, out Source? s); return s!.ToString(); }))
                .Distinct(StringComparer.Ordinal).ToList();
            lines.Add($"sources: {(sources.Count == 0 ? "none" : string.Join("; ", sources.Take(3)) + (sources.Count > 3 ? $" (+{sources.Count - 3})" : string.Empty))}");
            lines.Add($"relations: {relations.Count}");
            return lines;
        }

        /// <summary>Writes two columns, each line cut to fit (with …).</summary>
        private static void WriteSideBySide(TextWriter o, List<string> left, List<string> right, int width)
        {
            int column = (width - 5) / 2;
            for (int i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                string a = i < left.Count ? Fit(left[i], column) : string.Empty;
                string b = i < right.Count ? Fit(right[i], column) : string.Empty;
                o.WriteLine(("  " + a.PadRight(column) + " \u2502 " + b).TrimEnd());
            }
        }

        private static string Fit(string text, int width)
        {
            string line = TerminalText.Inline(text);
            return line.Length <= width ? line : line.Substring(0, width - 1) + "\u2026";
        }
    }
}

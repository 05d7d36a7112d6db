using System;
using System.CommandLine;
using System.Linq;
using KnowledgeGraph.Analysis.WhatIf;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg whatif --remove ID[,ID] --end ID@DATE --between A B</c>: what changes if entities or relations disappear or end.</summary>
    internal static class WhatIfCommand
    {
        public static Command Create(KgApp app)
        {
            var remove = new Option<string[]>("--remove", "-r") { Description = "Entities (id, name or alias) or relations (id) to remove; comma-separated or repeated.", AllowMultipleArgumentsPerToken = false };
            var end = new Option<string[]>("--end") { Description = "A relation or entity to end at a date, as ID@DATE (western-sanctions-targets-russia@2025); may be repeated." };
            var between = new Option<string[]>("--between") { Description = "Entities whose dependency paths are compared (every ordered pair; with one entity, every path from it).", AllowMultipleArgumentsPerToken = true };
            var top = new Option<int>("--top") { Description = "How many top-ranked entities (PageRank, betweenness) to compare.", DefaultValueFactory = _ => 10 };
            var asOf = new Option<string?>("--as-of") { Description = "Compare the graphs as of this date; without it an ended relation counts as gone." };
            var undated = AnalyticsArguments.Undated();
            var command = new Command("whatif", "What if entities or relations disappeared, or a sanction or treaty ended: dependency paths lost, exposure gained or lost, rankings moved.");
            command.Options.Add(remove);
            command.Options.Add(end);
            command.Options.Add(between);
            command.Options.Add(top);
            command.Options.Add(asOf);
            command.Options.Add(undated);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                var scenario = new Scenario();
                foreach (string item in (parse.GetValue(remove) ?? Array.Empty<string>()).SelectMany(x => x.Split(',')).Select(x => x.Trim()).Where(x => x.Length > 0))
                {
                    scenario.Remove(Id(graph, item));
                }

                foreach (string item in parse.GetValue(end) ?? Array.Empty<string>())
                {
                    int at = item.LastIndexOf('@');
                    if (at <= 0 || at == item.Length - 1)
                    {
                        throw new CliException($"--end '{item}': expected ID@DATE, such as western-sanctions-targets-russia@2025.", ExitCodes.InputError);
                    }

                    scenario.End(Id(graph, item.Substring(0, at)), AnalyticsArguments.ParseDate(item.Substring(at + 1), "--end")!.Value);
                }

                if (scenario.IsEmpty)
                {
                    throw new CliException("nothing to change: give --remove or --end.", ExitCodes.InputError);
                }

                var options = new WhatIfOptions
                {
                    AsOf = AnalyticsArguments.ParseDate(parse.GetValue(asOf), "--as-of"),
                    Undated = AnalyticsArguments.ParseUndated(parse, undated),
                    Top = parse.GetValue(top),
                    Between = (parse.GetValue(between) ?? Array.Empty<string>()).Select(x => KgApp.Resolve(graph, x).Id).ToList(),
                };
                WhatIfResult result = WhatIfAnalysis.Run(graph, scenario, options);
                app.Output.Write(result.Explain());
                return ExitCodes.Success;
            });
            return command;
        }

        private static string Id(Graph graph, string key) => graph.TryGetRelation(key, out _) ? key : KgApp.Resolve(graph, key).Id;
    }
}

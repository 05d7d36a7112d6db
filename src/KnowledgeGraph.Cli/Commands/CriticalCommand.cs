using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Algorithms.Critical;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg critical [FROM TO]</c>: single points of failure and minimum cuts of dependency paths; with no entities, the articulation points and bridges of the dependency subgraph.</summary>
    internal static class CriticalCommand
    {
        public static Command Create(KgApp app)
        {
            var from = new Argument<string?>("from") { Description = "The entity that depends: an id, name or alias.", Arity = ArgumentArity.ZeroOrOne };
            var to = new Argument<string?>("to") { Description = "The entity depended on: an id, name or alias.", Arity = ArgumentArity.ZeroOrOne };
            var maxDepth = new Option<int>("--max-depth") { Description = "The longest dependency path to list.", DefaultValueFactory = _ => CriticalOptions.DefaultMaxDepth };
            var allRelations = new Option<bool>("--all-relations") { Description = "Use every relation, not only dependencies (DEPENDS_ON, SUPPLIES)." };
            var maxResults = new Option<int>("--max-results") { Description = "The most articulation points and bridges to list; how many more there are is said.", DefaultValueFactory = _ => 100 };
            var asOf = AnalyticsArguments.AsOf();
            var undated = AnalyticsArguments.Undated();
            var command = new Command("critical", "What is critical in the dependency network: with FROM and TO, the single points of failure and the minimum cuts between them; alone, the articulation points and bridges of the dependency subgraph.");
            command.Arguments.Add(from);
            command.Arguments.Add(to);
            command.Options.Add(maxDepth);
            command.Options.Add(allRelations);
            command.Options.Add(maxResults);
            command.Options.Add(asOf);
            command.Options.Add(undated);
            command.SetAction(parse =>
            {
                Graph graph = AnalyticsArguments.View(app.LoadGraph(parse), parse, asOf, undated, out string note);
                var options = new CriticalOptions { MaxDepth = parse.GetValue(maxDepth) };
                if (parse.GetValue(allRelations))
                {
                    options = options with { Relations = CriticalOptions.AllRelations };
                }

                string? a = parse.GetValue(from);
                string? b = parse.GetValue(to);
                if (a == null)
                {
                    int limit = parse.GetValue(maxResults);
                    if (limit < 1)
                    {
                        throw new CliException("--max-results must be at least 1.", ExitCodes.InputError);
                    }

                    BiconnectivityResult bc = Biconnectivity.Compute(graph, options);
                    app.Output.WriteLine($"Articulation points of the {(parse.GetValue(allRelations) ? "graph" : "dependency subgraph")} (read as undirected): {bc.ArticulationPoints.Count}");
                    WriteBounded(app, bc.ArticulationPoints.Select(e => "  " + e), bc.ArticulationPoints.Count, limit);
                    app.Output.WriteLine($"Bridges: {bc.Bridges.Count}");
                    WriteBounded(app, bc.Bridges.Select(r => $"  {r.Id}: {r}"), bc.Bridges.Count, limit);

                    AnalyticsArguments.WriteNote(app.Output, note);

                    return ExitCodes.Success;
                }

                if (b == null)
                {
                    throw new CliException("give both FROM and TO, or neither.", ExitCodes.InputError);
                }

                Entity x = KgApp.Resolve(graph, a);
                Entity y = KgApp.Resolve(graph, b);
                if (x.Equals(y))
                {
                    throw new CliException("FROM and TO are the same entity.", ExitCodes.InputError);
                }

                SinglePointsOfFailureResult spof = SinglePointsOfFailure.Between(graph, x, y, options);
                if (!spof.IsConnected)
                {
                    app.Error.WriteLine($"kg: {x.Id} has no dependency path to {y.Id} in this graph{(note.Length > 0 ? " (" + note + ")" : string.Empty)}.");
                    return ExitCodes.NoResult;
                }

                app.Output.Write(spof.Explain());
                app.Output.Write(MinimumCut.Between(graph, x, y, options).Explain());
                var through = spof.Exposure().Where(p => p.Value < spof.Paths.Count).ToArray();
                if (through.Length > 0)
                {
                    app.Output.WriteLine("Entities on some paths (paths that break without them):");
                    foreach (var p in through)
                    {
                        app.Output.WriteLine($"  {p.Key}: {p.Value} of {spof.Paths.Count}");
                    }
                }

                AnalyticsArguments.WriteNote(app.Output, note);

                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>Writes at most <paramref name="limit"/> lines, then says how many more there are.</summary>
        private static void WriteBounded(KgApp app, IEnumerable<string> lines, int count, int limit)
        {
            foreach (string line in lines.Take(limit))
            {
                app.Output.WriteLine(line);
            }

            if (count > limit)
            {
                app.Output.WriteLine($"  … and {(count - limit).ToString(CultureInfo.InvariantCulture)} more (--max-results {count.ToString(CultureInfo.InvariantCulture)} lists them all)");
            }
        }
    }
}

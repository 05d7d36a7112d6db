using System.CommandLine;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Algorithms.Communities;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg communities</c>: groups of entities more related to each other than to the rest.</summary>
    internal static class CommunitiesCommand
    {
        public static Command Create(KgApp app)
        {
            var method = new Option<string>("--method", "-m") { Description = "The method: louvain or label-propagation.", DefaultValueFactory = _ => "louvain" };
            method.AcceptOnlyFromAmong("louvain", "label-propagation");
            var seed = new Option<int>("--seed") { Description = "The seed of the random visiting order; the same seed gives the same communities.", DefaultValueFactory = _ => 42 };
            var resolution = new Option<double>("--resolution") { Description = "The resolution of modularity: above 1 favours smaller communities.", DefaultValueFactory = _ => 1.0 };
            var maxEntities = new Option<int>("--max-entities") { Description = "Refuse graphs with more entities than this (0: no bound); narrow the graph with --as-of or a subgraph instead.", DefaultValueFactory = _ => CommunityOptions.DefaultMaxEntities };
            var asOf = AnalyticsArguments.AsOf();
            var undated = AnalyticsArguments.Undated();
            var command = new Command("communities", "Find communities (Louvain or label propagation, the graph read as undirected) and report their modularity.");
            command.Options.Add(method);
            command.Options.Add(seed);
            command.Options.Add(resolution);
            command.Options.Add(maxEntities);
            command.Options.Add(asOf);
            command.Options.Add(undated);
            command.SetAction(parse =>
            {
                Graph graph = AnalyticsArguments.View(app.LoadGraph(parse), parse, asOf, undated, out string note);
                double gamma = parse.GetValue(resolution);
                if (!(gamma > 0))
                {
                    throw new CliException("--resolution must be above 0.", ExitCodes.InputError);
                }

                int bound = parse.GetValue(maxEntities);
                if (bound < 0)
                {
                    throw new CliException("--max-entities must not be negative (0: no bound).", ExitCodes.InputError);
                }

                var options = new CommunityOptions { Seed = parse.GetValue(seed), Resolution = gamma, MaxEntities = bound == 0 ? null : bound };
                CommunityResult result = parse.GetValue(method) == "label-propagation" ? LabelPropagation.Compute(graph, options) : Louvain.Compute(graph, options);
                app.Output.WriteLine($"{result.Method}: {result.Count} communities, modularity {result.Modularity.ToString("0.####", CultureInfo.InvariantCulture)}{(result.Converged ? string.Empty : " (stopped at the iteration bound)")}");
                for (int i = 0; i < result.Count; i++)
                {
                    var c = result.Communities[i];
                    app.Output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture),3}. ({c.Count.ToString(CultureInfo.InvariantCulture)}) {string.Join(", ", c.Select(e => e.Id))}");
                }

                AnalyticsArguments.WriteNote(app.Output, note);

                return result.Count == 0 ? ExitCodes.NoResult : ExitCodes.Success;
            });
            return command;
        }
    }
}

using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Components;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg rank --by MEASURE</c>: the entities that matter most by a centrality measure.</summary>
    internal static class RankCommand
    {
        public static Command Create(KgApp app)
        {
            var by = new Option<string>("--by") { Description = "The measure: degree, in-degree, out-degree, pagerank, betweenness, closeness, eigenvector or core (k-core number).", DefaultValueFactory = _ => "pagerank" };
            by.AcceptOnlyFromAmong("degree", "in-degree", "out-degree", "pagerank", "betweenness", "closeness", "eigenvector", "core");
            var top = new Option<int>("--top", "-n") { Description = "How many entities to list.", DefaultValueFactory = _ => 10 };
            var undirected = new Option<bool>("--undirected") { Description = "Read every relation in both directions, the graph as undirected (degree, betweenness, closeness, eigenvector; PageRank already reads undirected types both ways)." };
            var sample = new Option<int?>("--sample") { Description = "Estimate betweenness from this many sampled source entities (for large graphs); exact when omitted." };
            var asOf = AnalyticsArguments.AsOf();
            var command = new Command("rank", "Rank entities by a centrality measure (networkx semantics): who matters in the network.");
            command.Options.Add(by);
            command.Options.Add(top);
            command.Options.Add(undirected);
            command.Options.Add(sample);
            command.Options.Add(asOf);
            command.SetAction(parse =>
            {
                Graph graph = AnalyticsArguments.View(app.LoadGraph(parse), parse, asOf);
                int n = parse.GetValue(top);
                if (n < 1)
                {
                    throw new CliException("--top must be at least 1.", ExitCodes.InputError);
                }

                bool asUndirected = parse.GetValue(undirected);
                int? k = parse.GetValue(sample);
                if (k != null && k < 1)
                {
                    throw new CliException("--sample must be at least 1.", ExitCodes.InputError);
                }

                var options = new CentralityOptions { AsUndirected = asUndirected, SampleSize = k };
                var raw = new CentralityOptions { AsUndirected = asUndirected, Normalized = false };
                CentralityResult result = parse.GetValue(by) switch
                {
                    "degree" => Degree.Compute(graph, DegreeKind.Total, raw),
                    "in-degree" => Degree.Compute(graph, DegreeKind.In, raw),
                    "out-degree" => Degree.Compute(graph, DegreeKind.Out, raw),
                    "betweenness" => Betweenness.Compute(graph, options),
                    "closeness" => Closeness.Compute(graph, options),
                    "eigenvector" => Eigenvector.Compute(graph, options),
                    "core" => CoreNumber.Compute(graph),
                    _ => PageRank.Rank(graph, new PageRankOptions()),
                };
                app.Output.WriteLine($"{result.Measure} (top {System.Math.Min(n, result.Count)} of {result.Count} entities{(asUndirected ? ", as undirected" : string.Empty)}):");
                foreach (EntityScore s in result.Top(n))
                {
                    app.Output.WriteLine($"{s.Rank.ToString(CultureInfo.InvariantCulture),4}. {s.Score.ToString("0.######", CultureInfo.InvariantCulture),-10} {s.Entity.Name} ({s.Entity.Id})");
                }

                return result.Count == 0 ? ExitCodes.NoResult : ExitCodes.Success;
            });
            return command;
        }
    }
}

using System.CommandLine;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Paths;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg path FROM TO</c>: shortest, all shortest, k shortest, all simple or cheapest weighted paths, with filters, each step with its dates and citations.</summary>
    internal static class PathCommand
    {
        public static Command Create(KgApp app)
        {
            var from = new Argument<string>("from") { Description = "The start: an id, name or alias." };
            var to = new Argument<string>("to") { Description = "The end: an id, name or alias." };
            var all = new Option<bool>("--all") { Description = "Every shortest path (all of the smallest length), not just one." };
            var k = new Option<int?>("--k") { Description = "The k shortest simple paths (Yen's algorithm), k from 1 to 1000; with --weight, the k cheapest." };
            var simple = new Option<bool>("--simple") { Description = "Every simple path up to --max-depth (default 6), shortest first." };
            var weight = new Option<string?>("--weight") { Description = "Find the cheapest path by the sum of this numeric relation property (Dijkstra); relations without it weigh 1." };
            var directed = new Option<bool>("--directed") { Description = "Follow relations from source to target only (undirected types still both ways). Default: either direction." };
            var command = new Command("path", "Find paths between two entities: one shortest path by default, relations read in either direction; each step with its dates and citations.");
            command.Arguments.Add(from);
            command.Arguments.Add(to);
            command.Options.Add(all);
            command.Options.Add(k);
            command.Options.Add(simple);
            command.Options.Add(weight);
            command.Options.Add(directed);
            QueryOptionsCli filters = QueryOptionsCli.AddTo(command, defaultMaxDepth: null);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse, filterDatasets: false);
                Entity a = KgApp.Resolve(graph, parse.GetValue(from)!);
                Entity b = KgApp.Resolve(graph, parse.GetValue(to)!);
                QueryOptions options = filters.Build(parse, parse.GetValue(directed) ? RelationFilter.AnyOutgoing : null, app.DatasetIds(parse));
                PathQuery q = graph.Paths(a, b).With(options);
                string? w = parse.GetValue(weight);
                int? count = parse.GetValue(k);
                if (count.HasValue && (count.Value < 1 || count.Value > PathQuery.MaxK))
                {
                    throw new CliException($"--k must be between 1 and {PathQuery.MaxK}.", ExitCodes.InputError);
                }

                if (w != null && w.Trim().Length == 0)
                {
                    throw new CliException("--weight: the property name is empty; give a numeric relation property such as weight.", ExitCodes.InputError);
                }

                int modes = (parse.GetValue(all) ? 1 : 0) + (count.HasValue ? 1 : 0) + (parse.GetValue(simple) ? 1 : 0);
                if (modes > 1)
                {
                    throw new CliException("choose one of --all, --k and --simple.", ExitCodes.InputError);
                }

                if (w != null && (parse.GetValue(all) || parse.GetValue(simple)))
                {
                    throw new CliException("--weight goes with a single path or --k.", ExitCodes.InputError);
                }

                PathResult result = count.HasValue
                    ? (w != null ? q.KShortestWeighted(count.Value, w) : q.KShortest(count.Value))
                    : parse.GetValue(all) ? q.AllShortest()
                    : parse.GetValue(simple) ? q.AllSimple()
                    : w != null ? q.ShortestWeighted(w)
                    : q.Shortest();
                if (!result.Found)
                {
                    app.Error.Write("kg: " + result.Explain());
                    return ExitCodes.NoResult;
                }

                app.Output.Write(result.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

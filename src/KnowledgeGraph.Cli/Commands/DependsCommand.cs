using System.CommandLine;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;
using KnowledgeGraph.Queries.Paths;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg depends FROM [TO]</c>: how FROM depends on TO, or everything FROM depends on, through dependency relations in their declared direction.</summary>
    internal static class DependsCommand
    {
        public static Command Create(KgApp app)
        {
            var from = new Argument<string>("from") { Description = "The entity that depends: an id, name or alias." };
            var to = new Argument<string?>("to") { Description = "The entity depended on; without it, everything FROM depends on, transitively.", Arity = ArgumentArity.ZeroOrOne };
            var command = new Command("depends", "Show the dependency paths from FROM to TO (DEPENDS_ON forward, SUPPLIES backward), or without TO everything FROM depends on; each step with its dates and citations.");
            command.Arguments.Add(from);
            command.Arguments.Add(to);
            QueryOptionsCli filters = QueryOptionsCli.AddTo(command, relations: false);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                Entity a = KgApp.Resolve(graph, parse.GetValue(from)!);
                QueryOptions options = filters.Build(parse, RelationFilter.Dependencies);
                string? target = parse.GetValue(to);
                if (target == null)
                {
                    DependencyReport report = graph.DependenciesOf(a, options);
                    if (report.Items.Count == 0)
                    {
                        app.Error.WriteLine($"kg: {a.Id} depends on nothing in this graph{(options.AsOf.HasValue ? " as of " + options.AsOf.Value : string.Empty)}.");
                        return ExitCodes.NoResult;
                    }

                    app.Output.Write(report.Explain());
                    return ExitCodes.Success;
                }

                Entity b = KgApp.Resolve(graph, target);
                PathResult paths = graph.Paths(a, b).With(options).AllSimple();
                if (!paths.Found)
                {
                    app.Error.WriteLine($"kg: {a.Id} does not depend on {b.Id} in this graph{(options.AsOf.HasValue ? " as of " + options.AsOf.Value : string.Empty)}.");
                    return ExitCodes.NoResult;
                }

                app.Output.WriteLine($"{a.Name} depends on {b.Name} through {paths.Paths.Count} path{(paths.Paths.Count == 1 ? string.Empty : "s")}:");
                foreach (GraphPath p in paths.Paths)
                {
                    app.Output.Write(p.Explain());
                }

                if (paths.Truncated)
                {
                    app.Output.WriteLine("note: " + (paths.BoundHit == QueryBound.MaxDepth ? $"stopped at the maximum depth of {paths.MaxDepth}: longer paths may exist." : $"stopped at the maximum of {options.MaxResults} results: more exist."));
                }

                return ExitCodes.Success;
            });
            return command;
        }
    }
}

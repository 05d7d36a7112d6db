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
            Option<bool> closure = DependencyListing.Create();
            command.Options.Add(closure);
            QueryOptionsCli filters = QueryOptionsCli.AddTo(command, relations: false);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse, filterDatasets: false);
                Entity a = KgApp.Resolve(graph, parse.GetValue(from)!);
                QueryOptions options = filters.Build(parse, RelationFilter.Dependencies, app.DatasetIds(parse));
                string? target = parse.GetValue(to);
                string when = options.AsOf.HasValue ? " as of " + options.AsOf.Value : string.Empty;
                if (parse.GetValue(closure))
                {
                    if (target != null)
                    {
                        throw new CliException($"--closure lists everything {a.Id} depends on; leave out '{target}', or drop --closure to see how {a.Id} depends on it.", ExitCodes.InputError);
                    }

                    return DependencyListing.Print(app, graph.DependencyClosureOf(a, options), $"kg: {a.Id} depends on nothing in this graph{when}.");
                }

                if (target == null)
                {
                    return DependencyListing.Print(app, graph.DependenciesOf(a, options), $"kg: {a.Id} depends on nothing in this graph{when}.");
                }

                Entity b = KgApp.Resolve(graph, target);
                DependencyReport one = graph.DependencyOn(a, b, options, options.MaxResults);
                if (one.Items.Count == 0)
                {
                    app.Error.WriteLine($"kg: {a.Id} does not depend on {b.Id} in this graph{when}.");
                    foreach (Dependency d in one.MayHold)
                    {
                        app.Error.WriteLine($"May hold (dates unknown, bounded or approximate): {d.Paths.Count} path{(d.Paths.Count == 1 ? string.Empty : "s")}:");
                        foreach (GraphPath p in d.Paths)
                        {
                            app.Error.Write("? " + p.Explain());
                        }
                    }

                    return ExitCodes.NoResult;
                }

                Dependency found = one.Items[0];
                app.Output.WriteLine($"{a.Name} depends on {b.Name}{when} through {found.Paths.Count} path{(found.Paths.Count == 1 ? string.Empty : "s")}{(found.About != null ? ", about " + found.About.Id : string.Empty)}:");
                for (int i = 0; i < found.Paths.Count; i++)
                {
                    app.Output.Write((found.Statuses[i] == TimeStatus.MayHold ? "(may hold) " : string.Empty) + found.Paths[i].Explain());
                }

                if (found.PathsTruncated)
                {
                    app.Output.WriteLine($"note: more paths may exist (at most {options.MaxResults} listed, up to depth {one.MaxDepth}).");
                }

                return ExitCodes.Success;
            });
            return command;
        }
    }
}

using System.CommandLine;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg dependents ENTITY</c>: everything that depends on ENTITY, transitively, with the paths that explain it.</summary>
    internal static class DependentsCommand
    {
        public static Command Create(KgApp app)
        {
            var entity = new Argument<string>("entity") { Description = "The entity depended on: an id, name or alias." };
            var command = new Command("dependents", "Show everything that depends on ENTITY, transitively (DEPENDS_ON forward, SUPPLIES backward), each with its paths, dates and citations.");
            command.Arguments.Add(entity);
            Option<bool> closure = ClosureOption.Create();
            command.Options.Add(closure);
            QueryOptionsCli filters = QueryOptionsCli.AddTo(command, relations: false);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse, filterDatasets: false);
                Entity e = KgApp.Resolve(graph, parse.GetValue(entity)!);
                QueryOptions options = filters.Build(parse, RelationFilter.Dependencies, app.DatasetIds(parse));
                string nothing = $"kg: nothing depends on {e.Id} in this graph{(options.AsOf.HasValue ? " as of " + options.AsOf.Value : string.Empty)}.";
                if (parse.GetValue(closure))
                {
                    return ClosureOption.Print(app, graph.DependentsClosureOf(e, options), nothing);
                }

                DependencyReport report = graph.DependentsOf(e, options);
                if (report.Items.Count == 0)
                {
                    app.Error.WriteLine(nothing);
                    if (report.MayHold.Count > 0)
                    {
                        app.Error.Write(report.Explain());
                    }

                    return ExitCodes.NoResult;
                }

                app.Output.Write(report.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

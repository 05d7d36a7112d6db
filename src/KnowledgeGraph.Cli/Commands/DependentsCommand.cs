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
            Option<bool> closure = DependencyListing.Create();
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
                    return DependencyListing.Print(app, graph.DependentsClosureOf(e, options), nothing);
                }

                return DependencyListing.Print(app, graph.DependentsOf(e, options), nothing);
            });
            return command;
        }
    }
}

using System.CommandLine;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Neighborhoods;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg neighbors ENTITY</c>: the relations of an entity, a page at a time, or with <c>--depth N</c> the neighbourhood N steps around it.</summary>
    internal static class NeighborsCommand
    {
        public static Command Create(KgApp app)
        {
            var entity = new Argument<string>("entity") { Description = "An id, name or alias." };
            var depth = new Option<int>("--depth") { Description = "How many steps around the entity: 1 lists its relations; more lists every relation of the neighbourhood.", DefaultValueFactory = _ => 1 };
            var skip = new Option<int>("--skip") { Description = "With depth 1: how many relations to skip (paging, in a stable order).", DefaultValueFactory = _ => 0 };
            var take = new Option<int?>("--take") { Description = "With depth 1: how many relations to list (paging); all when omitted." };
            var command = new Command("neighbors", "List the relations of an entity, each with its direction, dates and sources; --depth N for the neighbourhood N steps around it; --skip/--take to page.");
            command.Aliases.Add("neighbours");
            command.Arguments.Add(entity);
            command.Options.Add(depth);
            command.Options.Add(skip);
            command.Options.Add(take);
            QueryOptionsCli filters = QueryOptionsCli.AddTo(command, depth: false, defaultMaxResults: 1000);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse, filterDatasets: false);
                Entity e = KgApp.Resolve(graph, parse.GetValue(entity)!);
                QueryOptions options = filters.Build(parse, null, app.DatasetIds(parse));
                int d = parse.GetValue(depth);
                if (d < 1)
                {
                    throw new CliException("--depth must be at least 1.", ExitCodes.InputError);
                }

                if (d > 1)
                {
                    Neighborhood n = graph.Neighborhood(e, d, options);
                    if (n.Graph.EdgeCount == 0)
                    {
                        app.Error.Write("kg: " + n.Explain());
                        return ExitCodes.NoResult;
                    }

                    app.Output.Write(n.Explain());
                    return ExitCodes.Success;
                }

                int s = parse.GetValue(skip);
                int t = parse.GetValue(take) ?? int.MaxValue;
                if (s < 0 || t < 1)
                {
                    throw new CliException("--skip must be 0 or more and --take at least 1.", ExitCodes.InputError);
                }

                RelationPage page = graph.RelationsPage(e, s, t, options);
                foreach (Relation r in page.Items)
                {
                    app.Output.WriteLine(Describe.Relation(r, e));
                }

                if (page.HasMore)
                {
                    app.Output.WriteLine($"({page.Skip + 1} to {page.Skip + page.Items.Count} of {page.Total}; next page: --skip {page.Skip + page.Items.Count})");
                }

                if (page.MayHold.Count > 0)
                {
                    System.IO.TextWriter into = page.Items.Count > 0 ? app.Output : app.Error;
                    into.WriteLine($"{(page.Items.Count > 0 ? "Not counted" : "kg: no relation of " + e.Id + " holds")} as of {options.AsOf!.Value}; {page.MayHold.Count} may hold (dates unknown, bounded or approximate):");
                    foreach (Relation r in page.MayHold)
                    {
                        into.WriteLine("? " + Describe.Relation(r, e));
                    }
                }

                return page.Items.Count > 0 ? ExitCodes.Success : ExitCodes.NoResult;
            });
            return command;
        }
    }
}

using System.Collections.Generic;
using System.CommandLine;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg depends FROM TO</c>: how FROM depends on TO, through dependency relations in their declared direction.</summary>
    internal static class DependsCommand
    {
        public static Command Create(KgApp app)
        {
            var from = new Argument<string>("from") { Description = "The entity that depends: an id, name or alias." };
            var to = new Argument<string>("to") { Description = "The entity depended on: an id, name or alias." };
            var maxDepth = new Option<int>("--max-depth") { Description = "The longest path to look for.", DefaultValueFactory = _ => BasicQueries.DefaultMaxDepth };
            var command = new Command("depends", "Show the dependency paths from FROM to TO (DEPENDS_ON forward, SUPPLIES backward), each step with its dates and citations.");
            command.Arguments.Add(from);
            command.Arguments.Add(to);
            command.Options.Add(maxDepth);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                Entity a = KgApp.Resolve(graph, parse.GetValue(from)!);
                Entity b = KgApp.Resolve(graph, parse.GetValue(to)!);
                IReadOnlyList<GraphPath> paths = graph.DependencyPaths(a, b, parse.GetValue(maxDepth));
                if (paths.Count == 0)
                {
                    app.Error.WriteLine($"kg: {a.Id} does not depend on {b.Id} in this graph.");
                    return ExitCodes.NoResult;
                }

                app.Output.WriteLine($"{a.Name} depends on {b.Name} through {paths.Count} path{(paths.Count == 1 ? string.Empty : "s")}:");
                foreach (GraphPath p in paths)
                {
                    app.Output.Write(p.Explain());
                }

                return ExitCodes.Success;
            });
            return command;
        }
    }
}

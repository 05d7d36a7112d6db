using System.CommandLine;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg path FROM TO</c>: a shortest path between two entities, each step with its dates and citations.</summary>
    internal static class PathCommand
    {
        public static Command Create(KgApp app)
        {
            var from = new Argument<string>("from") { Description = "The start: an id, name or alias." };
            var to = new Argument<string>("to") { Description = "The end: an id, name or alias." };
            var command = new Command("path", "Find a shortest path between two entities, following relations in either direction.");
            command.Arguments.Add(from);
            command.Arguments.Add(to);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                Entity a = KgApp.Resolve(graph, parse.GetValue(from)!);
                Entity b = KgApp.Resolve(graph, parse.GetValue(to)!);
                GraphPath? path = graph.ShortestPath(a, b);
                if (path == null)
                {
                    app.Error.WriteLine($"kg: no path between {a.Id} and {b.Id}.");
                    return ExitCodes.NoResult;
                }

                app.Output.Write(path.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

using System.CommandLine;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Time;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg timeline ENTITY</c>: an entity's relations in date order, undated ones last.</summary>
    internal static class TimelineCommand
    {
        public static Command Create(KgApp app)
        {
            var entity = new Argument<string>("entity") { Description = "An id, name or alias." };
            var command = new Command("timeline", "Show an entity's relations in date order (2022 before 2022-12 before 2022-12-21): when each started, happened or ended, with sources; undated relations last.");
            command.Arguments.Add(entity);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                Entity e = KgApp.Resolve(graph, parse.GetValue(entity)!);
                Timeline t = graph.Timeline(e);
                if (t.Entries.Count + t.Undated.Count == 0)
                {
                    app.Error.WriteLine($"kg: {e.Id} has no relations.");
                    return ExitCodes.NoResult;
                }

                app.Output.Write(t.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

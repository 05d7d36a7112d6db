using System.CommandLine;
using System.Linq;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg neighbors ENTITY</c>: the entities one relation away, with the relations that connect them.</summary>
    internal static class NeighborsCommand
    {
        public static Command Create(KgApp app)
        {
            var entity = new Argument<string>("entity") { Description = "An id, name or alias." };
            var command = new Command("neighbors", "List the entities one relation away, each with the relation, its direction, dates and sources.");
            command.Aliases.Add("neighbours");
            command.Arguments.Add(entity);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                Entity e = KgApp.Resolve(graph, parse.GetValue(entity)!);
                var relations = graph.RelationsOf(e).ToList();
                foreach (Relation r in relations)
                {
                    app.Output.WriteLine(Describe.Relation(r, e));
                }

                return relations.Count > 0 ? ExitCodes.Success : ExitCodes.NoResult;
            });
            return command;
        }
    }
}

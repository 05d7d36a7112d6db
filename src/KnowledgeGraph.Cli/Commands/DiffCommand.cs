using System.CommandLine;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Time;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg diff DATE1 DATE2</c>: the relations that appeared or ended between two dates.</summary>
    internal static class DiffCommand
    {
        public static Command Create(KgApp app)
        {
            var first = new Argument<string>("date1") { Description = "The first date: YYYY, YYYY-MM or YYYY-MM-DD." };
            var second = new Argument<string>("date2") { Description = "The second date." };
            var command = new Command("diff", "Show what changed between two dates: relations that hold as of DATE2 but not DATE1 (+) and those that ended (-), with dates and sources.");
            command.Arguments.Add(first);
            command.Arguments.Add(second);
            command.SetAction(parse =>
            {
                PartialDate a = QueryOptionsCli.ParseDate(parse.GetValue(first)!, "date1");
                PartialDate b = QueryOptionsCli.ParseDate(parse.GetValue(second)!, "date2");
                if (b < a)
                {
                    // Reversed dates would list what "appeared" going back in time: swap them, and say so.
                    app.Error.WriteLine($"kg: warning: {a} is after {b}; showing what changed from {b} to {a}.");
                    (a, b) = (b, a);
                }

                Graph graph = app.LoadGraph(parse);
                GraphDiff d = graph.Diff(a, b);
                if (d.IsEmpty)
                {
                    app.Error.Write("kg: " + d.Explain());
                    return ExitCodes.NoResult;
                }

                app.Output.Write(d.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

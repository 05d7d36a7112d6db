using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>Options shared by the analytics commands (rank, communities, critical, exposure, whatif).</summary>
    internal static class AnalyticsArguments
    {
        /// <summary>Creates the <c>--as-of DATE</c> option.</summary>
        public static Option<string?> AsOf() => new Option<string?>("--as-of") { Description = "Use only the relations that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD)." };

        /// <summary>Parses a date given on the command line, or fails with an input error.</summary>
        public static PartialDate? ParseDate(string? text, string option)
        {
            if (text == null)
            {
                return null;
            }

            return PartialDate.TryParse(text, out PartialDate date, out string? error)
                ? date
                : throw new CliException($"{option}: {error}", ExitCodes.InputError);
        }

        /// <summary>Returns the graph as of the <c>--as-of</c> date, or whole.</summary>
        public static Graph View(Graph graph, ParseResult parse, Option<string?> asOf)
        {
            PartialDate? date = ParseDate(parse.GetValue(asOf), "--as-of");
            return date != null ? graph.AsOf(date.Value) : graph;
        }
    }
}

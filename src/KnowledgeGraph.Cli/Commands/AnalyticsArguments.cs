using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>Options shared by the analytics commands (rank, communities, critical, exposure, whatif).</summary>
    internal static class AnalyticsArguments
    {
        /// <summary>Creates the <c>--as-of DATE</c> option.</summary>
        public static Option<string?> AsOf() => new Option<string?>("--as-of") { Description = "Use only the relations that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD)." };

        /// <summary>Creates the <c>--undated include|exclude|flag</c> option.</summary>
        public static Option<string> Undated()
        {
            var option = new Option<string>("--undated") { Description = "What to do with what may hold at the date (undated or only bounded relations): flag (default: report it apart, never count it), include (count it, and say so) or exclude (drop it).", DefaultValueFactory = _ => "flag" };
            option.AcceptOnlyFromAmong("flag", "include", "exclude");
            return option;
        }

        /// <summary>Creates the <c>--ignore-time</c> option.</summary>
        public static Option<bool> IgnoreTime() => new Option<bool>("--ignore-time") { Description = "Count every relation whatever its dates (no date, nothing that only may hold, no former ownership)." };

        /// <summary>Reads the <c>--undated</c> option.</summary>
        public static UndatedPolicy ParseUndated(ParseResult parse, Option<string> undated) => parse.GetValue(undated) switch
        {
            "include" => UndatedPolicy.Include,
            "exclude" => UndatedPolicy.Exclude,
            _ => UndatedPolicy.Flag,
        };

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

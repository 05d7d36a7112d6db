using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>Options shared by the analytics commands (rank, communities, critical, exposure, whatif).</summary>
    internal static class AnalyticsArguments
    {
        /// <summary>Adds options to a command, in the order given (the order of its help).</summary>
        /// <param name="command">The command.</param>
        /// <param name="options">The options.</param>
        public static void AddOptions(Command command, params Option[] options)
        {
            foreach (Option option in options)
            {
                command.Options.Add(option);
            }
        }

        /// <summary>Creates the <c>--as-of DATE</c> option.</summary>
        public static Option<string?> AsOf() => new Option<string?>("--as-of") { Description = "Use only the relations that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD)." };

        /// <summary>Creates the <c>--undated include|exclude|flag</c> option (the query commands' one, <see cref="QueryOptionsCli.UndatedOption"/>).</summary>
        public static Option<string?> Undated() => QueryOptionsCli.UndatedOption();

        /// <summary>Creates the <c>--ignore-time</c> option.</summary>
        public static Option<bool> IgnoreTime() => new Option<bool>("--ignore-time") { Description = "Count every relation whatever its dates (no date, nothing that only may hold, no former ownership)." };

        /// <summary>Reads the <c>--undated</c> option, parsed in one place (<see cref="QueryOptionsCli.ParseUndated"/>).</summary>
        public static UndatedPolicy ParseUndated(ParseResult parse, Option<string?> undated) => QueryOptionsCli.ParseUndated(parse.GetValue(undated));

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

        /// <summary>
        /// Returns the graph as of the <c>--as-of</c> date under the <c>--undated</c> policy (only relations that hold then;
        /// with <c>include</c>, those that may hold too), or whole; <paramref name="note"/> says what may hold and whether it
        /// was counted (empty when there is nothing to say).
        /// </summary>
        public static Graph View(Graph graph, ParseResult parse, Option<string?> asOf, Option<string?>? undated, out string note)
        {
            note = string.Empty;
            PartialDate? date = ParseDate(parse.GetValue(asOf), "--as-of");
            if (date == null)
            {
                return graph;
            }

            UndatedPolicy policy = undated == null ? UndatedPolicy.Flag : ParseUndated(parse, undated);
            int mayHold = graph.MayHoldAsOf(date.Value).Count;
            if (mayHold > 0 && policy != UndatedPolicy.Exclude)
            {
                string relations = mayHold == 1 ? "1 relation" : mayHold.ToString(CultureInfo.InvariantCulture) + " relations";
                note = policy == UndatedPolicy.Include
                    ? $"counted: {relations} that only may hold as of {date.Value} (--undated include)"
                    : $"not counted: {relations} that may hold as of {date.Value} but are not known to (--undated include counts them)";
            }

            return graph.AsOf(date.Value, policy);
        }

        /// <summary>Writes the note of <see cref="View"/> in parentheses on its own line, when there is one.</summary>
        public static void WriteNote(System.IO.TextWriter output, string note)
        {
            if (note.Length > 0)
            {
                output.WriteLine("(" + note + ")");
            }
        }

        /// <summary>Splits repeated or comma-separated values.</summary>
        public static string[] List(ParseResult parse, Option<string[]> option) =>
            (parse.GetValue(option) ?? System.Array.Empty<string>()).SelectMany(x => x.Split(',')).Select(x => x.Trim()).Where(x => x.Length > 0).ToArray();
    }
}

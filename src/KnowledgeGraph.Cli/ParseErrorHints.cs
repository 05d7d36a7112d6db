using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Linq;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Cli
{
    /// <summary>
    /// "Did you mean" for command-line mistakes: an unknown command or option gets the closest names of the command it
    /// was typed in (with the global options), a value outside an option's list (<c>--format dott</c>) the closest
    /// allowed values; all scored by the library's <see cref="Suggestions"/>.
    /// </summary>
    /// <remarks>System.CommandLine 2.0 has typo corrections of its own (<c>ParseErrorAction.ShowTypoCorrections</c>), but
    /// only for command and option names and only when a parse result with errors is invoked; <c>kg</c> prints its parse
    /// errors itself, so that one rule covers commands, options and values.</remarks>
    internal static class ParseErrorHints
    {
        /// <summary>Gets the lines to print for the parse errors: each error's message, with a suggestion when one is close.</summary>
        /// <param name="parse">A parse result with errors.</param>
        /// <returns>The lines.</returns>
        public static IEnumerable<string> Describe(ParseResult parse)
        {
            foreach (ParseError e in parse.Errors)
            {
                if (parse.UnmatchedTokens.Count > 0 && e.SymbolResult is CommandResult c && c.Command.Subcommands.Count > 0
                    && !parse.UnmatchedTokens.Any(t => e.Message.Contains("'" + t + "'")))
                {
                    // "Required command was not provided" beside "Unrecognized command 'shwo'": the second says it all.
                    continue;
                }

                string hint = Hint(parse, e);
                yield return e.Message + (hint.Length > 0 && e.Message.Contains("\n") ? "\nkg:" + hint : hint);
            }
        }

        private static string Hint(ParseResult parse, ParseError error)
        {
            foreach (string token in parse.UnmatchedTokens)
            {
                if (error.Message.Contains("'" + token + "'"))
                {
                    return Suggestions.DidYouMean(Suggestions.Closest(token, NamesFor(parse, token)));
                }
            }

            if (error.SymbolResult is OptionResult or ArgumentResult)
            {
                Symbol symbol = error.SymbolResult is OptionResult o ? o.Option : ((ArgumentResult)error.SymbolResult).Argument;
                string[] allowed = symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToArray();
                string? bad = error.SymbolResult.Tokens.Select(t => t.Value).FirstOrDefault(v => allowed.Length > 0 && !allowed.Contains(v));
                if (bad != null)
                {
                    return Suggestions.DidYouMean(Suggestions.Closest(bad, allowed));
                }
            }

            return string.Empty;
        }

        private static IEnumerable<string> NamesFor(ParseResult parse, string token)
        {
            var names = new List<string>();
            for (SymbolResult? s = parse.CommandResult; s != null; s = s.Parent)
            {
                if (s is CommandResult c)
                {
                    foreach (Option o in c.Command.Options)
                    {
                        if (s == parse.CommandResult || o.Recursive)
                        {
                            names.Add(o.Name);
                            names.AddRange(o.Aliases);
                        }
                    }

                    if (s == parse.CommandResult && !token.StartsWith("-", System.StringComparison.Ordinal))
                    {
                        foreach (Command sub in c.Command.Subcommands)
                        {
                            names.Add(sub.Name);
                            names.AddRange(sub.Aliases);
                        }
                    }
                }
            }

            return token.StartsWith("-", System.StringComparison.Ordinal) ? names.Where(n => n.StartsWith("-", System.StringComparison.Ordinal)) : names.Where(n => !n.StartsWith("-", System.StringComparison.Ordinal));
        }
    }
}

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace KnowledgeGraph.Cli
{
    /// <summary>
    /// The top-level help (<c>kg --help</c>, and <c>kg</c> alone), written from the same command tree that parses the
    /// command line: each command with its arguments as its own help shows them (an optional argument in brackets,
    /// <c>depends &lt;from&gt; [&lt;to&gt;]</c>, a repeatable one with <c>...</c>) and its description.
    /// </summary>
    /// <remarks>System.CommandLine 2.0's help lists a subcommand's arguments without their arity (<c>depends &lt;from&gt; &lt;to&gt;</c>,
    /// though <c>to</c> is optional), so the top level is written here; every command's own <c>--help</c> is System.CommandLine's.</remarks>
    internal static class RootHelp
    {
        private const int Width = 120;

        /// <summary>Writes the help of the root command.</summary>
        /// <param name="root">The root command.</param>
        /// <param name="writer">Where to write.</param>
        public static void Write(RootCommand root, TextWriter writer)
        {
            writer.WriteLine("Description:");
            writer.WriteLine("  " + root.Description);
            writer.WriteLine();
            writer.WriteLine("Usage:");
            writer.WriteLine("  kg [command] [options]");
            writer.WriteLine();
            writer.WriteLine("Options:");
            Rows(writer, root.Options.Where(o => !o.Hidden).Select(o => (OptionLabel(o), o.Description ?? string.Empty)).ToList());
            writer.WriteLine();
            writer.WriteLine("Commands:");
            Rows(writer, root.Subcommands.Where(c => !c.Hidden).Select(c => (CommandLabel(c), c.Description ?? string.Empty)).ToList());
            writer.WriteLine();
        }

        /// <summary>Gets a command's label: its names, then its arguments with their arity (<c>depends &lt;from&gt; [&lt;to&gt;]</c>).</summary>
        /// <param name="command">The command.</param>
        /// <returns>The label.</returns>
        public static string CommandLabel(Command command)
        {
            var names = new List<string> { command.Name };
            names.AddRange(command.Aliases.OrderBy(a => a, StringComparer.Ordinal));
            string label = string.Join(", ", names);
            foreach (Argument a in command.Arguments.Where(a => !a.Hidden))
            {
                string name = "<" + (a.HelpName ?? a.Name) + ">" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
                label += " " + (a.Arity.MinimumNumberOfValues == 0 ? "[" + name + "]" : name);
            }

            return label;
        }

        private static string OptionLabel(Option option)
        {
            var names = option.Aliases.Concat(new[] { option.Name }).Distinct(StringComparer.Ordinal).Where(n => !n.StartsWith("/", StringComparison.Ordinal))
                .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ThenBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
            string label = string.Join(", ", names);
            bool takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
            return takesValue ? label + " <" + (option.HelpName ?? option.Name.TrimStart('-')) + ">" : label;
        }

        private static void Rows(TextWriter writer, IReadOnlyList<(string Label, string Text)> rows)
        {
            int first = Math.Min(rows.Count == 0 ? 0 : rows.Max(r => r.Label.Length), 40) + 2;
            foreach ((string label, string text) in rows)
            {
                string lead = "  " + label;
                bool own = label.Length > first - 2;
                List<string> lines = Wrap(text, Math.Max(20, Width - first - 2));
                if (own)
                {
                    writer.WriteLine(lead);
                    lead = string.Empty;
                }

                for (int i = 0; i < lines.Count; i++)
                {
                    writer.WriteLine((i == 0 && !own ? lead.PadRight(first + 2) : new string(' ', first + 2)) + lines[i]);
                }

                if (lines.Count == 0)
                {
                    writer.WriteLine(lead);
                }
            }
        }

        private static List<string> Wrap(string text, int width)
        {
            var lines = new List<string>();
            string line = string.Empty;
            foreach (string word in text.Split(' ').Where(w => w.Length > 0))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = line.Length == 0 ? word : line + " " + word;
                }
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            return lines;
        }
    }
}

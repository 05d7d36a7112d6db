using System.CommandLine;
using KnowledgeGraph.Queries.Dependencies;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>The <c>--closure</c> option of <c>kg depends</c> and <c>kg dependents</c> (the entities only, without the paths that explain them), and how both commands print a listing.</summary>
    internal static class DependencyListing
    {
        public static Option<bool> Create() => new Option<bool>("--closure")
        {
            Description = "List the entities only, without the paths that explain them: the same entities by the same rules, found in time linear in the graph's size, with no depth bound unless --max-depth is given (--max-results still applies).",
        };

        /// <summary>Writes a dependency listing (a report or a closure): on standard output, or, when nothing holds, a one-line note and what may hold on standard error.</summary>
        /// <returns>The exit code.</returns>
        public static int Print(KgApp app, int items, int mayHold, string explained, string nothing)
        {
            if (items == 0)
            {
                app.Error.WriteLine(nothing);
                if (mayHold > 0)
                {
                    app.Error.Write(explained);
                }

                return ExitCodes.NoResult;
            }

            app.Output.Write(explained);
            return ExitCodes.Success;
        }

        /// <summary>Writes a closure (see <see cref="Print(KgApp, int, int, string, string)"/>).</summary>
        /// <returns>The exit code.</returns>
        public static int Print(KgApp app, DependencyClosure closure, string nothing) => Print(app, closure.Items.Count, closure.MayHold.Count, closure.Explain(), nothing);

        /// <summary>Writes a report (see <see cref="Print(KgApp, int, int, string, string)"/>).</summary>
        /// <returns>The exit code.</returns>
        public static int Print(KgApp app, DependencyReport report, string nothing) => Print(app, report.Items.Count, report.MayHold.Count, report.Explain(), nothing);
    }
}

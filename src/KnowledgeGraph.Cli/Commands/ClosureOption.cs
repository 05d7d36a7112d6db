using System.CommandLine;
using KnowledgeGraph.Queries.Dependencies;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>The <c>--closure</c> option of <c>kg depends</c> and <c>kg dependents</c>: the entities only, without the paths that explain them.</summary>
    internal static class ClosureOption
    {
        public static Option<bool> Create() => new Option<bool>("--closure")
        {
            Description = "List the entities only, without the paths that explain them: the same entities by the same rules, found in time linear in the graph's size, with no depth bound unless --max-depth is given (--max-results still applies).",
        };

        /// <summary>Writes a closure: the listing on standard output, or a one-line note on standard error when nothing holds.</summary>
        /// <returns>The exit code.</returns>
        public static int Print(KgApp app, DependencyClosure closure, string nothing)
        {
            if (closure.Items.Count == 0)
            {
                app.Error.WriteLine(nothing);
                if (closure.MayHold.Count > 0)
                {
                    app.Error.Write(closure.Explain());
                }

                return ExitCodes.NoResult;
            }

            app.Output.Write(closure.Explain());
            return ExitCodes.Success;
        }
    }
}

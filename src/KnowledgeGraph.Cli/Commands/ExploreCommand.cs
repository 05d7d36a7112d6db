using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Display.Explorer;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg explore</c>: writes the interactive explorer page of the graph (or of a neighbourhood) to a file and prints its path.</summary>
    internal static class ExploreCommand
    {
        public static Command Create(KgApp app)
        {
            var output = new Option<string?>("--output", "-o") { Description = "The page to write; kg-explorer.html in the temporary folder when omitted. An existing file is replaced only once the new one is complete." };
            var around = new Option<string[]>("--around") { Description = "Explore only the neighbourhood of this entity (id, name or alias; may be repeated)." };
            var depth = new Option<int>("--depth") { Description = "With --around: how many relations away to go.", DefaultValueFactory = _ => 2 };
            var command = new Command("explore", "Write the interactive explorer (search in any script, click for citations, expand, filter, time slider, save SVG/PNG) as one self-contained HTML page and print its path; open it in a browser.");
            command.Options.Add(output);
            command.Options.Add(around);
            command.Options.Add(depth);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                string[] centres = parse.GetValue(around) ?? Array.Empty<string>();
                if (centres.Length > 0)
                {
                    int d = parse.GetValue(depth);
                    if (d < 0)
                    {
                        throw new CliException("--depth must be 0 or more.", ExitCodes.InputError);
                    }

                    graph = ExportCommand.Neighbourhood(graph, centres.Select(c => KgApp.Resolve(graph, c)), d);
                }

                string file = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(Path.GetTempPath(), "kg-explorer.html"));
                byte[] bytes = new UTF8Encoding(false).GetBytes(ExplorerPage.Write(graph));
                SafeFile.Write(file, s => s.Write(bytes, 0, bytes.Length));
                app.Output.WriteLine(file);
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

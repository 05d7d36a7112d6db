using System.CommandLine;
using System.IO;
using System.Text;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg export</c>: writes the graph in another format, to standard output or a file.</summary>
    internal static class ExportCommand
    {
        public static Command Create(KgApp app)
        {
            var format = new Option<string>("--format", "-f") { Description = "The format: dot (GraphViz) or json.", DefaultValueFactory = _ => "dot" };
            format.AcceptOnlyFromAmong("dot", "json");
            var output = new Option<string?>("--output", "-o") { Description = "The file to write; standard output when omitted. An existing file is replaced only once the new one is complete." };
            var command = new Command("export", "Export the graph: GraphViz DOT by default.");
            command.Options.Add(format);
            command.Options.Add(output);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                string text = parse.GetValue(format) switch
                {
                    "json" => graph.ToJson(),
                    _ => DotWriter.Write(graph),
                };
                string? file = parse.GetValue(output);
                if (file == null)
                {
                    app.Output.Write(text);
                }
                else
                {
                    SafeFile.Write(file, s =>
                    {
                        byte[] bytes = new UTF8Encoding(false).GetBytes(text);
                        s.Write(bytes, 0, bytes.Length);
                    });
                }

                return ExitCodes.Success;
            });
            return command;
        }
    }
}

using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg validate FILE</c>: checks a graph file and lists every error with its line, column and id.</summary>
    internal static class ValidateCommand
    {
        public static Command Create(KgApp app)
        {
            var file = new Argument<string>("file") { Description = "The graph file to check." };
            var command = new Command("validate", "Check a graph file against the format and the vocabulary; list every error (file:line:column: error KGnnnn: message).");
            command.Arguments.Add(file);
            command.SetAction(parse =>
            {
                string path = parse.GetValue(file)!;
                try
                {
                    Graph g = Graph.Load(path, app.LoadOptions(parse, app.LoadVocabulary(parse)));
                    app.Output.WriteLine($"{path}: valid ({g.EntityCountText()}).");
                    return ExitCodes.Success;
                }
                catch (GraphValidationException ex)
                {
                    foreach (GraphError e in ex.Errors)
                    {
                        app.Error.WriteLine(e.ToString());
                    }

                    app.Error.WriteLine($"{path}: {ex.Errors.Count} error{(ex.Errors.Count == 1 ? string.Empty : "s")}.");
                    return ExitCodes.InputError;
                }
            });
            return command;
        }

        private static string EntityCountText(this Graph g) => $"{Plural.Of(g.VertexCount, "entity", "entities")}, {Plural.Of(g.EdgeCount, "relation", "relations")}, {Plural.Of(g.Sources.Count, "source", "sources")}";
    }
}

using System.CommandLine;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Search;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg search TEXT</c>: entities by name or alias in any script, by id or external id, with ranked fuzzy matches.</summary>
    internal static class SearchCommand
    {
        public static Command Create(KgApp app)
        {
            var text = new Argument<string>("text") { Description = "A name or alias in any script (Лукашенко, Lukashenko), an id, or an external id (Q184, wikidata:Q184); typos are tolerated." };
            var kind = new Option<string?>("--kind") { Description = "Only entities of this kind (and its sub-kinds)." };
            var limit = new Option<int>("--limit") { Description = "The most entities to list.", DefaultValueFactory = _ => 10 };
            var command = new Command("search", "Search entities by name across scripts, case and diacritics, by id or external id, with ranked fuzzy matches (score 0 to 1).");
            command.Arguments.Add(text);
            command.Options.Add(kind);
            command.Options.Add(limit);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                int n = parse.GetValue(limit);
                if (n < 1)
                {
                    throw new CliException("--limit must be at least 1.", ExitCodes.InputError);
                }

                SearchResults r = graph.Search(parse.GetValue(text)!, parse.GetValue(kind), n);
                if (r.Count == 0)
                {
                    app.Error.Write("kg: " + r.Explain());
                    return ExitCodes.NoResult;
                }

                app.Output.Write(r.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

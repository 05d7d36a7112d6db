using System.CommandLine;
using System.Linq;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg show ENTITY</c>: an entity with its names, properties, identifiers and relations.</summary>
    internal static class ShowCommand
    {
        public static Command Create(KgApp app)
        {
            var entity = new Argument<string>("entity") { Description = "An id, name or alias (any script): lukashenka, Лукашенко, Lukashenko." };
            var command = new Command("show", "Show an entity: its kind, names, description, properties, external ids and relations with dates and sources.");
            command.Arguments.Add(entity);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                Entity e = KgApp.Resolve(graph, parse.GetValue(entity)!);
                var o = app.Output;
                o.WriteLine($"{I(e.Name)} ({I(e.Id)})");
                o.WriteLine($"  kind: {e.Kind.Name}");
                if (e.Aliases.Count > 0)
                {
                    o.WriteLine($"  aliases: {string.Join(", ", e.Aliases.Select(I))}");
                }

                if (e.Description != null)
                {
                    o.WriteLine($"  description: {I(e.Description)}");
                }

                foreach (var p in e.Properties)
                {
                    o.WriteLine($"  {I(p.Key)}: {I(PropertyMap.Format(p.Value))}");
                }

                foreach (ExternalId x in e.ExternalIds)
                {
                    o.WriteLine($"  {I(x.Scheme)}: {I(x.Value)}{(x.IsSourced ? " (source: " + I(x.SourceId!) + ")" : " (not from the graph's sources)")}");
                }

                var relations = graph.RelationsOf(e).ToList();
                o.WriteLine($"  relations ({relations.Count}):");
                foreach (Relation r in relations)
                {
                    o.WriteLine("    " + Describe.Relation(r, e) + DatasetsText(graph, r));
                }

                return ExitCodes.Success;

                static string I(string text) => TerminalText.Inline(text);
            });
            return command;
        }

        /// <summary>Gets which datasets a relation came from, for a graph that records datasets: <c> [dataset: wikidata]</c>.</summary>
        private static string DatasetsText(Graph graph, Relation r)
        {
            if (graph.Datasets.Count == 0)
            {
                return string.Empty;
            }

            var datasets = graph.DatasetsOf(r);
            return datasets.Count == 0 ? " [dataset: none recorded]" : $" [dataset{(datasets.Count == 1 ? string.Empty : "s")}: {TerminalText.Inline(string.Join(", ", datasets.Select(d => d.Id)))}]";
        }
    }
}

using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Components;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg rank --by MEASURE</c>: the entities that matter most by a centrality measure.</summary>
    internal static class RankCommand
    {
        public static Command Create(KgApp app)
        {
            var by = new Option<string>("--by") { Description = "The measure: degree, in-degree, out-degree, pagerank, betweenness, closeness, eigenvector or core (k-core number).", DefaultValueFactory = _ => "pagerank" };
            by.AcceptOnlyFromAmong("degree", "in-degree", "out-degree", "pagerank", "betweenness", "closeness", "eigenvector", "core");
            var top = new Option<int>("--top", "-n") { Description = "How many entities to list.", DefaultValueFactory = _ => 10 };
            var undirected = new Option<bool>("--undirected") { Description = "Read every relation in both directions, the graph as undirected, for every measure (core numbers always are)." };
            var sample = new Option<int?>("--sample") { Description = "Estimate betweenness and closeness from this many sampled source entities (for large graphs); exact when omitted." };
            var kind = new Option<string[]>("--kind") { Description = "Rank only entities of these kinds (and their sub-kinds), among themselves; repeated or comma-separated. Default: the kinds the vocabulary marks as actors (people, states, organizations, companies) when the graph has any." };
            var allKinds = new Option<bool>("--all-kinds") { Description = "Rank every entity, actors or not (sectors, documents, events...)." };
            var type = new Option<string[]>("--type") { Description = "Count only relations of these types (repeated or comma-separated); scores are computed on that part of the graph." };
            var maxExact = new Option<int>("--max-exact") { Description = $"Run betweenness and closeness exactly on at most this many entities (0: no bound); past it both are estimated from {CentralityOptions.BoundedSampleSize} sampled sources, and say so.", DefaultValueFactory = _ => CentralityOptions.DefaultMaxExactEntities };
            var asOf = AnalyticsArguments.AsOf();
            var undated = AnalyticsArguments.Undated();
            var command = new Command("rank", "Rank entities by a centrality measure (networkx semantics): who matters in the network. By default the actors (the vocabulary's actor kinds), scored on the whole graph.");
            AnalyticsArguments.AddOptions(command, by, top, undirected, sample, maxExact, kind, allKinds, type, asOf, undated);
            command.SetAction(parse =>
            {
                Graph whole = app.LoadGraph(parse);
                int n = parse.GetValue(top);
                if (n < 1)
                {
                    throw new CliException("--top must be at least 1.", ExitCodes.InputError);
                }

                bool asUndirected = parse.GetValue(undirected);
                int? k = parse.GetValue(sample);
                if (k != null && k < 1)
                {
                    throw new CliException("--sample must be at least 1.", ExitCodes.InputError);
                }

                string[] kinds = AnalyticsArguments.List(parse, kind);
                if (kinds.Length > 0 && parse.GetValue(allKinds))
                {
                    throw new CliException("--kind and --all-kinds cannot be used together.", ExitCodes.InputError);
                }

                foreach (string name in kinds)
                {
                    if (!whole.Vocabulary.Kinds.Any(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase)))
                    {
                        throw new UnknownKindException(name, whole.Vocabulary.Kinds.Select(x => x.Name));
                    }
                }

                string[] types = AnalyticsArguments.List(parse, type).Select(name => whole.Vocabulary.RelationTypes.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))?.Name
                    ?? throw new UnknownRelationTypeException(name, whole.Vocabulary.RelationTypes.Select(t => t.Name))).ToArray();
                Graph graph = AnalyticsArguments.View(whole, parse, asOf, undated, out string note);
                if (types.Length > 0)
                {
                    graph = graph.Where(r => types.Contains(r.Type.Name, StringComparer.Ordinal));
                }

                int exact = parse.GetValue(maxExact);
                if (exact < 0)
                {
                    throw new CliException("--max-exact must not be negative (0: no bound).", ExitCodes.InputError);
                }

                var options = new CentralityOptions { AsUndirected = asUndirected, SampleSize = k, MaxExactEntities = exact == 0 ? null : exact };
                var raw = new CentralityOptions { AsUndirected = asUndirected, Normalized = false };
                CentralityResult result = parse.GetValue(by) switch
                {
                    "degree" => Degree.Compute(graph, DegreeKind.Total, raw),
                    "in-degree" => Degree.Compute(graph, DegreeKind.In, raw),
                    "out-degree" => Degree.Compute(graph, DegreeKind.Out, raw),
                    "betweenness" => Betweenness.Compute(graph, options),
                    "closeness" => Closeness.Compute(graph, options),
                    "eigenvector" => Eigenvector.Compute(graph, options),
                    "core" => CoreNumber.Compute(graph),
                    _ => PageRank.Rank(graph, new PageRankOptions { AsUndirected = asUndirected }),
                };

                // Which entities are ranked: the kinds asked for, else the actors when the vocabulary marks any in the graph.
                bool actorsOnly = kinds.Length == 0 && !parse.GetValue(allKinds) && graph.Entities.Any(e => e.Kind.IsActor);
                Ranking ranking = kinds.Length > 0 ? result.Among(e => kinds.Any(e.Kind.IsA))
                    : actorsOnly ? result.Among(e => e.Kind.IsActor)
                    : result.Ranking;
                string what = kinds.Length > 0 ? "entities of kind " + string.Join(", ", kinds) : actorsOnly ? "actors" : "entities";
                string parts = string.Concat(
                    actorsOnly || kinds.Length > 0 ? $", scored among all {result.Count} entities" : string.Empty,
                    types.Length > 0 ? ", relations " + string.Join(", ", types) : string.Empty,
                    parse.GetValue(asOf) != null ? ", as of " + parse.GetValue(asOf) : string.Empty,
                    asUndirected ? ", as undirected" : string.Empty);
                app.Output.WriteLine($"{result.Measure} (top {Math.Min(n, ranking.Count)} of {ranking.Count} {what}{parts}):");
                foreach (EntityScore s in ranking.Take(n))
                {
                    app.Output.WriteLine($"{s.Rank.ToString(CultureInfo.InvariantCulture),4}. {s.Score.ToString("0.######", CultureInfo.InvariantCulture),-10} {s.Entity.Name} ({s.Entity.Id})");
                }

                AnalyticsArguments.WriteNote(app.Output, result.Note ?? string.Empty);
                AnalyticsArguments.WriteNote(app.Output, note);

                return ranking.Count == 0 ? ExitCodes.NoResult : ExitCodes.Success;
            });
            return command;
        }
    }
}

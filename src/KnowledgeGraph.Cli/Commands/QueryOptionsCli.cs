using System.CommandLine;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>The filter and bound options shared by the query commands (<c>--via</c>, <c>--avoid-kind</c>, <c>--as-of</c>, <c>--max-depth</c>…), and their translation to <see cref="QueryOptions"/>.</summary>
    internal sealed class QueryOptionsCli
    {
        private QueryOptionsCli(bool relations, bool kinds, bool depth, int? defaultMaxDepth, int defaultMaxResults)
        {
            Via = relations ? new Option<string?>("--via") { Description = "Relation types and directions to walk, APOC-style: 'DEPENDS_ON>|<SUPPLIES|COOPERATES_WITH' (TYPE> forward, <TYPE backward, TYPE either way)." } : null;
            AvoidKind = kinds ? new Option<string[]>("--avoid-kind") { Description = "Never pass through entities of this kind (and its sub-kinds); may be repeated or comma-separated." } : null;
            OnlyKind = kinds ? new Option<string[]>("--only-kind") { Description = "Pass only through entities of these kinds; may be repeated or comma-separated." } : null;
            StopKind = kinds ? new Option<string[]>("--stop-kind") { Description = "Reach entities of this kind but do not walk through them; may be repeated." } : null;
            AsOf = new Option<string?>("--as-of") { Description = "Read the graph as of a date (YYYY, YYYY-MM or YYYY-MM-DD): only relations that held then, and paths whose relations held together then." };
            MaxDepth = !depth ? null : new Option<int?>("--max-depth") { Description = $"The longest path to look for (default {(defaultMaxDepth?.ToString() ?? "per query")})." };
            MaxResults = new Option<int>("--max-results") { Description = "The most results to return; hitting it is reported.", DefaultValueFactory = _ => defaultMaxResults };
        }

        public Option<string?>? Via { get; }

        public Option<string[]>? AvoidKind { get; }

        public Option<string[]>? OnlyKind { get; }

        public Option<string[]>? StopKind { get; }

        public Option<string?> AsOf { get; }

        public Option<int?>? MaxDepth { get; }

        public Option<int> MaxResults { get; }

        /// <summary>Adds the options to a command.</summary>
        public static QueryOptionsCli AddTo(Command command, bool relations = true, bool kinds = true, bool depth = true, int? defaultMaxDepth = QueryOptions.DefaultMaxDepth, int defaultMaxResults = QueryOptions.DefaultMaxResults)
        {
            var o = new QueryOptionsCli(relations, kinds, depth, defaultMaxDepth, defaultMaxResults);
            foreach (Option? option in new Option?[] { o.Via, o.AvoidKind, o.OnlyKind, o.StopKind, o.AsOf, o.MaxDepth, o.MaxResults })
            {
                if (option != null)
                {
                    command.Options.Add(option);
                }
            }

            return o;
        }

        /// <summary>Parses a date argument, or fails with a usage error.</summary>
        public static PartialDate ParseDate(string text, string what)
        {
            if (PartialDate.TryParse(text, out PartialDate date, out string? error))
            {
                return date;
            }

            throw new CliException($"{what}: {error}", ExitCodes.InputError);
        }

        /// <summary>Builds the query options from the command line.</summary>
        public QueryOptions Build(ParseResult parse, RelationFilter? defaultRelations = null)
        {
            QueryOptions o = QueryOptions.Default;
            string? via = Via == null ? null : parse.GetValue(Via);
            if (via != null)
            {
                o = o.Via(via);
            }
            else if (defaultRelations != null)
            {
                o = o.Via(defaultRelations);
            }

            if (AvoidKind != null)
            {
                o = o.AvoidKinds(parse.GetValue(AvoidKind) ?? System.Array.Empty<string>());
                o = o.OnlyKinds(parse.GetValue(OnlyKind!) ?? System.Array.Empty<string>());
                o = o.StopAtKinds(parse.GetValue(StopKind!) ?? System.Array.Empty<string>());
            }

            string? asOf = parse.GetValue(AsOf);
            if (asOf != null)
            {
                o = o.WithAsOf(ParseDate(asOf, "--as-of"));
            }

            int? depth = MaxDepth == null ? null : parse.GetValue(MaxDepth);
            if (depth.HasValue)
            {
                if (depth.Value < 1)
                {
                    throw new CliException("--max-depth must be at least 1.", ExitCodes.InputError);
                }

                o = o.WithMaxDepth(depth.Value);
            }

            int results = parse.GetValue(MaxResults);
            if (results < 1)
            {
                throw new CliException("--max-results must be at least 1.", ExitCodes.InputError);
            }

            return o.WithMaxResults(results);
        }
    }
}

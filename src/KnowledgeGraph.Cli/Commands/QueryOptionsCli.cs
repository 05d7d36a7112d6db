using System.CommandLine;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>The filter and bound options shared by the query commands (<c>--via</c>, <c>--avoid-kind</c>, <c>--as-of</c>, <c>--undated</c>, <c>--ignore-time</c>, <c>--min-confidence</c>, <c>--status</c>, <c>--any-subject</c>, <c>--max-depth</c>…), parsed here once, and their translation to <see cref="QueryOptions"/>.</summary>
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
            Undated = UndatedOption();
            IgnoreTime = new Option<bool>("--ignore-time") { Description = "Accept paths whose relations never held at one time (each relation is still read as of --as-of)." };
            MinConfidence = new Option<string?>("--min-confidence") { Description = "Walk only relations whose stated confidence is at least this (0 to 1); relations that state none are walked." };
            Status = new Option<string?>("--status") { Description = "Walk only relations of these statuses, comma-separated: stated, alleged, intended, planned, denied, inferred." };
            AnySubject = new Option<bool>("--any-subject") { Description = "Chain dependencies whatever they are about (by default a chain continues only when one step's subject lies within the other's: microchips within microelectronics)." };
        }

        public Option<string?>? Via { get; }

        public Option<string[]>? AvoidKind { get; }

        public Option<string[]>? OnlyKind { get; }

        public Option<string[]>? StopKind { get; }

        public Option<string?> AsOf { get; }

        public Option<int?>? MaxDepth { get; }

        public Option<int> MaxResults { get; }

        public Option<string?> Undated { get; }

        public Option<bool> IgnoreTime { get; }

        public Option<string?> MinConfidence { get; }

        public Option<string?> Status { get; }

        public Option<bool> AnySubject { get; }

        /// <summary>Adds the options to a command.</summary>
        public static QueryOptionsCli AddTo(Command command, bool relations = true, bool kinds = true, bool depth = true, int? defaultMaxDepth = QueryOptions.DefaultMaxDepth, int defaultMaxResults = QueryOptions.DefaultMaxResults)
        {
            var o = new QueryOptionsCli(relations, kinds, depth, defaultMaxDepth, defaultMaxResults);
            foreach (Option? option in new Option?[] { o.Via, o.AvoidKind, o.OnlyKind, o.StopKind, o.AsOf, o.Undated, o.IgnoreTime, o.MinConfidence, o.Status, o.AnySubject, o.MaxDepth, o.MaxResults })
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

        /// <summary>Creates the <c>--undated</c> option (also used alone by the analytics commands).</summary>
        public static Option<string?> UndatedOption() => new Option<string?>("--undated") { Description = "What to do with facts that may hold at the time asked (unknown, bounded or approximate dates): flag (default: count only what holds, list what may hold apart), include (count them too, marked), exclude (drop them)." };

        /// <summary>Parses <c>--undated</c>: flag (the default when <c>null</c>), include or exclude.</summary>
        public static UndatedPolicy ParseUndated(string? text)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case null:
                case "flag":
                    return UndatedPolicy.Flag;
                case "include":
                    return UndatedPolicy.Include;
                case "exclude":
                    return UndatedPolicy.Exclude;
                default:
                    throw new CliException($"--undated: '{text}' is not one of flag, include, exclude.", ExitCodes.InputError);
            }
        }

        /// <summary>Parses <c>--min-confidence</c>: a number from 0 to 1.</summary>
        public static double ParseConfidence(string text)
        {
            if (double.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value) && value >= 0 && value <= 1)
            {
                return value;
            }

            throw new CliException($"--min-confidence: '{text}' is not a number from 0 to 1.", ExitCodes.InputError);
        }

        /// <summary>Parses <c>--status</c>: comma-separated statuses.</summary>
        public static RelationStatus[] ParseStatuses(string text)
        {
            var list = new System.Collections.Generic.List<RelationStatus>();
            foreach (string part in text.Split(','))
            {
                string name = part.Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                if (!System.Enum.TryParse(name, true, out RelationStatus status) || !System.Enum.IsDefined(typeof(RelationStatus), status) || char.IsDigit(name[0]))
                {
                    throw new CliException($"--status: '{name}' is not one of stated, alleged, intended, planned, denied, inferred.", ExitCodes.InputError);
                }

                list.Add(status);
            }

            if (list.Count == 0)
            {
                throw new CliException("--status: give at least one of stated, alleged, intended, planned, denied, inferred.", ExitCodes.InputError);
            }

            return list.ToArray();
        }

        /// <summary>Builds the query options from the command line; <paramref name="datasets"/> are the global <c>--dataset</c> ids (<see cref="KgApp.DatasetIds"/>), walked through <see cref="QueryOptions.WithDatasets"/>.</summary>
        public QueryOptions Build(ParseResult parse, RelationFilter? defaultRelations = null, string[]? datasets = null)
        {
            QueryOptions o = QueryOptions.Default;
            if (datasets != null && datasets.Length > 0)
            {
                o = o.WithDatasets(datasets);
            }

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

            o = o.WithUndated(ParseUndated(parse.GetValue(Undated)));
            if (parse.GetValue(IgnoreTime))
            {
                o = o.IgnoringTime();
            }

            string? confidence = parse.GetValue(MinConfidence);
            if (confidence != null)
            {
                o = o.WithMinConfidence(ParseConfidence(confidence));
            }

            string? statuses = parse.GetValue(Status);
            if (statuses != null)
            {
                o = o.WithStatuses(ParseStatuses(statuses));
            }

            if (parse.GetValue(AnySubject))
            {
                o = o.WithAnySubject();
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

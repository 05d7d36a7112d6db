using System.CommandLine;
using System.Linq;
using KnowledgeGraph.Analysis.Exposure;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg exposure [ENTITY]</c>: who is exposed to the sanctions in the graph, how, and through which path.</summary>
    internal static class ExposureCommand
    {
        public static Command Create(KgApp app)
        {
            var entity = new Argument<string?>("entity") { Description = "Show only this entity's exposure: an id, name or alias.", Arity = ArgumentArity.ZeroOrOne };
            var maxSteps = new Option<int>("--max-steps", "-k") { Description = "The most supply/dependency steps from a targeted or owned entity for a link to count.", DefaultValueFactory = _ => new ExposureRule().MaxSteps };
            var threshold = new Option<double>("--threshold") { Description = "The ownership share from which an owned entity counts (the 50% rule).", DefaultValueFactory = _ => new ExposureRule().OwnershipThreshold };
            var dependentsOnly = new Option<bool>("--dependents-only") { Description = "Count as linked only entities that depend on an exposed one, not its suppliers." };
            var asOf = new Option<string?>("--as-of") { Description = "Compute exposure at this date (YYYY, YYYY-MM or YYYY-MM-DD) instead of today: only relations that hold then count; what may hold is listed apart, ownership that had ended as former." };
            var undated = AnalyticsArguments.Undated();
            var ignoreTime = AnalyticsArguments.IgnoreTime();
            var command = new Command("exposure", "Sanctions exposure: who is targeted, owned or controlled by a target (50% rule), or linked to one within K supply/dependency steps, each with the path and its sources.");
            command.Arguments.Add(entity);
            AnalyticsArguments.AddOptions(command, maxSteps, threshold, dependentsOnly, asOf, undated, ignoreTime);
            command.SetAction(parse =>
            {
                Graph graph = app.LoadGraph(parse);
                int k = parse.GetValue(maxSteps);
                if (k < 0)
                {
                    throw new CliException("--max-steps must not be negative.", ExitCodes.InputError);
                }

                var rule = new ExposureRule
                {
                    AsOf = AnalyticsArguments.ParseDate(parse.GetValue(asOf), "--as-of"),
                    MaxSteps = k,
                    OwnershipThreshold = parse.GetValue(threshold),
                    LinkBothDirections = !parse.GetValue(dependentsOnly),
                    Undated = AnalyticsArguments.ParseUndated(parse, undated),
                    IgnoreTime = parse.GetValue(ignoreTime),
                };
                if (rule.IgnoreTime && rule.AsOf != null)
                {
                    throw new CliException("--ignore-time and --as-of cannot be used together.", ExitCodes.InputError);
                }

                string? key = parse.GetValue(entity);
                Entity? one = key == null ? null : KgApp.Resolve(graph, key);
                ExposureResult result = SanctionsExposure.Compute(graph, rule);
                if (one == null)
                {
                    app.Output.Write(result.Explain());
                    return result.Records.Count == 0 ? ExitCodes.NoResult : ExitCodes.Success;
                }

                ExposureRecord? record = result.For(one);
                if (record == null)
                {
                    app.Error.WriteLine($"kg: {one.Id} is not exposed to the sanctions in this graph under this rule{(result.AsOf != null ? " as of " + result.AsOf.Value : string.Empty)}.");
                    ExposureRecord? may = result.MayHold.FirstOrDefault(r => r.Entity.Equals(one));
                    if (may != null)
                    {
                        app.Output.Write("May hold, not counted: " + may.Explain());
                    }

                    foreach (FormerExposure f in result.Former.Where(f => f.Entity.Equals(one)))
                    {
                        app.Output.Write(f.Explain());
                    }

                    return ExitCodes.NoResult;
                }

                app.Output.Write(record.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

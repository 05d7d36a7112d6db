using System.Collections.Generic;
using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>The list of <c>kg</c> commands; each command lives in a file of its own.</summary>
    internal static class CommandCatalog
    {
        public static IEnumerable<Command> Create(KgApp app)
        {
            yield return ShowCommand.Create(app);
            yield return NeighborsCommand.Create(app);
            yield return PathCommand.Create(app);
            yield return DependsCommand.Create(app);
            yield return DependentsCommand.Create(app);
            yield return TimelineCommand.Create(app);
            yield return SearchCommand.Create(app);
            yield return DiffCommand.Create(app);
            yield return ValidateCommand.Create(app);
            yield return ExportCommand.Create(app);
            yield return ExploreCommand.Create(app);
            yield return ImportCommand.Create(app);
            yield return RankCommand.Create(app);
            yield return CommunitiesCommand.Create(app);
            yield return CriticalCommand.Create(app);
            yield return ExposureCommand.Create(app);
            yield return WhatIfCommand.Create(app);
            yield return MatchCommand.Create(app);
            yield return ReviewCommand.Create(app);
            yield return MergeCommand.Create(app);
        }
    }
}

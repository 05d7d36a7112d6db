using System.Collections.Generic;
using System.CommandLine;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Merging;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg merge A.json B.json [...] --decisions FILE -o merged.json</c>: one graph from several, with provenance, and a report.</summary>
    internal static class MergeCommand
    {
        public static Command Create(KgApp app)
        {
            Argument<string[]> graphs = GraphInputs.Argument();
            var decisions = new Option<string?>("--decisions") { Description = "A decisions file: 'same' joins two entities, 'different' keeps them apart through any chain of joins." };
            var output = new Option<string?>("--output", "-o") { Description = "The merged graph file (JSON); standard output when omitted or '-' (the report then goes to standard error)." };
            var decidedOnly = new Option<bool>("--decided-only") { Description = "Join only pairs decided 'same'; by default pairs sharing an identifier (Wikidata, OpenSanctions, registration number) with no conflicting evidence join too." };
            var title = new Option<string?>("--title") { Description = "The merged graph's title." };
            var command = new Command("merge", "Merge graphs into one: matched entities become one (stable id: the earliest input's), every name and id kept, conflicting values kept side by side with their sources, relations stating the same fact combined with all citations; prints a report.");
            command.Arguments.Add(graphs);
            command.Options.Add(decisions);
            command.Options.Add(output);
            command.Options.Add(decidedOnly);
            command.Options.Add(title);
            command.SetAction(parse =>
            {
                DecisionSet decided = GraphInputs.LoadDecisions(parse.GetValue(decisions));
                List<NamedGraph> inputs = GraphInputs.Load(app, parse, parse.GetValue(graphs)!);
                var options = MergeOptions.Default with { Decisions = decided, AutoMergeSharedIds = !parse.GetValue(decidedOnly), Title = parse.GetValue(title) };
                MergeResult result = GraphMerger.Merge(inputs, options);
                string? file = parse.GetValue(output);
                app.WriteOutput(file, "--output", stream => GraphJsonWriter.Write(result.Graph, stream));
                (file == null || file == "-" ? app.Error : app.Output).Write(result.Report.Explain());
                return ExitCodes.Success;
            });
            return command;
        }
    }
}

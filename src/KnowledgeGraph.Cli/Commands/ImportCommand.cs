using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg import</c>: reads data in another format (FollowTheMoney, Wikidata…), writes a graph file in this library's JSON format, and says on standard error what came in and what was dropped.</summary>
    internal static class ImportCommand
    {
        private const int MaxReasons = 30;

        public static Command Create(KgApp app)
        {
            // The formats and their descriptions come from the library's one list (GraphFormats).
            var format = new Option<string>("--format", "-f") { Description = "The input format: " + string.Join("; ", GraphFormats.Importable.Select(f => f.Name + " (" + f.Description + ")")) + ".", Required = true };
            format.AcceptOnlyFromAmong(GraphFormats.Importable.Select(f => f.Name).ToArray());
            var files = new Argument<string[]>("FILE") { Description = "The input files, read in order.", Arity = ArgumentArity.OneOrMore };
            var output = new Option<string>("--output", "-o") { Description = "The graph file to write (JSON, knowledge-graph/2); - for standard output.", Required = true };
            var skip = new Option<bool>("--skip-errors") { Description = "Skip bad lines and list them, instead of stopping at the first." };
            var open = new Option<bool>("--open-vocabulary") { Description = "Accept any entity kind and relation type between any kinds (for data such as ../shared/bench/gen_graph.py writes), instead of checking against the vocabulary." };
            var defaultKind = new Option<string?>("--default-kind") { Description = "graphml: read GraphML written by another tool (networkx, Gephi, yEd), giving its nodes this kind unless their 'kind' data names one." };
            var into = new Option<string?>("--into") { Description = "Update this graph file (an earlier import of the same data) instead of building a new one: each record replaces what the graph holds from the record with the same id, a delta DEL removes it, the rest is kept; prints what was added, updated and removed. ftm only. -o may name the same file (it is replaced atomically)." };
            var command = new Command("import", $"Import data into a graph file, --format {string.Join("|", GraphFormats.Importable.Select(f => f.Name).OrderBy(k => k, StringComparer.Ordinal))}; prints what came in and what was dropped to standard error.");
            command.Arguments.Add(files);
            command.Options.Add(format);
            command.Options.Add(output);
            command.Options.Add(skip);
            command.Options.Add(defaultKind);
            command.Options.Add(open);
            command.Options.Add(into);
            command.SetAction(parse =>
            {
                string target = KgApp.RequirePath(parse.GetValue(output)!, "--output");
                string[] inputs = parse.GetValue(files) ?? Array.Empty<string>();
                foreach (string f in inputs.Where(f => !File.Exists(f) && !Directory.Exists(f)))
                {
                    throw new CliException($"the input '{f}' does not exist.", ExitCodes.InputError);
                }

                GraphFormat importer = GraphFormats.Get(parse.GetValue(format)!);
                string? intoPath = parse.GetValue(into);
                Graph? intoGraph = null;
                if (intoPath != null)
                {
                    KgApp.RequirePath(intoPath, "--into");
                    if (!importer.Has(GraphFormatCapabilities.Updates))
                    {
                        throw new CliException($"--into: an import of {importer.Name} cannot update a graph; only {string.Join(", ", GraphFormats.Importable.Where(f => f.Has(GraphFormatCapabilities.Updates)).Select(f => f.Name))} can.", ExitCodes.InputError);
                    }

                    if (!File.Exists(intoPath))
                    {
                        throw new CliException($"--into: the graph '{intoPath}' does not exist.", ExitCodes.InputError);
                    }

                    intoGraph = Graph.Load(intoPath, app.LoadOptions(parse, app.LoadVocabulary(parse)));
                }

                var options = new ImportOptions
                {
                    Into = intoGraph,
                    ErrorMode = parse.GetValue(skip) ? ImportErrorMode.Skip : ImportErrorMode.Stop,
                    Vocabulary = parse.GetValue(open) ? CsvVocabularies.Open : app.LoadVocabulary(parse),
                    Progress = app.ProgressReporter("records read"),
                    DefaultKind = importer.Has(GraphFormatCapabilities.ForeignData) ? parse.GetValue(defaultKind) : null,
                };
                ImportResult result;
                try
                {
                    result = importer.Import(inputs, options);
                }
                catch (ArgumentException ex) when (ex.ParamName == "files")
                {
                    // The number of files does not suit the format: the message without .NET's "(Parameter 'files')".
                    throw new CliException(importer.Name + ": " + ex.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0], ExitCodes.InputError);
                }

                app.EndProgress();
                app.WriteOutput(target, "--output", s => KnowledgeGraph.Formats.Json.GraphJsonWriter.Write(result.Graph, s));
                if (result.Changes != null)
                {
                    app.Error.WriteLine($"kg: updated {intoPath} into {(target == "-" ? "standard output" : target)}: {(result.Changes.IsEmpty ? "nothing changed" : result.Changes.ToString())}.");
                }

                WriteSummary(app.Error, result, target == "-" ? "standard output" : target);
                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>Writes what came in and what was dropped.</summary>
        internal static void WriteSummary(TextWriter error, ImportResult result, string output)
        {
            Graph g = result.Graph;
            string N(long n) => n.ToString(CultureInfo.InvariantCulture);
            error.WriteLine($"kg: read {Plural.Of(result.RecordsRead, "record", "records")}; wrote {output}: {Plural.Of(g.VertexCount, "entity", "entities")}, {Plural.Of(g.EdgeCount, "relation", "relations")}, {Plural.Of(g.Sources.Count, "source", "sources")}.");
            foreach (var kind in g.Entities.GroupBy(e => e.Kind.Name).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal))
            {
                error.WriteLine($"  entities {kind.Key}: {N(kind.Count())}");
            }

            foreach (var type in g.Relations.GroupBy(r => r.Type.Name).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal))
            {
                error.WriteLine($"  relations {type.Key}: {N(type.Count())}");
            }

            if (result.Dropped.Count > 0)
            {
                error.WriteLine($"kg: dropped ({N(result.Dropped.Values.Sum())} in all):");
                foreach (KeyValuePair<string, int> d in result.Dropped.Take(MaxReasons))
                {
                    error.WriteLine($"  {N(d.Value)} × {d.Key}");
                }

                if (result.Dropped.Count > MaxReasons)
                {
                    var rest = result.Dropped.Skip(MaxReasons).ToList();
                    error.WriteLine($"  … and {Plural.Of(rest.Count, "more reason", "more reasons")} ({Plural.Of(rest.Sum(d => d.Value), "item", "items")}), each rarer than the above");
                }
            }

            if (result.Problems.Count > 0)
            {
                error.WriteLine($"kg: skipped {Plural.Of(result.Problems.Count, "bad line", "bad lines")}:");
                foreach (GraphError p in result.Problems)
                {
                    error.WriteLine("  " + p);
                }
            }
        }
    }
}

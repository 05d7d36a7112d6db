using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Formats.FollowTheMoney;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Formats.Wikidata;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg import</c>: reads data in another format (FollowTheMoney, Wikidata…), writes a graph file in this library's JSON format, and says on standard error what came in and what was dropped.</summary>
    internal static class ImportCommand
    {
        private const int MaxReasons = 30;

        /// <summary>The importers by format name: adding a format is one line here.</summary>
        private static readonly Dictionary<string, Func<Request, ImportResult>> Importers = new Dictionary<string, Func<Request, ImportResult>>
        {
            ["csv"] = r => ReadCsv(r.Files, r.Options),
            ["ftm"] = r => FtmImporter.ImportFiles(r.Files, r.Options),
            ["wikidata"] = r => WikidataImporter.ImportFiles(ExpandDirectories(r.Files, "*.json"), r.Options),
            ["graphml"] = r => Whole(r.Files, path => GraphMLReader.ReadFile(path, r.Options.Vocabulary, new GraphMLReadOptions { DefaultKind = r.DefaultKind })),
            ["jgf"] = r => Whole(r.Files, path => JgfReader.ReadFile(path, r.Options.Vocabulary)),
            ["nt"] = r => Whole(r.Files, path => NTriplesReader.ReadFile(path, r.Options.Vocabulary)),
        };

        public static Command Create(KgApp app)
        {
            var format = new Option<string>("--format", "-f") { Description = "The input format: csv (nodes.csv and edges.csv, or a directory holding both: id,kind,name and source,target,type,…), ftm (FollowTheMoney JSON lines as OpenSanctions publishes them, entity or delta files), wikidata (wbgetentities JSON responses; a directory means every *.json in it), or graphml, jgf, nt (files this library wrote, read back whole).", Required = true };
            format.AcceptOnlyFromAmong(Importers.Keys.ToArray());
            var files = new Argument<string[]>("FILE") { Description = "The input files, read in order.", Arity = ArgumentArity.OneOrMore };
            var output = new Option<string>("--output", "-o") { Description = "The graph file to write (JSON, knowledge-graph/2); - for standard output.", Required = true };
            var skip = new Option<bool>("--skip-errors") { Description = "Skip bad lines and list them, instead of stopping at the first." };
            var open = new Option<bool>("--open-vocabulary") { Description = "Accept any entity kind and relation type between any kinds (for data such as ../shared/bench/gen_graph.py writes), instead of checking against the vocabulary." };
            var defaultKind = new Option<string?>("--default-kind") { Description = "graphml: read GraphML written by another tool (networkx, Gephi, yEd), giving its nodes this kind unless their 'kind' data names one." };
            var command = new Command("import", $"Import data into a graph file, --format {string.Join("|", Importers.Keys.OrderBy(k => k, StringComparer.Ordinal))}; prints what came in and what was dropped to standard error.");
            command.Arguments.Add(files);
            command.Options.Add(format);
            command.Options.Add(output);
            command.Options.Add(skip);
            command.Options.Add(defaultKind);
            command.Options.Add(open);
            command.SetAction(parse =>
            {
                string target = KgApp.RequirePath(parse.GetValue(output)!, "--output");
                string[] inputs = parse.GetValue(files) ?? Array.Empty<string>();
                foreach (string f in inputs.Where(f => !File.Exists(f) && !Directory.Exists(f)))
                {
                    throw new CliException($"the input '{f}' does not exist.", ExitCodes.InputError);
                }

                var options = new ImportOptions
                {
                    ErrorMode = parse.GetValue(skip) ? ImportErrorMode.Skip : ImportErrorMode.Stop,
                    Vocabulary = parse.GetValue(open) ? CsvVocabularies.Open : app.LoadVocabulary(parse),
                    Progress = app.ProgressReporter("records read"),
                };
                ImportResult result = Importers[parse.GetValue(format)!](new Request(inputs, options, parse.GetValue(defaultKind)));
                app.EndProgress();
                app.WriteOutput(target, "--output", s => KnowledgeGraph.Formats.Json.GraphJsonWriter.Write(result.Graph, s));
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

        /// <summary>Reads the CSV shape of ../shared/bench/gen_graph.py: a directory holding nodes.csv and edges.csv, or the two files in that order.</summary>
        private static ImportResult ReadCsv(IReadOnlyList<string> inputs, ImportOptions options)
        {
            if (inputs.Count == 1 && Directory.Exists(inputs[0]))
            {
                return CsvGraphReader.Read(Path.Combine(inputs[0], "nodes.csv"), Path.Combine(inputs[0], "edges.csv"), options);
            }

            if (inputs.Count != 2)
            {
                throw new CliException("csv: give a directory holding nodes.csv and edges.csv, or the nodes file and the edges file.", ExitCodes.InputError);
            }

            return CsvGraphReader.Read(inputs[0], inputs[1], options);
        }

        /// <summary>Reads a whole-graph format (one this library writes): all or nothing, one file.</summary>
        private static ImportResult Whole(IReadOnlyList<string> files, Func<string, Graph> read)
        {
            if (files.Count != 1)
            {
                throw new CliException("this format holds a whole graph: give exactly one file.", ExitCodes.InputError);
            }

            Graph g = read(files[0]);
            return new ImportResult(g, Array.Empty<GraphError>(), g.VertexCount + g.EdgeCount, new Dictionary<string, int>());
        }

        private static IReadOnlyList<string> ExpandDirectories(IReadOnlyList<string> inputs, string pattern) =>
            inputs.SelectMany(f => Directory.Exists(f) ? Directory.GetFiles(f, pattern).OrderBy(x => x, StringComparer.Ordinal).ToArray() : new[] { f }).ToList();

        /// <summary>What an importer is asked to read: the input files, the shared options, and the format-specific settings.</summary>
        private sealed record Request(IReadOnlyList<string> Files, ImportOptions Options, string? DefaultKind);
    }
}

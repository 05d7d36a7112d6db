using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Display.Explorer;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Formats.Mermaid;
using KnowledgeGraph.Formats.Neo4j;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary><c>kg export</c>: writes the graph in another format, to standard output or a file (a directory for neo4j).</summary>
    internal static class ExportCommand
    {
        /// <summary>The default of <c>--max-render</c>: GraphViz lays out at most 1,000 entities unless asked for more.</summary>
        internal const int DefaultMaxRender = 1000;

        /// <summary>The explorer page: a format of the display layer, which the library's list of exchange formats (below display) cannot hold.</summary>
        private const string Html = "html";

        /// <summary>The names --format takes: the library's exportable formats (GraphFormats), then html.</summary>
        private static readonly string[] Formats = GraphFormats.Exportable.Select(f => f.Name).Append(Html).ToArray();

        public static Command Create(KgApp app)
        {
            var format = new Option<string>("--format", "-f")
            {
                Description = "The format: " + string.Join("; ", GraphFormats.Exportable.Select(f => f.Name + " (" + f.Description + ")")) + "; or html (the interactive explorer: one self-contained page).",
                DefaultValueFactory = _ => "dot",
            };
            format.AcceptOnlyFromAmong(Formats);
            var output = new Option<string?>("--output", "-o") { Description = "The file to write (a directory for neo4j); standard output when omitted or - (png only with -o -; never for neo4j). An existing file is replaced only once the new one is complete." };
            var asOf = new Option<string?>("--as-of") { Description = "Keep only the relations that hold as of this date (YYYY, YYYY-MM or YYYY-MM-DD)." };
            var rankdir = new Option<string>("--rankdir") { Description = "dot/svg/png: the layout direction.", DefaultValueFactory = _ => "LR" };
            rankdir.AcceptOnlyFromAmong("LR", "TB", "RL", "BT");
            var engine = new Option<string?>("--engine") { Description = "dot/svg/png: the GraphViz layout engine (svg/png: dot when omitted; dot: named in the file only when given, so that the program that renders it chooses)." };
            engine.AcceptOnlyFromAmong(GraphvizRenderer.Engines.ToArray());
            var cluster = new Option<string>("--cluster") { Description = "dot/svg/png: group entities by kind or by country (the State they are LOCATED_IN or OPERATE_IN).", DefaultValueFactory = _ => "none" };
            cluster.AcceptOnlyFromAmong("none", "kind", "country");
            var highlight = new Option<string[]>("--highlight") { Description = "dot/svg/png/html: an entity (id, name or alias) to highlight, with the relations between highlighted entities; may be repeated." };
            var highlightPath = new Option<string[]>("--highlight-path")
            {
                Description = "dot/svg/png/html: highlight the shortest path between two entities: --highlight-path FROM TO.",
                Arity = new ArgumentArity(2, 2),
                AllowMultipleArgumentsPerToken = true,
            };
            var around = new Option<string[]>("--around") { Description = "Export only the neighbourhood of this entity (id, name or alias; may be repeated): the entities within --depth relations of it, either direction, and the relations among them." };
            var depth = new Option<int>("--depth") { Description = "With --around: how many relations away to go.", DefaultValueFactory = _ => 1 };
            var noLegend = new Option<bool>("--no-legend") { Description = "dot/svg/png: leave out the legend of kinds." };
            var dotPath = new Option<string?>("--dot") { Description = "svg/png: the path of GraphViz's dot program (found on PATH when omitted)." };
            var maxRender = new Option<int>("--max-render") { Description = "svg/png: the most entities GraphViz lays out (0: no bound); larger pictures take minutes, so export dot or a subgraph, or raise it.", DefaultValueFactory = _ => DefaultMaxRender };
            var maxEntities = new Option<int>("--max-entities") { Description = "mermaid: the most entities drawn.", DefaultValueFactory = _ => MermaidOptions.DefaultMaxEntities };
            var truncate = new Option<bool>("--truncate") { Description = "mermaid: above --max-entities, keep the best-connected entities instead of refusing." };

            var command = new Command("export", "Export the graph: GraphViz DOT by default; SVG or PNG through the real GraphViz; GraphML, GEXF, RDF, Neo4j, Cypher, Mermaid, JSON Graph.");
            foreach (Option o in new Option[] { format, output, asOf, around, depth, rankdir, engine, cluster, highlight, highlightPath, noLegend, dotPath, maxRender, maxEntities, truncate })
            {
                command.Options.Add(o);
            }

            command.SetAction(parse =>
            {
                string fmt = parse.GetValue(format) ?? "dot";
                GraphFormat? writer = fmt == Html ? null : GraphFormats.Get(fmt);
                string? file = parse.GetValue(output);
                bool binary = writer?.Has(GraphFormatCapabilities.Binary) == true, directory = writer?.Has(GraphFormatCapabilities.Directory) == true;
                if ((file == null && binary) || (directory && (file == null || file == "-")))
                {
                    throw new CliException($"--format {fmt} writes {(binary ? "a binary picture: give a file with -o (or -o - to pipe it)" : "a directory of files: give it with -o")}.", ExitCodes.InputError);
                }

                if (file != null)
                {
                    KgApp.RequirePath(file, "--output");
                }

                Graph graph = app.LoadGraph(parse);
                if (parse.GetValue(asOf) is string dateText)
                {
                    if (!PartialDate.TryParse(dateText, out PartialDate date, out string? error))
                    {
                        throw new CliException("--as-of: " + error, ExitCodes.InputError);
                    }

                    graph = graph.AsOf(date);
                }

                string[] centres = parse.GetValue(around) ?? Array.Empty<string>();
                if (centres.Length > 0)
                {
                    int d = parse.GetValue(depth);
                    if (d < 0)
                    {
                        throw new CliException("--depth must be 0 or more.", ExitCodes.InputError);
                    }

                    graph = Neighbourhood(graph, centres.Select(c => KgApp.Resolve(graph, c)), d);
                }

                var clock = System.Diagnostics.Stopwatch.StartNew();
                bool large = graph.VertexCount + graph.EdgeCount >= 100_000;
                if (large)
                {
                    app.Status($"kg: exporting {graph.VertexCount:N0} entities and {graph.EdgeCount:N0} relations as {fmt}\u2026");
                }

                if (directory)
                {
                    writer!.WriteDirectory(graph, file!);
                    // The two formats written as a directory: neo4j's import files, and the CSV pair kg import --format csv reads.
                    app.Error.WriteLine(fmt == "neo4j"
                        ? $"kg: wrote {Neo4jCsvWriter.NodesFile}, {Neo4jCsvWriter.RelationshipsFile} and {Neo4jCsvWriter.ScriptFile} to {file}; import with: {Neo4jCsvWriter.ImportCommand()}"
                        : $"kg: wrote nodes.csv and edges.csv to {file}.");
                    return ExitCodes.Success;
                }

                if (writer != null && writer.Has(GraphFormatCapabilities.NeedsGraphviz))
                {
                    int render = parse.GetValue(maxRender);
                    if (render < 0)
                    {
                        throw new CliException("--max-render must not be negative (0: no bound).", ExitCodes.InputError);
                    }

                    if (render > 0 && graph.VertexCount > render)
                    {
                        throw new BoundExceededException(
                            $"Laying out {graph.VertexCount:N0} entities with GraphViz can take many minutes; --format {fmt} is bounded to {render:N0}. Export --format dot (or html, the explorer), a subgraph, or raise the bound with --max-render N (0: no bound).",
                            graph.VertexCount,
                            render);
                    }
                }

                FormatWriteOptions options = FormatWriteOptions.Default;
                if (writer != null && writer.Has(GraphFormatCapabilities.Picture))
                {
                    options = options with
                    {
                        Dot = DotOptionsFrom(graph),
                        DotProgram = parse.GetValue(dotPath),
                        Mermaid = new MermaidOptions { MaxEntities = parse.GetValue(maxEntities), Truncate = parse.GetValue(truncate) },
                    };
                }

                // A streamed format goes to the output as written, so that a graph of millions of relations exports in the
                // memory it already takes (issue 15); the others are written in memory first, so that a writer that refuses
                // (a picture too large, GraphViz missing) leaves no partial output.
                byte[]? bytes = null;
                if (writer == null)
                {
                    bytes = new UTF8Encoding(false).GetBytes(ExplorerPage.Write(graph, ExplorerOptionsFrom(graph)));
                }
                else if (!writer.Has(GraphFormatCapabilities.Streamed))
                {
                    using var buffer = new MemoryStream();
                    writer.Write(graph, buffer, options);
                    bytes = buffer.ToArray();
                }

                long written = 0;
                app.WriteOutput(file, "--output", s =>
                {
                    if (bytes != null)
                    {
                        s.Write(bytes, 0, bytes.Length);
                        written = bytes.Length;
                        return;
                    }

                    writer!.Write(graph, s, options);
                    written = s.CanSeek ? s.Length : -1;
                });

                if (large)
                {
                    app.Status(written >= 0
                        ? $"kg: exported {written / (1024 * 1024)} MB in {clock.Elapsed.TotalSeconds:F1} s."
                        : $"kg: exported in {clock.Elapsed.TotalSeconds:F1} s.");
                }

                return ExitCodes.Success;

                ExplorerOptions ExplorerOptionsFrom(Graph g)
                {
                    DotOptions dot = DotOptionsFrom(g);
                    var ids = new List<string>(dot.HighlightEntities ?? (IEnumerable<string>)Array.Empty<string>());
                    if (dot.HighlightEntities != null)
                    {
                        ids.AddRange(g.Relations.Where(r => dot.HighlightEntities.Contains(r.Source.Id) && dot.HighlightEntities.Contains(r.Target.Id)).Select(r => r.Id));
                    }

                    ExplorerOptions options = ExplorerOptions.Default.WithHighlight(ids);
                    return dot.HighlightPath == null ? options : options.WithHighlight(options.Highlight.Concat(dot.HighlightPath.Entities.Select(e => e.Id)).Concat(dot.HighlightPath.Relations.Select(r => r.Id)));
                }

                DotOptions DotOptionsFrom(Graph g)
                {
                    var options = new DotOptions
                    {
                        RankDir = parse.GetValue(rankdir) ?? "LR",
                        Engine = parse.GetValue(engine),
                        Clusters = (parse.GetValue(cluster) ?? "none") switch { "kind" => DotClusterMode.Kind, "country" => DotClusterMode.Country, _ => DotClusterMode.None },
                        Legend = !parse.GetValue(noLegend),
                    };
                    string[] marked = parse.GetValue(highlight) ?? Array.Empty<string>();
                    if (marked.Length > 0)
                    {
                        options = options with { HighlightEntities = new HashSet<string>(marked.Select(k => KgApp.Resolve(g, k).Id), StringComparer.Ordinal) };
                    }

                    string[] ends = parse.GetValue(highlightPath) ?? Array.Empty<string>();
                    if (ends.Length == 2)
                    {
                        Entity from = KgApp.Resolve(g, ends[0]);
                        Entity to = KgApp.Resolve(g, ends[1]);
                        options = options with { HighlightPath = g.ShortestPath(from, to) ?? throw new CliException($"no path between {from.Id} and {to.Id} to highlight.", ExitCodes.NoResult) };
                    }

                    return options;
                }
            });
            return command;
        }

        /// <summary>The entities within <paramref name="depth"/> relations of the centres (either direction), with the relations among them and every source.</summary>
        internal static Graph Neighbourhood(Graph graph, IEnumerable<Entity> centres, int depth)
        {
            var kept = new HashSet<string>(centres.Select(e => e.Id), StringComparer.Ordinal);
            var frontier = kept.ToList();
            for (int level = 0; level < depth && frontier.Count > 0; level++)
            {
                var next = new List<string>();
                foreach (string id in frontier)
                {
                    foreach (Entity n in graph.Neighbors(graph.GetEntity(id)))
                    {
                        if (kept.Add(n.Id))
                        {
                            next.Add(n.Id);
                        }
                    }
                }

                frontier = next;
            }

            var b = new GraphBuilder(graph.Vocabulary) { Title = graph.Title, Description = graph.Description };
            foreach (Source s in graph.Sources)
            {
                b.AddSource(s);
            }

            foreach (Entity e in graph.Entities.Where(e => kept.Contains(e.Id)))
            {
                b.AddEntity(e);
            }

            foreach (Relation r in graph.Relations.Where(r => kept.Contains(r.Source.Id) && kept.Contains(r.Target.Id)))
            {
                b.AddRelation(r);
            }

            return b.Build();
        }
    }
}

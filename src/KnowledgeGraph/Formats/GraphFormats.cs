using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Formats.FollowTheMoney;
using KnowledgeGraph.Formats.Gexf;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Formats.Mermaid;
using KnowledgeGraph.Formats.Neo4j;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Formats.Wikidata;

namespace KnowledgeGraph.Formats
{
    /// <summary>
    /// The one list of the library's exchange formats: <c>kg import</c>, <c>kg export</c>, their help and their
    /// "did you mean", the reader fuzzer and the README's format table all come from it, so a format added here appears
    /// everywhere.
    /// </summary>
    /// <example>
    /// <code>
    /// GraphFormat graphml = GraphFormats.Get("graphml");
    /// using (var s = File.Create("g.graphml")) graphml.Write(graph, s);
    /// Graph back = graphml.Import(new[] { "g.graphml" }).Graph;
    /// </code>
    /// </example>
    public static class GraphFormats
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>Gets every format, in the order help texts list them.</summary>
        public static IReadOnlyList<GraphFormat> All { get; } = Array.AsReadOnly(new[]
        {
            new GraphFormat("dot", "GraphViz DOT", new[] { ".dot", ".gv" }, GraphFormatCapabilities.Picture,
                write: (g, s, o) => Text(s, DotWriter.Write(g, o.Dot ?? DotOptions.Default))),
            new GraphFormat("svg", "SVG drawn by GraphViz", new[] { ".svg" }, GraphFormatCapabilities.Picture | GraphFormatCapabilities.NeedsGraphviz,
                write: (g, s, o) => Bytes(s, new GraphvizRenderer(o.DotProgram).Render(DotWriter.Write(g, o.Dot ?? DotOptions.Default), "svg"))),
            new GraphFormat("png", "PNG drawn by GraphViz", new[] { ".png" }, GraphFormatCapabilities.Picture | GraphFormatCapabilities.NeedsGraphviz | GraphFormatCapabilities.Binary,
                write: (g, s, o) => Bytes(s, new GraphvizRenderer(o.DotProgram).Render(DotWriter.Write(g, o.Dot ?? DotOptions.Default), "png"))),
            new GraphFormat("graphml", "GraphML (networkx, igraph, Gephi, yEd)", new[] { ".graphml" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.ForeignData,
                importText: (r, name, o) => Whole(GraphMLReader.Parse(r.ReadToEnd(), name, o.Vocabulary, o.DefaultKind == null ? null : new GraphMLReadOptions { DefaultKind = o.DefaultKind })),
                write: (g, s, o) => GraphMLWriter.Write(g, s)),
            new GraphFormat("gexf", "GEXF 1.3 (Gephi, with time intervals)", new[] { ".gexf" }, GraphFormatCapabilities.None,
                write: (g, s, o) => GexfWriter.Write(g, s)),
            new GraphFormat("ttl", "RDF Turtle", new[] { ".ttl" }, GraphFormatCapabilities.None,
                write: (g, s, o) => Text(s, TurtleWriter.Write(g))),
            new GraphFormat("nt", "RDF N-Triples", new[] { ".nt" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.Streamed,
                importText: (r, name, o) => Whole(NTriplesReader.Parse(r.ReadToEnd(), name, o.Vocabulary)),
                write: (g, s, o) => Streamed(s, w => NTriplesWriter.Write(g, w))),
            new GraphFormat("jsonld", "RDF JSON-LD", new[] { ".jsonld" }, GraphFormatCapabilities.None,
                write: (g, s, o) => Text(s, JsonLdWriter.Write(g))),
            new GraphFormat("neo4j", "Neo4j admin import (a directory of CSV files)", Array.Empty<string>(), GraphFormatCapabilities.Directory,
                writeDirectory: Neo4jCsvWriter.WriteDirectory),
            new GraphFormat("cypher", "Cypher script", new[] { ".cypher" }, GraphFormatCapabilities.Streamed,
                write: (g, s, o) => Streamed(s, w => CypherWriter.Write(g, w))),
            new GraphFormat("mermaid", "Mermaid flowchart", new[] { ".mmd", ".mermaid" }, GraphFormatCapabilities.Picture,
                write: (g, s, o) => Text(s, MermaidWriter.Write(g, o.Mermaid))),
            new GraphFormat("jgf", "JSON Graph Format v2", new[] { ".json" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip,
                importText: (r, name, o) => Whole(JgfReader.Parse(r.ReadToEnd(), name, o.Vocabulary)),
                write: (g, s, o) => Text(s, JgfWriter.Write(g))),
            new GraphFormat("json", "this library's JSON (knowledge-graph/2)", new[] { ".json" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.Streamed,
                write: (g, s, o) => Streamed(s, w => GraphJsonWriter.Write(g, w))),
            new GraphFormat("csv", "nodes.csv and edges.csv (id,kind,name and source,target,type,…)", new[] { ".csv" }, GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.ManyFiles | GraphFormatCapabilities.Directory,
                importFiles: ReadCsv,
                writeDirectory: (g, dir) =>
                {
                    System.IO.Directory.CreateDirectory(dir);
                    CsvGraphWriter.Write(g, Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "edges.csv"));
                }),
            new GraphFormat("ftm", "FollowTheMoney JSON lines (OpenSanctions entity or delta files)", new[] { ".jsonl", ".ftm.json" }, GraphFormatCapabilities.ManyFiles | GraphFormatCapabilities.Updates,
                importFiles: (files, o) => FtmImporter.ImportFiles(files, o),
                importText: (r, name, o) => FtmImporter.Import(r, name, o)),
            new GraphFormat("wikidata", "Wikidata wbgetentities JSON (a directory: every *.json in it)", new[] { ".json" }, GraphFormatCapabilities.ManyFiles,
                importFiles: (files, o) => WikidataImporter.ImportFiles(ExpandDirectories(files, "*.json"), o),
                importText: (r, name, o) => WikidataImporter.Import(r, name, o)),
        });

        /// <summary>Gets the formats the library imports, in the order of <see cref="All"/>.</summary>
        public static IReadOnlyList<GraphFormat> Importable { get; } = Array.AsReadOnly(All.Where(f => f.CanImport).ToArray());

        /// <summary>Gets the formats the library writes, in the order of <see cref="All"/>.</summary>
        public static IReadOnlyList<GraphFormat> Exportable { get; } = Array.AsReadOnly(All.Where(f => f.CanExport).ToArray());

        /// <summary>Gets a format by name (ignoring case).</summary>
        /// <param name="name">The name.</param>
        /// <param name="format">The format, when found.</param>
        /// <returns><c>true</c> when found.</returns>
        public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GraphFormat? format)
        {
            format = All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            return format != null;
        }

        /// <summary>Gets a format by name (ignoring case).</summary>
        /// <param name="name">The name.</param>
        /// <returns>The format.</returns>
        /// <exception cref="ArgumentException">No format has that name; the message lists them.</exception>
        public static GraphFormat Get(string name) => TryGet(name, out GraphFormat? f)
            ? f
            : throw new ArgumentException($"'{name}' is not a format. Formats: {string.Join(", ", All.Select(x => x.Name))}.", nameof(name));

        private static void Text(Stream stream, string text)
        {
            byte[] bytes = Utf8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        private static void Bytes(Stream stream, byte[] bytes) => stream.Write(bytes, 0, bytes.Length);

        private static void Streamed(Stream stream, Action<TextWriter> write)
        {
            using var w = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(w);
            w.Flush();
        }

        private static ImportResult Whole(Graph g) => new ImportResult(g, Array.Empty<GraphError>(), g.VertexCount + g.EdgeCount, new Dictionary<string, int>());

        /// <summary>Reads the CSV shape: a directory holding nodes.csv and edges.csv, or the two files in that order.</summary>
        private static ImportResult ReadCsv(IReadOnlyList<string> files, ImportOptions options)
        {
            if (files.Count == 1 && System.IO.Directory.Exists(files[0]))
            {
                return CsvGraphReader.Read(Path.Combine(files[0], "nodes.csv"), Path.Combine(files[0], "edges.csv"), options);
            }

            if (files.Count != 2)
            {
                throw new ArgumentException("csv: give a directory holding nodes.csv and edges.csv, or the nodes file and the edges file.", nameof(files));
            }

            return CsvGraphReader.Read(files[0], files[1], options);
        }

        private static IReadOnlyList<string> ExpandDirectories(IReadOnlyList<string> inputs, string pattern) =>
            inputs.SelectMany(f => System.IO.Directory.Exists(f) ? System.IO.Directory.GetFiles(f, pattern).OrderBy(x => x, StringComparer.Ordinal).ToArray() : new[] { f }).ToList();
    }
}

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
    /// graphml.Write(graph, "g.graphml");
    /// Graph back = graphml.Import(new[] { "g.graphml" }).Graph;
    /// </code>
    /// </example>
    public static class GraphFormats
    {
        /// <summary>Gets every format, in the order help texts list them.</summary>
        public static IReadOnlyList<GraphFormat> All { get; } = Array.AsReadOnly(new[]
        {
            new GraphFormat("dot", "GraphViz DOT", new[] { ".dot", ".gv" }, GraphFormatCapabilities.Picture,
                write: DotWriter.Write) { Writer = typeof(DotWriter) },
            new GraphFormat("svg", "SVG drawn by GraphViz", new[] { ".svg" }, GraphFormatCapabilities.Picture | GraphFormatCapabilities.NeedsGraphviz,
                write: (g, s, o) => Bytes(s, new GraphvizRenderer(o.DotProgram).Render(DotWriter.WriteToString(g, o), "svg", o.Dot?.Engine))),
            new GraphFormat("png", "PNG drawn by GraphViz", new[] { ".png" }, GraphFormatCapabilities.Picture | GraphFormatCapabilities.NeedsGraphviz | GraphFormatCapabilities.Binary,
                write: (g, s, o) => Bytes(s, new GraphvizRenderer(o.DotProgram).Render(DotWriter.WriteToString(g, o), "png", o.Dot?.Engine))),
            new GraphFormat("graphml", "GraphML (networkx, igraph, Gephi, yEd)", new[] { ".graphml" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.ForeignData,
                importText: GraphMLReader.Import,
                write: GraphMLWriter.Write) { Reader = typeof(GraphMLReader), Writer = typeof(GraphMLWriter) },
            new GraphFormat("gexf", "GEXF 1.3 (Gephi, with time intervals)", new[] { ".gexf" }, GraphFormatCapabilities.None,
                write: GexfWriter.Write) { Writer = typeof(GexfWriter) },
            new GraphFormat("ttl", "RDF Turtle", new[] { ".ttl" }, GraphFormatCapabilities.None,
                write: TurtleWriter.Write) { Writer = typeof(TurtleWriter) },
            new GraphFormat("nt", "RDF N-Triples", new[] { ".nt" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.Streamed,
                importText: NTriplesReader.Import,
                write: NTriplesWriter.Write) { Reader = typeof(NTriplesReader), Writer = typeof(NTriplesWriter) },
            new GraphFormat("jsonld", "RDF JSON-LD", new[] { ".jsonld" }, GraphFormatCapabilities.None,
                write: JsonLdWriter.Write) { Writer = typeof(JsonLdWriter) },
            new GraphFormat("neo4j", "Neo4j admin import (a directory of CSV files)", Array.Empty<string>(), GraphFormatCapabilities.Directory,
                writeDirectory: (g, dir) => Neo4jCsvWriter.Write(g, dir)) { Writer = typeof(Neo4jCsvWriter) },
            new GraphFormat("cypher", "Cypher script", new[] { ".cypher" }, GraphFormatCapabilities.Streamed,
                write: CypherWriter.Write) { Writer = typeof(CypherWriter) },
            new GraphFormat("mermaid", "Mermaid flowchart", new[] { ".mmd", ".mermaid" }, GraphFormatCapabilities.Picture,
                write: MermaidWriter.Write) { Writer = typeof(MermaidWriter) },
            new GraphFormat("jgf", "JSON Graph Format v2", new[] { ".json" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip,
                importText: JgfReader.Import,
                write: JgfWriter.Write) { Reader = typeof(JgfReader), Writer = typeof(JgfWriter) },
            new GraphFormat("json", "this library's JSON (knowledge-graph/2)", new[] { ".json" }, GraphFormatCapabilities.WholeGraph | GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.Streamed,
                write: (g, s, o) => GraphJsonWriter.Write(g, s)) { Reader = typeof(GraphJsonReader), Writer = typeof(GraphJsonWriter) },
            new GraphFormat("csv", "nodes.csv and edges.csv (id,kind,name and source,target,type,…)", new[] { ".csv" }, GraphFormatCapabilities.RoundTrip | GraphFormatCapabilities.ManyFiles | GraphFormatCapabilities.Directory,
                importFiles: ReadCsv,
                writeDirectory: (g, dir) => CsvGraphWriter.Write(g, dir)) { Reader = typeof(CsvGraphReader), Writer = typeof(CsvGraphWriter) },
            new GraphFormat("ftm", "FollowTheMoney JSON lines (OpenSanctions entity or delta files)", new[] { ".jsonl", ".ftm.json" }, GraphFormatCapabilities.ManyFiles | GraphFormatCapabilities.Updates,
                importFiles: (files, o) => FtmImporter.ImportFiles(files, o),
                importText: FtmImporter.Import) { Reader = typeof(FtmImporter) },
            new GraphFormat("wikidata", "Wikidata wbgetentities JSON (a directory: every *.json in it)", new[] { ".json" }, GraphFormatCapabilities.ManyFiles,
                importFiles: (files, o) => WikidataImporter.ImportFiles(ExpandDirectories(files, "*.json"), o),
                importText: WikidataImporter.Import) { Reader = typeof(WikidataImporter) },
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

        private static void Bytes(Stream stream, byte[] bytes) => stream.Write(bytes, 0, bytes.Length);

        /// <summary>Reads the CSV shape: a directory holding nodes.csv and edges.csv, or the two files in that order.</summary>
        private static ImportResult ReadCsv(IReadOnlyList<string> files, ImportOptions options)
        {
            if (files.Count == 1 && System.IO.Directory.Exists(files[0]))
            {
                return CsvGraphReader.Import(files[0], options);
            }

            if (files.Count != 2)
            {
                throw new ArgumentException("csv: give a directory holding nodes.csv and edges.csv, or the nodes file and the edges file.", nameof(files));
            }

            return CsvGraphReader.Import(files[0], files[1], options);
        }

        private static IReadOnlyList<string> ExpandDirectories(IReadOnlyList<string> inputs, string pattern) =>
            inputs.SelectMany(f => System.IO.Directory.Exists(f) ? System.IO.Directory.GetFiles(f, pattern).OrderBy(x => x, StringComparer.Ordinal).ToArray() : new[] { f }).ToList();
    }
}

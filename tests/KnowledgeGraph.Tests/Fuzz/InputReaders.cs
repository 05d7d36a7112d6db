using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Fuzz
{
    /// <summary>Every reader of the library as one function from text to a graph, with the seed inputs the fuzzer mutates.</summary>
    internal static class InputReaders
    {
        /// <summary>A small graph whose names hold what writers must escape: quotes, markup, backslashes, scripts, emoji, tabs and line breaks.</summary>
        public static Graph Hostile { get; } = new GraphBuilder()
            .AddSource(new Source("s1", SourceKind.Article, "Title \"q\" <b>&amp; \\ 'x'", "Пресса", PartialDate.Parse("2023-05"), "https://example.org/a?b=1&c=<2>"))
            .AddEntity("a", "State", "Беларусь \"B\"\nline2 <x> & ]]> --> ^^ @en", aliases: new[] { "Tab\there", "emoji 🚀", "עברית", "a,b;c" }, description: "desc \\ \"q\" \r\n end",
                properties: PropertyMap.From(new[] { new KeyValuePair<string, object>("odd name/with spaces", 1.5e300), new KeyValuePair<string, object>("langs", new[] { "be", "ru" }), new KeyValuePair<string, object>("code", "007"), new KeyValuePair<string, object>("n", -9223372036854775808L) }),
                externalIds: new[] { new ExternalId("wikidata", "Q184") })
            .AddEntity("b", "Company", "B & Co <x>")
            .AddRelation("r1", "SUPPLIES", "b", "a", Validity.Between(PartialDate.Parse("1999"), PartialDate.Parse("2021-03-04")), citations: new[] { new Citation("s1", "quote \"x\" <y>", "p. 3") }, confidence: 0.5)
            .AddRelation("r2", "TRADES_WITH", "a", "b", Validity.Instant(PartialDate.Parse("2022-12")))
            .Build();

        /// <summary>
        /// The readers by name: each takes the text and the file name to report, and returns the graph it read. Every format
        /// of the library's list (<see cref="GraphFormats"/>) that reads one text is here by its own name, so a format added
        /// there is fuzzed too; the native JSON and the two CSV files are added by hand.
        /// </summary>
        public static readonly IReadOnlyDictionary<string, Func<string, string, Graph>> All = GraphFormats.Importable.Where(f => f.CanImportText)
            // Foreign GraphML (networkx's samples) reads as a user would read it: with a default kind.
            .Select(f => new KeyValuePair<string, Func<string, string, Graph>>(f.Name, (text, name) => f.Import(new StringReader(text), name, new ImportOptions { DefaultKind = "Company" }).Graph))
            .Concat(new Dictionary<string, Func<string, string, Graph>>
            {
                ["json"] = (text, name) => Graph.Parse(text, name),
                ["csv-nodes"] = (text, name) => CsvGraphReader.Import(new StringReader(text), name, new StringReader("source,target,type\n"), "edges.csv").Graph,
                ["csv-edges"] = (text, name) => CsvGraphReader.Import(new StringReader(CsvEntities(Hostile)), "nodes.csv", new StringReader(text), name).Graph,
            })
            .ToDictionary(p => p.Key, p => p.Value);

        /// <summary>Gets the seed inputs of a reader: the curated graph and the hostile one written in its format, and the test fixtures and real-data samples in it.</summary>
        public static IReadOnlyList<string> Seeds(string reader)
        {
            Graph union = CuratedGraphs.UnionState;
            var seeds = new List<string>();
            switch (reader)
            {
                case "json":
                    seeds.Add(CuratedGraphs.GetJson("union-state"));
                    seeds.Add(TestGraphs.Small);
                    seeds.Add(Hostile.ToJson());
                    break;
                case "graphml":
                    seeds.Add(GraphMLWriter.WriteToString(union));
                    seeds.Add(GraphMLWriter.WriteToString(Hostile));
                    seeds.AddRange(Files(RepoPaths.Fixture("GraphML"), "*.graphml"));
                    seeds.AddRange(Files(RepoPaths.RealData("networkx-oracle"), "*.graphml"));
                    break;
                case "jgf":
                    seeds.Add(JgfWriter.WriteToString(union));
                    seeds.Add(JgfWriter.WriteToString(Hostile));
                    // JGF v2 graphs only: the schema and the v1 sample (nodes as an array) are not graphs this reader reads.
                    seeds.AddRange(SharedFiles("jgf", "*.json").Where(t => t.Contains("\"graph\"", StringComparison.Ordinal) && !t.Contains("\"$schema\"", StringComparison.Ordinal) && !t.Contains("\"nodes\": [", StringComparison.Ordinal)));
                    break;
                case "nt":
                    seeds.Add(NTriplesWriter.WriteToString(union));
                    seeds.Add(NTriplesWriter.WriteToString(Hostile));
                    break;
                case "ftm":
                    seeds.AddRange(Files(RepoPaths.Fixture("FollowTheMoney"), "*.jsonl"));
                    break;
                case "wikidata":
                    seeds.AddRange(Files(RepoPaths.Fixture("Wikidata"), "*.json"));
                    break;
                case "csv-nodes":
                    seeds.Add(CsvEntities(union));
                    seeds.Add(CsvEntities(Hostile));
                    break;
                case "csv-edges":
                    seeds.Add(CsvRelations(Hostile));
                    break;
            }

            return seeds;
        }

        public static string CsvEntities(Graph graph)
        {
            var w = new StringWriter { NewLine = "\n" };
            CsvGraphWriter.WriteEntities(graph, w);
            return w.ToString();
        }

        public static string CsvRelations(Graph graph)
        {
            var w = new StringWriter { NewLine = "\n" };
            CsvGraphWriter.WriteRelations(graph, w);
            return w.ToString();
        }

        /// <summary>Gets whether a seed is a fixture made to be broken (its file name says "broken"), which must fail cleanly rather than load.</summary>
        public static bool IsBroken(string seed) => Broken.Contains(seed);

        private static readonly HashSet<string> Broken = new HashSet<string>(StringComparer.Ordinal);

        private static IEnumerable<string> Files(string directory, string pattern) =>
            Directory.Exists(directory) ? Directory.GetFiles(directory, pattern).OrderBy(f => f, StringComparer.Ordinal).Select(Read) : Enumerable.Empty<string>();

        private static string Read(string path)
        {
            string text = File.ReadAllText(path);
            if (Path.GetFileName(path).Contains("broken", StringComparison.OrdinalIgnoreCase))
            {
                lock (Broken)
                {
                    Broken.Add(text);
                }
            }

            return text;
        }

        private static IEnumerable<string> SharedFiles(string folder, string pattern)
        {
            string? shared = RepoPaths.Shared;
            IEnumerable<string> own = Files(RepoPaths.RealData(folder), pattern);
            return shared == null ? own : own.Concat(Files(Path.Combine(shared, "realdata", folder), pattern));
        }
    }
}

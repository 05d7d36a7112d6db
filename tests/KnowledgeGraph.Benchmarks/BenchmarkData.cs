using System;
using System.Globalization;
using System.IO;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>The graph the micro-benchmarks share: 100,000 entities and about 300,000 relations, written once to a temporary directory.</summary>
    public static class BenchmarkData
    {
        public const int Nodes = 100_000;

        public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "kg-micro-" + Nodes.ToString(CultureInfo.InvariantCulture));

        public static string NodesCsv => Path.Combine(Directory, "nodes.csv");

        public static string EdgesCsv => Path.Combine(Directory, "edges.csv");

        public static Graph Load()
        {
            if (!File.Exists(EdgesCsv))
            {
                SyntheticGraph.Write(Directory, Nodes, 3);
            }

            return CsvGraphReader.Import(NodesCsv, EdgesCsv, new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
        }

        public static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);
    }
}

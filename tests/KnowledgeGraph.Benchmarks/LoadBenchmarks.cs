using System.IO;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>Loading 100,000 entities and about 300,000 relations from CSV and from the native JSON format, and saving JSON.</summary>
    [MemoryDiagnoser]
    public class LoadBenchmarks
    {
        private string _json = null!;
        private Graph _graph = null!;

        [GlobalSetup]
        public void Setup()
        {
            _graph = BenchmarkData.Load();
            _json = Path.Combine(BenchmarkData.Directory, "graph.json");
            _graph.Save(_json);
        }

        [Benchmark]
        public int LoadCsv() => CsvGraphReader.Import(BenchmarkData.NodesCsv, BenchmarkData.EdgesCsv, new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph.EdgeCount;

        [Benchmark]
        public int LoadJson() => Graph.Load(_json, CsvVocabularies.Open).EdgeCount;

        [Benchmark]
        public int SaveJson() => _graph.ToJson().Length;
    }
}

using BenchmarkDotNet.Attributes;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>Finding entities by id and by name.</summary>
    [MemoryDiagnoser]
    public class LookupBenchmarks
    {
        private Graph _graph = null!;
        private string[] _ids = null!;
        private string[] _names = null!;

        [GlobalSetup]
        public void Setup()
        {
            _graph = BenchmarkData.Load();
            _ids = new string[1000];
            _names = new string[1000];
            for (int i = 0; i < _ids.Length; i++)
            {
                int n = (i * 7919) % BenchmarkData.Nodes;
                _ids[i] = BenchmarkData.Id(n);
                _names[i] = "entity " + n;
            }

            _graph.FindByName("warm up the lazy name index");
        }

        [Benchmark(OperationsPerInvoke = 1000)]
        public int GetEntityById()
        {
            int sum = 0;
            foreach (string id in _ids)
            {
                sum += _graph.GetEntity(id).Name.Length;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = 1000)]
        public int FindByName()
        {
            int sum = 0;
            foreach (string name in _names)
            {
                sum += _graph.FindByName(name).Count;
            }

            return sum;
        }
    }
}

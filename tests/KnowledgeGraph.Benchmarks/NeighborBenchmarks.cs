using BenchmarkDotNet.Attributes;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>Enumerating the relations and neighbours of entities (QuikGraph's OutEdges, Graph.Neighbors).</summary>
    [MemoryDiagnoser]
    public class NeighborBenchmarks
    {
        private Graph _graph = null!;
        private Entity[] _entities = null!;

        [GlobalSetup]
        public void Setup()
        {
            _graph = BenchmarkData.Load();
            _entities = new Entity[1000];
            for (int i = 0; i < _entities.Length; i++)
            {
                _entities[i] = _graph.Entities[(i * 7919) % BenchmarkData.Nodes];
            }
        }

        [Benchmark(OperationsPerInvoke = 1000)]
        public int OutEdges()
        {
            int sum = 0;
            foreach (Entity e in _entities)
            {
                foreach (Relation r in _graph.OutEdges(e))
                {
                    sum += r.Target.Name.Length;
                }
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = 1000)]
        public int Neighbors()
        {
            int sum = 0;
            foreach (Entity e in _entities)
            {
                sum += _graph.Neighbors(e).Count;
            }

            return sum;
        }
    }
}

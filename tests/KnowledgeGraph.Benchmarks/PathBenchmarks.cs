using System;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Algorithms.Traversal;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>Point-to-point path queries and a full breadth-first search on the traversal kernels.</summary>
    [MemoryDiagnoser]
    public class PathBenchmarks
    {
        private Graph _graph = null!;
        private PathFinder _finder = null!;
        private (Entity, Entity)[] _pairs = null!;
        private double[] _weights = null!;
        private Func<RelationType, bool> _typed = null!;

        [GlobalSetup]
        public void Setup()
        {
            _graph = BenchmarkData.Load();
            _finder = new PathFinder(_graph);
            var rnd = new Random(7);
            _pairs = new (Entity, Entity)[100];
            for (int i = 0; i < _pairs.Length; i++)
            {
                _pairs[i] = (_graph.Entities[rnd.Next(BenchmarkData.Nodes)], _graph.Entities[rnd.Next(BenchmarkData.Nodes)]);
            }

            _weights = PathFinder.RelationWeights(_graph, r => r.Properties.GetNumber("weight") ?? 1);
            _typed = t => t.Name is "DEPENDS_ON" or "SUPPLIES" or "OWNS";
        }

        [Benchmark(OperationsPerInvoke = 100)]
        public int ShortestPath()
        {
            int sum = 0;
            foreach ((Entity s, Entity t) in _pairs)
            {
                sum += _finder.FindPath(s, t)?.Count ?? 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = 100)]
        public int ShortestPathTyped()
        {
            int sum = 0;
            foreach ((Entity s, Entity t) in _pairs)
            {
                sum += _finder.HopCount(s, t, _typed);
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = 10)]
        public double Dijkstra()
        {
            double sum = 0;
            for (int i = 0; i < 10; i++)
            {
                double d = _finder.Distance(_pairs[i].Item1, _pairs[i].Item2, _weights);
                sum += double.IsInfinity(d) ? 0 : d;
            }

            return sum;
        }

        [Benchmark]
        public int HopDistancesFromHub() => _finder.HopDistances(_graph.Entities[0]).Length;
    }
}

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>A short job (3 warm-ups, 3 iterations) with allocations: enough to compare, quick on a shared machine.</summary>
    public static class MicroConfig
    {
        public static IConfig Create() => DefaultConfig.Instance
            .AddJob(Job.ShortRun)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

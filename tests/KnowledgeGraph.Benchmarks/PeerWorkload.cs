using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>The workload of peer_bench.py, through the library's public API, printing the same lines.</summary>
    public static class PeerWorkload
    {
        /// <summary>The day p2p_asof reads the graph as of: gen_graph.py's relations start on 1 January of 1991..2023 and never end, so about three quarters hold then.</summary>
        public static readonly PartialDate AsOfDay = PartialDate.Parse("2015-06-30");

        private static readonly HashSet<string> Filter = new HashSet<string>(StringComparer.Ordinal) { "DEPENDS_ON", "SUPPLIES", "OWNS" };

        public static int Run(string dir, int npairs)
        {
            List<(string Source, string Target)> allPairs = ReadPairs(Path.Combine(dir, "pairs.csv"));

            // The harness's own loops are compiled before anything is timed (see HopSum).
            foreach (string loop in new[] { nameof(HopSum), nameof(DistanceSum), nameof(SumOfPositive), nameof(IndexOfMax) })
            {
                RuntimeHelpers.PrepareMethod(typeof(PeerWorkload).GetMethod(loop, BindingFlags.NonPublic | BindingFlags.Static)!.MethodHandle);
            }

            var sw = Stopwatch.StartNew();
            ImportResult result = CsvGraphReader.Import(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "edges.csv"), new ImportOptions { Vocabulary = CsvVocabularies.Open });
            Graph g = result.Graph;
            Print("load", sw, g.EdgeCount.ToString(CultureInfo.InvariantCulture));
            if (Environment.GetEnvironmentVariable("KG_BENCH_GC") == "1")
            {
                Console.Error.WriteLine($"gc pause {GC.GetTotalPauseDuration().TotalSeconds:F2}s, gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MB, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2}s");
            }

            sw.Restart();
            // Each step's own arrays and finders are let go when the step ends (the peers' scripts keep none either), so that
            // the workload's peak is the graph and one step's working memory, not the sum of the steps'.
            PathFinder? finder = new PathFinder(g);
            int[]? dist = finder.HopDistances(g.Entities[0]);
            long sum = SumOfPositive(dist);
            dist = null;
            Print("bfs_from_hub", sw, sum.ToString(CultureInfo.InvariantCulture));

            sw.Restart();
            long hops = HopSum(finder, g, allPairs, npairs, null);
            Print("p2p_unweighted", sw, hops.ToString(CultureInfo.InvariantCulture));

            // Ours only (no peer has a time rule): the same pairs on a finder that reads the graph as of a day. Making the
            // finder (the graph's time columns, then every relation put to the day once) is timed apart, as making the
            // plain finder is part of bfs_from_hub.
            sw.Restart();
            PathFinder? dated = new PathFinder(g, AsOfDay);
            Print("asof_finder", sw, dated.AsOf.ToString() ?? string.Empty);
            sw.Restart();
            hops = HopSum(dated, g, allPairs, npairs, null);

            dated = null;
            Print("p2p_asof", sw, hops.ToString(CultureInfo.InvariantCulture));

            sw.Restart();
            double[]? weights = PathFinder.RelationWeights(g, "weight");
            double total = DistanceSum(finder, g, allPairs, Math.Max(1, npairs / 50), weights);

            weights = null;
            Print("p2p_weighted", sw, PythonFloat(Math.Round(total, 3)));
            if (Environment.GetEnvironmentVariable("KG_BENCH_GC") == "1")
            {
                Console.Error.WriteLine($"after p2p_weighted: gc pause {GC.GetTotalPauseDuration().TotalSeconds:F2}s, gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");
            }

            sw.Restart();
            Func<RelationType, bool> typed = t => Filter.Contains(t.Name);
            hops = HopSum(finder, g, allPairs, npairs, typed);

            finder = null;
            Print("p2p_typed", sw, hops.ToString(CultureInfo.InvariantCulture));

            sw.Restart();
            double[] rank = PageRank.Compute(g, new PageRankOptions { WeightProperty = "weight", ParallelRelations = ParallelRelations.Last });
            int top = IndexOfMax(rank);
            Print("pagerank", sw, rank.Length == 0 ? string.Empty : g.Entities[top].Id);
            Console.WriteLine("peak_rss_mb\t" + PeakRssMb().ToString("F4", CultureInfo.InvariantCulture) + "\t");
            GC.KeepAlive(g);
            return 0;
        }

        /// <summary>
        /// The sum of the hop counts of the first <paramref name="npairs"/> pairs that have a path, each pair's entities looked up
        /// by id inside the loop, as the peers' scripts do. The timed loops are methods of their own, compiled optimised before
        /// the run starts: a loop in the long <see cref="Run"/> method was compiled again while it ran (on-stack replacement,
        /// once its turns passed the runtime's count), and the step then timed the runtime compiling <see cref="Run"/>, about a
        /// millisecond, which is the harness's cost, not the query's.
        /// </summary>
        [MethodImpl((MethodImplOptions)512)]
        internal static long HopSum(PathFinder finder, Graph g, List<(string Source, string Target)> pairs, int npairs, Func<RelationType, bool>? types)
        {
            long hops = 0;
            for (int i = 0; i < Math.Min(npairs, pairs.Count); i++)
            {
                int h = finder.HopCount(g.GetEntity(pairs[i].Source), g.GetEntity(pairs[i].Target), types);
                if (h > 0)
                {
                    hops += h;
                }
            }

            return hops;
        }

        /// <summary>The sum of the weighted distances of the first <paramref name="npairs"/> pairs that have a path, in a method of its own for the reason <see cref="HopSum"/> gives.</summary>
        [MethodImpl((MethodImplOptions)512)]
        private static double DistanceSum(PathFinder finder, Graph g, List<(string Source, string Target)> pairs, int npairs, double[] weights)
        {
            double total = 0;
            for (int i = 0; i < Math.Min(npairs, pairs.Count); i++)
            {
                double d = finder.Distance(g.GetEntity(pairs[i].Source), g.GetEntity(pairs[i].Target), weights);
                if (!double.IsInfinity(d))
                {
                    total += d;
                }
            }

            return total;
        }

        /// <summary>
        /// The sum of the positive elements: the harness's own loop, in a method of its own and compiled optimised at once,
        /// so that the step does not time the runtime compiling <see cref="Run"/> (a loop of a million turns in that long
        /// method had it compiled again mid-loop, about 20 ms).
        /// </summary>
        [MethodImpl((MethodImplOptions)512)]
        private static long SumOfPositive(int[] values)
        {
            long sum = 0;
            foreach (int d in values)
            {
                if (d > 0)
                {
                    sum += d;
                }
            }

            return sum;
        }

        /// <summary>The first index of the largest element (0 when empty), in a method of its own for the reason <see cref="SumOfPositive"/> gives.</summary>
        [MethodImpl((MethodImplOptions)512)]
        private static int IndexOfMax(double[] values)
        {
            int top = 0;
            for (int v = 1; v < values.Length; v++)
            {
                if (values[v] > values[top])
                {
                    top = v;
                }
            }

            return top;
        }

        /// <summary>Formats a double as Python's repr does for the values the workload produces.</summary>
        public static string PythonFloat(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0";
        }

        /// <summary>Gets the peak resident set (VmHWM) on Linux, else the peak working set, in MiB.</summary>
        public static double PeakRssMb()
        {
            try
            {
                foreach (string line in File.ReadLines("/proc/self/status"))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        string[] parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                        return double.Parse(parts[1], CultureInfo.InvariantCulture) / 1024.0;
                    }
                }
            }
            catch (IOException)
            {
            }

            return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        }

        private static void Print(string op, Stopwatch sw, string checksum)
        {
            Console.WriteLine(op + "\t" + sw.Elapsed.TotalSeconds.ToString("F4", CultureInfo.InvariantCulture) + "\t" + checksum);
            string? mem = Environment.GetEnvironmentVariable("KG_BENCH_MEM");
            if (mem == "1" || mem == "2")
            {
                // Where the memory is after each step: the peak so far and the managed heap; with 2, also what is live after a
                // full collection (which lowers the later peaks: for finding what is kept, not for measuring the peak).
                long heap = GC.GetTotalMemory(false);
                string live = mem == "2" ? $", live {GC.GetTotalMemory(true) >> 20} MiB" : string.Empty;
                Console.Error.WriteLine($"{op}: peak {PeakRssMb():F0} MiB, heap {heap >> 20} MiB{live}, page faults so far {PageFaults()}, huge pages {HugePages.MappedBytes >> 20} of {HugePages.AdvisedBytes >> 20} MiB advised");
            }
        }

        /// <summary>The process's page faults so far (minor, then major), from /proc/self/stat; empty elsewhere.</summary>
        private static string PageFaults()
        {
            try
            {
                string stat = File.ReadAllText("/proc/self/stat");
                string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                return $"{fields[7]} minor, {fields[9]} major";
            }
            catch (IOException)
            {
                return string.Empty;
            }
        }

        internal static List<(string Source, string Target)> ReadPairs(string path)
        {
            var pairs = new List<(string Source, string Target)>();
            bool header = true;
            foreach (string line in File.ReadLines(path))
            {
                if (header)
                {
                    header = false;
                    continue;
                }

                string[] parts = line.Split(',');
                if (parts.Length >= 2)
                {
                    pairs.Add((parts[0].Trim(), parts[1].Trim()));
                }
            }

            return pairs;
        }
    }
}

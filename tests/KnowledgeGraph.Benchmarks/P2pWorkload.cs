using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>
    /// Measures the point-to-point phase of the peer workload alone, in CPU time of the measuring thread:
    /// <c>p2p DIR [PAIRS] [REPS]</c> loads a gen_graph.py directory, runs the hub's breadth-first search as the peer run
    /// does, then the PAIRS pairs once (the cold pass the peer run times) and REPS times more, plain and as of a day.
    /// Prints each pass's CPU seconds, the median per pair and the slowest pairs.
    /// </summary>
    public static class P2pWorkload
    {
        public static int Run(string dir, int npairs, int reps)
        {
            List<(string Source, string Target)> allPairs = PeerWorkload.ReadPairs(Path.Combine(dir, "pairs.csv"));
            RuntimeHelpers.PrepareMethod(typeof(P2pWorkload).GetMethod(nameof(ColdPass), BindingFlags.NonPublic | BindingFlags.Static)!.MethodHandle);
            RuntimeHelpers.PrepareMethod(typeof(PeerWorkload).GetMethod(nameof(PeerWorkload.HopSum), BindingFlags.NonPublic | BindingFlags.Static)!.MethodHandle);
            // KG_INPUT_ORDER=1 keeps the graph's own entity order in the search rows, to measure what the renumbering gains.
            AdjacencyIndex.InputOrderForMeasuring = Environment.GetEnvironmentVariable("KG_INPUT_ORDER") == "1";
            Graph g = CsvGraphReader.Import(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "edges.csv"), new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
            double o0 = ThreadCpu();
            GC.KeepAlive(TraversalIndex.BreadthFirstOrder(g.Index));
            Console.WriteLine($"breadth-first order alone {ThreadCpu() - o0:F4} s cpu");
            double b0 = ThreadCpu();
            long bw = Stopwatch.GetTimestamp();
            GC.KeepAlive(new TraversalIndex(g.Index, AdjacencyIndex.InputOrderForMeasuring ? TraversalIndex.InputOrder(g.VertexCount) : null));
            double b1 = ThreadCpu();
            double rowsWall = (Stopwatch.GetTimestamp() - bw) / (double)Stopwatch.Frequency;
            var finder = new PathFinder(g);
            double b2 = ThreadCpu();
            int[] dist = finder.HopDistances(g.Entities[0]);
            double b3 = ThreadCpu();
            GC.KeepAlive(dist);
            GC.KeepAlive(new PathFinder(g));
            double b4 = ThreadCpu();
            Console.WriteLine($"order {(AdjacencyIndex.InputOrderForMeasuring ? "input" : "breadth-first")}: search rows built again in {b1 - b0:F4} s cpu of this thread, {rowsWall:F4} s wall (part of the load; written by several threads from 1M slots); new PathFinder {b2 - b1:F4} s (a second one {b4 - b3:F4} s); hub distances {b3 - b2:F4} s");
            var pairs = new List<(Entity, Entity)>();
            for (int i = 0; i < Math.Min(npairs, allPairs.Count); i++)
            {
                pairs.Add((g.GetEntity(allPairs[i].Source), g.GetEntity(allPairs[i].Target)));
            }

            if (Environment.GetEnvironmentVariable("KG_P2P_FLUSHED") is string roundsText)
            {
                // The peer run's step again and again, the caches flushed before each (a 128 MB array written through): the
                // first pass, then the spread of the others, which the runtime has compiled again by tiers.
                int rounds = int.Parse(roundsText, CultureInfo.InvariantCulture);
                var times = new List<double>();
                var junk = new long[16 << 20];
                long sink = 0;
                for (int round = 0; round < rounds; round++)
                {
                    for (int j = 0; j < junk.Length; j += 8)
                    {
                        sink += junk[j]++;
                    }

                    long t0 = Stopwatch.GetTimestamp();
                    sink += PeerWorkload.HopSum(finder, g, allPairs, npairs, null);
                    times.Add((Stopwatch.GetTimestamp() - t0) / (double)Stopwatch.Frequency);
                }

                double first = times[0];
                times.Sort();
                Console.WriteLine($"flushed passes: first {first * 1e3:F2} ms, min {times[0] * 1e3:F2}, q1 {times[times.Count / 4] * 1e3:F2}, median {times[times.Count / 2] * 1e3:F2} ms ({rounds} passes, checksum {sink})");
                return 0;
            }

            double d0 = ThreadCpu();
            PathFinder dated = new PathFinder(g, PeerWorkload.AsOfDay);
            Console.WriteLine($"asof finder made in {ThreadCpu() - d0:F4} s cpu");
            Pass("plain", finder, pairs, reps, npairs, allPairs, g);
            Pass("asof", dated, pairs, reps, npairs, allPairs, g);

            // Interleaved pair by pair, so that the machine's noise falls on both alike: the sum of each pair's best time.
            var bestPlain = new double[pairs.Count];
            var bestDated = new double[pairs.Count];
            Array.Fill(bestPlain, double.MaxValue);
            Array.Fill(bestDated, double.MaxValue);
            for (int r = 0; r < reps; r++)
            {
                for (int i = 0; i < pairs.Count; i++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    finder.HopCount(pairs[i].Item1, pairs[i].Item2);
                    long t1 = Stopwatch.GetTimestamp();
                    dated.HopCount(pairs[i].Item1, pairs[i].Item2);
                    long t2 = Stopwatch.GetTimestamp();
                    bestPlain[i] = Math.Min(bestPlain[i], (t1 - t0) / (double)Stopwatch.Frequency);
                    bestDated[i] = Math.Min(bestDated[i], (t2 - t1) / (double)Stopwatch.Frequency);
                }
            }

            // Each pair five times in a row: its data in cache, so what is left is the search's own work.
            double hot = 0;
            foreach ((Entity a, Entity b) in pairs)
            {
                double best = double.MaxValue;
                for (int r = 0; r < 5; r++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    finder.HopCount(a, b);
                    best = Math.Min(best, (Stopwatch.GetTimestamp() - t0) / (double)Stopwatch.Frequency);
                }

                hot += best;
            }

            Console.WriteLine($"hot (each pair 5 times in a row, best): plain {hot / pairs.Count * 1e6:F1} us a pair");
            Console.WriteLine($"interleaved best per pair: plain {bestPlain.Sum() / pairs.Count * 1e6:F1} us, asof {bestDated.Sum() / pairs.Count * 1e6:F1} us, ratio {bestDated.Sum() / bestPlain.Sum():F2}");
            return 0;
        }

        /// <summary>The cold pass's loop, in a method of its own compiled before it runs (see <c>PeerWorkload.HopSum</c>): each pair's time, entities looked up by id inside it.</summary>
        [MethodImpl((MethodImplOptions)512)]
        private static long ColdPass(PathFinder finder, Graph g, List<(string Source, string Target)> allPairs, double[] each)
        {
            long hops = 0;
            for (int i = 0; i < each.Length; i++)
            {
                long t0 = Stopwatch.GetTimestamp();
                int h = finder.HopCount(g.GetEntity(allPairs[i].Source), g.GetEntity(allPairs[i].Target));
                each[i] = (Stopwatch.GetTimestamp() - t0) / (double)Stopwatch.Frequency;
                hops += h > 0 ? h : 0;
            }

            return hops;
        }

        private static void Pass(string name, PathFinder finder, List<(Entity, Entity)> pairs, int reps, int npairs, List<(string Source, string Target)> allPairs, Graph g)
        {
            // The cold pass, as the peer run times it: entities looked up by id inside the timed loop.
            double w0 = Stopwatch.GetTimestamp(), c0 = ThreadCpu();
            var coldEach = new double[Math.Min(npairs, allPairs.Count)];
            long hops = ColdPass(finder, g, allPairs, coldEach);

            double cold = ThreadCpu() - c0, coldWall = (Stopwatch.GetTimestamp() - w0) / Stopwatch.Frequency;
            Console.WriteLine($"{name}\tcold pass, first five pairs (wall us): {string.Join(", ", coldEach.Take(5).Select(t => (t * 1e6).ToString("F0", CultureInfo.InvariantCulture)))}; slowest: {string.Join(", ", Enumerable.Range(0, coldEach.Length).OrderByDescending(i => coldEach[i]).Take(5).Select(i => $"#{i} {(coldEach[i] * 1e6).ToString("F0", CultureInfo.InvariantCulture)}"))}");

            // The next pairs of the file, once: compiled already, their data as cold as the first pass's.
            double c1 = ThreadCpu();
            GC.KeepAlive(PeerWorkload.HopSum(finder, g, allPairs.GetRange(Math.Min(npairs, allPairs.Count), Math.Max(0, Math.Min(npairs, allPairs.Count - npairs))), npairs, null));

            double cold2 = ThreadCpu() - c1;
            var passes = new List<double>();
            var per = new double[pairs.Count];
            var perPass = new double[pairs.Count];
            for (int r = 0; r < reps; r++)
            {
                double p0 = ThreadCpu();
                for (int i = 0; i < pairs.Count; i++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    finder.HopCount(pairs[i].Item1, pairs[i].Item2);
                    perPass[i] = (Stopwatch.GetTimestamp() - t0) / (double)Stopwatch.Frequency;
                }

                passes.Add(ThreadCpu() - p0);
                for (int i = 0; i < per.Length; i++)
                {
                    per[i] = r == 0 ? perPass[i] : Math.Min(per[i], perPass[i]);
                }
            }

            passes.Sort();
            // Search counters, when the library is built with KG_STATS (dotnet build -p:DefineConstants=KG_STATS).
            var B = typeof(PathFinder).Assembly.GetType("KnowledgeGraph.Traversal.BidirectionalBfs")!;
            long Get(string f) => (long)(B.GetField(f, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)?.GetValue(null) ?? 0L);
            double q = pairs.Count * (reps + 1.0);
            if (B.GetField("StatExpanded", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic) != null)
            {
                Console.WriteLine($"{name}\tper search: expanded {Get("StatExpanded") / q:F0}, slots {Get("StatScanned") / q:F0}, queued {Get("StatQueued") / q:F0}, rowsum {Get("StatRowSum") / q:F0}, dense {Get("StatDense") / q:F3}");
                foreach (string f in new[] { "StatExpanded", "StatScanned", "StatQueued", "StatRowSum", "StatDense" })
                {
                    B.GetField(f, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.SetValue(null, 0L);
                }
            }
            string F(double s) => s.ToString("F4", CultureInfo.InvariantCulture);
            Console.WriteLine($"{name}\tchecksum {hops}\tcold pass cpu {F(cold)} s (wall {F(coldWall)} s), next pairs cold {F(cold2)} s\twarm passes cpu min {F(passes.FirstOrDefault())} median {F(passes.Count > 0 ? passes[passes.Count / 2] : 0)} s");
            if (reps > 0)
            {
                int[] order = Enumerable.Range(0, per.Length).OrderByDescending(i => per[i]).ToArray();
                double total = per.Sum();
                Console.WriteLine($"{name}\tper pair (best of {reps}, wall): sum {F(total)} s, mean {total / per.Length * 1e6:F1} us; slowest: "
                    + string.Join(", ", order.Take(8).Select(i => $"{pairs[i].Item1.Id}->{pairs[i].Item2.Id} {per[i] * 1e6:F0} us ({finder.HopCount(pairs[i].Item1, pairs[i].Item2)})")));
            }
        }

        /// <summary>Gets the CPU time of the calling thread in seconds (Linux), else the process's.</summary>
        public static double ThreadCpu()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && clock_gettime(3, out Timespec ts) == 0)
            {
                return ts.Seconds + ts.Nanoseconds * 1e-9;
            }

            return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clock, out Timespec ts);

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}

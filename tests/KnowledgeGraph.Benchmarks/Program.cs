using System;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>
    /// Benchmarks of the library. Modes:
    /// <c>peers DIR [PAIRS]</c> runs the peer workload of ../shared/bench/peer_bench.py on a gen_graph.py directory
    /// and prints the same lines (op, seconds, checksum);
    /// <c>p2p DIR [PAIRS] [REPS]</c> measures the point-to-point phase alone in CPU time (a cold pass, then REPS passes), plain and as of a day;
    /// <c>match N [SAMPLE]</c> matches two synthetic graphs of N entities by blocking, and checks blocking against the all-pairs scan on SAMPLE entities;
    /// <c>load csv DIR</c>, <c>load json FILE</c> and <c>load save DIR FILE</c> measure one load (or save) in a fresh process;
    /// <c>json DIR</c> measures the native JSON format's save and load speed on that graph;
    /// <c>store GRAPH.json --roots A,B --dates D1,D2</c> prints the library's answers to run-sparql-store.sh's questions;
    /// <c>micro [filter]</c> runs the BenchmarkDotNet micro-benchmarks.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            // KG_HUGE_PAGES=0 keeps the search rows on small pages, to measure what the huge pages gain.
            if (Environment.GetEnvironmentVariable("KG_HUGE_PAGES") == "0")
            {
                HugePages.Enabled = false;
            }

            if (args.Length >= 2 && args[0] == "peers")
            {
                int pairs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
                return PeerWorkload.Run(args[1], pairs);
            }

            if (args.Length >= 2 && args[0] == "p2p")
            {
                int pairs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
                int reps = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20;
                return P2pWorkload.Run(args[1], pairs, reps);
            }

            if (args.Length >= 3 && args[0] == "load")
            {
                return LoadWorkload.Run(args[1], args[2], args.Length > 3 ? args[3] : null);
            }

            if (args.Length >= 2 && args[0] == "json")
            {
                return JsonWorkload.Run(args[1]);
            }

            if (args.Length >= 2 && args[0] == "match")
            {
                int sample = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
                return MatchWorkload.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), sample);
            }

            if (args.Length >= 2 && args[0] == "store")
            {
                // store GRAPH.json --roots a,b,c --dates 1995,2010
                string[] roots = Array.Empty<string>(), dates = Array.Empty<string>();
                for (int i = 2; i + 1 < args.Length; i += 2)
                {
                    if (args[i] == "--roots") roots = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries);
                    else if (args[i] == "--dates") dates = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries);
                }

                return StoreWorkload.Run(args[1], roots, dates);
            }

            if (args.Length >= 1 && args[0] == "micro")
            {
                string[] rest = args.Length > 1 ? new[] { "--filter", "*" + args[1] + "*" } : new[] { "--filter", "*" };
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, MicroConfig.Create());
                return 0;
            }

            Console.Error.WriteLine("usage: KnowledgeGraph.Benchmarks peers DIR [PAIRS] | p2p DIR [PAIRS] [REPS] | match N [SAMPLE] | load csv DIR | load json FILE | load json1 FILE | load save DIR FILE | json DIR | store GRAPH.json --roots A,B --dates D1,D2 | micro [filter]");
            return 2;
        }
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>
    /// Measures one load in a fresh process, so that the peak resident set is the load's own:
    /// <c>load csv DIR</c> reads a gen_graph.py directory, <c>load json FILE</c> a native JSON file (<c>load json1 FILE</c> on one thread),
    /// <c>load save DIR FILE</c> reads the CSV and saves it as native JSON (for the json mode); <c>load nt DIR FILE</c> and
    /// <c>load neo4j DIR OUTDIR</c> read the CSV and stream one export; <c>load roundtrip DIR FILE</c> reads the CSV, saves
    /// it, and loads the saved file again (the figures are then the second load's).
    /// Prints the time, the throughput, the garbage collector's account and the peak resident set.
    /// </summary>
    public static class LoadWorkload
    {
        public static int Run(string mode, string path, string? output)
        {
            var sw = Stopwatch.StartNew();
            if (Environment.GetEnvironmentVariable("KG_BENCH_PHASES") is "1" or "2")
            {
                // The CSV reader's steps: wall time and the process's CPU time at the end of each.
                CsvGraphReader.Phase = step => Console.WriteLine("phase\t" + step + "\t" + sw.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s wall, cpu "
                    + Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s, gc pause " + GC.GetTotalPauseDuration().TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s, rss " + (Environment.WorkingSet >> 20) + " MB, peak "
                    + PeerWorkload.PeakRssMb().ToString("F0", CultureInfo.InvariantCulture) + " MB, heap " + (GC.GetTotalMemory(false) >> 20) + " MB"
                    + (Environment.GetEnvironmentVariable("KG_BENCH_PHASES") == "2" ? ", live " + (GC.GetTotalMemory(true) >> 20) + " MB (a full collection, for the breakdown only)" : string.Empty));
                Graph.BuildPhase = CsvGraphReader.Phase;
            }

            Graph g;
            long bytes;
            switch (mode)
            {
                case "csv":
                    // KG_BENCH_CSV_WORKERS=1 reads in one pass, for the comparison with the chunked read.
                    g = CsvGraphReader.Import(Path.Combine(path, "nodes.csv"), Path.Combine(path, "edges.csv"), new ImportOptions
                    {
                        Vocabulary = CsvVocabularies.Open,
                        CsvWorkers = int.TryParse(Environment.GetEnvironmentVariable("KG_BENCH_CSV_WORKERS"), out int workers) ? workers : 0,
                    }).Graph;
                    bytes = new FileInfo(Path.Combine(path, "nodes.csv")).Length + new FileInfo(Path.Combine(path, "edges.csv")).Length;
                    break;
                case "json":
                    g = Graph.Load(path, CsvVocabularies.Open);
                    bytes = new FileInfo(path).Length;
                    break;
                case "json1":
                    // The same one-pass reading on one thread (no second handle for the relations), to set beside "json".
                    using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
                    {
                        g = KnowledgeGraph.Formats.Json.JsonBulkReader.TryRead(file, file.Length, path, GraphLoadOptions.Default.WithVocabulary(CsvVocabularies.Open), Path.GetDirectoryName(Path.GetFullPath(path)))
                            ?? throw new InvalidDataException("The file is not read in one pass: " + path);
                    }

                    bytes = new FileInfo(path).Length;
                    break;
                case "save" when output != null:
                    g = CsvGraphReader.Import(Path.Combine(path, "nodes.csv"), Path.Combine(path, "edges.csv"), new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
                    sw.Restart();
                    g.Save(output);
                    bytes = new FileInfo(output).Length;
                    break;
                case "nt" when output != null:
                case "neo4j" when output != null:
                case "roundtrip" when output != null:
                    // Load the CSV, then stream one export (or save and load again), with the peak after the load apart
                    // from the peak of the whole run: a streamed export needs no more memory than the loaded graph.
                    g = CsvGraphReader.Import(Path.Combine(path, "nodes.csv"), Path.Combine(path, "edges.csv"), new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
                    Console.WriteLine("loaded	" + sw.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s, peak_rss_mb " + PeerWorkload.PeakRssMb().ToString("F1", CultureInfo.InvariantCulture));
                    sw.Restart();
                    if (mode == "nt" && output == "/dev/null")
                    {
                        // At 10M the N-Triples run to about 60 GB: stream them into a counter instead of a disk.
                        using var counter = new CountingStream();
                        KnowledgeGraph.Formats.Rdf.NTriplesWriter.Write(g, counter);
                        bytes = counter.Length;
                    }
                    else if (mode == "nt")
                    {
                        KnowledgeGraph.Formats.Rdf.NTriplesWriter.Write(g, output);
                        bytes = new FileInfo(output).Length;
                    }
                    else if (mode == "neo4j")
                    {
                        KnowledgeGraph.Formats.Neo4j.Neo4jCsvWriter.Write(g, output);
                        bytes = 0;
                        foreach (string f in Directory.GetFiles(output))
                        {
                            bytes += new FileInfo(f).Length;
                        }
                    }
                    else
                    {
                        g.Save(output);
                        Console.WriteLine("saved	" + sw.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s, " + (new FileInfo(output).Length >> 20) + " MB, peak_rss_mb " + PeerWorkload.PeakRssMb().ToString("F1", CultureInfo.InvariantCulture));
                        int entities = g.VertexCount, relations = g.EdgeCount;
                        g = null!;
                        GC.Collect();
                        sw.Restart();
                        g = Graph.Load(output, CsvVocabularies.Open);
                        bytes = new FileInfo(output).Length;
                        if (g.VertexCount != entities || g.EdgeCount != relations)
                        {
                            Console.Error.WriteLine($"roundtrip: {entities}/{relations} saved, {g.VertexCount}/{g.EdgeCount} loaded");
                            return 1;
                        }
                    }

                    break;
                default:
                    Console.Error.WriteLine("usage: load csv DIR | load json FILE | load json1 FILE | load save DIR FILE | load nt DIR FILE | load neo4j DIR OUTDIR | load roundtrip DIR FILE");
                    return 2;
            }

            double seconds = sw.Elapsed.TotalSeconds;
            double mb = bytes / (1024.0 * 1024.0);
            Console.WriteLine(mode + "\t" + seconds.ToString("F4", CultureInfo.InvariantCulture) + "\t" + g.VertexCount.ToString(CultureInfo.InvariantCulture) + "/" + g.EdgeCount.ToString(CultureInfo.InvariantCulture)
                + "\t" + (mb / seconds).ToString("F1", CultureInfo.InvariantCulture) + " MB/s of " + mb.ToString("F1", CultureInfo.InvariantCulture) + " MB");
            Console.WriteLine("gc\tpause " + GC.GetTotalPauseDuration().TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s, gen0 " + GC.CollectionCount(0) + ", gen1 " + GC.CollectionCount(1) + ", gen2 " + GC.CollectionCount(2)
                + ", allocated " + (GC.GetTotalAllocatedBytes() / (1 << 20)) + " MB, heap " + (GC.GetTotalMemory(false) / (1 << 20)) + " MB, cpu " + Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s"
                + MainThreadCpu());
            Console.WriteLine("peak_rss_mb\t" + PeerWorkload.PeakRssMb().ToString("F1", CultureInfo.InvariantCulture));
            if (Environment.GetEnvironmentVariable("KG_BENCH_HEAP") == "1")
            {
                // What the peak is made of: the graph's live bytes after a full compacting collection, against the heap the load left.
                GCMemoryInfo before = GC.GetGCMemoryInfo();
                long live = GC.GetTotalMemory(true);
                Console.WriteLine("heap\tbefore full GC: heap " + (before.HeapSizeBytes >> 20) + " MB, fragmented " + (before.FragmentedBytes >> 20) + " MB, committed " + (before.TotalCommittedBytes >> 20)
                    + " MB; live graph " + (live >> 20) + " MB, " + (live / Math.Max(1, g.EdgeCount)) + " B a relation");
            }

            if (int.TryParse(Environment.GetEnvironmentVariable("KG_BENCH_SLEEP"), out int sleep))
            {
                // Time for `dotnet-gcdump collect -p PID` to take the heap of the loaded graph.
                Console.WriteLine("pid\t" + Environment.ProcessId + ", sleeping " + sleep + " s");
                System.Threading.Thread.Sleep(sleep * 1000);
            }

            GC.KeepAlive(g);
            return 0;
        }

        /// <summary>
        /// The CPU time of the main thread (Linux: /proc/self/task/PID/stat), as ", main thread N s", or nothing elsewhere.
        /// With a load on a second thread it is the part no second core shortens: a lower bound of the wall time on an idle
        /// machine, where the shared machine's wall time says little.
        /// </summary>
        private static string MainThreadCpu()
        {
            try
            {
                string stat = File.ReadAllText("/proc/self/task/" + Environment.ProcessId + "/stat");
                string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                double ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
                return ", main thread " + (ticks / 100).ToString("F2", CultureInfo.InvariantCulture) + " s";
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                return string.Empty;
            }
        }

        /// <summary>A stream that keeps nothing and counts what is written to it.</summary>
        private sealed class CountingStream : Stream
        {
            private long _length;

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => _length;

            public override long Position { get => _length; set => throw new NotSupportedException(); }

            public override void Flush()
            {
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => _length += count;

            public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        }
    }
}

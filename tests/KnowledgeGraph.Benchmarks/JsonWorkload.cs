using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>Measures the native JSON format's save and load speed (MB/s of JSON text) on a gen_graph.py graph.</summary>
    public static class JsonWorkload
    {
        public static int Run(string dir)
        {
            Graph g = CsvGraphReader.Import(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "edges.csv"), new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
            string file = Path.Combine(Path.GetTempPath(), "kg-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".json");
            try
            {
                var sw = Stopwatch.StartNew();
                g.Save(file);
                double save = sw.Elapsed.TotalSeconds;
                double mb = new FileInfo(file).Length / (1024.0 * 1024.0);
                GC.Collect();
                sw.Restart();
                Graph loaded = Graph.Load(file, CsvVocabularies.Open);
                double load = sw.Elapsed.TotalSeconds;
                if (loaded.EdgeCount != g.EdgeCount || loaded.VertexCount != g.VertexCount)
                {
                    Console.Error.WriteLine("the loaded graph differs from the saved one");
                    return 1;
                }

                Console.WriteLine("json_size_mb\t" + mb.ToString("F1", CultureInfo.InvariantCulture));
                Console.WriteLine("json_save\t" + save.ToString("F4", CultureInfo.InvariantCulture) + "\t" + (mb / save).ToString("F1", CultureInfo.InvariantCulture) + " MB/s");
                Console.WriteLine("json_load\t" + load.ToString("F4", CultureInfo.InvariantCulture) + "\t" + (mb / load).ToString("F1", CultureInfo.InvariantCulture) + " MB/s");
                Console.WriteLine("peak_rss_mb\t" + PeerWorkload.PeakRssMb().ToString("F4", CultureInfo.InvariantCulture) + "\t");
                return 0;
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>Writes a graph shaped like gen_graph.py's (preferential attachment, typed, dated) as nodes.csv and edges.csv, deterministically, so that the micro-benchmarks need no Python.</summary>
    public static class SyntheticGraph
    {
        private static readonly string[] Kinds = { "Company", "Person", "Organization", "Event", "State" };
        private static readonly double[] KindWeights = { 0.55, 0.35, 0.07, 0.02, 0.01 };
        private static readonly string[] Types = { "OWNS", "DIRECTS", "SUPPLIES", "DEPENDS_ON", "MEMBER_OF", "SANCTIONS", "PARTICIPATES_IN" };

        /// <summary>Writes the files into <paramref name="dir"/> (created if needed).</summary>
        public static void Write(string dir, int nodes, int edgesPerNode, int seed = 42)
        {
            Directory.CreateDirectory(dir);
            var rnd = new Random(seed);
            var sb = new StringBuilder("id,kind,name\n");
            for (int i = 0; i < nodes; i++)
            {
                double x = rnd.NextDouble();
                int k = 0;
                for (double acc = KindWeights[0]; k < Kinds.Length - 1 && x > acc; acc += KindWeights[++k])
                {
                }

                sb.Append('n').Append(i).Append(',').Append(Kinds[k]).Append(",Entity ").Append(i).Append('\n');
            }

            File.WriteAllText(Path.Combine(dir, "nodes.csv"), sb.ToString());
            sb.Clear().Append("source,target,type,weight,from,to\n");
            var pool = new List<int>();
            for (int i = 1; i < nodes; i++)
            {
                for (int e = 0; e < edgesPerNode; e++)
                {
                    int j = pool.Count > 0 && rnd.NextDouble() < 0.7 ? pool[rnd.Next(pool.Count)] : rnd.Next(i);
                    if (j == i)
                    {
                        continue;
                    }

                    (int s, int t) = rnd.NextDouble() < 0.5 ? (i, j) : (j, i);
                    sb.Append('n').Append(s).Append(",n").Append(t).Append(',').Append(Types[rnd.Next(Types.Length)]).Append(',')
                      .Append(Math.Round(0.1 + (rnd.NextDouble() * 9.9), 3).ToString(CultureInfo.InvariantCulture)).Append(',')
                      .Append(rnd.Next(1991, 2024)).Append("-01-01,\n");
                    pool.Add(j);
                }

                pool.Add(i);
            }

            File.WriteAllText(Path.Combine(dir, "edges.csv"), sb.ToString());
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Centrality
{
    /// <summary>
    /// PageRank on a graph whose relations only link forward reads the index's out-rows as its links, with a parallel
    /// relation's weight merged into the first slot of its target and its own slot weighted 0 (issue 15: no copy of the
    /// targets and the weights at ten million entities). The scores must be bit for bit those of compact links built the
    /// plain way: the same sums in the same order.
    /// </summary>
    public class PageRankLinkTests
    {
        private static readonly string[] Types = { "DEPENDS_ON", "OWNS", "SUPPLIES" };

        [TestCase(1, ParallelRelations.First)]
        [TestCase(2, ParallelRelations.Last)]
        [TestCase(3, ParallelRelations.Sum)]
        [TestCase(4, ParallelRelations.Min)]
        public void Compute_WithParallelRelations_IsBitForBitThePlainLinks(int seed, ParallelRelations parallel)
        {
            var random = new Random(seed);
            int n = 80;
            var edges = new List<(int Source, int Target, double Weight)>();
            for (int i = 0; i < 400; i++)
            {
                int s = random.Next(n);

                // Few targets per source, so that parallel relations (the same ends, of one type or not) are common;
                // some entities have no outgoing relation (dangling), some weights are 0.
                int t = (s + 1 + random.Next(4)) % n;
                if (s % 7 != 3)
                {
                    edges.Add((s, t, random.Next(5) == 0 ? 0 : Math.Round(random.NextDouble() * 10, 3)));
                }
            }

            Graph g = Load(n, edges, random);
            g.Index.HasUndirected.Should().BeFalse("this is the case of links read from the out-rows");
            edges.GroupBy(e => (e.Source, e.Target)).Should().Contain(group => group.Count() > 2, "the graph must have parallel relations");
            foreach (bool byProperty in new[] { true, false })
            {
                var options = byProperty
                    ? new PageRankOptions { WeightProperty = "weight", ParallelRelations = parallel }
                    : new PageRankOptions { Weight = r => r.Properties.GetNumber("weight") ?? 1.0, ParallelRelations = parallel };
                double[] ours = PageRank.Compute(g, options);
                double[] plain = Plain(n, edges, parallel);
                ours.Select(BitConverter.DoubleToInt64Bits).Should().Equal(plain.Select(BitConverter.DoubleToInt64Bits), $"weights {(byProperty ? "by key" : "by function")}, parallel relations {parallel}");
            }

            PageRank.Compute(g).Select(BitConverter.DoubleToInt64Bits).Should().Equal(
                Plain(n, edges.Select(e => (e.Source, e.Target, 1.0)).ToList(), new PageRankOptions().ParallelRelations).Select(BitConverter.DoubleToInt64Bits), "unweighted");
        }

        private static Graph Load(int n, List<(int Source, int Target, double Weight)> edges, Random random)
        {
            var nodes = new StringBuilder("id,kind,name\n");
            for (int v = 0; v < n; v++)
            {
                nodes.Append('n').Append(v).Append(",Company,E").Append(v).Append('\n');
            }

            var text = new StringBuilder("source,target,type,weight\n");
            foreach ((int s, int t, double w) in edges)
            {
                text.Append('n').Append(s).Append(",n").Append(t).Append(',').Append(Types[random.Next(Types.Length)]).Append(',')
                    .Append(w.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }

            return CsvGraphReader.Import(new StringReader(nodes.ToString()), "nodes.csv", new StringReader(text.ToString()), "edges.csv",
                new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
        }

        /// <summary>PageRank over compact links: each source's distinct targets in order of first relation, parallel weights merged by the policy; networkx's iteration, written out plainly.</summary>
        private static double[] Plain(int n, List<(int Source, int Target, double Weight)> edges, ParallelRelations parallel)
        {
            var links = new List<(int Target, double Weight)>[n];
            for (int v = 0; v < n; v++)
            {
                links[v] = new List<(int Target, double Weight)>();
            }

            foreach ((int s, int t, double w) in edges)
            {
                int at = links[s].FindIndex(l => l.Target == t);
                if (at < 0)
                {
                    links[s].Add((t, w));
                }
                else
                {
                    double merged = links[s][at].Weight;
                    merged = parallel switch
                    {
                        ParallelRelations.Sum => merged + w,
                        ParallelRelations.Last => w,
                        ParallelRelations.Min => Math.Min(merged, w),
                        _ => merged,
                    };
                    links[s][at] = (t, merged);
                }
            }

            var outWeight = new double[n];
            for (int v = 0; v < n; v++)
            {
                foreach ((int _, double w) in links[v])
                {
                    outWeight[v] += w;
                }
            }

            const double alpha = 0.85;
            double uniform = 1.0 / n;
            double[] x = Enumerable.Repeat(uniform, n).ToArray();
            var next = new double[n];
            for (int iteration = 0; iteration < 100; iteration++)
            {
                double dangling = 0;
                for (int v = 0; v < n; v++)
                {
                    if (outWeight[v] == 0)
                    {
                        dangling += x[v];
                    }
                }

                double base_ = (alpha * dangling * uniform) + ((1 - alpha) * uniform);
                Array.Fill(next, base_);
                for (int v = 0; v < n; v++)
                {
                    if (outWeight[v] == 0)
                    {
                        continue;
                    }

                    double share = alpha * x[v] / outWeight[v];
                    foreach ((int t, double w) in links[v])
                    {
                        next[t] += share * w;
                    }
                }

                double err = 0;
                for (int v = 0; v < n; v++)
                {
                    err += Math.Abs(next[v] - x[v]);
                }

                (x, next) = (next, x);
                if (err < n * 1e-6)
                {
                    return x;
                }
            }

            throw new InvalidOperationException("no convergence");
        }
    }
}

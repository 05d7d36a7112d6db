using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Communities;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Tests.Cli;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Bounds
{
    /// <summary>
    /// Issue 12, unbounded work: exact betweenness, closeness and communities have a documented default bound, an option
    /// to raise it, and say when they hit it (sampled betweenness, BoundExceededException); kg critical bounds its lists.
    /// Tested on generated graphs with small bounds, never by timing.
    /// </summary>
    public class AnalyticsBoundsTests
    {
        /// <summary>A random sparse graph: n entities, 2n DEPENDS_ON relations.</summary>
        private static Graph Random(int n, int seed)
        {
            var random = new Random(seed);
            var edges = Enumerable.Range(0, 2 * n).Select(_ => (random.Next(n), random.Next(n))).Where(e => e.Item1 != e.Item2).ToArray();
            return NetworkxOracle.FromEdges(n, edges);
        }

        [Test]
        public void Betweenness_PastTheBound_IsSampledAndSaysSo()
        {
            Graph g = Random(400, 1);
            CentralityResult bounded = Betweenness.Compute(g, new CentralityOptions { MaxExactEntities = 300 });
            bounded.Note.Should().Contain("estimated from 256 sampled sources of 400 entities").And.Contain("bounded to 300");
            bounded.Scores.Should().Equal(Betweenness.Compute(g, new CentralityOptions { SampleSize = CentralityOptions.BoundedSampleSize }).Scores, "past the bound it is the seeded sample of BoundedSampleSize sources");

            CentralityResult exact = Betweenness.Compute(g, new CentralityOptions { MaxExactEntities = null });
            exact.Note.Should().BeNull();
            exact.Scores.Should().NotEqual(bounded.Scores);
            Betweenness.Compute(g).Note.Should().BeNull("400 entities are within the default bound");
            Betweenness.Compute(g, new CentralityOptions { SampleSize = 10 }).Note.Should().Contain("estimated from 10 sampled sources");
            CentralityOptions.DefaultMaxExactEntities.Should().Be(new CentralityOptions().MaxExactEntities);
        }

        [Test]
        public void Closeness_PastTheBound_IsSampledAndSaysSo()
        {
            Graph g = Random(400, 2);
            CentralityResult bounded = Closeness.Compute(g, new CentralityOptions { MaxExactEntities = 300 });
            bounded.Note.Should().Contain("estimated from 256 sampled sources of 400 entities").And.Contain("bounded to 300");
            bounded.Scores.Should().Equal(Closeness.Compute(g, new CentralityOptions { SampleSize = CentralityOptions.BoundedSampleSize }).Scores, "past the bound it is the seeded sample of BoundedSampleSize sources");
            CentralityResult exact = Closeness.Compute(g, new CentralityOptions { MaxExactEntities = null });
            exact.Note.Should().BeNull();
            exact.Scores.Should().NotEqual(bounded.Scores);
            Closeness.Compute(g).Note.Should().BeNull("400 entities are within the default bound");
            Closeness.Compute(g, new CentralityOptions { SampleSize = 400 }).Scores.Should().Equal(exact.Scores, "a sample of every entity is the exact computation");
            Action zero = () => Closeness.Compute(g, new CentralityOptions { SampleSize = 0 });
            zero.Should().Throw<ArgumentOutOfRangeException>();
        }

        /// <summary>
        /// The sampled closeness against the exact one on a connected graph of 2,000 entities (a ring with random chords,
        /// read undirected, unweighted and weighted). The tolerance is not fitted to the seed: every distance lies in
        /// [1, Δ] (Δ the diameter), and the estimate of an entity's mean distance is the mean over k' ≥ 255 sampled
        /// sources, so by Hoeffding's inequality (which holds for sampling without replacement) it is off by more than
        /// 0.2·Δ with probability at most 2·exp(−2·255·0.04) ≈ 3·10⁻⁹ per entity, 6·10⁻⁶ for all 2,000. The ranking
        /// is checked too: the exact top 20 are in the estimated top 60.
        /// </summary>
        [TestCase(false)]
        [TestCase(true)]
        public void Closeness_Sampled_IsWithinTheHoeffdingBoundOfExact(bool weighted)
        {
            const int n = 2000;
            var random = new Random(7);
            var edges = Enumerable.Range(0, n).Select(i => (i, (i + 1) % n))
                .Concat(Enumerable.Range(0, n / 2).Select(_ => (random.Next(n), random.Next(n))).Where(e => e.Item1 != e.Item2))
                .ToArray();
            Graph g = NetworkxOracle.FromEdges(n, edges);
            Func<Relation, double>? weight = weighted ? r => 1 + (StableHashOf(r.Source.Id + ">" + r.Target.Id) % 3) : null;
            var options = new CentralityOptions { AsUndirected = true, MaxExactEntities = null, Weight = weight };
            CentralityResult exact = Closeness.Compute(g, options);
            CentralityResult sampled = Closeness.Compute(g, options with { SampleSize = CentralityOptions.BoundedSampleSize });
            sampled.Note.Should().Contain("estimated from 256 sampled sources of 2,000 entities");

            // The diameter in the same distances: the largest mean-free bound, from the exact scores' own searches.
            double diameter = Diameter(g, weight);
            double worst = 0;
            foreach (Entity e in g.Entities)
            {
                exact[e].Should().BeGreaterThan(0, "the graph is connected");
                double meanExact = 1 / exact[e];
                double meanSampled = 1 / sampled[e];
                worst = Math.Max(worst, Math.Abs(meanSampled - meanExact));
                Math.Abs(meanSampled - meanExact).Should().BeLessThanOrEqualTo(0.2 * diameter, $"the mean distance to '{e.Id}'");
            }

            TestContext.Out.WriteLine($"diameter {diameter}, worst error of the mean distance {worst:F3} ({worst / diameter:P1} of it)");
            var top = exact.Top(20).Select(x => x.Entity.Id).ToArray();
            sampled.Top(60).Select(x => x.Entity.Id).Should().Contain(top);
        }

        private static int StableHashOf(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff;

        private static double Diameter(Graph g, Func<Relation, double>? weight)
        {
            var index = g.Entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var adj = g.Entities.Select(_ => new List<(int To, double W)>()).ToArray();
            foreach (Relation r in g.Relations)
            {
                double w = weight?.Invoke(r) ?? 1;
                adj[index[r.Source.Id]].Add((index[r.Target.Id], w));
                adj[index[r.Target.Id]].Add((index[r.Source.Id], w));
            }

            double diameter = 0;
            var dist = new double[adj.Length];
            for (int s = 0; s < adj.Length; s++)
            {
                Array.Fill(dist, double.PositiveInfinity);
                dist[s] = 0;
                var queue = new PriorityQueue<int, double>();
                queue.Enqueue(s, 0);
                while (queue.TryDequeue(out int v, out double d))
                {
                    if (d > dist[v])
                    {
                        continue;
                    }

                    foreach (var (to, w) in adj[v])
                    {
                        if (d + w < dist[to])
                        {
                            dist[to] = d + w;
                            queue.Enqueue(to, d + w);
                        }
                    }
                }

                diameter = Math.Max(diameter, dist.Max());
            }

            return diameter;
        }

        [Test]
        public void Communities_PastTheBound_Refuse_AndLouvainSaysWhenItStopsAtThePassBound()
        {
            Graph g = Random(300, 3);
            foreach (Func<Graph, CommunityOptions, CommunityResult> method in new Func<Graph, CommunityOptions, CommunityResult>[] { (x, o) => Louvain.Compute(x, o), (x, o) => LabelPropagation.Compute(x, o) })
            {
                Action bounded = () => method(g, new CommunityOptions { MaxEntities = 299 });
                bounded.Should().Throw<BoundExceededException>().Where(e => e.Size == 300 && e.Bound == 299).WithMessage("*kg communities --max-entities*");
                method(g, new CommunityOptions { MaxEntities = null }).Count.Should().BeGreaterThan(0);
            }

            Louvain.Compute(g).Converged.Should().BeTrue();
            CommunityResult cut = Louvain.Compute(g, new CommunityOptions { MaxIterations = 1 });
            cut.Converged.Should().BeFalse("one pass of local moving does not settle a random graph of 300 entities");
            cut.ToHtml().Should().Contain("Stopped at the iteration bound");
        }

        [TestCase("svg")]
        [TestCase("png")]
        public void Cli_GraphvizPictures_AreBoundedBeforeGraphvizRuns(string format)
        {
            int n = CuratedGraphs.UnionState.VertexCount;
            var (code, _, err) = KgCommandTests.Kg("export", "--format", format, "-o", Path.Combine(Path.GetTempPath(), "kg-never-written." + format), "--max-render", "10");
            code.Should().Be(ExitCodes.InputError);
            err.Should().Contain($"Laying out {n} entities").And.Contain("bounded to 10").And.Contain("--max-render N");
            err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
            File.Exists(Path.Combine(Path.GetTempPath(), "kg-never-written." + format)).Should().BeFalse();
            KgCommandTests.Kg("export", "--format", format, "--max-render", "-1", "-o", "x." + format).Code.Should().Be(ExitCodes.InputError);
        }

        [Test]
        public void Cli_BoundsAreOptions_AndTheOutputSaysWhenTheyAreHit()
        {
            string dir = Path.Combine(Path.GetTempPath(), "kg-bounds-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string big = Path.Combine(dir, "big.json");
                Random(400, 4).Save(big);
                var (code, output, err) = KgCommandTests.Kg("--graph", big, "rank", "--by", "betweenness", "--max-exact", "300");
                code.Should().Be(ExitCodes.Success, err);
                output.Should().Contain("(estimated from 256 sampled sources of 400 entities");
                KgCommandTests.Kg("--graph", big, "rank", "--by", "betweenness", "--max-exact", "0").Out.Should().NotContain("estimated");

                var (estimated, closeness, why) = KgCommandTests.Kg("--graph", big, "rank", "--by", "closeness", "--max-exact", "300");
                estimated.Should().Be(ExitCodes.Success, why);
                closeness.Should().Contain("(estimated from 256 sampled sources of 400 entities").And.Contain("exact closeness is bounded to 300");
                KgCommandTests.Kg("--graph", big, "rank", "--by", "closeness", "--sample", "50").Out.Should().Contain("estimated from 50 sampled sources of 400 entities");
                KgCommandTests.Kg("--graph", big, "communities", "--max-entities", "100").Code.Should().Be(ExitCodes.InputError);
                KgCommandTests.Kg("--graph", big, "communities", "--max-entities", "0").Code.Should().Be(ExitCodes.Success);

                // A chain of 12: 10 articulation points and 11 bridges, listed 3 at a time.
                string chain = Path.Combine(dir, "chain.json");
                NetworkxOracle.FromEdges(12, Enumerable.Range(0, 11).Select(i => (i, i + 1)).ToArray()).Save(chain);
                var (ok, list, _) = KgCommandTests.Kg("--graph", chain, "critical", "--max-results", "3");
                ok.Should().Be(ExitCodes.Success);
                list.Should().Contain("Articulation points of the dependency subgraph (read as undirected): 10").And.Contain("… and 7 more (--max-results 10 lists them all)")
                    .And.Contain("Bridges: 11").And.Contain("… and 8 more (--max-results 11 lists them all)");
                list.Split('\n').Count(l => l.StartsWith("  Node ", StringComparison.Ordinal) || l.StartsWith("  e", StringComparison.Ordinal)).Should().Be(6);
                KgCommandTests.Kg("--graph", chain, "critical").Out.Should().NotContain("more (--max-results");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}

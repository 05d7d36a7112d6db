using System;
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
        public void Closeness_PastTheBound_Refuses_UnlessRaised()
        {
            Graph g = Random(150, 2);
            Action bounded = () => Closeness.Compute(g, new CentralityOptions { MaxExactEntities = 100 });
            bounded.Should().Throw<BoundExceededException>().Where(e => e.Size == 150 && e.Bound == 100).WithMessage("*150 entities*bounded to 100*MaxExactEntities*");
            Closeness.Compute(g, new CentralityOptions { MaxExactEntities = 150 }).Count.Should().Be(150);
            Closeness.Compute(g, new CentralityOptions { MaxExactEntities = null }).Note.Should().BeNull();
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

                var (refused, _, why) = KgCommandTests.Kg("--graph", big, "rank", "--by", "closeness", "--max-exact", "100");
                refused.Should().Be(ExitCodes.InputError);
                why.Should().Contain("bounded to 100").And.Contain("--max-exact");
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

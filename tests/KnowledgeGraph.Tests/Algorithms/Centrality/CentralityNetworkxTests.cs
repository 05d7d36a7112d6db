using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms.Centrality
{
    /// <summary>Degree, betweenness, closeness, eigenvector and PageRank against networkx, to 1e-6.</summary>
    public class CentralityNetworkxTests
    {
        private const double Tolerance = 1e-6;

        private static readonly string[] Classic = AnalyticsOracle.Classic;

        private static readonly int[] Seeds = { 1, 2, 3 };

        internal static void ShouldAgree(CentralityResult ours, JToken theirs, string what)
        {
            double[] expected = AnalyticsOracle.Doubles(theirs);
            ours.Count.Should().Be(expected.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                ours.Scores[i].Should().BeApproximately(expected[i], Tolerance, $"{what} of node {i}");
            }
        }

        [TestCaseSource(nameof(Classic))]
        public void Degree_ClassicGraph_AgreesWithNetworkx(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            ShouldAgree(Degree.Compute(g), o["degree"]!, "degree");
            ShouldAgree(Degree.Compute(g, DegreeKind.In, new CentralityOptions { AsUndirected = true }), o["degree"]!, "degree as undirected");
            ShouldAgree(Degree.Compute(g, DegreeKind.Total, new CentralityOptions { Normalized = false, Weight = AnalyticsOracle.Weight }), o["degree_weighted"]!, "weighted degree");
        }

        [TestCaseSource(nameof(Classic))]
        public void Betweenness_ClassicGraph_AgreesWithNetworkx(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            ShouldAgree(Betweenness.Compute(g), o["betweenness"]!, "betweenness");
            ShouldAgree(Betweenness.Compute(g, new CentralityOptions { AsUndirected = true }), o["betweenness"]!, "betweenness as undirected");
            ShouldAgree(Betweenness.Compute(g, new CentralityOptions { AsUndirected = true, Normalized = false }), o["betweenness_raw"]!, "raw betweenness");
            ShouldAgree(Betweenness.Compute(g, new CentralityOptions { Weight = AnalyticsOracle.Weight }), o["betweenness_weighted"]!, "weighted betweenness");
        }

        [TestCaseSource(nameof(Classic))]
        public void Closeness_ClassicGraph_AgreesWithNetworkx(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            ShouldAgree(Closeness.Compute(g), o["closeness"]!, "closeness");
            ShouldAgree(Closeness.Compute(g, new CentralityOptions { AsUndirected = true, Weight = AnalyticsOracle.Weight }), o["closeness_weighted"]!, "weighted closeness");
        }

        [TestCaseSource(nameof(Classic))]
        public void EigenvectorAndPageRank_ClassicGraph_AgreeWithNetworkx(string generator)
        {
            JToken o = AnalyticsOracle.ClassicGraph(generator);
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            ShouldAgree(Eigenvector.Compute(g), o["eigenvector"]!, "eigenvector");
            ShouldAgree(Eigenvector.Compute(g, new CentralityOptions { Weight = AnalyticsOracle.Weight }), o["eigenvector_weighted"]!, "weighted eigenvector");
            ShouldAgree(PageRank.Rank(g, new PageRankOptions { Weight = AnalyticsOracle.Weight }), o["pagerank"]!, "pagerank (weighted, as networkx by default)");
        }

        [TestCaseSource(nameof(Seeds))]
        public void Degree_RandomDirectedGraph_AgreesWithNetworkx(int seed)
        {
            JToken o = AnalyticsOracle.RandomDirected(seed);
            Graph g = AnalyticsOracle.Build(o, "DEPENDS_ON");
            ShouldAgree(Degree.Compute(g), o["degree"]!, "degree");
            ShouldAgree(Degree.Compute(g, DegreeKind.In), o["in_degree"]!, "in-degree");
            ShouldAgree(Degree.Compute(g, DegreeKind.Out), o["out_degree"]!, "out-degree");
        }

        [TestCaseSource(nameof(Seeds))]
        public void BetweennessAndCloseness_RandomDirectedGraph_AgreeWithNetworkx(int seed)
        {
            JToken o = AnalyticsOracle.RandomDirected(seed);
            Graph g = AnalyticsOracle.Build(o, "DEPENDS_ON");
            ShouldAgree(Betweenness.Compute(g), o["betweenness"]!, "betweenness");
            ShouldAgree(Betweenness.Compute(g, new CentralityOptions { Normalized = false }), o["betweenness_raw"]!, "raw betweenness");
            ShouldAgree(Betweenness.Compute(g, new CentralityOptions { Weight = AnalyticsOracle.Weight }), o["betweenness_weighted"]!, "weighted betweenness");
            ShouldAgree(Closeness.Compute(g), o["closeness"]!, "closeness");
            ShouldAgree(Closeness.Compute(g, new CentralityOptions { Weight = AnalyticsOracle.Weight }), o["closeness_weighted"]!, "weighted closeness");
        }

        [TestCaseSource(nameof(Seeds))]
        public void Eigenvector_RandomDirectedGraph_AgreesWithNetworkx(int seed)
        {
            JToken o = AnalyticsOracle.RandomDirected(seed);
            if (o["eigenvector"]!.Type == JTokenType.Null)
            {
                Assert.Ignore("networkx did not converge on this graph.");
            }

            Graph g = AnalyticsOracle.Build(o, "DEPENDS_ON");
            ShouldAgree(Eigenvector.Compute(g, new CentralityOptions { MaxIterations = 1000 }), o["eigenvector"]!, "eigenvector");
        }

        [TestCase(4)]
        [TestCase(5)]
        public void Compute_RandomMultigraphWithSelfLoops_AgreesWithNetworkxMultiDiGraph(int seed)
        {
            JToken o = NetworkxOracle.Run($$"""
import json, random, networkx as nx
rnd = random.Random({{seed}})
n = 30
edges = [(rnd.randrange(n), rnd.randrange(n)) for _ in range(90)]
edges += edges[:10]
g = nx.MultiDiGraph(); g.add_nodes_from(range(n)); g.add_edges_from(edges)
v = lambda d: [d[i] for i in range(n)]
print(json.dumps({"n": n, "edges": [[s, t, 1.0] for s, t in edges],
  "degree": v(nx.degree_centrality(g)), "in_degree": v(nx.in_degree_centrality(g)), "out_degree": v(nx.out_degree_centrality(g)),
  "betweenness": v(nx.betweenness_centrality(g)), "closeness": v(nx.closeness_centrality(g))}))
""");
            Graph g = AnalyticsOracle.Build(o, "DEPENDS_ON");
            ShouldAgree(Degree.Compute(g), o["degree"]!, "degree");
            ShouldAgree(Degree.Compute(g, DegreeKind.In), o["in_degree"]!, "in-degree");
            ShouldAgree(Degree.Compute(g, DegreeKind.Out), o["out_degree"]!, "out-degree");
            ShouldAgree(Betweenness.Compute(g), o["betweenness"]!, "betweenness");
            ShouldAgree(Closeness.Compute(g), o["closeness"]!, "closeness");
        }

        [Test]
        public void Betweenness_SampleOfEverySource_IsExact_SmallerSampleIsSeeded()
        {
            JToken o = AnalyticsOracle.ClassicGraph("les_miserables_graph");
            Graph g = AnalyticsOracle.Build(o, "COOPERATES_WITH");
            ShouldAgree(Betweenness.Compute(g, new CentralityOptions { SampleSize = g.VertexCount }), o["betweenness"]!, "betweenness");
            var sample = new CentralityOptions { SampleSize = 40, Seed = 7 };
            CentralityResult estimate = Betweenness.Compute(g, sample);
            estimate.Scores.Should().Equal(Betweenness.Compute(g, sample).Scores, "the same seed draws the same sample");
            estimate.Top(3).Select(s => s.Entity.Id).Should().Contain(Betweenness.Compute(g).Top(1)[0].Entity.Id, "half the sources find the most central character");
            Action bad = () => Betweenness.Compute(g, new CentralityOptions { SampleSize = 0 });
            bad.Should().Throw<ArgumentOutOfRangeException>();
        }

        [Test]
        public void Top_UnionState_RanksByScoreWithTies()
        {
            CentralityResult degree = Degree.Compute(CuratedGraphs.UnionState, DegreeKind.Total, new CentralityOptions { Normalized = false });
            var top = degree.Top(3);
            top.Should().HaveCount(3);
            top[0].Rank.Should().Be(1);
            top[0].Score.Should().BeGreaterOrEqualTo(top[1].Score);
            degree[top[0].Entity].Should().Be(top[0].Score);
            degree.ToHtml().Should().Contain("<table").And.Contain(top[0].Entity.Name);
        }

        [Test]
        public void Compute_AsOfView_CountsOnlyRelationsThatHold()
        {
            Graph graph = CuratedGraphs.UnionState;
            Graph old = graph.AsOf(PartialDate.Parse("1995"));
            double all = Degree.Compute(graph, DegreeKind.Total, new CentralityOptions { Normalized = false })["belarus"];
            double then = Degree.Compute(old, DegreeKind.Total, new CentralityOptions { Normalized = false })["belarus"];
            then.Should().BeLessThan(all);
        }

        [Test]
        public void Compute_EmptyGraph_IsEmpty()
        {
            Graph empty = new GraphBuilder().Build();
            Betweenness.Compute(empty).Count.Should().Be(0);
            Closeness.Compute(empty).Count.Should().Be(0);
            Eigenvector.Compute(empty).Count.Should().Be(0);
            Degree.Compute(empty).Count.Should().Be(0);
        }

        [Test]
        public void Indexer_UnknownEntity_Throws()
        {
            Action act = () => _ = Degree.Compute(CuratedGraphs.UnionState)["no-such-entity"];
            act.Should().Throw<EntityNotFoundException>();
        }
    }
}

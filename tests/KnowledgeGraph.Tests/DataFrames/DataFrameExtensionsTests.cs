using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Communities;
using KnowledgeGraph.DataFrames;
using KnowledgeGraph.Markup;
using Microsoft.Data.Analysis;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.DataFrames
{
    /// <summary>Results become typed DataFrames that sort and join like the tables they come from.</summary>
    public class DataFrameExtensionsTests
    {
        [Test]
        public void Ranking_ToDataFrame_TypedColumnsInOrder()
        {
            Graph g = CuratedGraphs.UnionState;
            CentralityResult pr = PageRank.Rank(g);
            DataFrame df = pr.Top(5).ToDataFrame();
            df.Rows.Count.Should().Be(5);
            df.Columns.Select(c => c.Name).Should().Equal("rank", "entity_id", "name", "kind", pr.Measure);
            df.Columns["rank"].Should().BeOfType<Int32DataFrameColumn>();
            df.Columns[pr.Measure].Should().BeOfType<DoubleDataFrameColumn>();
            df.Columns["entity_id"][0].Should().Be(pr.Top(1)[0].Entity.Id);
            ((double?)df.Columns[pr.Measure][0]).Should().Be(pr.Top(1)[0].Score);
        }

        [Test]
        public void Join_RankingAndCommunities_OnEntityId()
        {
            Graph g = CuratedGraphs.UnionState;
            DataFrame ranks = Degree.Compute(g).ToDataFrame();
            DataFrame communities = Louvain.Compute(g).ToDataFrame();
            DataFrame joined = ranks.Merge<string>(communities, "entity_id", "entity_id");
            joined.Rows.Count.Should().Be(g.VertexCount, "every entity has a rank and a community");
            joined.Columns.Select(c => c.Name).Should().Contain(n => n.StartsWith("community"));
        }

        [Test]
        public void MissingValues_AreNullCells()
        {
            var t = new ResultTable("t", new[] { new TableColumn("date", typeof(string)), new TableColumn("share", typeof(double)), new TableColumn("ok", typeof(bool)), new TableColumn("n", typeof(long)) },
                new[] { new object?[] { null, null, true, 3L }, new object?[] { "2022-12", 0.6, null, null } });
            DataFrame df = t.ToDataFrame();
            df.Columns["date"][0].Should().BeNull("an unknown date stays unknown");
            df.Columns["date"][1].Should().Be("2022-12");
            df.Columns["share"].NullCount.Should().Be(1);
            df.Columns["ok"].Should().BeOfType<BooleanDataFrameColumn>();
            df.Columns["n"].Should().BeOfType<Int64DataFrameColumn>();
        }
    }
}

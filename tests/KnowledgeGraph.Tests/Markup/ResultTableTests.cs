using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Communities;
using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Markup;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Markup
{
    /// <summary>Every result type converts to a plain table (typed columns, rows) that shows as HTML and writes as CSV.</summary>
    public class ResultTableTests
    {
        private static Graph G => CuratedGraphs.UnionState;

        [Test]
        public void Top_IsARankingThatShowsAsATable()
        {
            CentralityResult pr = PageRank.Rank(G);
            Ranking top = pr.Top(5);
            top.Should().HaveCount(5);
            top.Select(s => s.Rank).Should().Equal(1, 2, 3, 4, 5);
            ResultTable t = top.ToTable();
            t.Columns.Select(c => c.Name).Should().Equal("rank", "entity_id", "name", "kind", pr.Measure);
            t.Column("entity_id").Should().Equal(top.Select(s => (object?)s.Entity.Id));
            t.Column(pr.Measure).Should().Equal(top.Select(s => (object?)s.Score));
            top.ToHtml().Should().Contain("<table").And.Contain("top 5 of " + G.VertexCount).And.Contain(HtmlEscaped(top[0].Entity.Name));
            pr.ToTable().RowCount.Should().Be(G.VertexCount);
        }

        [Test]
        public void Communities_OneRowPerEntity_WithNames()
        {
            CommunityResult c = Louvain.Compute(G);
            ResultTable t = c.ToTable();
            t.RowCount.Should().Be(G.VertexCount);
            t.Column("entity_id").Cast<string>().Should().OnlyHaveUniqueItems().And.BeEquivalentTo(G.Entities.Select(e => e.Id));
            int first = c.CommunityOf(G.GetEntity("russia")) + 1;
            t.Rows.Single(r => (string?)r[t.IndexOf("entity_id")] == "russia")[t.IndexOf("community")].Should().Be(first);
            t.Column("name").Should().Contain("Russia");
            t.Column("size").Cast<int>().Should().OnlyContain(n => n >= 1);
        }

        [Test]
        public void Exposure_Timeline_Diff_Search_Paths_ConvertToTables()
        {
            ResultTable exposure = SanctionsExposure.Compute(G, new ExposureRule { IgnoreTime = true }).ToTable();
            exposure.Rows.Single(r => (string?)r[0] == "integral")[exposure.IndexOf("link_steps")].Should().Be(1);
            exposure.Rows.Single(r => (string?)r[0] == "russia")[exposure.IndexOf("exposure")].Should().Be("targeted");

            ResultTable timeline = G.Timeline(G.GetEntity("belarus")).ToTable();
            timeline.RowCount.Should().Be(G.Timeline(G.GetEntity("belarus")).Entries.Count + G.Timeline(G.GetEntity("belarus")).Undated.Count);
            timeline.Rows.Where(r => (string?)r[timeline.IndexOf("event")] == "undated").Should().OnlyContain(r => r[timeline.IndexOf("date")] == null, "an unknown date stays unknown");

            var diff = G.Diff(PartialDate.Parse("2021"), PartialDate.Parse("2023"));
            ResultTable d = diff.ToTable();
            d.RowCount.Should().Be(diff.Appeared.Count + diff.Ended.Count + diff.Unknown.Count, "the unknowns are listed apart, never as changes");
            d.Column("change").Where(x => (string?)x == "appeared").Should().HaveCount(diff.Appeared.Count);
            d.Column("change").Should().OnlyContain(x => new[] { "appeared", "ended", "became known", "no longer known", "may have ended", "may have appeared", "unknown at both" }.Contains((string?)x));

            ResultTable s = G.Search("Lukashenko").ToTable();
            s.Rows[0][s.IndexOf("entity_id")].Should().Be("lukashenka");
            s.Rows[0][s.IndexOf("score")].Should().BeOfType<double>();

            ResultTable p = G.Paths("putin", "integral").Shortest().ToTable();
            p.Column("from_id").Should().Equal("putin", "president-of-russia", "russia");
            p.Column("direction").Should().Equal("forward", "forward", "backward");
            p.Column("type").Should().Equal("HOLDS_POSITION", "POSITION_OF", "SUPPLIES");
            p.Column("path_cost").Should().Equal(new object?[] { 3.0, 3.0, 3.0 }, "an unweighted path costs its number of steps, on every row of the path");
        }

        [Test]
        public void ToCsv_QuotesAndInvariantNumbers()
        {
            var t = new ResultTable("t", new[] { new TableColumn("name", typeof(string)), new TableColumn("score", typeof(double)), new TableColumn("n", typeof(int)) },
                new[] { new object?[] { "a, \"b\"", 0.5, 1 }, new object?[] { null, null, null } });
            t.ToCsv().Should().Be("name,score,n\r\n\"a, \"\"b\"\"\",0.5,1\r\n,,\r\n");
            t.ToString().Should().Be("t: 2 rows × 3 columns (name, score, n)");
        }

        [Test]
        public void Constructor_WrongTypeOrWidth_Throws()
        {
            var cols = new[] { new TableColumn("n", typeof(int)) };
            Action wrongType = () => new ResultTable("t", cols, new[] { new object?[] { "x" } });
            wrongType.Should().Throw<ArgumentException>().WithMessage("*column 'n'*");
            Action wrongWidth = () => new ResultTable("t", cols, new[] { new object?[] { 1, 2 } });
            wrongWidth.Should().Throw<ArgumentException>().WithMessage("Row 1 has 2 values for 1 columns*");
            Action wrongColumn = () => new TableColumn("d", typeof(DateTime));
            wrongColumn.Should().Throw<ArgumentException>();
        }

        private static string HtmlEscaped(string s) => System.Net.WebUtility.HtmlEncode(s);
    }
}

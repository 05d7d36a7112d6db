using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Cli;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    /// <summary>kg rank: actors by default (the vocabulary's actor kinds), --kind/--type filters, --as-of with the undated policy, --undirected for every measure.</summary>
    public class RankCommandTests
    {
        private static (int Code, string Out, string Err) Kg(params string[] args) => KgCommandTests.Kg(args);

        /// <summary>The ids listed by kg rank, in order.</summary>
        private static string[] Ids(string output) => Regex.Matches(output, @"^\s+\d+\. .*\(([^()]+)\)\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

        [TestCase("pagerank")]
        [TestCase("betweenness")]
        [TestCase("degree")]
        public void Default_RanksActorsOnly_NotConcepts(string measure)
        {
            Graph g = CuratedGraphs.UnionState;
            var (code, output, err) = Kg("rank", "--by", measure, "--top", "20");
            code.Should().Be(ExitCodes.Success, err);
            string[] ids = Ids(output);
            ids.Should().NotBeEmpty().And.NotContain("mass-privatization");
            ids.Select(id => g.GetEntity(id)).Should().OnlyContain(e => e.Kind.IsActor, "people, states, organizations and companies are the actors");
            output.Should().Contain(" actors, scored among all " + g.VertexCount + " entities");

            string[] all = Ids(Kg("rank", "--by", measure, "--top", "20", "--all-kinds").Out);
            all.Select(id => g.GetEntity(id)).Should().Contain(e => !e.Kind.IsActor, "--all-kinds ranks sectors, documents and events too");
        }

        [Test]
        public void Kind_RanksThoseKindsAmongThemselves_WithScoresOfTheWholeGraph()
        {
            Graph g = CuratedGraphs.UnionState;
            var (code, output, _) = Kg("rank", "--kind", "Sector,Document", "--top", "50");
            code.Should().Be(ExitCodes.Success);
            string[] ids = Ids(output);
            ids.Select(id => g.GetEntity(id)).Should().OnlyContain(e => e.Kind.IsA("Sector") || e.Kind.IsA("Document"));
            ids.Should().HaveCount(g.Entities.Count(e => e.Kind.IsA("Sector") || e.Kind.IsA("Document")));
            output.Should().Contain("   1. ");

            CentralityResult pr = PageRank.Rank(g);
            ids.Should().Equal(pr.Ranking.Where(s => s.Entity.Kind.IsA("Sector") || s.Entity.Kind.IsA("Document")).Select(s => s.Entity.Id));

            var (bad, _, err) = Kg("rank", "--kind", "Sektor");
            bad.Should().Be(ExitCodes.InputError);
            err.Should().Contain("Did you mean 'Sector'");
            Kg("rank", "--kind", "Sector", "--all-kinds").Code.Should().Be(ExitCodes.InputError);
        }

        [Test]
        public void Type_CountsOnlyThoseRelations()
        {
            var (code, output, _) = Kg("rank", "--by", "degree", "--type", "SUPPLIES", "--all-kinds", "--top", "3");
            code.Should().Be(ExitCodes.Success);
            Graph g = CuratedGraphs.UnionState;
            CentralityResult expected = Degree.Compute(g.Where(r => r.Type.Name == "SUPPLIES"), DegreeKind.Total, new CentralityOptions { Normalized = false });
            Ids(output).Should().Equal(expected.Top(3).Select(s => s.Entity.Id));
            output.Should().Contain("relations SUPPLIES");
            Kg("rank", "--type", "SUPLIES").Code.Should().Be(ExitCodes.InputError);
        }

        [Test]
        public void AsOf_CountsWhatHolds_AndSaysWhatMayHold()
        {
            Graph g = CuratedGraphs.UnionState;
            PartialDate date = PartialDate.Parse("2023-05-04");
            int mayHold = g.Relations.Count(r => r.Validity.StatusAsOf(date) == TimeStatus.MayHold);
            var (code, output, _) = Kg("rank", "--by", "degree", "--as-of", "2023-05-04", "--all-kinds", "--top", "5");
            code.Should().Be(ExitCodes.Success);
            if (mayHold > 0)
            {
                output.Should().Contain($"not counted: {mayHold} relation").And.Contain("--undated include counts them");
                Kg("rank", "--as-of", "2023-05-04", "--undated", "include").Out.Should().Contain($"counted: {mayHold} relation");
            }

            CentralityResult expected = Degree.Compute(g.Where(r => r.Validity.StatusAsOf(date) == TimeStatus.Holds), DegreeKind.Total, new CentralityOptions { Normalized = false });
            Ids(output).Should().Equal(expected.Top(5).Select(s => s.Entity.Id));
        }

        [Test]
        public void Undirected_ChangesPageRank_AsTheLibraryComputesIt()
        {
            Graph g = CuratedGraphs.UnionState;
            string directed = Kg("rank", "--by", "pagerank", "--all-kinds", "--top", "10").Out;
            string undirected = Kg("rank", "--by", "pagerank", "--all-kinds", "--top", "10", "--undirected").Out;
            undirected.Should().NotBe(directed.Replace(":", ", as undirected:"));
            Ids(undirected).Should().Equal(PageRank.Rank(g, new PageRankOptions { AsUndirected = true }).Top(10).Select(s => s.Entity.Id));
        }

        [Test]
        public void Default_CuratedGraph_TopActors_WhileEveryEntityPutsAConceptFourth()
        {
            Ids(Kg("rank", "--top", "5").Out).Should().Equal("union-state", "belarus", "russia", "supranational-taxing-authority", "russian-government");
            Ids(Kg("rank", "--top", "5", "--all-kinds").Out).Should().Equal("union-state", "belarus", "russia", "mass-privatization", "integration-roadmap-talks");
            Ids(Kg("rank", "--by", "betweenness", "--top", "3").Out).Should().Equal("belarus", "russia", "belarusian-government");
        }
    }
}

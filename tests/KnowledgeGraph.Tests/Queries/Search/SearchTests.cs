using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Search;
using KnowledgeGraph.Text;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries.Search
{
    public class SearchTests
    {
        private static readonly Graph G = CuratedGraphs.UnionState;

        [TestCase("Лукашенко")]
        [TestCase("Lukashenko")]
        [TestCase("LUKASHENKA")]
        [TestCase("Лукашэнка")]
        [TestCase("lukashenka")]
        public void Search_AcrossScriptsAndCase_FindsLukashenkaFirst(string text)
        {
            SearchResults r = G.Search(text);
            r[0].Entity.Id.Should().Be("lukashenka");
            r[0].Score.Should().Be(1.0);
        }

        [TestCase("Lukashenkp")]
        [TestCase("Lukahsenko")]
        [TestCase("Alexandr Lukashenka")]
        [TestCase("Aliaksandr Lukashenko")]
        public void Search_Typos_RankLukashenkaFirst(string text)
        {
            SearchResults r = G.Search(text);
            r[0].Entity.Id.Should().Be("lukashenka");
            r[0].MatchKind.Should().Be(SearchMatchKind.Fuzzy);
            r[0].Score.Should().BeLessThan(1.0).And.BeGreaterThan(0.6);
        }

        [Test]
        public void Search_PolishSpelling_FoldsLStrokeAndSz_AndFindsLukashenkaFirst()
        {
            // ł has no Unicode decomposition: without its fold "Łukaszenka" kept the ł and matched only by edit distance.
            NameNormalizer.Normalize("Łukaszenka").Should().Be("lukaszenka");
            NameNormalizer.Normalize("ŁUKAŠENKA Łódź").Should().Be("lukasenka lodz");
            NameNormalizer.Normalize("Øresund Straße Æsir").Should().Be("oresund strasse aesir");
            NameSimilarity.Skeleton("lukaszenka").Should().Be(NameSimilarity.Skeleton("lukashenka")).And.Be("lkshnk");
            NameSimilarity.Skeleton("czech").Should().Be(NameSimilarity.Skeleton("chech"));
            SearchResults r = G.Search("Łukaszenka");
            r[0].Entity.Id.Should().Be("lukashenka");
            r[0].Score.Should().BeGreaterThan(0.85, "the skeletons are equal once ł is l and sz is sh");

            var (code, output, err) = KnowledgeGraph.Tests.Cli.KgCommandTests.Kg("search", "Łukaszenka");
            code.Should().Be(0, err);
            output.Split('\n')[1].Should().Contain("Alyaksandr Lukashenka (lukashenka)");
        }

        [TestCase("Aisa", "asia")]
        public void Search_FourLetterWordWithItsMiddleLettersSwapped_IsStillACandidate(string text, string id)
        {
            // "aisa" shares no padded trigram with "asia"; the trigram index must not lose it.
            G.Search(text).Select(h => h.Entity.Id).Should().Contain(id);
        }

        [Test]
        public void NameSimilarity_TransliterationVariants_Match()
        {
            NameSimilarity.Score("Lukashenko", "Lukashenka").Should().BeGreaterThan(0.85);
            NameSimilarity.Score("Alexander Lukashenko", "Alyaksandr Lukashenka").Should().BeGreaterThan(0.8);
            NameSimilarity.Score("Лукашенко", "Lukashenko").Should().Be(1.0);
            NameSimilarity.Score("Putin", "Lukashenka").Should().BeLessThan(0.5);
            NameSimilarity.DamerauLevenshtein("lukahsenko", "lukashenko").Should().Be(1, "a swap of two letters costs one");
            NameSimilarity.Skeleton("alexander").Should().Be(NameSimilarity.Skeleton("alyaksandr"));
        }

        [Test]
        public void Search_ByKindAndLimit()
        {
            G.Search("lukashenko", kind: "State").Select(h => h.Entity.Id).Should().NotContain("lukashenka");
            SearchResults limited = G.Search("union", limit: 2);
            limited.Should().HaveCount(2);
            limited.Truncated.Should().BeTrue();
            limited.Explain().Should().Contain("more entities matched");
        }

        [Test]
        public void Search_ByIdAndExternalId()
        {
            G.Search("Q184")[0].Entity.Id.Should().Be("belarus");
            G.Search("wikidata:Q159")[0].Should().Match<SearchHit>(h => h.Entity.Id == "russia" && h.MatchKind == SearchMatchKind.ExternalId);
            G.Search("iso3166:BY")[0].Entity.Id.Should().Be("belarus");
            G.Search("integral")[0].MatchKind.Should().Be(SearchMatchKind.Id);
        }

        [Test]
        public void FindByKindAndProperty()
        {
            G.FindByKind("Event").Select(e => e.Id).Should().Contain("putin-lukashenka-summit-2022").And.Contain("putin-statement-2022-05");
            G.FindByKind("person").Select(e => e.Id).Should().BeEquivalentTo("lukashenka", "putin", "alesin");
            G.FindByProperty("reportedOn", "2022-12-21").Select(e => e.Id).Should().Equal("putin-lukashenka-summit-2022");
            G.FindByProperty("dissolved").Select(e => e.Id).Should().Equal("soviet-union");
        }

        [Test]
        public void SearchResults_Html_IsEscaped()
        {
            string html = G.Search("Putin’s statement").ToHtml();
            html.Should().StartWith("<div class=\"kg-search\">").And.Contain("<table>").And.Contain("&#39;", "quotes are escaped");
        }

        [Test]
        public void Search_TrigramCandidates_LoseNothingAgainstAFullScan()
        {
            var rnd = new System.Random(7);
            int compared = 0;
            foreach (Entity e in G.Entities)
            {
                foreach (string name in e.AllNames)
                {
                    char[] c = name.ToCharArray();
                    if (c.Length > 3)
                    {
                        int i = rnd.Next(c.Length - 1);
                        (c[i], c[i + 1]) = (c[i + 1], c[i]); // a typo: two letters swapped
                    }

                    string query = new string(c);
                    string folded = NameNormalizer.Normalize(query);
                    var expected = G.Entities
                        .Where(x => x.Id.Equals(query.Trim(), System.StringComparison.OrdinalIgnoreCase)
                            || x.AllNames.Any(n => NameSimilarity.ScoreFolded(folded, NameNormalizer.Normalize(n)) >= 0.7))
                        .Select(x => x.Id).OrderBy(x => x).ToList();
                    G.Search(query, limit: 1000).Select(h => h.Entity.Id).OrderBy(x => x).Should().Equal(expected, $"search for '{query}'");
                    compared++;
                }
            }

            compared.Should().BeGreaterThan(100);
        }
    }
}

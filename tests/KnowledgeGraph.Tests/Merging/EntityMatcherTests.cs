using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Merging;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Merging
{
    public class EntityMatcherTests
    {
        private static MatchResult Match() => EntityMatcher.Match(new NamedGraph("curated", MergingGraphs.Curated()), new NamedGraph("wiki", MergingGraphs.Wiki()));

        [Test]
        public void Match_SharedWikidataId_IsTheTopCandidate_WithItsReason()
        {
            MatchCandidate putin = Match().Candidates.Single(c => c.LeftRef == "curated:putin" && c.RightRef == "wiki:q7747");

            putin.Score.Should().Be(1.0);
            putin.Reasons.Select(r => r.Kind).Should().Contain(new[] { MatchReasonKind.SharedId, MatchReasonKind.SameName, MatchReasonKind.AgreeingDate });
            putin.Reasons[0].Text.Should().Be("shared wikidata id Q7747");
        }

        [Test]
        public void Match_NamesAcrossScriptsAndTransliterations_WithoutIds()
        {
            // Александр Лукашенко folds to aleksandr lukashenko, the curated alias; no id is shared.
            var luka = Match().Candidates.Where(c => c.LeftRef == "curated:lukashenka").ToList();

            luka.Select(c => c.RightRef).Should().Equal("wiki:q2", "wiki:q3");
            luka[0].Reasons.Select(r => r.Kind).Should().Equal(MatchReasonKind.SameName);
            luka[0].Reasons[0].Text.Should().Be("same name 'Aleksandr Lukashenko' = 'Александр Лукашенко'");
            luka[0].Score.Should().Be(0.8);

            // Alexander / Alyaksandr and Lukashenko / Lukashenka: other transliteration schemes, bridged by the fuzzy similarity.
            luka[1].Reasons.Select(r => r.Kind).Should().Equal(MatchReasonKind.SimilarName);
            luka[1].Score.Should().BeInRange(0.6, 0.8);
        }

        [Test]
        public void Match_ConflictingBirthDate_LowersTheScoreBelowTheCut()
        {
            // A namesake (Putin's grandfather) has the same name but another birth date and another Q-id: 0.8 - 0.5 - 0.35, clamped.
            var scored = EntityMatcher.ScorePair(MergingGraphs.Curated().GetEntity("putin"), MergingGraphs.Wiki().GetEntity("q19300851"));

            scored.Should().NotBeNull();
            scored!.Value.Score.Should().Be(0);
            scored.Value.Reasons.Select(r => r.Text).Should().Equal("same name 'Vladimir Putin'", "different wikidata ids: Q7747 / Q19300851", "birth dates differ: 1952-10-07 / 1911-02-23");
            Graph noId = new GraphBuilder().AddEntity("p", "Person", "Vladimir Putin", properties: PropertyMap.Of("birthDate", "1952")).Build();
            EntityMatcher.ScorePair(noId.GetEntity("p"), MergingGraphs.Wiki().GetEntity("q19300851"))!.Value.Score.Should().BeApproximately(0.45, 1e-9);
            Match().Candidates.Should().NotContain(c => c.RightRef == "wiki:q19300851");
        }

        [Test]
        public void Match_IncompatibleKinds_NeverMatch()
        {
            // The curated company Integral and a Person named Integral.
            EntityMatcher.ScorePair(MergingGraphs.Curated().GetEntity("integral"), MergingGraphs.Wiki().GetEntity("q-integral")).Should().BeNull();
            Match().Candidates.Should().NotContain(c => c.LeftRef == "curated:integral");
        }

        [Test]
        public void Match_ConflictingCountryAndId_AreReasonsAgainst()
        {
            Graph a = new GraphBuilder().AddEntity("x", "Company", "Acme", properties: PropertyMap.From(new[] { Kv("country", "by"), Kv("registrationNumber", "100") })).Build();
            Graph b = new GraphBuilder().AddEntity("y", "Company", "ACME", properties: PropertyMap.From(new[] { Kv("country", "ru"), Kv("registrationNumber", "200") })).Build();

            var s = EntityMatcher.ScorePair(a.GetEntity("x"), b.GetEntity("y"))!.Value;

            s.Reasons.Select(r => r.Kind).Should().Equal(MatchReasonKind.SameName, MatchReasonKind.ConflictingId, MatchReasonKind.ConflictingCountry);
            s.Score.Should().BeApproximately(0.3, 1e-9);
        }

        [Test]
        public void Match_NamesThatNameDifferentPlaces_CountAgainst()
        {
            Graph a = new GraphBuilder().AddEntity("belarus", "State", "Belarus", new[] { "Беларусь" }).AddEntity("russia", "State", "Russia")
                .AddEntity("pres-by", "Position", "President of Belarus").AddEntity("pres-ru", "Position", "President of Russia").AddEntity("emb", "Organization", "Embassy of Belarus").Build();
            Graph b = new GraphBuilder().AddEntity("ru", "State", "Russia").AddEntity("p", "Position", "President of Russia").AddEntity("e", "Organization", "Embassy of Bielarus").AddEntity("pm", "Position", "Prime Minister of Belarus").Build();

            MatchResult r = EntityMatcher.Match(new NamedGraph("a", a), new NamedGraph("b", b));
            r.Candidates.Should().NotContain(c => c.LeftRef == "a:pres-by" && c.RightRef == "b:p", "Belarus and Russia are different places");
            r.Candidates.Should().Contain(c => c.LeftRef == "a:pres-ru" && c.RightRef == "b:p" && c.Score == 0.8, "the same name is not touched");
            r.Candidates.Should().Contain(c => c.LeftRef == "a:emb" && c.RightRef == "b:e", "Bielarus is a spelling of Belarus, not a place word of either graph");

            // Scored anyway, the pair says why it is below the cut: 'President of Belarus' ~ 'President of Russia' was 0.62.
            var all = EntityMatcher.MatchAllPairs(new NamedGraph("a", a), new NamedGraph("b", b), MatchOptions.Default with { MinScore = 0 });
            MatchCandidate wrong = all.Candidates.Single(c => c.LeftRef == "a:pres-by" && c.RightRef == "b:p");
            wrong.Reasons.Select(x => x.Kind).Should().Equal(MatchReasonKind.SimilarName, MatchReasonKind.ConflictingNameWord);
            wrong.Reasons[1].Text.Should().Be("the names name different places: 'belarus' / 'russia'");
            wrong.Score.Should().BeLessThan(0.4);
            all.Candidates.Should().NotContain(c => c.LeftRef == "a:pres-by" && c.RightRef == "b:pm" && c.Score >= 0.6);
        }

        [Test]
        public void Match_RegistrationNumberAcrossProperties_IsASharedId()
        {
            // An INN given as innCode by one source and as taxNumber by another is one identifier.
            Graph a = new GraphBuilder().AddEntity("x", "Company", "Zala Aero", properties: PropertyMap.Of("innCode", "9715478507")).Build();
            Graph b = new GraphBuilder().AddEntity("y", "Company", "ZALA AERO JSC", properties: PropertyMap.Of("taxNumber", "9715 478507")).Build();

            MatchResult r = EntityMatcher.Match(new NamedGraph("a", a), new NamedGraph("b", b));

            r.Candidates.Should().ContainSingle();
            r.Candidates[0].Reasons[0].Text.Should().Be("shared innCode 9715478507");
            r.Candidates[0].Score.Should().BeGreaterThanOrEqualTo(0.95);
        }

        [Test]
        public void Match_KindTree_SubKindIsCompatible_OtherBranchIsNot()
        {
            Graph a = new GraphBuilder().AddEntity("x", "GovernmentBody", "Ministry of Finance").AddEntity("z", "Company", "Ministry of Finance").Build();
            Graph b = new GraphBuilder().AddEntity("y", "Organization", "Ministry of Finance").Build();

            MatchCandidate c = EntityMatcher.Match(new NamedGraph("a", a), new NamedGraph("b", b)).Candidates.Should().ContainSingle().Subject;

            c.LeftRef.Should().Be("a:x");
            c.Reasons.Select(r => r.Text).Should().Equal("same name 'Ministry of Finance'", "kinds GovernmentBody / Organization (one is a kind of the other)");
            c.Score.Should().BeApproximately(0.75, 1e-9);
        }

        [Test]
        public void Match_SameGraph_FindsDuplicatesOnce()
        {
            Graph g = new GraphBuilder()
                .AddEntity("a", "Person", "Nikita Zakharov")
                .AddEntity("b", "Person", "Захаров Никита")
                .AddEntity("c", "Person", "Someone Else")
                .Build();

            MatchResult r = g.Match(g);

            r.Candidates.Should().ContainSingle();
            (r.Candidates[0].LeftRef, r.Candidates[0].RightRef).Should().Be(("left:a", "left:b"));
            r.Candidates[0].Reasons[0].Text.Should().Be("same name 'Nikita Zakharov' = 'Захаров Никита'");
        }

        [Test]
        public void Blocking_GivesTheSameCandidatesAsTheAllPairsScan()
        {
            Graph a = Synthetic(200, 1), b = Synthetic(200, 2);
            var left = new NamedGraph("a", a);
            var right = new NamedGraph("b", b);

            MatchResult blocked = EntityMatcher.Match(left, right);
            MatchResult all = EntityMatcher.MatchAllPairs(left, right);

            all.PairsScored.Should().Be(200L * 200);
            blocked.PairsScored.Should().BeLessThan(all.PairsScored / 3);
            all.Candidates.Count.Should().BeGreaterThan(20);
            blocked.Candidates.Select(Key).Should().Equal(all.Candidates.Select(Key));
        }

        [Test]
        public void Match_IsDeterministic_AndCarriesDecisions()
        {
            var decisions = DecisionSet.Empty.With(new MatchDecision("wiki:q7747", "curated:putin", Judgement.Same, "ana", new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.Zero)));
            MatchResult r1 = EntityMatcher.Match(new NamedGraph("curated", MergingGraphs.Curated()), new NamedGraph("wiki", MergingGraphs.Wiki()), MatchOptions.Default with { Decisions = decisions });
            MatchResult r2 = Match();

            r1.Candidates.Select(Key).Should().Equal(r2.Candidates.Select(Key));
            r1.Candidates.Single(c => c.LeftRef == "curated:putin").Decision!.Judgement.Should().Be(Judgement.Same);
            r1.Open.Should().HaveCount(r1.Candidates.Count - 1);
        }

        [Test]
        public void Options_OutOfRange_AreRefused()
        {
            var g = new NamedGraph("g", MergingGraphs.Curated());
            FluentActions.Invoking(() => EntityMatcher.Match(g, g, MatchOptions.Default with { MinScore = 2 })).Should().Throw<ArgumentOutOfRangeException>();
            FluentActions.Invoking(() => new NamedGraph("::", MergingGraphs.Curated())).Should().Throw<ArgumentException>();
        }

        internal static string Key(MatchCandidate c) => c.LeftRef + "~" + c.RightRef + "@" + c.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

        private static System.Collections.Generic.KeyValuePair<string, object> Kv(string k, object v) => new System.Collections.Generic.KeyValuePair<string, object>(k, v);

        /// <summary>People named from a small stock of first names and surnames, some written in Cyrillic, some with a typo; seeded.</summary>
        internal static Graph Synthetic(int count, int seed)
        {
            string[] first = { "Ivan", "Olga", "Pavel", "Nina", "Oleg", "Irina", "Sergei", "Anna" };
            string[] last = { "Petrov", "Smirnov", "Volkov", "Kuznetsov", "Sokolov", "Popov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Orlov", "Zaitsev", "Belov", "Gusev", "Titov" };
            var rnd = new Random(seed);
            var builder = new GraphBuilder();
            for (int i = 0; i < count; i++)
            {
                string name = first[rnd.Next(first.Length)] + " " + last[rnd.Next(last.Length)] + (rnd.Next(3) == 0 ? "a" : string.Empty);
                string year = (1950 + rnd.Next(40)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                builder.AddEntity("p" + i, "Person", name, properties: PropertyMap.Of("birthDate", year));
            }

            return builder.Build();
        }
    }
}

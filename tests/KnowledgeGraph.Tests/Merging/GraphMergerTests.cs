using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Merging;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Merging
{
    public class GraphMergerTests
    {
        private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);

        private static MergeResult MergeCuratedAndWiki(MergeOptions? options = null) =>
            GraphMerger.Merge(new[] { new NamedGraph("curated", MergingGraphs.Curated()), new NamedGraph("wiki", MergingGraphs.Wiki()) }, options);

        [Test]
        public void Merge_SharedQids_MakeOneEntity_WithEveryNameAndId()
        {
            MergeResult r = MergeCuratedAndWiki();
            Graph g = r.Graph;

            Entity putin = g.GetEntity("putin");
            putin.Name.Should().Be("Vladimir Putin");
            putin.Aliases.Should().Equal("Путин", "Vladimir Vladimirovich Putin");
            putin.ExternalIds.Select(x => x + "/" + x.SourceId).Should().Equal("wikidata:Q7747/", "wikidata:Q7747/wikidata");
            putin.Properties.GetString("birthDate").Should().Be("1952-10-07", "both say so");
            putin.Properties["mergedFrom"].Should().BeEquivalentTo(new[] { "curated:putin", "wiki:q7747" }, o => o.WithStrictOrdering());
            g.Entities.Should().NotContain(e => e.Id == "q7747" || e.Id == "q159");
            g.GetEntity("russia").Aliases.Should().Equal("Russian Federation");
            g.FindByExternalId("wikidata", "Q19300851").Should().ContainSingle("a namesake with another Q-id stays apart");
            r.Report.Merged.Select(m => m.Key).Should().Equal("putin", "russia");
            r.Report.AutomaticMerges.Should().Be(2);
            (r.Report.EntitiesIn, r.Report.EntitiesOut).Should().Be((12, 10));
        }

        [Test]
        public void Merge_SameFactFromTwoDatasets_IsOneRelationWithBothCitations()
        {
            Graph g = MergeCuratedAndWiki().Graph;

            Relation leads = g.Relations.Single(x => x.Type.Name == "LEADS" && x.Source.Id == "putin");
            leads.Id.Should().Be("putin-leads-russia");
            leads.Citations.Select(c => c.SourceId).Should().Equal("edm", "wikidata");
            g.DatasetsOf(leads).Select(d => d.Id).Should().Equal("curated", "wikidata");
            g.Relations.Single(x => x.Type.Name == "CITIZEN_OF").Source.Id.Should().Be("putin");
            g.Relations.Should().OnlyContain(x => g.DatasetsOf(x).Count > 0, "every fact says which dataset it came from");
            g.Datasets.Select(d => d.ToString()).Should().Equal("curated", "wikidata (2024-05-27, CC0-1.0)");
        }

        [Test]
        public void Merge_ConflictingValues_AreKeptSideBySide_WithTheirInputs()
        {
            Graph a = new GraphBuilder().AddEntity("p", "Person", "Ivan Petrov", description: "A.", properties: PropertyMap.From(new[] { Kv("birthDate", "1970"), Kv("gender", "male") }), externalIds: new[] { new ExternalId("wikidata", "Q1") }).Build();
            Graph b = new GraphBuilder().AddEntity("q1", "Person", "Иван Петров", description: "B.", properties: PropertyMap.From(new[] { Kv("birthDate", "1971-02-03"), Kv("gender", "male") }), externalIds: new[] { new ExternalId("wikidata", "Q1") }).Build();
            var decisions = DecisionSet.Empty.With(new MatchDecision("a:p", "b:q1", Judgement.Same, "ana", At));

            MergeResult r = GraphMerger.Merge(new[] { new NamedGraph("a", a), new NamedGraph("b", b) }, new MergeOptions { Decisions = decisions });
            Entity p = r.Graph.GetEntity("p");

            p.Properties.ContainsKey("birthDate").Should().BeFalse("no source's value is taken for the agreed one");
            p.Properties.GetString("birthDate@a").Should().Be("1970");
            p.Properties.GetString("birthDate@b").Should().Be("1971-02-03");
            p.Properties.GetString("gender").Should().Be("male");
            p.Description.Should().Be("A.");
            p.Properties.GetString("description@b").Should().Be("B.");
            r.Report.Conflicts.Select(c => c.ToString()).Should().Equal("p.birthDate: 1970 (birthDate@a) / 1971-02-03 (birthDate@b)", "p.description: A. (description) / B. (description@b)");
            r.Report.AutomaticMerges.Should().Be(0, "the decision joined them first");
            r.Report.DecisionsApplied.Should().Be(1);
        }

        [Test]
        public void Merge_NegativeJudgement_HoldsThroughAChainOfPositiveOnes()
        {
            Graph a = new GraphBuilder().AddEntity("x", "Person", "Anna Orlova").Build();
            Graph b = new GraphBuilder().AddEntity("y", "Person", "Anna Orlova").Build();
            Graph c = new GraphBuilder().AddEntity("z", "Person", "Anna Orlova").Build();
            MatchDecision[] decisions =
            {
                new MatchDecision("a:x", "b:y", Judgement.Same, "ana", At),
                new MatchDecision("b:y", "c:z", Judgement.Same, "bo", At),
                new MatchDecision("a:x", "c:z", Judgement.Different, "cy", At),
            };

            foreach (MatchDecision[] order in new[] { decisions, decisions.Reverse().ToArray() })
            {
                foreach (string[] names in new[] { new[] { "a", "b", "c" }, new[] { "c", "b", "a" } })
                {
                    var graphs = new Dictionary<string, Graph> { ["a"] = a, ["b"] = b, ["c"] = c };
                    MergeResult r = GraphMerger.Merge(names.Select(n => new NamedGraph(n, graphs[n])).ToList(), new MergeOptions { Decisions = DecisionSet.Of(order) });

                    r.Graph.VertexCount.Should().Be(2);
                    r.Report.Merged.Should().ContainSingle().Which.Value.Should().BeEquivalentTo(new[] { "a:x", "b:y" });
                    r.Report.Refused.Should().ContainSingle().Which.Should().Be("b:y = c:z (same by bo): it would join a:x and c:z, judged different");
                }
            }
        }

        [Test]
        public void Merge_IsDeterministic_AndIndependentOfDecisionOrder()
        {
            var d1 = new MatchDecision("curated:lukashenka", "wiki:q2", Judgement.Same, "ana", At);
            var d2 = new MatchDecision("curated:belarus", "wiki:q184", Judgement.Same, "ana", At);
            string one = MergeCuratedAndWiki(new MergeOptions { Decisions = DecisionSet.Of(new[] { d1, d2 }) }).Graph.ToJson();
            string two = MergeCuratedAndWiki(new MergeOptions { Decisions = DecisionSet.Of(new[] { d2, d1 }) }).Graph.ToJson();

            two.Should().Be(one);
            Graph back = Graph.Parse(one, "merged.json");
            back.ToJson().Should().Be(one, "the merged file loads and saves byte for byte");
            back.GetEntity("lukashenka").Aliases.Should().Contain("Александр Лукашенко");
        }

        [Test]
        public void Merge_InputOrder_ChangesIdsOnly_NotWhatBecomesOne()
        {
            var decisions = DecisionSet.Of(new[] { new MatchDecision("curated:lukashenka", "wiki:q2", Judgement.Same, "ana", At) });
            MergeResult ab = MergeCuratedAndWiki(new MergeOptions { Decisions = decisions });
            MergeResult ba = GraphMerger.Merge(new[] { new NamedGraph("wiki", MergingGraphs.Wiki()), new NamedGraph("curated", MergingGraphs.Curated()) }, new MergeOptions { Decisions = decisions });

            static IEnumerable<string> Clusters(MergeResult r) => r.Report.Merged.Select(m => string.Join("+", m.Value.OrderBy(x => x, StringComparer.Ordinal))).OrderBy(x => x, StringComparer.Ordinal);
            Clusters(ba).Should().Equal(Clusters(ab));
            ba.Graph.VertexCount.Should().Be(ab.Graph.VertexCount);
            ba.Graph.EdgeCount.Should().Be(ab.Graph.EdgeCount);
            ba.Graph.Relations.Sum(x => x.Citations.Count).Should().Be(ab.Graph.Relations.Sum(x => x.Citations.Count));
            ba.Graph.GetEntity("q7747").Properties["mergedFrom"].Should().BeEquivalentTo(new[] { "wiki:q7747", "curated:putin" }, o => o.WithStrictOrdering());
        }

        [Test]
        public void Merge_DecidedOnly_JoinsNothingWithoutADecision_AndCollidingIdsAreRenamed()
        {
            Graph a = new GraphBuilder().AddSource(new Source("s", SourceKind.Article, "A's article")).AddEntity("x", "Person", "Anna", externalIds: new[] { new ExternalId("wikidata", "Q9") })
                .AddEntity("y", "Person", "Boris").AddRelation("r", "FAMILY_OF", "x", "y", citations: new[] { new Citation("s") }).Build();
            Graph b = new GraphBuilder().AddSource(new Source("s", SourceKind.Article, "B's article")).AddEntity("x", "Person", "Anna", externalIds: new[] { new ExternalId("wikidata", "Q9") })
                .AddEntity("y", "Person", "Vera").AddRelation("r", "FAMILY_OF", "x", "y", citations: new[] { new Citation("s") }).Build();

            MergeResult r = GraphMerger.Merge(new[] { new NamedGraph("a", a), new NamedGraph("b", b) }, new MergeOptions { AutoMergeSharedIds = false });

            r.Graph.Entities.Select(e => e.Id).Should().Equal("x", "y", "b:x", "b:y");
            r.Graph.Sources.Select(s => s.Id).Should().Equal("s", "b:s");
            r.Graph.Relations.Select(x => x.Id + ":" + x.Citations[0].SourceId).Should().Equal("r:s", "b:r:b:s");
            r.Report.Renamed.Should().Equal("source b:s \u2192 b:s", "entity b:x \u2192 b:x", "entity b:y \u2192 b:y", "relation b:r \u2192 b:r");

            MergeResult auto = GraphMerger.Merge(new[] { new NamedGraph("a", a), new NamedGraph("b", b) });
            auto.Graph.Entities.Select(e => e.Id).Should().Equal("x", "y", "b:y");
            auto.Graph.Relations.Select(x => $"{x.Id} {x.Source.Id}->{x.Target.Id}").Should().Equal("r x->y", "b:r x->b:y");
        }

        [Test]
        public void Merge_BadInputs_AreRefused()
        {
            Graph g = MergingGraphs.Curated();
            FluentActions.Invoking(() => GraphMerger.Merge(Array.Empty<NamedGraph>())).Should().Throw<ArgumentException>();
            FluentActions.Invoking(() => GraphMerger.Merge(new[] { new NamedGraph("a", g), new NamedGraph("a", g) })).Should().Throw<ArgumentException>().WithMessage("Two inputs are named 'a'*");
        }

        private static KeyValuePair<string, object> Kv(string k, object v) => new KeyValuePair<string, object>(k, v);
    }
}

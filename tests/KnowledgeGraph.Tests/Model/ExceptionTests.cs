using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>Every library exception derives from one base in the root namespace, and the same fault raises the same type from every entry point.</summary>
    public class ExceptionTests
    {
        private static Graph NegativeGraph() => new GraphBuilder()
            .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B")
            .AddRelation("ab", "DEPENDS_ON", "a", "b", properties: PropertyMap.Of("weight", -2.0))
            .Build();

        [Test]
        public void ExportedExceptions_DeriveFromTheBase_InTheRootNamespace_AndTheRootFolder()
        {
            Type[] exceptions = typeof(Graph).Assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).ToArray();

            exceptions.Length.Should().BeGreaterThan(8);
            exceptions.Where(t => t != typeof(KnowledgeGraphException) && !typeof(KnowledgeGraphException).IsAssignableFrom(t)).Should().BeEmpty();
            exceptions.Where(t => t.Namespace != "KnowledgeGraph").Select(t => t.FullName).Should().BeEmpty();
            exceptions.Where(t => !File.Exists(Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph", t.Name + ".cs"))).Select(t => t.Name).Should().BeEmpty();
            typeof(KnowledgeGraphException).IsAbstract.Should().BeTrue("only exceptions named by meaning are thrown");
        }

        [Test]
        public void NegativeWeight_SameException_FromQueries_FastPathFinder_AndAnalytics()
        {
            Graph g = NegativeGraph();
            Entity a = g.GetEntity("a");
            Entity b = g.GetEntity("b");

            FluentActions.Invoking(() => g.Paths(a, b).ShortestWeighted("weight"))
                .Should().Throw<NegativeWeightException>().Which.RelationId.Should().Be("ab");
            FluentActions.Invoking(() => new PathFinder(g).Distance(a, b, new[] { -2.0 }))
                .Should().Throw<NegativeWeightException>().Which.RelationId.Should().Be("ab");
            FluentActions.Invoking(() => Betweenness.Compute(g, new CentralityOptions { Weight = r => r.Properties.GetNumber("weight") ?? 1 }))
                .Should().Throw<NegativeWeightException>().Which.Weight.Should().Be(-2.0);
            FluentActions.Invoking(() => Closeness.Compute(g, new CentralityOptions { Weight = r => r.Properties.GetNumber("weight") ?? 1 }))
                .Should().Throw<NegativeWeightException>();
        }

        [Test]
        public void UnknownKind_SameException_FromVocabulary_QueryFilters_AndSearch()
        {
            Graph g = CuratedGraphs.UnionState;
            Entity russia = g.GetEntity("russia");

            FluentActions.Invoking(() => Vocabulary.Default.GetKind("Dragon")).Should().Throw<UnknownKindException>().Which.Name.Should().Be("Dragon");
            FluentActions.Invoking(() => g.Paths(russia, russia).AvoidKinds("Dragon").Shortest()).Should().Throw<UnknownKindException>().Which.Name.Should().Be("Dragon");
            FluentActions.Invoking(() => g.Search("Putin", kind: "Dragon")).Should().Throw<UnknownKindException>().WithMessage("'Dragon' is not an entity kind. Known kinds: *Person*");
        }

        [Test]
        public void UnknownRelationType_SameException_FromVocabulary_AndRelationSpecs()
        {
            Graph g = CuratedGraphs.UnionState;
            Entity russia = g.GetEntity("russia");

            FluentActions.Invoking(() => Vocabulary.Default.GetRelationType("FRIENDS_WITH")).Should().Throw<UnknownRelationTypeException>().Which.Name.Should().Be("FRIENDS_WITH");
            FluentActions.Invoking(() => g.Paths(russia, russia).Via("FRIENDS_WITH>").Shortest()).Should().Throw<UnknownRelationTypeException>()
                .Which.Should().BeAssignableTo<InvalidQueryException>();
        }

        [Test]
        public void IsA_IgnoresCase_LikeQueryFilters()
        {
            EntityKind summit = Vocabulary.Default.GetKind("Summit");

            summit.IsA("event").Should().BeTrue();
            summit.IsA("EVENT").Should().BeTrue();
            summit.IsA("Person").Should().BeFalse();
        }

        [Test]
        public void Vocabulary_KindsDifferingOnlyInCase_AreRejected()
        {
            string json = "{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [{\"name\": \"Thing\"}, {\"name\": \"thing\"}], \"relationTypes\": [{\"name\": \"LINKS\"}, {\"name\": \"links\"}]}";

            FluentActions.Invoking(() => Vocabulary.Parse(json)).Should().Throw<GraphValidationException>()
                .Which.Errors.Select(e => e.Code).Should().Equal(GraphErrorCode.DuplicateId, GraphErrorCode.DuplicateId);
        }

        [Test]
        public void MissingScenarioId_IsEntityNotFound()
        {
            Graph g = CuratedGraphs.UnionState;
            FluentActions.Invoking(() => new KnowledgeGraph.Analysis.WhatIf.Scenario().Remove("no-such-thing").Apply(g))
                .Should().Throw<EntityNotFoundException>().Which.Key.Should().Be("no-such-thing");
        }
    }
}

using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Analysis.Exposure;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Analysis.Exposure
{
    /// <summary>Which relation types mean sanction, ownership and control comes from the vocabulary's fields, not from type names.</summary>
    public class ExposureVocabularyTests
    {
        private static Vocabulary Vocabulary(bool roles) => KnowledgeGraph.Vocabulary.Parse(
            "{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [{\"name\": \"Sanction\"}, {\"name\": \"Company\"}, {\"name\": \"State\"}], \"relationTypes\": ["
            + "{\"name\": \"LISTS\"" + (roles ? ", \"sanction\": \"targets\"" : string.Empty) + "},"
            + "{\"name\": \"DECREES\"" + (roles ? ", \"sanction\": \"imposes\"" : string.Empty) + "},"
            + "{\"name\": \"HOLDS\", \"control\": " + (roles ? "true, \"ownership\": true" : "false") + "},"
            + "{\"name\": \"RUNS\", \"control\": " + (roles ? "true" : "false") + "},"
            + "{\"name\": \"OWNS\", \"control\": " + (roles ? "true" : "false") + "}]}");

        private static Graph Graph(bool roles) => new GraphBuilder(Vocabulary(roles))
            .AddEntity("s", "Sanction", "S").AddEntity("eu", "State", "EU")
            .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B").AddEntity("c", "Company", "C").AddEntity("d", "Company", "D").AddEntity("e", "Company", "E")
            .AddRelation("eu-s", "DECREES", "eu", "s")
            .AddRelation("s-a", "LISTS", "s", "a")
            .AddRelation("a-b", "HOLDS", "a", "b", properties: PropertyMap.Of("share", 0.6))
            .AddRelation("a-c", "HOLDS", "a", "c")
            .AddRelation("a-d", "RUNS", "a", "d")
            .AddRelation("a-e", "OWNS", "a", "e")
            .Build();

        [Test]
        public void Roles_ComeFromTheVocabulary_UnderAnyTypeName()
        {
            Graph g = Graph(roles: true);
            ExposureResult result = SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true });

            result.For(g.GetEntity("a"))!.Kind.Should().Be(ExposureKind.Targeted);
            result.Imposers.Single().Select(e => e.Id).Should().Equal("eu");
            result.For(g.GetEntity("b"))!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
            result.For(g.GetEntity("c"))!.Kind.Should().Be(ExposureKind.OwnedOrControlled, "an ownership type without a share counts by default");
            result.For(g.GetEntity("d"))!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
            result.For(g.GetEntity("e"))!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
        }

        [Test]
        public void UnknownShare_IsIgnoredOnlyForOwnershipTypes_NotForATypeNamedOwns()
        {
            Graph g = Graph(roles: true);
            ExposureResult result = SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true, UnknownShareCounts = false });

            result.For(g.GetEntity("c")).Should().BeNull("HOLDS is the ownership type and has no share");
            result.For(g.GetEntity("e"))!.Kind.Should().Be(ExposureKind.OwnedOrControlled, "OWNS here is a control type without the ownership flag");
            result.For(g.GetEntity("d"))!.Kind.Should().Be(ExposureKind.OwnedOrControlled);
        }

        [Test]
        public void WithoutRoles_NobodyIsExposed_AndANamedTypeStillWorks()
        {
            Graph g = Graph(roles: false);

            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true }).Records.Should().BeEmpty();
            SanctionsExposure.Compute(g, new ExposureRule { IgnoreTime = true, TargetsType = "LISTS" }).For(g.GetEntity("a"))!.Kind.Should().Be(ExposureKind.Targeted);
        }

        [Test]
        public void DefaultVocabulary_DeclaresTheRoles()
        {
            KnowledgeGraph.Vocabulary v = KnowledgeGraph.Vocabulary.Default;

            v.RelationTypes.Where(t => t.IsOwnership).Select(t => t.Name).Should().Equal("OWNS");
            v.RelationTypes.Where(t => t.SanctionRole == SanctionRole.Targets).Select(t => t.Name).Should().Equal("TARGETS");
            v.RelationTypes.Where(t => t.SanctionRole == SanctionRole.Imposes).Select(t => t.Name).Should().Equal("IMPOSES");
            KnowledgeGraph.Vocabulary.Open.GetRelationType("OWNS").IsOwnership.Should().BeTrue();
            FluentActions.Invoking(() => KnowledgeGraph.Vocabulary.Parse("{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [], \"relationTypes\": [{\"name\": \"X\", \"sanction\": \"lifts\"}]}"))
                .Should().Throw<GraphValidationException>().WithMessage("*sanction 'lifts'*expected none, targets or imposes*");
        }
    }
}

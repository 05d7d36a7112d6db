using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Tests.Model
{
    public class GraphBuilderTests
    {
        private static GraphBuilder Minimal() => new GraphBuilder()
            .AddSource(new Source("s", SourceKind.Article, "Article"))
            .AddEntity("russia", "State", "Russia", new[] { "Россия" })
            .AddEntity("integral", "Company", "Integral", new[] { "Интеграл" });

        [Test]
        public void Build_Valid_ConnectsRelationsToEntities()
        {
            Graph g = Minimal().AddRelation("r1", "SUPPLIES", "integral", "russia", Validity.Since(PartialDate.Parse("2022")), citations: new[] { new Citation("s", "quote") }).Build();
            g.VertexCount.Should().Be(2);
            g.EdgeCount.Should().Be(1);
            Relation r = g.Relations[0];
            r.Source.Should().BeSameAs(g.GetEntity("integral"));
            r.Citations[0].Source!.Title.Should().Be("Article");
            g.OutEdges(g.GetEntity("integral")).Should().ContainSingle().Which.Should().BeSameAs(r);
            g.InEdges(g.GetEntity("russia")).Should().ContainSingle();
        }

        [Test]
        public void Build_ReportsEveryErrorAtOnce()
        {
            var b = Minimal()
                .AddEntity("russia", "State", "Russia again")
                .AddEntity("Bad Id", "State", "x")
                .AddEntity("ghost", "Spaceship", "Ghost")
                .AddRelation("r1", "SUPPLIES", "integral", "nowhere")
                .AddRelation("r2", "FLIES_TO", "integral", "russia")
                .AddRelation("r3", "LEADS", "integral", "russia")
                .AddRelation("r4", "SUPPLIES", "integral", "russia", citations: new[] { new Citation("missing") })
                .AddRelation("r4", "SUPPLIES", "integral", "russia")
                .AddRelation("r5", "SUPPLIES", "integral", "russia", confidence: 1.5);
            b.TryBuild(out Graph? g, out var errors).Should().BeFalse();
            g.Should().BeNull();
            errors.Select(e => e.Code).Should().BeEquivalentTo(new[]
            {
                GraphErrorCode.DuplicateId, GraphErrorCode.InvalidId, GraphErrorCode.UnknownKind, GraphErrorCode.UnknownEntity,
                GraphErrorCode.UnknownRelationType, GraphErrorCode.VocabularyViolation, GraphErrorCode.UnknownSource,
                GraphErrorCode.DuplicateId, GraphErrorCode.InvalidValue,
            });
            errors.Should().Contain(e => e.Id == "r3" && e.Message.Contains("cannot start from 'integral', a Company"));
            FluentActions.Invoking(() => b.Build()).Should().Throw<GraphValidationException>().Which.Errors.Should().HaveCount(9);
        }

        [Test]
        public void SubKind_IsAcceptedWhereParentIs()
        {
            Graph g = new GraphBuilder()
                .AddEntity("belarus", "State", "Belarus")
                .AddEntity("sco", "IntergovernmentalBody", "SCO")
                .AddRelation("app", "APPLIED_TO_JOIN", "belarus", "sco")
                .Build();
            g.GetEntity("sco").Kind.IsA("Organization").Should().BeTrue();
        }

        [Test]
        public void Graph_IsAQuikGraph()
        {
            Graph g = Minimal().AddRelation("r1", "SUPPLIES", "integral", "russia").Build();
            var order = g.TopologicalSort().Select(e => e.Id).ToList();
            order.Should().Equal("integral", "russia");
        }

        [Test]
        public void FindEntity_MatchesAcrossScriptsCaseAndDiacritics()
        {
            Graph g = Minimal().Build();
            g.FindEntity("РОССИЯ")!.Id.Should().Be("russia");
            g.FindEntity("integral")!.Id.Should().Be("integral");
            g.FindEntity("Íntegral")!.Id.Should().Be("integral");
            g.FindEntity("Интеграл")!.Id.Should().Be("integral");
            g.FindEntity("nothing").Should().BeNull();
        }

        [Test]
        public void AsOf_LeavesOutRelationsNotValidThen()
        {
            Graph g = Minimal()
                .AddRelation("new", "SUPPLIES", "integral", "russia", Validity.Since(PartialDate.Parse("2022-12")))
                .AddRelation("old", "DEPENDS_ON", "russia", "integral", Validity.Between(PartialDate.Parse("1999"), PartialDate.Parse("2021")))
                .Build();
            g.AsOf(PartialDate.Parse("2021")).Relations.Select(r => r.Id).Should().Equal("old");
            g.AsOf(PartialDate.Parse("2023")).Relations.Select(r => r.Id).Should().Equal("new");
            g.AsOf(PartialDate.Parse("2023")).VertexCount.Should().Be(2);
        }
    }
}

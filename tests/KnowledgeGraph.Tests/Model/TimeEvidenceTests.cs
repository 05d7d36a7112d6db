using System.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>The builder turns citation evidence and source dates into observed dates and bounds; certainty and subjects are checked.</summary>
    public class TimeEvidenceTests
    {
        private static PartialDate D(string s) => PartialDate.Parse(s);

        private static GraphBuilder Builder() => new GraphBuilder()
            .AddSource(new Source("edm", SourceKind.Article, "EDM", date: D("2023-05-04")))
            .AddSource(new Source("sb", SourceKind.Website, "Sb.by", date: D("2022-12-21")))
            .AddSource(new Source("undated", SourceKind.Other, "Undated"))
            .AddEntity("belarus", "State", "Belarus")
            .AddEntity("russia", "State", "Russia");

        [Test]
        public void ObservedCitation_GivesAnObservedDate()
        {
            Graph g = Builder().AddRelation("r", "DEPENDS_ON", "belarus", "russia", citations: new[] { new Citation("edm", evidence: CitationEvidence.Observed) }).Build();
            Relation r = g.Relations.Single();
            r.Validity.Observed.Should().Equal(D("2023-05-04"));
            r.Validity.StatusAsOf(D("2023-05")).Should().Be(TimeStatus.Holds);
            r.Validity.StatusAsOf(D("2021")).Should().Be(TimeStatus.MayHold);
            g.ToJson().Should().NotContain("\"observed\": [", "the derived date is not written back; the citation carries it");
            g.ToJson().Should().Contain("\"evidence\": \"observed\"");
        }

        [Test]
        public void ReportedCitation_MakesAnEventThatHappenedByTheSourceDate()
        {
            Graph g = Builder().AddRelation("r", "COOPERATES_WITH", "belarus", "russia", citations: new[] { new Citation("edm", evidence: CitationEvidence.Reported), new Citation("sb", evidence: CitationEvidence.Reported) }).Build();
            Validity v = g.Relations.Single().Validity;
            v.IsEvent.Should().BeTrue();
            v.NotAfter.Should().Be(D("2022-12-21"), "the earliest report bounds it");
            v.StatusAsOf(D("2022-12-21")).Should().Be(TimeStatus.Holds);
            v.StatusAsOf(D("2022-12-20")).Should().Be(TimeStatus.MayHold);
        }

        [Test]
        public void Evidence_FromAnUndatedSource_OrOnKnownDates_AddsNothing()
        {
            Graph g = Builder()
                .AddRelation("a", "DEPENDS_ON", "belarus", "russia", citations: new[] { new Citation("undated", evidence: CitationEvidence.Observed) })
                .AddRelation("b", "DEPENDS_ON", "belarus", "russia", Validity.Since(D("1999")), citations: new[] { new Citation("edm", evidence: CitationEvidence.Reported) })
                .Build();
            g.Relations[0].Validity.IsUnknown.Should().BeTrue();
            g.Relations[1].Validity.Should().Be(Validity.Since(D("1999")));
        }

        [Test]
        public void Evidence_ThatContradictsTheBounds_IsAnError()
        {
            var ex = FluentActions.Invoking(() => Builder().AddRelation("r", "DEPENDS_ON", "belarus", "russia", Validity.Create(notAfter: D("2020")), citations: new[] { new Citation("edm", evidence: CitationEvidence.Observed) }).Build())
                .Should().Throw<GraphValidationException>().Which;
            ex.Errors.Single().Message.Should().Contain("'r'").And.Contain("outside its bounds");
        }

        [Test]
        public void Certainty_And_Subject_AreKept_AndCopied()
        {
            Graph g = Builder().AddRelation("r", "DEPENDS_ON", "belarus", "russia", confidence: 0.8, status: RelationStatus.Inferred, attribution: "editors", note: "oil and gas", about: "oil-and-gas").Build();
            Relation r = g.Relations.Single();
            (r.Status, r.Attribution, r.Note, r.About!.Id, r.Confidence).Should().Be((RelationStatus.Inferred, "editors", "oil and gas", "oil-and-gas", 0.8));
            Relation copy = new GraphBuilder().AddGraph(g).Build().Relations.Single();
            (copy.Status, copy.Attribution, copy.Note, copy.About!.Id).Should().Be((RelationStatus.Inferred, "editors", "oil and gas", "oil-and-gas"));
        }

        [Test]
        public void About_UnknownSubject_OrOnATypeWithoutSubject_IsAnError()
        {
            var ex = FluentActions.Invoking(() => Builder()
                    .AddRelation("a", "DEPENDS_ON", "belarus", "russia", about: "unobtainium")
                    .AddRelation("b", "COOPERATES_WITH", "belarus", "russia", about: "oil")
                    .Build())
                .Should().Throw<GraphValidationException>().Which;
            ex.Errors.Select(e => e.Code).Should().Equal(GraphErrorCode.UnknownSubject, GraphErrorCode.UnknownSubject);
            ex.Errors[0].Message.Should().Contain("unknown subject 'unobtainium'");
            ex.Errors[1].Message.Should().Contain("carry no subject");
        }

        [Test]
        public void Subjects_FormATree()
        {
            Vocabulary v = Vocabulary.Default;
            v.TryGetSubject("microchips", out Subject? chips).Should().BeTrue();
            v.TryGetSubject("industry", out Subject? industry).Should().BeTrue();
            v.TryGetSubject("oil-and-gas", out Subject? oil).Should().BeTrue();
            chips!.IsWithin(industry!).Should().BeTrue();
            chips.Parent!.Id.Should().Be("microelectronics");
            chips.IsCompatibleWith(industry!).Should().BeTrue();
            chips.IsCompatibleWith(oil!).Should().BeFalse();
            v.GetRelationType("DEPENDS_ON").HasSubject.Should().BeTrue();
            v.GetRelationType("SUPPLIES").HasSubject.Should().BeTrue();
            v.GetRelationType("LEADS").HasSubject.Should().BeFalse();
            Vocabulary.Open.TryGetSubject("microchips", out _).Should().BeTrue("the open vocabulary keeps the default's subjects");
        }

        [Test]
        public void VocabularyFile_AddsSubjects_AndChecksParents()
        {
            Vocabulary v = Vocabulary.Default.ExtendWith("{\"format\": \"knowledge-graph-vocabulary/1\", \"subjects\": [{\"id\": \"potash\", \"name\": \"Potash\", \"parent\": \"agriculture\"}]}");
            v.TryGetSubject("potash", out Subject? potash).Should().BeTrue();
            potash!.Parent!.Id.Should().Be("agriculture");
            FluentActions.Invoking(() => Vocabulary.Default.ExtendWith("{\"format\": \"knowledge-graph-vocabulary/1\", \"subjects\": [{\"id\": \"x\", \"parent\": \"nowhere\"}]}", "v.json"))
                .Should().Throw<GraphValidationException>().WithMessage("*unknown parent 'nowhere'*");
        }
    }
}

using System.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>Which kinds are actors comes from the vocabulary's <c>actor</c> flag, inherited by sub-kinds.</summary>
    public class ActorKindTests
    {
        [Test]
        public void DefaultAndOpenVocabularies_MarkPeopleStatesOrganizationsAndCompanies()
        {
            foreach (Vocabulary v in new[] { Vocabulary.Default, Vocabulary.Open })
            {
                v.Kinds.Where(k => k.IsActor).Select(k => k.Name).Should().BeEquivalentTo(
                    new[] { "Person", "State", "Organization", "IntergovernmentalBody", "GovernmentBody", "PartyOrMovement", "Company" });
            }

            Vocabulary.Default.GetKind("Sector").IsActor.Should().BeFalse();
            Vocabulary.Default.GetKind("Summit").IsActor.Should().BeFalse();
        }

        [Test]
        public void OwnVocabulary_ActorFlag_IsReadAndInherited_AndCheckedForType()
        {
            Vocabulary v = Vocabulary.Parse("{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [{\"name\": \"Vessel\", \"actor\": true}, {\"name\": \"Tanker\", \"parent\": \"Vessel\"}, {\"name\": \"Port\"}], \"relationTypes\": []}");
            v.GetKind("Vessel").IsActor.Should().BeTrue();
            v.GetKind("Tanker").IsActor.Should().BeTrue("a sub-kind of an actor kind is an actor");
            v.GetKind("Port").IsActor.Should().BeFalse("the default is false");

            FluentActions.Invoking(() => Vocabulary.Parse("{\"format\": \"knowledge-graph-vocabulary/1\", \"kinds\": [{\"name\": \"X\", \"actor\": \"yes\"}], \"relationTypes\": []}"))
                .Should().Throw<GraphValidationException>().WithMessage("*actor*");
        }
    }
}

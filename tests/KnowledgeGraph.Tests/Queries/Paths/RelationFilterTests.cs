using FluentAssertions;
using KnowledgeGraph.Queries;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries.Paths
{
    public class RelationFilterTests
    {
        private static RelationType T(string name) => Vocabulary.Default.GetRelationType(name);

        [Test]
        public void Parse_ApocSpec_GivesEachTypeItsDirection()
        {
            RelationFilter f = RelationFilter.Parse("DEPENDS_ON>|<SUPPLIES|COOPERATES_WITH|LEADS");
            f.DirectionOf(T("DEPENDS_ON")).Should().Be(WalkDirection.Outgoing);
            f.DirectionOf(T("SUPPLIES")).Should().Be(WalkDirection.Incoming);
            f.DirectionOf(T("COOPERATES_WITH")).Should().Be(WalkDirection.Both);
            f.DirectionOf(T("LEADS")).Should().Be(WalkDirection.Both);
            f.DirectionOf(T("OWNS")).Should().Be(WalkDirection.None);
            f.ToString().Should().Be("DEPENDS_ON>|<SUPPLIES|COOPERATES_WITH|LEADS");
        }

        [Test]
        public void Parse_IgnoresCaseAndSpaces_AndBareArrowsMeanEveryType()
        {
            RelationFilter.Parse(" depends_on> | <supplies ").DirectionOf(T("SUPPLIES")).Should().Be(WalkDirection.Incoming);
            RelationFilter.Parse(">").DirectionOf(T("OWNS")).Should().Be(WalkDirection.Outgoing);
            RelationFilter.Parse("<").DirectionOf(T("OWNS")).Should().Be(WalkDirection.Incoming);
            RelationFilter.Parse("*").DirectionOf(T("OWNS")).Should().Be(WalkDirection.Both);
            RelationFilter.Parse("TRADES_WITH>").DirectionOf(T("TRADES_WITH")).Should().Be(WalkDirection.Both, "an undirected type is walked both ways");
        }

        [TestCase("")]
        [TestCase("  ")]
        [TestCase("<DEPENDS_ON>")]
        [TestCase("DEPENDS ON")]
        [TestCase("DEPENDS_ON||SUPPLIES")]
        [TestCase("DEPENDS-ON>")]
        public void Parse_Malformed_IsAnInvalidQuery(string spec)
        {
            FluentActions.Invoking(() => RelationFilter.Parse(spec)).Should().Throw<InvalidQueryException>();
        }

        [Test]
        public void TypedApi_EqualsTheSpec()
        {
            RelationFilter f = RelationFilter.Create().Outgoing("DEPENDS_ON").Incoming("SUPPLIES").Both("COOPERATES_WITH");
            f.ToString().Should().Be("DEPENDS_ON>|<SUPPLIES|COOPERATES_WITH");
        }

        [Test]
        public void Dependencies_FollowsTheDeclaredDirection()
        {
            RelationFilter.Dependencies.DirectionOf(T("DEPENDS_ON")).Should().Be(WalkDirection.Outgoing);
            RelationFilter.Dependencies.DirectionOf(T("SUPPLIES")).Should().Be(WalkDirection.Incoming);
            RelationFilter.Dependencies.DirectionOf(T("LEADS")).Should().Be(WalkDirection.None);
        }
    }
}

using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>The model types are immutable: no public setter, no public non-readonly field (as NodaTime checks by reflection).</summary>
    public class ImmutabilityTests
    {
        private static readonly Type[] ModelTypes =
        {
            typeof(Entity), typeof(Relation), typeof(Source), typeof(Citation), typeof(ExternalId), typeof(PartialDate), typeof(Validity),
            typeof(PropertyMap), typeof(EntityKind), typeof(KindStyle), typeof(RelationType), typeof(Vocabulary), typeof(Graph), typeof(GraphError),
        };

        [TestCaseSource(nameof(ModelTypes))]
        public void ModelType_HasNoPublicMutators(Type type)
        {
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => p.Name).Should().BeEmpty();
            type.GetFields(BindingFlags.Public | BindingFlags.Instance)
                .Where(f => !f.IsInitOnly)
                .Select(f => f.Name).Should().BeEmpty();
        }
    }
}

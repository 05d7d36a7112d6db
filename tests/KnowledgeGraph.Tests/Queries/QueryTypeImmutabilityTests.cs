using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using KnowledgeGraph.Queries;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries
{
    /// <summary>The query types (options, filters, results) are immutable: no public setter, no public writable field.</summary>
    public class QueryTypeImmutabilityTests
    {
        [Test]
        public void QueryTypes_HaveNoPublicMutators()
        {
            Type[] types = typeof(QueryOptions).Assembly.GetExportedTypes()
                .Where(t => t.Namespace != null && t.Namespace.StartsWith("KnowledgeGraph.Queries", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
                .ToArray();
            types.Length.Should().BeGreaterThan(10);
            foreach (Type type in types)
            {
                type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => type.Name + "." + p.Name).Should().BeEmpty();
                type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => type.Name + "." + f.Name).Should().BeEmpty();
            }
        }
    }
}

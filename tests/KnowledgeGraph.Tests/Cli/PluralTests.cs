using System;
using System.IO;
using FluentAssertions;
using KnowledgeGraph.Cli;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Cli
{
    /// <summary>Counts of one read in the singular: "1 entity", not "1 entities".</summary>
    public class PluralTests
    {
        [Test]
        public void Validate_OneEntity_Singular()
        {
            string file = Path.Combine(Path.GetTempPath(), "kg-one-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                new GraphBuilder().AddEntity("a", "Company", "A").Build().Save(file);
                var (code, output, _) = KgCommandTests.Kg("validate", file);
                code.Should().Be(ExitCodes.Success);
                output.Should().Contain("1 entity, 0 relations, 0 sources");
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}

using System.IO;
using System.Text.RegularExpressions;
using FluentAssertions;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Packaging
{
    /// <summary>The places that name the package version outside MSBuild follow the one version in Directory.Build.props.</summary>
    public class PackagingTests
    {
        private static string Version()
        {
            string props = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
            return Regex.Match(props, "<VersionPrefix>([^<]+)</VersionPrefix>").Groups[1].Value;
        }

        [Test]
        public void SampleNotebook_ReferencesThePackageByTheCurrentVersion()
        {
            string notebook = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Notebooks", "union-state.ipynb"));

            Version().Should().NotBeEmpty();
            notebook.Should().Contain($"#r \\\"nuget: KnowledgeGraph, {Version()}\\\"");
        }

        [Test]
        public void Consumer_DefaultsToTheCurrentVersion()
        {
            string csproj = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "consumer", "KnowledgeGraph.Consumer.csproj"));

            csproj.Should().Contain($">{Version()}</KnowledgeGraphVersion>");
        }

        [Test]
        public void Readme_ShowsTheCurrentVersion()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

            readme.Should().Contain($"<PackageReference Include=\"KnowledgeGraph\" Version=\"{Version()}\" />")
                .And.Contain($"#r \"nuget: KnowledgeGraph, {Version()}\"");
        }
    }
}

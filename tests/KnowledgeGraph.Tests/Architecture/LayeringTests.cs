using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Architecture
{
    /// <summary>Layers only point down: model ← traversal ← algorithms, queries ← analysis ← formats ← display (docs/ARCHITECTURE.md).</summary>
    public class LayeringTests
    {
        private const string Fixtures = "KnowledgeGraph.Tests.Architecture.Fixtures";

        [Test]
        public void Library_NamespacesUseOnlyTheirModuleAndLowerLayers()
        {
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> dependencies = NamespaceDependencies.Of(typeof(Graph).Assembly, "KnowledgeGraph", KnowledgeGraphLayers.Map.UnitTypes(typeof(Graph).Assembly));

            dependencies.Keys.Should().Contain(new[] { "KnowledgeGraph", "KnowledgeGraph.Queries", "KnowledgeGraph.Display", "KnowledgeGraph.Formats.Json" });
            dependencies["KnowledgeGraph.Display"].Keys.Should().Contain("KnowledgeGraph", "the reader must see uses of the model");
            dependencies["KnowledgeGraph.QueryExtensions"].Keys.Should().Contain("KnowledgeGraph.Queries.Paths", "an entry point placed on its own is read on its own");
            IReadOnlyList<string> violations = KnowledgeGraphLayers.Map.Violations(dependencies);
            string.Join("\n", violations.Where(v => !Pending.Any(p => v.StartsWith(p.From + " (", System.StringComparison.Ordinal) && v.Contains(" uses " + p.To + ", ")))).Should().BeEmpty();
            Pending.Where(p => !violations.Any(v => v.StartsWith(p.From + " (", System.StringComparison.Ordinal) && v.Contains(" uses " + p.To + ", ")))
                .Should().BeEmpty("a pending use that is gone must leave this list");
        }

        /// <summary>
        /// Known upward uses still to remove (empty since issue 10's traversal layer moved GraphPath and PathStep to the
        /// model and the heaps, step filters and kernels to <c>KnowledgeGraph.Traversal</c>); this list only shrinks, and
        /// the test fails when an entry is fixed but still listed.
        /// </summary>
        private static readonly (string From, string To)[] Pending =
        {
        };

        [Test]
        public void Checker_ReportsAnUpwardUse_FoundOnlyInAMethodBody()
        {
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> dependencies = NamespaceDependencies.Of(typeof(LayeringTests).Assembly, Fixtures);
            LayerMap map = new LayerMap()
                .Layer("low", ("low", new[] { Fixtures + ".Low" }))
                .Layer("high", ("high", new[] { Fixtures + ".High" }));

            dependencies[Fixtures + ".Low"].Keys.Should().Equal(Fixtures + ".High");
            map.Violations(dependencies).Should().ContainSingle()
                .Which.Should().StartWith($"{Fixtures}.Low (low) uses {Fixtures}.High, a higher layer (high):").And.Contain("HighType");
        }

        [Test]
        public void Checker_ReportsASiblingModule_AndANamespaceInNoLayer()
        {
            var dependencies = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["A.Queries"] = new Dictionary<string, string> { ["A.Algorithms.Critical"] = "Q uses C", ["A"] = "Q uses the model" },
                ["A.Algorithms.Critical"] = new Dictionary<string, string> { ["A"] = "C uses the model" },
                ["A.Formats.Csv"] = new Dictionary<string, string> { ["A.Formats.Json"] = "CSV uses JSON" },
                ["A"] = new Dictionary<string, string> { ["A.Formats.Json"] = "the model uses its own format", ["A.Formats.Csv"] = "the model uses CSV" },
                ["A.Stray"] = new Dictionary<string, string>(),
            };
            LayerMap map = new LayerMap()
                .Layer("model", ("model", new[] { "A!", "A.Formats.Json" }))
                .Layer("middle", ("algorithms", new[] { "A.Algorithms" }), ("queries", new[] { "A.Queries" }))
                .Layer("formats", ("formats", new[] { "A.Formats" }));

            map.Violations(dependencies).Should().Equal(
                "A (model) uses A.Formats.Csv, a higher layer (formats): the model uses CSV",
                "A.Queries (queries) uses A.Algorithms.Critical, another module of the same layer (algorithms): Q uses C",
                "A.Stray is in no layer: place it in the layer map and docs/ARCHITECTURE.md");
        }

        [Test]
        public void ArchitectureDoc_NamesEveryLayerAndNamespace()
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ARCHITECTURE.md"));

            KnowledgeGraphLayers.Map.Namespaces.Select(n => n.Namespace).Where(n => !doc.Contains("`" + n + "`")).Should().BeEmpty();
            KnowledgeGraphLayers.Map.Layers.Where(l => !doc.Contains("**" + l + "**")).Should().BeEmpty();
        }
    }
}

using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Display
{
    /// <summary>Graphs for the display tests: one with hostile text everywhere a renderer puts data.</summary>
    internal static class DisplayGraphs
    {
        /// <summary>Text that breaks HTML and SVG when not escaped.</summary>
        public const string Hostile = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";

        /// <summary>A graph whose names, aliases, descriptions, properties, quotes, locators and source titles are <see cref="Hostile"/>.</summary>
        public static Graph HostileGraph() => new GraphBuilder()
            .AddSource(new Source("s", SourceKind.Article, Hostile, publisher: Hostile, date: PartialDate.Parse("2023-05"), url: "javascript:alert(1)"))
            .AddSource(new Source("ok", SourceKind.Article, "Fine title", url: "https://example.org/?a=1&b=2"))
            .AddEntity("evil", "Company", Hostile, aliases: new[] { Hostile }, description: Hostile, properties: PropertyMap.Of("note", Hostile))
            .AddEntity("state", "State", "Беларусь")
            .AddRelation("evil-supplies-state", "SUPPLIES", "evil", "state", Validity.Since(PartialDate.Parse("2022-12")),
                properties: PropertyMap.Of("why", Hostile), citations: new[] { new Citation("s", Hostile, Hostile), new Citation("ok") })
            .Build();

        /// <summary>The small test graph (Alpha, Beta Plant, Gamma) with dated relations.</summary>
        public static Graph Small() => Graph.Parse(TestGraphs.Small);
    }
}

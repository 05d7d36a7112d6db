namespace KnowledgeGraph.Tests.Architecture
{
    /// <summary>The library's layers as docs/ARCHITECTURE.md describes them, lowest first.</summary>
    internal static class KnowledgeGraphLayers
    {
        /// <summary>Gets the layer map of the KnowledgeGraph assembly.</summary>
        /// <remarks>
        /// The one exception to "the model uses no format" is <c>KnowledgeGraph.Formats.Json</c>: the native graph and
        /// vocabulary format is the model's own serialization (<c>Graph.Load</c>, <c>Graph.Save</c>, <c>Vocabulary.Parse</c>),
        /// so it is placed in the model layer, where it may use only the model and the model may use it.
        /// <para>The query entry points <c>KnowledgeGraph.QueryExtensions</c> and <c>KnowledgeGraph.BasicQueries</c> are in the
        /// root namespace so that <c>using KnowledgeGraph;</c> finds <c>graph.Paths(...)</c>, but they belong to the queries
        /// layer: the model never uses them.</para>
        /// </remarks>
        public static LayerMap Map { get; } = new LayerMap()
            .Layer("model", ("model", new[] { "KnowledgeGraph!", "KnowledgeGraph.Annotations", "KnowledgeGraph.Text", "KnowledgeGraph.IO", "KnowledgeGraph.Formats.Json" }))
            .Layer("traversal", ("traversal", new[] { "KnowledgeGraph.Traversal" }), ("markup", new[] { "KnowledgeGraph.Markup" }))
            .Layer("algorithms and queries", ("algorithms", new[] { "KnowledgeGraph.Algorithms" }), ("queries", new[] { "KnowledgeGraph.Queries", "KnowledgeGraph.QueryExtensions!", "KnowledgeGraph.BasicQueries!" }))
            .Layer("analysis", ("analysis", new[] { "KnowledgeGraph.Analysis" }), ("merging", new[] { "KnowledgeGraph.Merging", "KnowledgeGraph.MergeExtensions!" }))
            .Layer("formats", ("formats", new[] { "KnowledgeGraph.Formats" }))
            .Layer("display", ("display", new[] { "KnowledgeGraph.Display" }));
    }
}

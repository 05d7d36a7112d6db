using System;
using System.IO;

namespace KnowledgeGraph
{
    /// <summary>The curated graphs embedded in the library, loaded on first use and shared (graphs are immutable).</summary>
    public static class CuratedGraphs
    {
        private static readonly Lazy<Graph> UnionStateGraph = new Lazy<Graph>(() => Load("union-state"));

        /// <summary>
        /// Gets the Union State graph (<c>graphs/union-state.json</c>): Belarus–Russia integration, Russia's dependency
        /// on Belarusian microelectronics, Western sanctions, every fact cited to the Eurasia Daily Monitor article of
        /// 2023-05-04 and the sources it names.
        /// </summary>
        public static Graph UnionState => UnionStateGraph.Value;

        /// <summary>Gets the JSON text of an embedded graph.</summary>
        /// <param name="name">The name: <c>union-state</c>.</param>
        /// <returns>The JSON text.</returns>
        /// <exception cref="ArgumentException">No embedded graph has that name.</exception>
        public static string GetJson(string name)
        {
            using Stream stream = typeof(CuratedGraphs).Assembly.GetManifestResourceStream("KnowledgeGraph.Graphs." + name + ".json")
                ?? throw new ArgumentException($"No embedded graph is named '{name}'.", nameof(name));
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private static Graph Load(string name) => Graph.Parse(GetJson(name), "graphs/" + name + ".json");
    }
}

using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>The merged graph and the report of the merge.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class MergeResult
    {
        internal MergeResult(Graph graph, MergeReport report)
        {
            Graph = graph;
            Report = report;
        }

        /// <summary>Gets the merged graph.</summary>
        public Graph Graph { get; }

        /// <summary>Gets the report.</summary>
        public MergeReport Report { get; }
    }
}

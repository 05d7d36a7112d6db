using System.Collections.Generic;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats
{
    /// <summary>What an import produced: the graph, and an account of what was skipped or dropped.</summary>
    [Immutable]
    public sealed class ImportResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="graph">The graph built.</param>
        /// <param name="problems">Every bad line skipped, with its file and line (empty in <see cref="ImportErrorMode.Stop"/> mode).</param>
        /// <param name="recordsRead">How many lines or records were read.</param>
        /// <param name="dropped">What was read but deliberately not imported, counted by reason (e.g. "property Person:birthPlace not mapped").</param>
        public ImportResult(Graph graph, IReadOnlyList<GraphError> problems, long recordsRead, IReadOnlyDictionary<string, int> dropped)
        {
            Graph = graph;
            Problems = problems;
            RecordsRead = recordsRead;
            Dropped = dropped;
        }

        /// <summary>Gets the graph built.</summary>
        public Graph Graph { get; }

        /// <summary>Gets every bad line that was skipped, with its file and line.</summary>
        public IReadOnlyList<GraphError> Problems { get; }

        /// <summary>Gets how many lines or records were read.</summary>
        public long RecordsRead { get; }

        /// <summary>Gets what was read but not imported, counted by reason.</summary>
        public IReadOnlyDictionary<string, int> Dropped { get; }

        /// <summary>Gets what an update (<see cref="ImportOptions.Into"/>) changed in the graph it updated, or <c>null</c> for a new graph.</summary>
        public ImportChanges? Changes { get; init; }
    }
}

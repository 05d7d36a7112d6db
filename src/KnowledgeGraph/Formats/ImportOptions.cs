using System;
using System.Threading;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats
{
    /// <summary>Options shared by every format reader (<c>Import</c> from a path, a stream or a text reader).</summary>
    [Immutable]
    public sealed record ImportOptions
    {
        /// <summary>Gets what to do with a bad line: stop (the default) or skip and report.</summary>
        public ImportErrorMode ErrorMode { get; init; } = ImportErrorMode.Stop;

        /// <summary>Gets the vocabulary to check against; <see cref="KnowledgeGraph.Vocabulary.Default"/> when <c>null</c>.</summary>
        public Vocabulary? Vocabulary { get; init; }

        /// <summary>Gets a receiver of progress (the number of lines or records read so far), or <c>null</c>.</summary>
        public IProgress<long>? Progress { get; init; }

        /// <summary>
        /// Gets the kind of the items of another tool's data that name none (GraphML written by networkx, igraph, Gephi,
        /// yEd), or <c>null</c> to refuse such data. Used by the formats with <see cref="GraphFormatCapabilities.ForeignData"/>.
        /// </summary>
        public string? DefaultKind { get; init; }

        /// <summary>
        /// Gets the relation type of the relations of another tool's data that name none of the vocabulary;
        /// <c>ASSOCIATED_WITH</c> (any kinds, undirected) by default. Used with <see cref="DefaultKind"/>.
        /// </summary>
        public string DefaultRelationType { get; init; } = "ASSOCIATED_WITH";

        /// <summary>
        /// Gets a graph the import updates (an earlier import of the same data, such as an OpenSanctions export before
        /// its delta files), or <c>null</c> to build a new graph. Only formats with <see cref="GraphFormatCapabilities.Updates"/>
        /// take one (FollowTheMoney): each record read replaces what the graph holds from the record with the same id, a
        /// delta <c>DEL</c> removes it, and everything else is kept, so that importing the same file twice changes nothing.
        /// The graph's vocabulary is used. <see cref="ImportResult.Changes"/> says what changed.
        /// </summary>
        public Graph? Into { get; init; }

        /// <summary>Gets a token that cancels the import.</summary>
        public CancellationToken CancellationToken { get; init; }

        /// <summary>Gets the size of the chunks a CSV relations file is cut into to be parsed in parallel; 0 for the reader's own (tests set it small).</summary>
        internal int CsvChunkBytes { get; init; }

        /// <summary>Gets the number of threads that parse CSV chunks; 0 for one a processor (1 reads the file in one pass, as does any file smaller than a chunk).</summary>
        internal int CsvWorkers { get; init; }
    }
}

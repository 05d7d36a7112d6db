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

        /// <summary>Gets a token that cancels the import.</summary>
        public CancellationToken CancellationToken { get; init; }
    }
}

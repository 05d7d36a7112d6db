using System;
using System.Threading;

namespace KnowledgeGraph.Formats
{
    /// <summary>Options shared by the importers (CSV, FollowTheMoney, Wikidata).</summary>
    public sealed class ImportOptions
    {
        /// <summary>Gets or sets what to do with a bad line: stop (the default) or skip and report.</summary>
        public ImportErrorMode ErrorMode { get; set; } = ImportErrorMode.Stop;

        /// <summary>Gets or sets the vocabulary to check against; <see cref="KnowledgeGraph.Vocabulary.Default"/> when <c>null</c>.</summary>
        public Vocabulary? Vocabulary { get; set; }

        /// <summary>Gets or sets a receiver of progress (the number of lines or records read so far), or <c>null</c>.</summary>
        public IProgress<long>? Progress { get; set; }

        /// <summary>Gets or sets a token that cancels the import.</summary>
        public CancellationToken CancellationToken { get; set; }
    }
}

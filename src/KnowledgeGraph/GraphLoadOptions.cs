using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>How <see cref="Graph.Load(string, GraphLoadOptions)"/> reads a graph file and the files it names.</summary>
    /// <remarks>
    /// <para>A graph file may name vocabulary files (its <c>vocabularies</c> field). They are read relative to the graph
    /// file's folder, must be regular files (not a device, a FIFO or a folder) no larger than
    /// <see cref="MaxNamedFileBytes"/>, and may not lie outside the graph file's folder (by <c>..</c>, an absolute path
    /// or a symbolic link) unless <see cref="AllowPathsOutside"/> is set. So a graph file from elsewhere cannot make
    /// the library read <c>/etc/shadow</c>, wait on a FIFO or read <c>/dev/zero</c> forever.</para>
    /// <para>This type is immutable and safe to share between threads; the <c>With…</c> methods return changed copies.
    /// The default value is <see cref="Default"/>.</para>
    /// </remarks>
    /// <threadsafety static="true" instance="true"/>
    [Immutable]
    public sealed class GraphLoadOptions
    {
        /// <summary>The default largest size of a file a graph names: 16 MiB.</summary>
        public const long DefaultMaxNamedFileBytes = 16L * 1024 * 1024;

        private GraphLoadOptions(Vocabulary? vocabulary, bool allowPathsOutside, long maxNamedFileBytes)
        {
            Vocabulary = vocabulary;
            AllowPathsOutside = allowPathsOutside;
            MaxNamedFileBytes = maxNamedFileBytes;
        }

        /// <summary>Gets the default options: the vocabulary the file names (or the default one), named files confined to the graph's folder and at most 16 MiB.</summary>
        public static GraphLoadOptions Default { get; } = new GraphLoadOptions(null, false, DefaultMaxNamedFileBytes);

        /// <summary>Gets the vocabulary to check against, or <c>null</c> for the built-in one the file names (<see cref="KnowledgeGraph.Vocabulary.Default"/> when it names none).</summary>
        public Vocabulary? Vocabulary { get; }

        /// <summary>Gets whether files a graph names may lie outside the graph file's folder. Default: <c>false</c>.</summary>
        public bool AllowPathsOutside { get; }

        /// <summary>Gets the largest size, in bytes, of a file a graph names. Default: <see cref="DefaultMaxNamedFileBytes"/>.</summary>
        public long MaxNamedFileBytes { get; }

        /// <summary>Returns a copy with another vocabulary.</summary>
        /// <param name="vocabulary">The vocabulary, or <c>null</c> for the one the file names.</param>
        /// <returns>The changed copy.</returns>
        public GraphLoadOptions WithVocabulary(Vocabulary? vocabulary) => new GraphLoadOptions(vocabulary, AllowPathsOutside, MaxNamedFileBytes);

        /// <summary>Returns a copy that allows (or forbids) named files outside the graph file's folder.</summary>
        /// <param name="allow"><c>true</c> to allow them.</param>
        /// <returns>The changed copy.</returns>
        public GraphLoadOptions WithAllowPathsOutside(bool allow) => new GraphLoadOptions(Vocabulary, allow, MaxNamedFileBytes);

        /// <summary>Returns a copy with another size limit for named files.</summary>
        /// <param name="bytes">The largest size in bytes; positive.</param>
        /// <returns>The changed copy.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is not positive.</exception>
        public GraphLoadOptions WithMaxNamedFileBytes(long bytes) => bytes > 0
            ? new GraphLoadOptions(Vocabulary, AllowPathsOutside, bytes)
            : throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "The limit must be positive.");
    }
}

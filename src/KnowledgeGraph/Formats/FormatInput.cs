using System;
using System.Collections.Generic;
using System.IO;
using KnowledgeGraph.Formats.Json;

namespace KnowledgeGraph.Formats
{
    /// <summary>
    /// The one way every format reader turns a path or a stream into the text it reads, so that the three verbs of a
    /// reader (<c>Import(path)</c>, <c>Import(stream)</c>, <c>Import(reader)</c>) read the same text the same way: UTF-8
    /// with every invalid byte kept visible, a file opened as <see cref="InputFile"/> does, a stream left open.
    /// </summary>
    internal static class FormatInput
    {
        /// <summary>Reads a file with the reader of a text.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options, or <c>null</c>.</param>
        /// <param name="read">Reads the text.</param>
        /// <returns>What the reader returns.</returns>
        public static ImportResult FromPath(string path, ImportOptions? options, Func<TextReader, string?, ImportOptions?, ImportResult> read)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            using TextReader reader = InputFile.OpenText(path);
            return read(reader, path, options);
        }

        /// <summary>Reads a stream with the reader of a text; the stream is left open.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options, or <c>null</c>.</param>
        /// <param name="read">Reads the text.</param>
        /// <returns>What the reader returns.</returns>
        public static ImportResult FromStream(Stream stream, string? fileName, ImportOptions? options, Func<TextReader, string?, ImportOptions?, ImportResult> read)
        {
            using StreamReader reader = OpenStream(stream);
            return read(reader, fileName, options);
        }

        /// <summary>Opens a stream as UTF-8 text, leaving the stream open when the reader is disposed.</summary>
        /// <param name="stream">The stream.</param>
        /// <returns>The reader.</returns>
        public static StreamReader OpenStream(Stream stream)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            return new StreamReader(stream, StrictTextReader.Utf8, true, 1 << 16, leaveOpen: true);
        }

        /// <summary>Reads a whole text (for the readers that parse a document at once).</summary>
        /// <param name="reader">The text.</param>
        /// <returns>The text.</returns>
        public static string ReadAll(TextReader reader) => (reader ?? throw new ArgumentNullException(nameof(reader))).ReadToEnd();

        /// <summary>The result of a format read all or nothing: the graph, nothing skipped.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The result.</returns>
        public static ImportResult Whole(Graph graph) => new ImportResult(graph, Array.Empty<GraphError>(), graph.VertexCount + graph.EdgeCount, new Dictionary<string, int>());
    }
}

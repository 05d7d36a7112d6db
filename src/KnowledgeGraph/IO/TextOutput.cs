using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace KnowledgeGraph.IO
{
    /// <summary>
    /// The one way every format writer turns its output into a file, a stream, a text writer or a string, so that the
    /// four verbs of a writer give the same text: UTF-8 without a byte-order mark, "\n" line ends, a stream or writer
    /// left open, and a file written safely (<see cref="SafeFile"/>).
    /// </summary>
    internal static class TextOutput
    {
        /// <summary>UTF-8 without a byte-order mark.</summary>
        public static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>Writes text to a file safely, as UTF-8.</summary>
        /// <param name="graph">The graph written (checked not to be <c>null</c>).</param>
        /// <param name="path">The file.</param>
        /// <param name="write">Writes the text.</param>
        public static void ToFile(object graph, string path, Action<TextWriter> write)
        {
            Require(graph, nameof(graph));
            SafeFile.Write(path, s => ToStream(graph, s, write));
        }

        /// <summary>Writes text to a stream as UTF-8, leaving the stream open.</summary>
        /// <param name="graph">The graph written (checked not to be <c>null</c>).</param>
        /// <param name="stream">The stream.</param>
        /// <param name="write">Writes the text.</param>
        public static void ToStream(object graph, Stream stream, Action<TextWriter> write)
        {
            Require(graph, nameof(graph));
            Require(stream, nameof(stream));
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
            writer.Flush();
        }

        /// <summary>Writes text to a text writer, leaving it open.</summary>
        /// <param name="graph">The graph written (checked not to be <c>null</c>).</param>
        /// <param name="writer">The writer.</param>
        /// <param name="write">Writes the text.</param>
        public static void ToWriter(object graph, TextWriter writer, Action<TextWriter> write)
        {
            Require(graph, nameof(graph));
            Require(writer, nameof(writer));
            write(writer);
        }

        /// <summary>Gets text as a string.</summary>
        /// <param name="graph">The graph written (checked not to be <c>null</c>).</param>
        /// <param name="write">Writes the text.</param>
        /// <returns>The text.</returns>
        public static string ToText(object graph, Action<TextWriter> write)
        {
            Require(graph, nameof(graph));
            var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            write(writer);
            return writer.ToString();
        }

        /// <summary>Writes bytes (UTF-8 text, such as an XML document that declares its encoding) to a file safely.</summary>
        /// <param name="graph">The graph written (checked not to be <c>null</c>).</param>
        /// <param name="path">The file.</param>
        /// <param name="write">Writes the bytes.</param>
        public static void BytesToFile(object graph, string path, Action<Stream> write)
        {
            Require(graph, nameof(graph));
            SafeFile.Write(path, write);
        }

        /// <summary>Gets UTF-8 bytes (an XML document that declares its encoding) as a string.</summary>
        /// <param name="graph">The graph written (checked not to be <c>null</c>).</param>
        /// <param name="write">Writes the bytes.</param>
        /// <returns>The text.</returns>
        public static string BytesToText(object graph, Action<Stream> write)
        {
            Require(graph, nameof(graph));
            using var buffer = new MemoryStream();
            write(buffer);
            return Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        /// <summary>Writes UTF-8 bytes (an XML document that declares its encoding) to a text writer, as the same text; the writer is left open.</summary>
        /// <param name="graph">The graph written (checked not to be <c>null</c>).</param>
        /// <param name="writer">The writer.</param>
        /// <param name="write">Writes the bytes.</param>
        public static void BytesToWriter(object graph, TextWriter writer, Action<Stream> write)
        {
            Require(writer, nameof(writer));
            writer.Write(BytesToText(graph, write));
        }

        /// <summary>Throws <see cref="ArgumentNullException"/> when an argument is <c>null</c>.</summary>
        /// <param name="value">The argument.</param>
        /// <param name="name">Its name.</param>
        public static void Require(object? value, string name)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}

using System;
using System.IO;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Formats
{
    /// <summary>Opens an input file the same way for every reader: a regular file (not a device or a FIFO), decoded as UTF-8 with every invalid byte kept visible as U+FFFF, and any failure to open reported as one positioned error.</summary>
    internal static class InputFile
    {
        /// <summary>Opens a file for reading as text.</summary>
        /// <param name="path">The file.</param>
        /// <returns>The reader.</returns>
        /// <exception cref="GraphValidationException">The file cannot be opened or is not a regular file.</exception>
        public static StreamReader OpenText(string path)
        {
            if (NamedFile.IsRegularFile(path) == false && !Directory.Exists(path))
            {
                throw Error(path, "Not a regular file (a device, a FIFO or a socket); save the input to a file first.");
            }

            try
            {
                return new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), StrictTextReader.Utf8, true, 1 << 16);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw Error(path, "Cannot read the file: " + ex.Message);
            }
        }

        /// <summary>Reads a whole file as text.</summary>
        /// <param name="path">The file.</param>
        /// <returns>The text.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read or is not a regular file.</exception>
        public static string ReadAllText(string path)
        {
            using StreamReader reader = OpenText(path);
            try
            {
                return reader.ReadToEnd();
            }
            catch (Exception ex) when (ex is IOException or OutOfMemoryException)
            {
                throw Error(path, "Cannot read the file: " + ex.Message);
            }
        }

        private static GraphValidationException Error(string path, string message) =>
            new GraphValidationException(new[] { new GraphError(GraphErrorCode.IOError, message, file: path) });
    }
}

using System;
using System.IO;

namespace KnowledgeGraph.IO
{
    /// <summary>Writes files so that a failure never destroys the previous file: write a temporary file beside the target, flush it to disk, then move it over the target.</summary>
    public static class SafeFile
    {
        /// <summary>Writes a file through a temporary file in the same directory, then replaces the target.</summary>
        /// <param name="path">The target file.</param>
        /// <param name="write">Writes the content to the stream it is given.</param>
        /// <exception cref="IOException">The file could not be written; the previous file, if any, is untouched.</exception>
        public static void Write(string path, Action<Stream> write)
        {
            string full = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(full) ?? ".";
            string temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    write(stream);
                    stream.Flush(true);
                }

                if (File.Exists(full))
                {
                    File.Replace(temp, full, null);
                }
                else
                {
                    File.Move(temp, full);
                }
            }
            catch
            {
                TryDelete(temp);
                throw;
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

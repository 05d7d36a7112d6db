using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace KnowledgeGraph.IO
{
    /// <summary>
    /// The temporary files and folders this process has made and not yet removed: deleted when the process exits
    /// (normal exit, SIGTERM) or when the command line is interrupted (<see cref="SafeFile.DeleteTemporaryFiles"/>).
    /// Their names carry the id of the process that made them, so that a later run can tell a stale one (its process
    /// is gone, say after <c>kill -9</c>) from one still being written.
    /// </summary>
    internal static class TemporaryFiles
    {
        private static readonly ConcurrentDictionary<string, bool> Pending = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        private static readonly int ProcessId = CurrentProcessId();

        static TemporaryFiles()
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
        }

        /// <summary>Gets the marker put into temporary names: <c>kg-PID-RANDOM</c>.</summary>
        /// <returns>The marker.</returns>
        internal static string NewMarker() => "kg-" + ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N").Substring(0, 8);

        /// <summary>Records a temporary file or folder.</summary>
        /// <param name="path">Its full path.</param>
        internal static void Add(string path) => Pending[path] = true;

        /// <summary>Forgets a temporary file or folder (it was moved into place or deleted).</summary>
        /// <param name="path">Its full path.</param>
        internal static void Remove(string path) => Pending.TryRemove(path, out _);

        /// <summary>Deletes every recorded temporary file and folder.</summary>
        internal static void DeleteAll()
        {
            foreach (string path in Pending.Keys)
            {
                Delete(path);
                Remove(path);
            }
        }

        /// <summary>Deletes a file or folder, ignoring failures (it may be gone already).</summary>
        /// <param name="path">The path.</param>
        internal static void Delete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, true);
                }
                else if (File.Exists(path))
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

        /// <summary>Gets whether a temporary name (holding <c>kg-PID-RANDOM</c> after <paramref name="prefix"/>) was left by a process that no longer runs.</summary>
        /// <param name="fullPath">The full path of the temporary file or folder.</param>
        /// <param name="prefix">What comes before <c>kg-</c> in the name.</param>
        /// <returns><c>true</c> when it is stale and may be deleted.</returns>
        internal static bool IsStale(string fullPath, string prefix)
        {
            string name = Path.GetFileName(fullPath);
            if (!name.StartsWith(prefix + "kg-", StringComparison.Ordinal) || Pending.ContainsKey(fullPath))
            {
                return false;
            }

            string rest = name.Substring(prefix.Length + 3);
            int dash = rest.IndexOf('-');
            if (dash <= 0 || !int.TryParse(rest.Substring(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                return false;
            }

            if (pid == ProcessId)
            {
                // Not pending in this process: an earlier process with the same id made it and is gone.
                return true;
            }

            try
            {
                using Process p = Process.GetProcessById(pid);
                return p.HasExited;
            }
            catch (ArgumentException)
            {
                return true;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }

        private static int CurrentProcessId()
        {
#if NET
            return Environment.ProcessId;
#else
            using Process p = Process.GetCurrentProcess();
            return p.Id;
#endif
        }
    }
}

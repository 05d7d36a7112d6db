using System;
using System.IO;

namespace KnowledgeGraph.IO
{
    /// <summary>
    /// Writes files so that a failure never destroys the previous file: a regular file is written to a temporary file
    /// beside it, flushed to disk, and moved over it; anything that is not a regular file (a device such as
    /// <c>/dev/null</c>, a FIFO, <c>/dev/stdout</c>) is written to as a stream and never replaced.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>A symbolic link is written through: its final target is replaced atomically and the link stays a link.</item>
    /// <item>The permission bits and the owner and group of an existing file are kept (Linux and macOS): the temporary
    /// file gets them before any content is written, so a 0600 file is never readable by others, not even briefly. When
    /// the owner cannot be kept (another user's file, without the right to change owners) nothing is written and an
    /// <see cref="IOException"/> says so.</item>
    /// <item>The temporary file (<c>.NAME.kg-PID-RANDOM.tmp</c>) is removed on every failure, when the process exits, and by
    /// <see cref="DeleteTemporaryFiles"/> (which <c>kg</c> calls on Ctrl-C). One left by a process that was killed is
    /// removed by the next save to the same file.</item>
    /// <item>Paths through <c>/proc</c> or <c>/dev/fd</c> (such as <c>/dev/stdout</c> redirected to a file) are appended to,
    /// as the shell opened them.</item>
    /// </list>
    /// </remarks>
    public static class SafeFile
    {
        private const string TempSuffix = ".tmp";

        /// <summary>Writes a file safely (see the remarks on <see cref="SafeFile"/>).</summary>
        /// <param name="path">The target file.</param>
        /// <param name="write">Writes the content to the stream it is given.</param>
        /// <exception cref="ArgumentException">The path is empty.</exception>
        /// <exception cref="IOException">The file could not be written (or the path is a directory); the previous file, if any, is untouched.</exception>
        public static void Write(string path, Action<Stream> write)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (path.Trim().Length == 0)
            {
                throw new ArgumentException("The path of the file to write is empty.", nameof(path));
            }

            string full = Path.GetFullPath(path);
            if (UnixFile.TryStat(full, out UnixFile.Status status))
            {
                if (status.FileKind == UnixFile.Kind.Directory)
                {
                    throw new IOException($"'{path}' is a directory, not a file.");
                }

                if (status.FileKind == UnixFile.Kind.Special)
                {
                    Stream(full, FileMode.Open, write);
                    return;
                }

                if (ThroughProcessTable(full))
                {
                    Stream(full, FileMode.Append, write);
                    return;
                }
            }
            else if (Directory.Exists(full))
            {
                throw new IOException($"'{path}' is a directory, not a file.");
            }

            string target = FinalTarget(full);
            Replace(target, UnixFile.TryStat(target, out status) ? status : (UnixFile.Status?)null, write);
        }

        /// <summary>Deletes the temporary files and folders of saves and renders still under way in this process (call it when the process is being interrupted, such as from <see cref="Console.CancelKeyPress"/>).</summary>
        public static void DeleteTemporaryFiles() => TemporaryFiles.DeleteAll();

        /// <summary>Writes to a device, FIFO or descriptor path as a stream.</summary>
        private static void Stream(string path, FileMode mode, Action<Stream> write)
        {
            using var stream = new FileStream(path, mode, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            write(stream);
            stream.Flush();
        }

        /// <summary>Writes a temporary file beside <paramref name="target"/> and moves it over the target.</summary>
        private static void Replace(string target, UnixFile.Status? existing, Action<Stream> write)
        {
            string directory = Path.GetDirectoryName(target) ?? ".";
            string prefix = "." + Path.GetFileName(target) + ".";
            RemoveStale(directory, prefix);
            string temp = Path.Combine(directory, prefix + TemporaryFiles.NewMarker() + TempSuffix);
            TemporaryFiles.Add(temp);
            try
            {
                using (FileStream stream = Create(temp, existing))
                {
                    if (existing is UnixFile.Status old)
                    {
                        KeepOwnerAndMode(temp, old, target);
                    }

                    write(stream);
                    stream.Flush(true);
                }

                if (File.Exists(target))
                {
                    File.Replace(temp, target, null);
                }
                else
                {
                    File.Move(temp, target);
                }

                TemporaryFiles.Remove(temp);
            }
            catch
            {
                TemporaryFiles.Delete(temp);
                TemporaryFiles.Remove(temp);
                throw;
            }
        }

        private static FileStream Create(string temp, UnixFile.Status? existing)
        {
#if NET
            if (existing is UnixFile.Status old && !OperatingSystem.IsWindows())
            {
                // Owner-only until the owner and mode are set: the content is never readable by more people than the target allows.
                return new FileStream(temp, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    Share = FileShare.None,
                    BufferSize = 1 << 16,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
            }
#endif
            return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }

        private static void KeepOwnerAndMode(string temp, UnixFile.Status old, string target)
        {
            if (UnixFile.TryStat(temp, out UnixFile.Status mine) && (mine.Uid != old.Uid || mine.Gid != old.Gid) && !UnixFile.TryChown(temp, old.Uid, old.Gid))
            {
                throw new IOException($"Cannot keep the owner (uid {old.Uid}, gid {old.Gid}) of '{target}', so it was not replaced; write it as its owner or as root.");
            }
#if NET
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, (UnixFileMode)old.Permissions);
            }
#endif
        }

        /// <summary>Deletes temporary files of earlier saves to the same target whose process is gone.</summary>
        private static void RemoveStale(string directory, string prefix)
        {
            string[] candidates;
            try
            {
                candidates = Directory.GetFiles(directory, prefix + "kg-*" + TempSuffix);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return;
            }

            foreach (string candidate in candidates)
            {
                if (TemporaryFiles.IsStale(candidate, prefix))
                {
                    TemporaryFiles.Delete(candidate);
                }
            }
        }

        /// <summary>Gets whether a path is, or leads through a symbolic link to, a descriptor of a process (<c>/proc/…</c>, <c>/dev/fd/…</c>).</summary>
        private static bool ThroughProcessTable(string full)
        {
            string current = full;
            for (int hop = 0; hop < 40; hop++)
            {
                if (current.StartsWith("/proc/", StringComparison.Ordinal) || current.StartsWith("/dev/fd/", StringComparison.Ordinal))
                {
                    return true;
                }

                string? next = LinkTarget(current);
                if (next == null)
                {
                    return false;
                }

                current = next;
            }

            return false;
        }

        /// <summary>Follows symbolic links from <paramref name="full"/> to the file they finally name (which may not exist yet).</summary>
        private static string FinalTarget(string full)
        {
            string current = full;
            for (int hop = 0; hop < 40; hop++)
            {
                string? next = LinkTarget(current);
                if (next == null)
                {
                    return current;
                }

                current = next;
            }

            throw new IOException($"Too many levels of symbolic links at '{full}'.");
        }

        private static string? LinkTarget(string path)
        {
#if NET
            string? target;
            try
            {
                target = new FileInfo(path).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }

            return target == null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path) ?? "/", target));
#else
            return null;
#endif
        }
    }
}

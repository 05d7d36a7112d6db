using System;
using System.IO;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.IO
{
    /// <summary>Reads a file that an input names (a graph's vocabulary files): confined to a folder, a regular file, and within a size limit.</summary>
    internal static class NamedFile
    {
        /// <summary>Resolves <paramref name="relative"/> against <paramref name="baseDirectory"/> and reads it as text, or says why it may not be read.</summary>
        /// <param name="baseDirectory">The folder of the file that names it.</param>
        /// <param name="relative">The name as written.</param>
        /// <param name="options">The confinement and the size limit.</param>
        /// <param name="fullPath">The resolved path.</param>
        /// <param name="problem">Why it was not read, in one sentence, or <c>null</c>.</param>
        /// <returns>The text, or <c>null</c> with a <paramref name="problem"/>.</returns>
        public static string? TryReadText(string baseDirectory, string relative, GraphLoadOptions options, out string fullPath, out string? problem)
        {
            fullPath = relative;
            if (relative.Length == 0 || relative.IndexOf('\0') >= 0)
            {
                problem = relative.Length == 0 ? "The vocabulary file name is empty." : "The vocabulary file name holds a NUL character.";
                return null;
            }

            try
            {
                string root = Path.GetFullPath(baseDirectory);
                fullPath = Path.GetFullPath(Path.Combine(root, relative));
                if (!options.AllowPathsOutside && (!IsInside(fullPath, root) || !LinkStaysInside(fullPath, root)))
                {
                    problem = $"The vocabulary file '{relative}' lies outside the graph's folder; allow it with --allow-paths (GraphLoadOptions.WithAllowPathsOutside).";
                    return null;
                }

                if (Directory.Exists(fullPath))
                {
                    problem = $"The vocabulary file '{relative}' is a folder.";
                    return null;
                }

                if (!File.Exists(fullPath))
                {
                    problem = $"The vocabulary file '{relative}' does not exist.";
                    return null;
                }

                if (IsRegularFile(fullPath) == false)
                {
                    problem = $"The vocabulary file '{relative}' is not a regular file (a device, a FIFO or a socket).";
                    return null;
                }

                using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
                var buffer = new MemoryStream();
                var chunk = new byte[1 << 16];
                int n;
                while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + n > options.MaxNamedFileBytes)
                    {
                        problem = $"The vocabulary file '{relative}' is larger than the limit of {options.MaxNamedFileBytes} bytes.";
                        return null;
                    }

                    buffer.Write(chunk, 0, n);
                }

                problem = null;
                return Formats.Json.StrictTextReader.Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
            {
                problem = $"Cannot read the vocabulary file '{relative}': {ex.Message}";
                return null;
            }
        }

        /// <summary>Gets whether a path names a regular file: <c>true</c> or <c>false</c> where the platform says, <c>null</c> where it cannot tell.</summary>
        /// <remarks>
        /// .NET has no public API for a file's type on Unix; this asks the runtime's own native shim (<c>libSystem.Native</c>,
        /// <c>SystemNative_Stat</c>, whose result starts with flags and then the <c>st_mode</c> bits), as the runtime does
        /// itself. On Windows, or a runtime without that shim, it returns <c>null</c> and the size limit still bounds the read.
        /// </remarks>
        internal static bool? IsRegularFile(string path)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return null;
            }

            try
            {
                byte[] name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
                var status = new byte[512];
                if (SystemNativeStat(name, status) != 0)
                {
                    return null;
                }

                int mode = BitConverter.ToInt32(status, 4);
                const int TypeMask = 0xF000;
                const int Regular = 0x8000;
                return (mode & TypeMask) == Regular;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                return null;
            }
        }

        private static bool IsInside(string fullPath, string root)
        {
            StringComparison comparison = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
            return fullPath.StartsWith(prefix, comparison);
        }

        private static bool LinkStaysInside(string fullPath, string root)
        {
#if NET
            FileSystemInfo? target = new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true);
            return target == null || IsInside(Path.GetFullPath(target.FullName), root);
#else
            return true;
#endif
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int SystemNativeStat(byte[] path, [Out] byte[] status);
    }
}

using System;
using System.IO;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.IO
{
    /// <summary>What <c>stat(2)</c> says about a path on Linux and macOS (through the .NET runtime's own native shim), and <c>chown(2)</c>.</summary>
    /// <remarks>
    /// .NET has no public API for the type of a file (regular, device, FIFO) or its owner. The runtime's
    /// <c>libSystem.Native</c> exports <c>SystemNative_Stat</c>, whose result starts with flags, mode, uid and gid
    /// (32 bits each) on every .NET since Core 2.0; only those four fields are read. Where the shim or libc cannot be
    /// loaded (Windows, other runtimes) every method answers "unknown" and callers fall back to plain behaviour.
    /// </remarks>
    internal static class UnixFile
    {
        /// <summary>The mask of the file-type bits of a mode.</summary>
        private const int TypeMask = 0xF000;

        private const int RegularType = 0x8000;

        private const int DirectoryType = 0x4000;

        private static bool _unavailable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>The type of a file, as far as it matters for writing to it.</summary>
        internal enum Kind
        {
            /// <summary>Nothing is there (or the type cannot be known on this platform).</summary>
            Missing,

            /// <summary>A regular file.</summary>
            Regular,

            /// <summary>A directory.</summary>
            Directory,

            /// <summary>A character or block device, a FIFO or a socket: written to as a stream, never replaced.</summary>
            Special,
        }

        /// <summary>Gets whether stat works here.</summary>
        internal static bool Available => !_unavailable;

        /// <summary>Reads the type, permission bits and owner of a path, following symbolic links.</summary>
        /// <param name="path">The path.</param>
        /// <param name="status">The status, when found.</param>
        /// <returns><c>true</c> when the path exists and stat worked.</returns>
        internal static bool TryStat(string path, out Status status)
        {
            status = default;
            if (_unavailable)
            {
                return false;
            }

            var buffer = new byte[512];
            try
            {
                if (NativeStat(path, buffer) != 0)
                {
                    return false;
                }
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException || e is BadImageFormatException)
            {
                _unavailable = true;
                return false;
            }

            int mode = BitConverter.ToInt32(buffer, 4);
            Kind kind = (mode & TypeMask) switch
            {
                RegularType => Kind.Regular,
                DirectoryType => Kind.Directory,
                _ => Kind.Special,
            };
            status = new Status(kind, mode & 0xFFF, BitConverter.ToUInt32(buffer, 8), BitConverter.ToUInt32(buffer, 12));
            return true;
        }

        /// <summary>Sets the owner and group of a path.</summary>
        /// <param name="path">The path.</param>
        /// <param name="uid">The owner.</param>
        /// <param name="gid">The group.</param>
        /// <returns><c>true</c> when it worked.</returns>
        internal static bool TryChown(string path, uint uid, uint gid)
        {
            if (_unavailable)
            {
                return false;
            }

            try
            {
                return NativeChown(path, uid, gid) == 0;
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException || e is BadImageFormatException)
            {
                return false;
            }
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int NativeStat(string path, byte[] status);

        [DllImport("libc", EntryPoint = "chown", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int NativeChown(string path, uint uid, uint gid);

        /// <summary>The type, permission bits (the low 12 bits of the mode) and owner of a file.</summary>
        internal readonly struct Status
        {
            internal Status(Kind kind, int permissions, uint uid, uint gid)
            {
                FileKind = kind;
                Permissions = permissions;
                Uid = uid;
                Gid = gid;
            }

            /// <summary>Gets the type.</summary>
            internal Kind FileKind { get; }

            /// <summary>Gets the permission bits.</summary>
            internal int Permissions { get; }

            /// <summary>Gets the owner.</summary>
            internal uint Uid { get; }

            /// <summary>Gets the group.</summary>
            internal uint Gid { get; }
        }
    }
}

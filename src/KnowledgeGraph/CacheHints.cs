using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics.X86;
#endif

namespace KnowledgeGraph
{
    /// <summary>
    /// Hints to the memory for the loops whose next steps are known but whose data is scattered (the index builds, the
    /// breadth-first order, the searches): ask for a cache line some steps ahead, so that the misses overlap instead of
    /// following each other. A hint changes no result; where the processor has no such instruction it does nothing.
    /// </summary>
    internal static class CacheHints
    {
        /// <summary>Gets whether <see cref="Prefetch{T}"/> asks the memory for anything here.</summary>
#if NET8_0_OR_GREATER
        public static bool Enabled => Sse.IsSupported;
#else
        public static bool Enabled => false;
#endif

        /// <summary>Asks the memory for the cache line that holds <paramref name="at"/>, without waiting for it.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="at">The element.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static unsafe void Prefetch<T>(ref T at)
        {
#if NET8_0_OR_GREATER
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref at));
            }
#endif
        }
    }
}

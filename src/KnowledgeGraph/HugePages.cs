using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph
{
    /// <summary>
    /// Large arrays that searches read at random (the search rows of <see cref="TraversalIndex"/> and their starts) asked of
    /// Linux on huge pages (2 MB instead of 4 KB): a point-to-point search reads a hundred rows scattered over tens or hundreds of megabytes, and on
    /// small pages nearly each of them first misses the processor's table of page addresses, a walk through the page tables
    /// before the row's own cache miss. The request is advice (<c>madvise</c> with <c>MADV_HUGEPAGE</c>, which the kernel
    /// honours when its transparent huge pages are set to <c>madvise</c> or <c>always</c>, Debian's default being the first);
    /// elsewhere, or when it is refused, the array is an ordinary one. It changes no content, only how the memory is mapped.
    /// </summary>
    internal static class HugePages
    {
        /// <summary>The size of a huge page on x64 and arm64 Linux.</summary>
        private const long HugePageSize = 2L << 20;

        private const int MadvHugePage = 14;

        private const int MadvNoHugePage = 15;

        /// <summary>
        /// The largest array asked for on huge pages: 256 MB (the search rows of about three million entities). With the
        /// 720 MB rows of ten million entities on them too, our loads of that graph read 43.5–45.4 s against 36–40 s, and
        /// pinned there the rows did not reuse the heap's free space (up to 450 MB more at the peak); its searches gained
        /// little (p2p 0.070 → 0.063 s, hub distances 0.59 → 0.48 s).
        /// </summary>
        private const long MaxBytes = 256L << 20;

#if NET8_0_OR_GREATER
        private static bool _failed;
#endif

        private static long _advised;
        private static long _mapped;

        /// <summary>
        /// Gets or sets the time the huge pages of one array may take to map beyond <see cref="BudgetPerPage"/> for each, in
        /// <see cref="Stopwatch"/> ticks: 2 ms. The first huge page is always mapped; tests set both budgets to zero or to
        /// <see cref="long.MaxValue"/>.
        /// </summary>
        internal static long BudgetBase { get; set; } = Stopwatch.Frequency / 500;

        /// <summary>Gets or sets the time allowed for each huge page of an array, in <see cref="Stopwatch"/> ticks: 0.5 ms, over twice what one took here while the host still backed the memory (0.2 ms), and well under its 512 small pages (1.2–1.9 ms).</summary>
        internal static long BudgetPerPage { get; set; } = Stopwatch.Frequency / 2000;

        /// <summary>Gets the bytes advised onto huge pages so far in this process (for the benchmarks' figures).</summary>
        internal static long AdvisedBytes => System.Threading.Interlocked.Read(ref _advised);

        /// <summary>Gets the bytes of those whose huge pages were first written within the budget (the kernel may still have given small pages where it had no huge one free); the rest were advised back to small pages.</summary>
        internal static long MappedBytes => System.Threading.Interlocked.Read(ref _mapped);

        /// <summary>Gets or sets whether arrays are asked for on huge pages (on by default on Linux; the benchmarks turn it off to measure what it gains).</summary>
        internal static bool Enabled { get; set; } = RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
            && (RuntimeInformation.ProcessArchitecture == Architecture.X64 || RuntimeInformation.ProcessArchitecture == Architecture.Arm64);

        /// <summary>Gets a new array of <paramref name="length"/> elements, asked for on huge pages when it spans two or more of them (only the huge pages wholly inside it). Its elements are not cleared: the caller writes every one.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="length">The number of elements.</param>
        /// <returns>The array.</returns>
        public static T[] NewArray<T>(int length)
            where T : unmanaged
        {
#if NET8_0_OR_GREATER
            long bytes = (long)length * Unsafe.SizeOf<T>();
            if (Enabled && !_failed && bytes >= 2 * HugePageSize && bytes <= MaxBytes)
            {
                // Not yet written, so that its pages are mapped as huge ones when first written: advice given on memory
                // already written changes nothing. On the pinned heap, which never moves its objects and holds little
                // else, so the array comes from memory not written before (on the large object heap it could reuse the
                // load's freed arrays, whose pages are mapped already).
                T[] array = GC.AllocateUninitializedArray<T>(length, pinned: true);
                Advise(array);
                return array;
            }
#endif
            return new T[length];
        }

#if NET8_0_OR_GREATER
        private static unsafe void Advise<T>(T[] array)
            where T : unmanaged
        {
            long start = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
            long end = start + ((long)array.Length * sizeof(T));
            long from = (start + HugePageSize - 1) & ~(HugePageSize - 1), to = end & ~(HugePageSize - 1);
            if (to <= from)
            {
                return;
            }

            try
            {
                // Refused (an old kernel, huge pages set to never): the array stays on small pages.
                if (madvise((IntPtr)from, (UIntPtr)(ulong)(to - from), MadvHugePage) != 0)
                {
                    return;
                }
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
            {
                _failed = true;
                return;
            }

            // Each huge page is mapped here, by one thread, a byte written in each, while mapping them stays cheap. A huge page
            // took 0.2 ms here (less than its 512 small ones), but on a virtual machine whose host has taken back the free
            // memory, each new one stopped this machine for 25-40 ms (0.9 s for 80 MB, against 0.05 s on small pages). So
            // the mapping stops once it has taken longer than the budget, and the rest of the array is advised back to small
            // pages: the writers then map those as for an ordinary array, and no load pays more than the budget and one
            // slow page for pages that only speed its searches up.
            byte* p = (byte*)from;
            long pages = (to - from) / HugePageSize;
            long budget = BudgetPerPage > 0 && pages > (long.MaxValue - BudgetBase) / BudgetPerPage ? long.MaxValue : BudgetBase + (pages * BudgetPerPage);
            long started = Stopwatch.GetTimestamp();
            System.Threading.Interlocked.Add(ref _advised, to - from);
            for (long at = 0; at < to - from; at += HugePageSize)
            {
                if (at > 0 && Stopwatch.GetTimestamp() - started > budget)
                {
                    _ = madvise((IntPtr)(from + at), (UIntPtr)(ulong)(to - from - at), MadvNoHugePage);
                    return;
                }

                p[at] = 0;
                System.Threading.Interlocked.Add(ref _mapped, HugePageSize);
            }
        }

        [DllImport("libc", EntryPoint = "madvise")]
        private static extern int madvise(IntPtr address, UIntPtr length, int advice);
#endif
    }
}

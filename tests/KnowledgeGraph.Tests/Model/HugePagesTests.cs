using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FluentAssertions;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>The search rows are asked of Linux on huge pages: the arrays are ordinary ones to their readers, and where the system gives huge pages on request, they are mapped on them.</summary>
    [NonParallelizable]
    public class HugePagesTests
    {
        [Test]
        public void NewArray_HasTheLengthAndHoldsWhatIsWritten_OnOrOff()
        {
            bool was = HugePages.Enabled;
            try
            {
                foreach (bool on in new[] { true, false })
                {
                    HugePages.Enabled = on;
                    foreach (int length in new[] { 0, 1, 1000, 3 << 20 })
                    {
                        int[] a = HugePages.NewArray<int>(length);
                        a.Length.Should().Be(length);
                        for (int i = 0; i < a.Length; i++)
                        {
                            a[i] = i ^ 0x5A5A;
                        }

                        Enumerable.Range(0, length).All(i => a[i] == (i ^ 0x5A5A)).Should().BeTrue();
                    }
                }
            }
            finally
            {
                HugePages.Enabled = was;
            }
        }

        [Test]
        public void NewArray_WhereTheSystemGivesHugePagesOnRequest_IsMappedOnThem()
        {
            RequireHugePagesOnRequest();

            using (Unlimited())
            {
                // 64 MB: well over the two huge pages an array needs to be advised, and written through, so that it is mapped.
                int[] a = HugePages.NewArray<int>(16 << 20);
                Array.Fill(a, 7);
                long huge = HugeKilobytesAround(a);
                huge.Should().BeGreaterThanOrEqualTo(2048, "a 64 MB array asked for on huge pages and written through should sit on at least one");
                GC.KeepAlive(a);
            }
        }

        [Test]
        public void NewArray_WhenMappingHugePagesOverrunsTheBudget_LeavesTheRestOnSmallPages()
        {
            RequireHugePagesOnRequest();

            long perPage = HugePages.BudgetPerPage, basis = HugePages.BudgetBase;
            HugePages.BudgetPerPage = 0;
            HugePages.BudgetBase = 0;
            try
            {
                // No time at all: the first huge page is mapped, the rest of the 64 MB (its middle included) is advised back
                // to small pages, and the array is whole.
                int[] a = HugePages.NewArray<int>(16 << 20);
                for (int i = 0; i < a.Length; i++)
                {
                    a[i] = i * 3;
                }

                HugeKilobytesAround(a).Should().Be(0, "past its budget, the rest of an array is left on small pages");
                Enumerable.Range(0, a.Length).All(i => a[i] == i * 3).Should().BeTrue();
            }
            finally
            {
                HugePages.BudgetPerPage = perPage;
                HugePages.BudgetBase = basis;
            }
        }

        [Test]
        public void SearchRows_OfAGraphWithMillionsOfSlots_AreMappedOnHugePages()
        {
            RequireHugePagesOnRequest();
            using IDisposable unlimited = Unlimited();

            // 100,000 entities in a ring with chords: 400,000 relations, 800,000 slots of 12 bytes in the search rows (9 MB).
            var b = new GraphBuilder(CsvVocabularies.Open);
            const int n = 100_000;
            for (int i = 0; i < n; i++)
            {
                b.AddEntity("e" + i.ToString(CultureInfo.InvariantCulture), "Company", "E" + i.ToString(CultureInfo.InvariantCulture));
            }

            int r = 0;
            for (int i = 0; i < n; i++)
            {
                foreach (int step in new[] { 1, 7, 101, 997 })
                {
                    b.AddRelation("r" + (r++).ToString(CultureInfo.InvariantCulture), "OWNS", "e" + i.ToString(CultureInfo.InvariantCulture), "e" + ((i + step) % n).ToString(CultureInfo.InvariantCulture));
                }
            }

            Graph g = b.Build();
            TraversalIndex rows = g.Index.Ordered;
            rows.Slots.Length.Should().Be(2 * 4 * n);
            HugeKilobytesAround(rows.Slots).Should().BeGreaterThanOrEqualTo(2048, "the search rows (9 MB) are asked for on huge pages");
        }

        /// <summary>No time budget while the huge pages are mapped, until disposed: these tests check the mapping, whatever the machine's memory costs to map.</summary>
        private static IDisposable Unlimited()
        {
            long perPage = HugePages.BudgetPerPage, basis = HugePages.BudgetBase;
            HugePages.BudgetPerPage = 0;
            HugePages.BudgetBase = long.MaxValue;
            return new Restore(() =>
            {
                HugePages.BudgetPerPage = perPage;
                HugePages.BudgetBase = basis;
            });
        }

        private static void RequireHugePagesOnRequest()
        {
            string mode = File.Exists("/sys/kernel/mm/transparent_hugepage/enabled") ? File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled") : string.Empty;
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || !(mode.Contains("[madvise]") || mode.Contains("[always]")))
            {
                Assert.Ignore($"transparent huge pages are not given on request here ('{mode.Trim()}')");
            }

            HugePages.Enabled.Should().BeTrue();
        }

        /// <summary>The AnonHugePages of the mapping that holds the array's middle, from /proc/self/smaps.</summary>
        private static long HugeKilobytesAround<T>(T[] array)
            where T : unmanaged
        {
            GCHandle pin = GCHandle.Alloc(array, GCHandleType.Pinned);
            ulong at = (ulong)pin.AddrOfPinnedObject().ToInt64() + ((ulong)array.Length * (ulong)Unsafe.SizeOf<T>() / 2);
            pin.Free();
            bool inside = false;
            foreach (string line in File.ReadLines("/proc/self/smaps"))
            {
                int dash = line.IndexOf('-');
                int space = line.IndexOf(' ');
                if (dash > 0 && space > dash && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong from)
                    && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong to))
                {
                    inside = from <= at && at < to;
                }
                else if (inside && line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                }
            }

            return 0;
        }

        private sealed class Restore : IDisposable
        {
            private readonly Action _undo;

            public Restore(Action undo) => _undo = undo;

            public void Dispose() => _undo();
        }
    }
}

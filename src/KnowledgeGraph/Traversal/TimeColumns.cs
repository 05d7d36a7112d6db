using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The times of a graph's relations as compact columns indexed like <see cref="Graph.Relations"/>: each relation's
    /// <see cref="TimeKey"/> (hull, first witness, and the rare further witnesses), and <see cref="Test(int, in TimeWindow)"/>,
    /// the one place kernels put a relation to the three-valued rule (<see cref="TimeKey.Status(int, int)"/>), and
    /// <see cref="Joint(int[], int, in TimeWindow)"/>, the one place a path's steps are put to the joint rule
    /// (<see cref="TimeKey.Joint"/>).
    /// </summary>
    /// <remarks>Built once per graph in O(E); the tests allocate nothing unless a step has several witnesses.</remarks>
    internal sealed class TimeColumns
    {
        /// <summary>The most distinct day quadruples kept as a table with a two-byte number per relation.</summary>
        private const int MaxShared = 1 << 16;

        /// <summary>Builds the columns of a graph.</summary>
        /// <param name="graph">The graph.</param>
        public TimeColumns(Graph graph)
        {
            int m = graph.EdgeCount;
            _count = m;
            if (graph.TryTimeTable(out ushort[]? timeOf, out Validity[]? distinct, out int[]? positions) && FromTable(distinct, out Days[]? days))
            {
                // The store shares a table of distinct dates: its days are worked out once a table entry, and each relation
                // keeps the store's number (the store's own array when the graph is the store's, without a copy).
                _days = days;
                FromStoreTable = true;
                if (positions == null)
                {
                    _shared = timeOf;
                }
                else
                {
                    _shared = new ushort[m];
                    for (int r = 0; r < m; r++)
                    {
                        _shared[r] = timeOf[positions[r]];
                    }
                }

                return;
            }

            // Relations share few distinct day quadruples in most data (an import's dates are whole years or days of a
            // few decades): then each relation keeps a two-byte number into a table of them (2 bytes a relation instead
            // of 16; 60 MB instead of 480 at 30 million relations). Past 65,536 distinct ones, the quadruples are kept
            // per relation.
            var table = new List<Days>();
            var numbers = new Dictionary<Days, int>();
            ushort[]? shared = new ushort[m];
            Days[]? own = null;
            for (int r = 0; r < m; r++)
            {
                TimeKey k = graph.ValidityAt(r).Key;
                var d = new Days(k.Lo, k.Hi, k.WitnessStart, k.WitnessEnd);
                if (shared != null)
                {
                    if (!numbers.TryGetValue(d, out int number))
                    {
                        if (table.Count == MaxShared)
                        {
                            own = new Days[m];
                            for (int i = 0; i < r; i++)
                            {
                                own[i] = table[shared[i]];
                            }

                            shared = null;
                            numbers = null!;
                        }
                        else
                        {
                            number = table.Count;
                            numbers.Add(d, number);
                            table.Add(d);
                        }
                    }

                    if (shared != null)
                    {
                        shared[r] = (ushort)number;
                    }
                }

                if (own != null)
                {
                    own[r] = d;
                }

                if (k.MoreWitnesses != null)
                {
                    More ??= new int[]?[m];
                    More[r] = k.MoreWitnesses;
                }
            }

            _shared = shared;
            _days = own ?? table.ToArray();
        }

        /// <summary>Gets the days of each validity of a store's table; <c>false</c> when one has more witnesses than a quadruple holds.</summary>
        private static bool FromTable(Validity[] table, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Days[]? days)
        {
            days = new Days[table.Length];
            for (int i = 0; i < table.Length; i++)
            {
                TimeKey k = table[i].Key;
                if (k.MoreWitnesses != null)
                {
                    days = null;
                    return false;
                }

                days[i] = new Days(k.Lo, k.Hi, k.WitnessStart, k.WitnessEnd);
            }

            return true;
        }

        /// <summary>
        /// The four day numbers of a relation side by side (16 bytes), so that a test reads one cache line: the table of
        /// the distinct ones that <see cref="_shared"/> numbers, or each relation's own when that is null.
        /// </summary>
        private readonly Days[] _days;

        /// <summary>Each relation's number in <see cref="_days"/>, or <c>null</c> when <see cref="_days"/> is indexed by relation.</summary>
        private readonly ushort[]? _shared;

        private readonly int _count;

        /// <summary>Gets whether the relations share a table of distinct day numbers (two bytes a relation) rather than keep their own (sixteen).</summary>
        internal bool SharesDays => _shared != null;

        /// <summary>Gets whether the columns were read from the store's own table of distinct dates (no relation put to the rule alone); for tests.</summary>
        internal bool FromStoreTable { get; }

        /// <summary>Gets the further witnesses of each relation (<see cref="TimeKey.MoreWitnesses"/>), or <c>null</c> when no relation has any.</summary>
        public int[]?[]? More { get; }

        /// <summary>Gets the key of relation <paramref name="r"/>.</summary>
        /// <param name="r">The relation's position.</param>
        /// <returns>The key.</returns>
        public TimeKey KeyOf(int r)
        {
            ref Days d = ref DaysOf(r);
            return new TimeKey(d.Lo, d.Hi, d.WitnessStart, d.WitnessEnd, More?[r]);
        }

        /// <summary>Gets the day numbers of relation <paramref name="r"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ref Days DaysOf(int r) => ref _days[_shared != null ? _shared[r] : r];

        /// <summary>Tests relation <paramref name="relation"/> against a window: <see cref="TimeStatus.Holds"/> without one.</summary>
        /// <param name="relation">The relation's position.</param>
        /// <param name="window">The window.</param>
        /// <returns>The three-valued answer.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TimeStatus Test(int relation, in TimeWindow window)
        {
            if (!window.IsSet)
            {
                return TimeStatus.Holds;
            }

            TimeStatus status = TestDays(DaysOf(relation), window);
            return status == TimeStatus.MayHold && More?[relation] != null ? KeyOf(relation).Status(window.FirstDay, window.LastDay) : status;
        }

        /// <summary>Gets how a quadruple of days stands to a set window (<see cref="TimeStatus.MayHold"/> where only the relation's further witnesses could tell more).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TimeStatus TestDays(in Days d, in TimeWindow window)
        {
            int first = window.FirstDay, last = window.LastDay;
            if (d.Lo > last || d.Hi < first)
            {
                return TimeStatus.DoesNotHold;
            }

            return d.WitnessStart <= last && d.WitnessEnd >= first ? TimeStatus.Holds : TimeStatus.MayHold;
        }

        /// <summary>
        /// Gets, as one bit per relation, whether each relation's status in <paramref name="window"/> is at least
        /// <paramref name="floor"/>: the time test of a whole view done once, so that a search that asks it thousands of
        /// times reads a bit from a set an eighth of a byte per relation (375 KB at three million relations) instead.
        /// </summary>
        /// <param name="window">The window.</param>
        /// <param name="floor">The least status walked (<see cref="TimeStatus.Holds"/>, or <see cref="TimeStatus.MayHold"/> under <see cref="UndatedPolicy.Include"/>).</param>
        /// <returns>The bits, relation r at bit r % 64 of word r / 64.</returns>
        public ulong[] Walkable(in TimeWindow window, TimeStatus floor)
        {
            var bits = new ulong[(_count + 63) >> 6];
            if (_shared != null && More == null)
            {
                // Each distinct quadruple is put to the window once; a relation then reads its entry's answer.
                var passes = new bool[_days.Length];
                for (int i = 0; i < passes.Length; i++)
                {
                    passes[i] = (window.IsSet ? TestDays(_days[i], window) : TimeStatus.Holds) >= floor;
                }

                ushort[] shared = _shared;
                for (int r = 0; r < _count; r++)
                {
                    if (passes[shared[r]])
                    {
                        bits[r >> 6] |= 1UL << r;
                    }
                }

                return bits;
            }

            for (int r = 0; r < _count; r++)
            {
                if (Test(r, window) >= floor)
                {
                    bits[r >> 6] |= 1UL << r;
                }
            }

            return bits;
        }

        /// <summary>
        /// Tests a path's steps together (<see cref="TimeKey.Joint"/>): whether they hold on one common day of the window.
        /// Without a window the question is whether they ever held at one time (<see cref="TimeKey.JointEver"/>).
        /// </summary>
        /// <param name="steps">The encoded steps (relation * 2 + direction).</param>
        /// <param name="count">How many of them make the path.</param>
        /// <param name="window">The window.</param>
        /// <returns>The joint answer.</returns>
        public TimeStatus Joint(int[] steps, int count, in TimeWindow window)
        {
            if (!window.IsSet)
            {
                return JointEver(steps, count);
            }

            return JointIn(steps, count, window.FirstDay, window.LastDay, skipPermanent: false);
        }

        /// <summary>Tests one path step by step: the answer of <see cref="Joint"/> with the steps given as relations' positions.</summary>
        /// <param name="relations">The relations' positions.</param>
        /// <param name="window">The window.</param>
        /// <returns>The joint answer.</returns>
        public TimeStatus JointOfRelations(IReadOnlyList<int> relations, in TimeWindow window)
        {
            var steps = new int[relations.Count];
            for (int i = 0; i < steps.Length; i++)
            {
                steps[i] = relations[i] << 1;
            }

            return Joint(steps, steps.Length, window);
        }

        private TimeStatus JointEver(int[] steps, int count) => JointIn(steps, count, int.MinValue, int.MaxValue, skipPermanent: true);

        /// <summary>
        /// The incremental form of the joint rule (one certain period per step): carries the intersection of the hulls
        /// and of the certain periods; falls back to <see cref="TimeKey.Joint"/> when a step has several witnesses.
        /// With <paramref name="skipPermanent"/> (the "ever" question), permanent steps are left out and a single
        /// remaining step holds (it held at some time, and the permanent ones with it).
        /// </summary>
        private TimeStatus JointIn(int[] steps, int count, int first, int last, bool skipPermanent)
        {
            int hullLo = first, hullHi = last, certLo = first, certHi = last;
            bool allCertain = true;
            int kept = 0;
            for (int i = 0; i < count; i++)
            {
                int r = steps[i] >> 1;
                if (More?[r] != null)
                {
                    return Slow(steps, count, first, last, skipPermanent);
                }

                ref Days d = ref DaysOf(r);
                int ws = d.WitnessStart, we = d.WitnessEnd;
                if (skipPermanent && ws == int.MinValue && we == int.MaxValue && d.Lo == int.MinValue && d.Hi == int.MaxValue)
                {
                    continue;
                }

                kept++;
                hullLo = Math.Max(hullLo, d.Lo);
                hullHi = Math.Min(hullHi, d.Hi);
                if (ws > we)
                {
                    allCertain = false;
                }
                else
                {
                    certLo = Math.Max(certLo, ws);
                    certHi = Math.Min(certHi, we);
                }
            }

            if (skipPermanent && kept <= 1)
            {
                return TimeStatus.Holds;
            }

            if (kept == 0)
            {
                return TimeStatus.Holds;
            }

            if (hullLo > hullHi)
            {
                return TimeStatus.DoesNotHold;
            }

            if (kept == 1)
            {
                // One step: its own status (an observed date is a reversed witness, certain on some day of it).
                return KeyOf(steps[0] >> 1).Status(first, last);
            }

            return allCertain && certLo <= certHi ? TimeStatus.Holds : TimeStatus.MayHold;
        }

        private TimeStatus Slow(int[] steps, int count, int first, int last, bool skipPermanent)
        {
            var keys = new List<TimeKey>(count);
            for (int i = 0; i < count; i++)
            {
                TimeKey k = KeyOf(steps[i] >> 1);
                if (!(skipPermanent && k.Equals(TimeKey.Permanent)))
                {
                    keys.Add(k);
                }
            }

            return skipPermanent ? TimeKey.JointEver(keys) : TimeKey.Joint(keys, first, last);
        }
    
        /// <summary>The day numbers of one relation's <see cref="TimeKey"/>.</summary>
        private readonly struct Days : IEquatable<Days>
        {
            public readonly int Lo;
            public readonly int Hi;
            public readonly int WitnessStart;
            public readonly int WitnessEnd;

            public Days(int lo, int hi, int witnessStart, int witnessEnd)
            {
                Lo = lo;
                Hi = hi;
                WitnessStart = witnessStart;
                WitnessEnd = witnessEnd;
            }

            public bool Equals(Days other) => Lo == other.Lo && Hi == other.Hi && WitnessStart == other.WitnessStart && WitnessEnd == other.WitnessEnd;

            public override bool Equals(object? obj) => obj is Days d && Equals(d);

            public override int GetHashCode() => unchecked((((((Lo * 31) + Hi) * 31) + WitnessStart) * 31) + WitnessEnd);
        }
    }
}

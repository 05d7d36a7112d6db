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
        /// <summary>Builds the columns of a graph.</summary>
        /// <param name="graph">The graph.</param>
        public TimeColumns(Graph graph)
        {
            int m = graph.EdgeCount;
            Lo = new int[m];
            Hi = new int[m];
            WitnessStart = new int[m];
            WitnessEnd = new int[m];
            for (int r = 0; r < m; r++)
            {
                TimeKey k = graph.RelationAt(r).Validity.Key;
                Lo[r] = k.Lo;
                Hi[r] = k.Hi;
                WitnessStart[r] = k.WitnessStart;
                WitnessEnd[r] = k.WitnessEnd;
                if (k.MoreWitnesses != null)
                {
                    More ??= new int[]?[m];
                    More[r] = k.MoreWitnesses;
                }
            }
        }

        /// <summary>Gets the first day on which each relation may hold (<see cref="TimeKey.Lo"/>).</summary>
        public int[] Lo { get; }

        /// <summary>Gets the last day on which each relation may hold (<see cref="TimeKey.Hi"/>).</summary>
        public int[] Hi { get; }

        /// <summary>Gets the start of each relation's first witness (<see cref="TimeKey.WitnessStart"/>).</summary>
        public int[] WitnessStart { get; }

        /// <summary>Gets the end of each relation's first witness (<see cref="TimeKey.WitnessEnd"/>).</summary>
        public int[] WitnessEnd { get; }

        /// <summary>Gets the further witnesses of each relation (<see cref="TimeKey.MoreWitnesses"/>), or <c>null</c> when no relation has any.</summary>
        public int[]?[]? More { get; }

        /// <summary>Gets the key of relation <paramref name="r"/>.</summary>
        /// <param name="r">The relation's position.</param>
        /// <returns>The key.</returns>
        public TimeKey KeyOf(int r) => new TimeKey(Lo[r], Hi[r], WitnessStart[r], WitnessEnd[r], More?[r]);

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

            int first = window.FirstDay, last = window.LastDay;
            if (Lo[relation] > last || Hi[relation] < first)
            {
                return TimeStatus.DoesNotHold;
            }

            if (WitnessStart[relation] <= last && WitnessEnd[relation] >= first)
            {
                return TimeStatus.Holds;
            }

            return More?[relation] == null ? TimeStatus.MayHold : KeyOf(relation).Status(first, last);
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

                int ws = WitnessStart[r], we = WitnessEnd[r];
                if (skipPermanent && ws == int.MinValue && we == int.MaxValue && Lo[r] == int.MinValue && Hi[r] == int.MaxValue)
                {
                    continue;
                }

                kept++;
                hullLo = Math.Max(hullLo, Lo[r]);
                hullHi = Math.Min(hullHi, Hi[r]);
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
    }
}

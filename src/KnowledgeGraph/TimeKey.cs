using System;
using System.Collections.Generic;

namespace KnowledgeGraph
{
    /// <summary>
    /// The compact form of a <see cref="Validity"/> that the three-valued time rule runs on: four day numbers and, rarely,
    /// an array of more witnesses. Traversal kernels copy it into their per-relation columns and call
    /// <see cref="Status(int, int)"/> without touching the model objects.
    /// </summary>
    /// <remarks>
    /// <para>Day numbers count days since 0001-01-01 (<see cref="PartialDate.FirstDayNumber"/>); <see cref="int.MinValue"/>
    /// and <see cref="int.MaxValue"/> stand for an open end.</para>
    /// <para>A fact <em>may</em> hold only on days of its hull [<see cref="Lo"/>, <see cref="Hi"/>]. It certainly holds on
    /// some day of a period [a, b] when, for one of its witnesses (s, e), <c>a &lt;= e</c> and <c>b &gt;= s</c>. For a fact
    /// known to hold on every day of [s, e] (s &lt;= e) that is "the period overlaps [s, e]"; an observed date o, on some
    /// day of which the fact holds, is the reversed witness (o.last, o.first): "the period contains o". Every kind of
    /// validity reduces to this (see <see cref="Validity"/> for the mapping), so that the rule is written once, here.</para>
    /// <para>The default value is not meaningful; use <see cref="Unknown"/>.</para>
    /// </remarks>
    internal readonly struct TimeKey : IEquatable<TimeKey>
    {
        /// <summary>The key of a fact whose time is unknown: it may hold on any day, and no day is certain.</summary>
        public static readonly TimeKey Unknown = new TimeKey(int.MinValue, int.MaxValue, int.MaxValue, int.MinValue, null);

        /// <summary>The key of a permanent fact: it holds on every day.</summary>
        public static readonly TimeKey Permanent = new TimeKey(int.MinValue, int.MaxValue, int.MinValue, int.MaxValue, null);

        /// <summary>Creates a key.</summary>
        public TimeKey(int lo, int hi, int witnessStart, int witnessEnd, int[]? moreWitnesses)
        {
            Lo = lo;
            Hi = hi;
            WitnessStart = witnessStart;
            WitnessEnd = witnessEnd;
            MoreWitnesses = moreWitnesses;
        }

        /// <summary>Gets the first day on which the fact may hold (<see cref="int.MinValue"/>: no lower bound).</summary>
        public int Lo { get; }

        /// <summary>Gets the last day on which the fact may hold (<see cref="int.MaxValue"/>: no upper bound).</summary>
        public int Hi { get; }

        /// <summary>Gets the start of the first witness (<see cref="int.MaxValue"/> when there is none).</summary>
        public int WitnessStart { get; }

        /// <summary>Gets the end of the first witness (<see cref="int.MinValue"/> when there is none).</summary>
        public int WitnessEnd { get; }

        /// <summary>Gets further witnesses as (start, end) pairs, or <c>null</c> (only facts observed on several dates have them).</summary>
        public int[]? MoreWitnesses { get; }

        /// <summary>
        /// The three-valued rule: whether the fact holds on some day of the period [<paramref name="first"/>,
        /// <paramref name="last"/>]: <see cref="TimeStatus.DoesNotHold"/> when the period misses the hull,
        /// <see cref="TimeStatus.Holds"/> when a witness guarantees a day, <see cref="TimeStatus.MayHold"/> otherwise.
        /// </summary>
        /// <param name="first">The first day of the period (a day number).</param>
        /// <param name="last">The last day of the period.</param>
        /// <returns>The status.</returns>
        public TimeStatus Status(int first, int last)
        {
            if (Lo > last || Hi < first)
            {
                return TimeStatus.DoesNotHold;
            }

            if (WitnessStart <= last && WitnessEnd >= first)
            {
                return TimeStatus.Holds;
            }

            int[]? more = MoreWitnesses;
            if (more != null)
            {
                for (int i = 0; i + 1 < more.Length; i += 2)
                {
                    if (more[i] <= last && more[i + 1] >= first)
                    {
                        return TimeStatus.Holds;
                    }
                }
            }

            return TimeStatus.MayHold;
        }

        /// <summary>
        /// Whether a chain of facts holds jointly on some day of [<paramref name="first"/>, <paramref name="last"/>]:
        /// <see cref="TimeStatus.Holds"/> when one day of the period is certain for every step (the intersection of their
        /// certain periods), <see cref="TimeStatus.DoesNotHold"/> when no day of the period is possible for every step
        /// (the intersection of their hulls), <see cref="TimeStatus.MayHold"/> otherwise. One step is its own
        /// <see cref="Status(int, int)"/>; no step holds.
        /// </summary>
        /// <param name="steps">The keys of the steps.</param>
        /// <param name="first">The first day of the period.</param>
        /// <param name="last">The last day of the period.</param>
        /// <returns>The joint status.</returns>
        public static TimeStatus Joint(IReadOnlyList<TimeKey> steps, int first, int last)
        {
            if (steps.Count == 0)
            {
                return TimeStatus.Holds;
            }

            if (steps.Count == 1)
            {
                return steps[0].Status(first, last);
            }

            int lo = first, hi = last;
            foreach (TimeKey k in steps)
            {
                lo = Math.Max(lo, k.Lo);
                hi = Math.Min(hi, k.Hi);
            }

            if (lo > hi)
            {
                return TimeStatus.DoesNotHold;
            }

            // Candidate days certain for every step so far, as disjoint periods; usually one.
            var candidates = new List<(int Start, int End)> { (first, last) };
            var next = new List<(int Start, int End)>();
            foreach (TimeKey k in steps)
            {
                next.Clear();
                foreach ((int s, int e) in candidates)
                {
                    AddCertain(next, s, e, k.WitnessStart, k.WitnessEnd);
                    int[]? more = k.MoreWitnesses;
                    if (more != null)
                    {
                        for (int i = 0; i + 1 < more.Length; i += 2)
                        {
                            AddCertain(next, s, e, more[i], more[i + 1]);
                        }
                    }
                }

                if (next.Count == 0)
                {
                    return TimeStatus.MayHold;
                }

                (candidates, next) = (next, candidates);
            }

            return TimeStatus.Holds;
        }

        /// <summary>
        /// Whether a chain of facts held jointly at some time, with no date asked: each fact held at some time (it is
        /// asserted), so a chain of one fact holds, and so does a chain whose other facts are permanent; otherwise the
        /// joint rule over all time (<see cref="Joint"/> from the first to the last day): <see cref="TimeStatus.Holds"/>
        /// when one day is certain for every non-permanent step, <see cref="TimeStatus.DoesNotHold"/> when their hulls
        /// share no day, <see cref="TimeStatus.MayHold"/> otherwise (two facts of unknown time may or may not have held
        /// together).
        /// </summary>
        /// <param name="steps">The keys of the steps.</param>
        /// <returns>The joint status.</returns>
        public static TimeStatus JointEver(IReadOnlyList<TimeKey> steps)
        {
            var kept = new List<TimeKey>(steps.Count);
            foreach (TimeKey k in steps)
            {
                if (!k.Equals(Permanent))
                {
                    kept.Add(k);
                }
            }

            return kept.Count <= 1 ? TimeStatus.Holds : Joint(kept, int.MinValue, int.MaxValue);
        }

        /// <summary>Adds the intersection of [s, e] with a witness's certain period (empty for a reversed witness).</summary>
        private static void AddCertain(List<(int Start, int End)> into, int s, int e, int ws, int we)
        {
            if (ws > we)
            {
                return;
            }

            int a = Math.Max(s, ws), b = Math.Min(e, we);
            if (a <= b)
            {
                into.Add((a, b));
            }
        }

        /// <inheritdoc />
        public bool Equals(TimeKey other)
        {
            if (Lo != other.Lo || Hi != other.Hi || WitnessStart != other.WitnessStart || WitnessEnd != other.WitnessEnd)
            {
                return false;
            }

            int[]? a = MoreWitnesses, b = other.MoreWitnesses;
            if (a == null || b == null)
            {
                return a == b;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TimeKey k && Equals(k);

        /// <inheritdoc />
        public override int GetHashCode() => (((Lo * 31) ^ Hi) * 31 ^ WitnessStart) * 31 ^ WitnessEnd;

        /// <inheritdoc />
        public override string ToString() => $"hull [{Lo}, {Hi}], witness ({WitnessStart}, {WitnessEnd}){(MoreWitnesses == null ? string.Empty : " +" + (MoreWitnesses.Length / 2))}";
    }
}

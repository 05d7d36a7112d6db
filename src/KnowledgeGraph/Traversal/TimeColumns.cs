using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The times of a graph's relations as compact columns indexed like <see cref="Graph.Relations"/> (first and last
    /// day numbers, open ends as <see cref="int.MinValue"/> and <see cref="int.MaxValue"/>, and flags), and
    /// <see cref="Test(int, int, byte, in TimeWindow)"/>, the one function that tells whether a relation, or a path's
    /// joint validity, holds in a <see cref="TimeWindow"/>. Every kernel calls it through <see cref="GraphView"/>.
    /// </summary>
    /// <remarks>
    /// Today's dates are known or open: the test answers <see cref="TimeAnswer.Holds"/> or
    /// <see cref="TimeAnswer.DoesNotHold"/> exactly as <see cref="Validity.HoldsAsOf"/> and
    /// <see cref="Validity.HoldsBetween"/> do. The three-valued rules of uncertain times add flags here and answers of
    /// <see cref="TimeAnswer.MayHold"/>, in this function only. Built once per graph in O(E).
    /// </remarks>
    internal sealed class TimeColumns
    {
        /// <summary>The flag of an instant (a relation with an <c>at</c> date): it holds as of any day once it has happened.</summary>
        public const byte Instant = 1;

        /// <summary>Builds the columns of a graph.</summary>
        /// <param name="graph">The graph.</param>
        public TimeColumns(Graph graph)
        {
            int m = graph.EdgeCount;
            Start = new int[m];
            End = new int[m];
            Flags = new byte[m];
            for (int r = 0; r < m; r++)
            {
                Validity v = graph.RelationAt(r).Validity;
                Start[r] = v.StartDay;
                End[r] = v.EndDay;
                Flags[r] = v.IsInstant ? Instant : (byte)0;
            }
        }

        /// <summary>Gets the first day of each relation (<see cref="int.MinValue"/> when open).</summary>
        public int[] Start { get; }

        /// <summary>Gets the last day of each relation (<see cref="int.MaxValue"/> when open).</summary>
        public int[] End { get; }

        /// <summary>Gets the flags of each relation (<see cref="Instant"/>).</summary>
        public byte[] Flags { get; }

        /// <summary>Tests relation <paramref name="relation"/> against a window.</summary>
        /// <param name="relation">The relation's position.</param>
        /// <param name="window">The window.</param>
        /// <returns>Whether it holds.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TimeAnswer Test(int relation, in TimeWindow window) => Test(Start[relation], End[relation], Flags[relation], window);

        /// <summary>Tests a validity (a relation's, or the intersection of a path's) against a window.</summary>
        /// <param name="validity">The validity, or <c>null</c> when it never held (a path whose relations never held together).</param>
        /// <param name="window">The window.</param>
        /// <returns>Whether it holds.</returns>
        public static TimeAnswer Test(Validity? validity, in TimeWindow window)
        {
            if (!window.IsSet)
            {
                return TimeAnswer.Holds;
            }

            if (!validity.HasValue)
            {
                return TimeAnswer.DoesNotHold;
            }

            Validity v = validity.Value;
            return Test(v.StartDay, v.EndDay, v.IsInstant ? Instant : (byte)0, window);
        }

        /// <summary>The time test: whether something valid from day <paramref name="start"/> to day <paramref name="end"/>, with <paramref name="flags"/>, holds in <paramref name="window"/>.</summary>
        /// <param name="start">The first day.</param>
        /// <param name="end">The last day.</param>
        /// <param name="flags">The flags.</param>
        /// <param name="window">The window.</param>
        /// <returns>Whether it holds.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TimeAnswer Test(int start, int end, byte flags, in TimeWindow window)
        {
            if (!window.IsSet)
            {
                return TimeAnswer.Holds;
            }

            // An instant holds once it has happened (as of a date, and on the last day of a window: Validity's rule);
            // a period holds when it overlaps the window.
            bool holds = (flags & Instant) != 0
                ? start <= window.LastDay
                : start <= window.LastDay && window.FirstDay <= end;
            return holds ? TimeAnswer.Holds : TimeAnswer.DoesNotHold;
        }
    }
}

using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>The step filter of a <see cref="GraphView"/> whose only test beyond types and directions is a time tested once for every relation (<see cref="GraphView.WithTimeTestedOnce"/>): a step reads one bit.</summary>
    internal readonly struct TimeBitsFilter : IStepFilter
    {
        private readonly GraphView _view;
        private readonly ulong[] _bits;

        /// <summary>Creates the filter.</summary>
        /// <param name="view">The view, which supplies the weights.</param>
        /// <param name="bits">Whether each relation may be walked, a bit per relation.</param>
        public TimeBitsFilter(GraphView view, ulong[] bits)
        {
            _view = view;
            _bits = bits;
        }

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Walkable(int relation) => ((_bits[relation >> 6] >> relation) & 1) != 0;

        /// <inheritdoc />
        public bool Blocked(int reached, int from, int to) => false;

        /// <inheritdoc />
        public bool CanPass(int v) => true;

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Weight(int relation) => _view.Weight(relation);
    }
}

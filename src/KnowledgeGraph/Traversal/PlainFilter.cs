using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>The step filter of a <see cref="GraphView"/> that filters nothing beyond relation types and directions (<see cref="GraphView.IsPlain"/>), with no blocked entities: the fast path's searches compile to loops without any check.</summary>
    internal readonly struct PlainFilter : IStepFilter
    {
        private readonly GraphView _view;

        /// <summary>Creates the filter.</summary>
        /// <param name="view">The view, which supplies the weights.</param>
        public PlainFilter(GraphView view)
        {
            _view = view;
        }

        /// <inheritdoc />
        public bool Walkable(int relation) => true;

        /// <inheritdoc />
        public bool Blocked(int reached, int from, int to) => false;

        /// <inheritdoc />
        public bool CanPass(int v) => true;

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Weight(int relation) => _view.Weight(relation);
    }
}

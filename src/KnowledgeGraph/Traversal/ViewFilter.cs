using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// The step filter of a <see cref="GraphView"/> with everything it may ask: the time of a relation, entity kinds
    /// that may not be passed through, and entities and walked pairs blocked by Yen's spur searches.
    /// </summary>
    internal readonly struct ViewFilter : IStepFilter
    {
        private readonly GraphView _view;
        private readonly int[]? _block;
        private readonly int _stamp;
        private readonly HashSet<long>? _pairs;

        /// <summary>Creates the filter of one search, stamping <paramref name="blockedNodes"/> into the workspace's blocked entities.</summary>
        /// <param name="view">The view.</param>
        /// <param name="ws">The workspace of the search.</param>
        /// <param name="stamp">The search's stamp.</param>
        /// <param name="blockedNodes">Entities the search may not reach, or <c>null</c>.</param>
        /// <param name="blockedPairs">Walks (from &lt;&lt; 32 | to) the search may not take, or <c>null</c>.</param>
        public ViewFilter(GraphView view, Workspace ws, int stamp, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs)
        {
            _view = view;
            _stamp = stamp;
            _pairs = blockedPairs != null && blockedPairs.Count > 0 ? blockedPairs : null;
            _block = null;
            if (blockedNodes != null && blockedNodes.Count > 0)
            {
                _block = ws.Block;
                foreach (int b in blockedNodes)
                {
                    _block[b] = stamp;
                }
            }
        }

        /// <summary>Gets whether the filter blocks some entity or walked pair (else <see cref="Blocked"/> is always <c>false</c>).</summary>
        public bool BlocksAny => _block != null || _pairs != null;

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Walkable(int relation) => _view.Walkable(relation);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Blocked(int reached, int from, int to) =>
            (_block != null && _block[reached] == _stamp) || (_pairs != null && _pairs.Contains(((long)from << 32) | (uint)to));

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool CanPass(int v) => _view.CanPass(v);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Weight(int relation) => _view.Weight(relation);
    }
}

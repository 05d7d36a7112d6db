using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Queries.Paths;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>
    /// The query engine's checks for the shared bidirectional searches: the as-of date of a relation, entity kinds that
    /// may not be passed through, entities and walked pairs blocked by Yen's spur searches, and the query's weight.
    /// </summary>
    internal readonly struct EngineFilter : IStepFilter
    {
        private readonly Walker _walker;
        private readonly int[] _block;
        private readonly int _stamp;
        private readonly HashSet<long>? _pairs;
        private readonly Func<Relation, double>? _weight;

        /// <summary>Creates the filter of one search, stamping <paramref name="blockedNodes"/> into <paramref name="block"/>.</summary>
        public EngineFilter(Walker walker, int[] block, int stamp, IReadOnlyList<int>? blockedNodes, HashSet<long>? blockedPairs, Func<Relation, double>? weight)
        {
            _walker = walker;
            _block = block;
            _stamp = stamp;
            _pairs = blockedPairs != null && blockedPairs.Count > 0 ? blockedPairs : null;
            _weight = weight;
            if (blockedNodes != null)
            {
                foreach (int b in blockedNodes)
                {
                    block[b] = stamp;
                }
            }
        }

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Walkable(int relation) => _walker.HoldsAsOfDate(relation);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Blocked(int reached, int from, int to) =>
            _block[reached] == _stamp || (_pairs != null && _pairs.Contains(((long)from << 32) | (uint)to));

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool CanPass(int v) => _walker.CanPass(v);

        /// <inheritdoc />
        public double Weight(int relation)
        {
            Relation r = _walker.Graph.RelationAt(relation);
            double wt = _weight == null ? 1.0 : _weight(r);
            if (!(wt >= 0))
            {
                throw new NegativeWeightException(r, wt);
            }

            return wt;
        }
    }
}

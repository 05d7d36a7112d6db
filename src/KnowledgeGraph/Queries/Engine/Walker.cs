using System;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>
    /// <see cref="QueryOptions"/> compiled against one graph's integer index: a direction mask per relation type,
    /// a state per entity kind, and the as-of date. It enumerates the steps out of an entity by slot number (its
    /// outgoing row, then its incoming row), so traversals allocate nothing per step.
    /// </summary>
    /// <remarks>
    /// A step is encoded as <c>relation * 2 + 1</c> when it walks the relation from source to target and
    /// <c>relation * 2</c> when it walks it back. Immutable once built; safe to share between threads.
    /// </remarks>
    internal sealed class Walker
    {
        private const byte Outgoing = (byte)WalkDirection.Outgoing;
        private const byte Incoming = (byte)WalkDirection.Incoming;
        private const byte Pass = 0;
        private const byte Excluded = 1;
        private const byte Stop = 2;

        private readonly byte[] _typeDir;
        private readonly byte[]? _kindState;
        private readonly int[] _kindOf;
        private readonly bool _dated;
        private readonly PartialDate _date;

        public Walker(Graph graph, QueryOptions options)
        {
            options.Check(graph.Vocabulary);
            Graph = graph;
            Options = options;
            Index = graph.Index;
            Cache = GraphCache.Of(graph);
            _typeDir = options.Relations.Compile(Index);
            _kindOf = Cache.KindIdOf;
            if (options.AllowedKinds.Count + options.ExcludedKinds.Count + options.StopKinds.Count > 0)
            {
                _kindState = new byte[Cache.Kinds.Length];
                for (int k = 0; k < _kindState.Length; k++)
                {
                    EntityKind kind = Cache.Kinds[k];
                    bool allowed = options.AllowedKinds.Count == 0 || Any(kind, options.AllowedKinds);
                    _kindState[k] = !allowed || Any(kind, options.ExcludedKinds) ? Excluded : Any(kind, options.StopKinds) ? Stop : Pass;
                }
            }

            if (options.AsOf.HasValue)
            {
                _dated = true;
                _date = options.AsOf.Value;
            }
        }

        public Graph Graph { get; }

        public QueryOptions Options { get; }

        public AdjacencyIndex Index { get; }

        public GraphCache Cache { get; }

        public bool IsDated => _dated;

        /// <summary>Gets the direction mask per relation type id (<see cref="WalkDirection"/> bits), as the shared bidirectional searches read it.</summary>
        public byte[] TypeDirections => _typeDir;

        /// <summary>Gets whether relation <paramref name="r"/> holds as of the query's date (always without a date).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool HoldsAsOfDate(int r) => !_dated || Graph.RelationAt(r).Validity.HoldsAsOf(_date);

        public PartialDate Date => _date;

        /// <summary>Gets the number of slots (outgoing plus incoming relations) of entity <paramref name="v"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int SlotCount(int v) => Index.OutOffsets[v + 1] - Index.OutOffsets[v] + Index.InOffsets[v + 1] - Index.InOffsets[v];

        /// <summary>
        /// Gets the entity one walkable step from <paramref name="v"/> through slot <paramref name="slot"/>, or -1 when
        /// that relation may not be walked (type, direction, date). With <paramref name="reverse"/>, finds instead an
        /// entity from which a walkable step leads to <paramref name="v"/> (for searches from the end).
        /// </summary>
        /// <param name="v">The entity.</param>
        /// <param name="slot">The slot, 0 to <see cref="SlotCount"/> - 1.</param>
        /// <param name="reverse">Whether to walk against the query's direction.</param>
        /// <param name="step">The step, oriented as the query walks it (from the found entity to <paramref name="v"/> when reversed).</param>
        /// <returns>The other entity, or -1.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Step(int v, int slot, bool reverse, out int step)
        {
            AdjacencyIndex x = Index;
            int outStart = x.OutOffsets[v];
            int outCount = x.OutOffsets[v + 1] - outStart;
            int r;
            int w;
            bool forward;
            if (slot < outCount)
            {
                int i = outStart + slot;
                r = x.OutRelations[i];
                w = x.OutTargets[i];
                // v is the source: walking v->w is forward; reversed, walking w->v is backward.
                forward = !reverse;
                if ((_typeDir[x.RelationTypeIds[r]] & (reverse ? Incoming : Outgoing)) == 0)
                {
                    step = -1;
                    return -1;
                }
            }
            else
            {
                int i = x.InOffsets[v] + slot - outCount;
                r = x.InRelations[i];
                w = x.InSources[i];
                forward = reverse;
                if ((_typeDir[x.RelationTypeIds[r]] & (reverse ? Outgoing : Incoming)) == 0)
                {
                    step = -1;
                    return -1;
                }
            }

            if (_dated && !Graph.RelationAt(r).Validity.HoldsAsOf(_date))
            {
                step = -1;
                return -1;
            }

            step = (r << 1) | (forward ? 1 : 0);
            return w;
        }

        /// <summary>Gets whether a walk may reach entity <paramref name="v"/> (its kind is not excluded).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool CanEnter(int v) => _kindState == null || _kindState[_kindOf[v]] != Excluded;

        /// <summary>Gets whether a walk may pass through entity <paramref name="v"/> (neither excluded nor a stop kind).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool CanPass(int v) => _kindState == null || _kindState[_kindOf[v]] == Pass;

        /// <summary>Gets the relation of an encoded step.</summary>
        public static int RelationOf(int step) => step >> 1;

        /// <summary>Gets whether an encoded step walks its relation forward.</summary>
        public static bool IsForward(int step) => (step & 1) != 0;

        /// <summary>Gets the entity an encoded step starts from.</summary>
        public int FromOf(int step) => IsForward(step) ? Index.RelationSources[step >> 1] : Index.RelationTargets[step >> 1];

        /// <summary>Gets the entity an encoded step arrives at.</summary>
        public int ToOf(int step) => IsForward(step) ? Index.RelationTargets[step >> 1] : Index.RelationSources[step >> 1];

        /// <summary>
        /// Gets whether a path's relations held together as of the query's date: the intersection of their
        /// validities exists and holds as of the date. Always true without a date.
        /// </summary>
        public bool JointlyValid(int[] steps, int count)
        {
            if (!_dated)
            {
                return true;
            }

            Validity? v = Validity.Always;
            for (int i = 0; i < count && v.HasValue; i++)
            {
                v = v.Value.Intersect(Graph.RelationAt(steps[i] >> 1).Validity);
            }

            return v.HasValue && v.Value.HoldsAsOf(_date);
        }

        /// <summary>Turns encoded steps into a <see cref="GraphPath"/>.</summary>
        public GraphPath ToPath(int start, int[] steps, int count)
        {
            var list = new PathStep[count];
            for (int i = 0; i < count; i++)
            {
                list[i] = new PathStep(Graph.RelationAt(steps[i] >> 1), IsForward(steps[i]));
            }

            return new GraphPath(Graph.EntityAt(start), list);
        }

        private static bool Any(EntityKind kind, System.Collections.Generic.IReadOnlyList<string> names)
        {
            foreach (string n in names)
            {
                for (EntityKind? k = kind; k != null; k = k.Parent)
                {
                    if (string.Equals(k.Name, n, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}

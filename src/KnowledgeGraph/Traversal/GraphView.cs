using System;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// What a traversal sees of a graph, decided in one place for every kernel: which relation types it walks and in
    /// which direction (<see cref="Directions"/>), which entity kinds it may enter or pass through, the time it asks
    /// about (<see cref="TimeColumns.Test(int, in TimeWindow)"/>) and the weight of a relation. Like
    /// networkx's <c>graphviews.py</c> and <c>_weight_function</c> together.
    /// </summary>
    /// <remarks>
    /// <para>The view enumerates the steps out of an entity by slot number (its outgoing row, then its incoming row,
    /// each in the order the relations were added), so traversals allocate nothing per step. A step is encoded as
    /// <c>relation * 2 + 1</c> when it walks the relation from source to target and <c>relation * 2</c> when it walks
    /// it back.</para>
    /// <para>Immutable once built; safe to share between threads (the kernels take their buffers from a
    /// <see cref="Workspace"/>).</para>
    /// </remarks>
    internal sealed class GraphView
    {
        /// <summary>The kind rule of an entity a walk may enter and pass through.</summary>
        public const byte Pass = 0;

        /// <summary>The kind rule of an entity a walk may not enter.</summary>
        public const byte Excluded = 1;

        /// <summary>The kind rule of an entity a walk may enter (end at) but not pass through.</summary>
        public const byte Stop = 2;

        private readonly byte[] _typeDir;
        private readonly byte _anyType, _everyType;
        private readonly byte[]? _kindState;
        private readonly bool[]? _relationMask;
        private readonly int[]? _kindOf;
        private readonly TimeWindow _time;
        private readonly TimeColumns? _times;
        private readonly TimeRule _rule;
        private readonly TimeStatus _walkFloor;
        private readonly double[]? _weights;
        private readonly Func<Relation, double>? _weight;
        private readonly ulong[]? _timeBits;

        /// <summary>Creates a view.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="typeDirections">The direction bits per type id of the graph's index (<see cref="Directions.Of"/>).</param>
        /// <param name="kindRule">The rule of each entity kind (<see cref="Pass"/>, <see cref="Excluded"/>, <see cref="Stop"/>), asked once per kind; every kind passes when <c>null</c>.</param>
        /// <param name="time">The time asked about; <see cref="TimeWindow.None"/> walks every relation.</param>
        /// <param name="relations">Which relations may be walked at all (asked once per relation); all when <c>null</c>.</param>
        /// <param name="rule">What the view does with what may hold, and whether paths must hold jointly (<see cref="TimeRule"/>); by default what may hold is not walked and, with a time, a path must hold jointly in it.</param>
        public GraphView(Graph graph, byte[] typeDirections, Func<EntityKind, byte>? kindRule = null, TimeWindow time = default, Func<Relation, bool>? relations = null, TimeRule rule = default)
            : this(graph, typeDirections, null, null, null, time, rule, null, null, null)
        {
            if (relations != null)
            {
                var mask = new bool[graph.EdgeCount];
                for (int r = 0; r < mask.Length; r++)
                {
                    mask[r] = relations(graph.RelationAt(r));
                }

                _relationMask = mask;
            }

            if (kindRule != null)
            {
                EntityKind[] kinds = Cache.Kinds;
                var state = new byte[kinds.Length];
                bool any = false;
                for (int k = 0; k < kinds.Length; k++)
                {
                    state[k] = kindRule(kinds[k]);
                    any |= state[k] != Pass;
                }

                if (any)
                {
                    _kindState = state;
                    _kindOf = Cache.KindIdOf;
                }
            }

            IsPlain = _kindState == null && _relationMask == null && !_time.IsSet;
        }

        private GraphView(Graph graph, byte[] typeDirections, byte[]? kindState, int[]? kindOf, bool[]? relationMask, TimeWindow time, TimeRule rule, double[]? weights, Func<Relation, double>? weight, ulong[]? timeBits)
        {
            _timeBits = timeBits;
            _rule = rule;
            _relationMask = relationMask;
            Graph = graph ?? throw new ArgumentNullException(nameof(graph));
            Index = graph.Index;
            Cache = TraversalCache.Of(graph);
            _typeDir = typeDirections;
            _everyType = Directions.Both;
            foreach (byte d in typeDirections)
            {
                _anyType |= d;
                _everyType &= d;
            }

            _kindState = kindState;
            _kindOf = kindOf;
            _time = time;
            _times = time.IsSet ? Cache.Times : null;
            _walkFloor = rule.Policy == UndatedPolicy.Include ? TimeStatus.MayHold : TimeStatus.Holds;
            _weights = weights;
            _weight = weight;
            IsPlain = kindState == null && relationMask == null && !time.IsSet;
        }

        /// <summary>Gets the graph.</summary>
        public Graph Graph { get; }

        /// <summary>Gets the graph's index.</summary>
        public AdjacencyIndex Index { get; }

        /// <summary>Gets the graph's traversal cache (workspaces, kinds, time columns).</summary>
        public TraversalCache Cache { get; }

        /// <summary>Gets the direction bits per relation type id.</summary>
        public byte[] TypeDirections => _typeDir;

        /// <summary>Gets the direction bits some type has (<see cref="Directions"/>): a row kind no type may be walked along is not read at all.</summary>
        public int AnyTypeDirections => _anyType;

        /// <summary>Gets the direction bits every type has: a step along them needs no look-up of its type.</summary>
        public int EveryTypeDirections => _everyType;

        /// <summary>Gets the time asked about.</summary>
        public TimeWindow Time => _time;

        /// <summary>Gets what the view does with what may hold, and whether paths must hold jointly.</summary>
        public TimeRule Rule => _rule;

        /// <summary>Gets whether the view asks about a time.</summary>
        public bool IsDated => _time.IsSet;

        /// <summary>Gets the view's time test done once per relation (<see cref="WithTimeTestedOnce"/>) when that and types and directions are all it filters, else <c>null</c>.</summary>
        public ulong[]? TimeBitsOnly => _timeBits != null && _kindState == null && _relationMask == null ? _timeBits : null;

        /// <summary>Gets whether the view has a rule on entity kinds (else <see cref="CanEnter"/> and <see cref="CanPass"/> are always <c>true</c>).</summary>
        public bool HasKindRule => _kindState != null;

        /// <summary>Gets whether the view filters nothing but relation types and directions (no kinds, no relation filter, no time), so that kernels may skip those checks.</summary>
        public bool IsPlain { get; }

        /// <summary>Gets a view of the graph that walks every relation along its direction (undirected types both ways), optionally only the types <paramref name="include"/> accepts.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="include">Which types are walked; all when <c>null</c>.</param>
        /// <returns>The view.</returns>
        public static GraphView Directed(Graph graph, Func<RelationType, bool>? include = null) =>
            new GraphView(graph, Directions.Of(graph.Index, include));

        /// <summary>
        /// Gets the dependency reading of a graph, which the critical-path algorithms and the what-if analysis walk: each
        /// relation <paramref name="relations"/> accepts, from the entity that depends to the entity depended on
        /// (<see cref="Directions.DependsOn"/>: <c>SUPPLIES</c> backwards; a directed type that is no dependency along its
        /// direction; an undirected type both ways), or every accepted relation both ways when <paramref name="undirected"/>.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="relations">Which relations are walked; all when <c>null</c>.</param>
        /// <param name="undirected">Whether the graph is read as undirected.</param>
        /// <returns>The view.</returns>
        public static GraphView DependencyReading(Graph graph, Func<Relation, bool>? relations, bool undirected) =>
            new GraphView(graph, Directions.Of(graph.Index, null, undirected, dependencyReading: true), relations: relations);

        /// <summary>Gets this view with each relation weighted by <paramref name="weights"/>, indexed like the relations.</summary>
        /// <param name="weights">The weights.</param>
        /// <returns>The weighted view.</returns>
        /// <exception cref="ArgumentException"><paramref name="weights"/> does not hold one number per relation.</exception>
        public GraphView WithWeights(double[] weights)
        {
            if (weights == null || weights.Length != Index.EdgeCount)
            {
                throw new ArgumentException($"The weights must hold one number per relation ({Index.EdgeCount}).", nameof(weights));
            }

            return new GraphView(Graph, _typeDir, _kindState, _kindOf, _relationMask, _time, _rule, weights, null, _timeBits);
        }

        /// <summary>Gets this view with each relation weighted by <paramref name="weight"/> (every relation 1 when <c>null</c>).</summary>
        /// <param name="weight">The weight function.</param>
        /// <returns>The weighted view.</returns>
        public GraphView WithWeight(Func<Relation, double>? weight) =>
            weight == _weight && _weights == null ? this : new GraphView(Graph, _typeDir, _kindState, _kindOf, _relationMask, _time, _rule, null, weight, _timeBits);

        /// <summary>
        /// Gets this view with its time test done once for every relation (<see cref="TimeColumns.Walkable"/>), for a view
        /// that answers many searches at one time: each step then reads one bit. O(E) to make; itself when the view asks
        /// no time.
        /// </summary>
        /// <returns>The view.</returns>
        public GraphView WithTimeTestedOnce() => _times == null || _timeBits != null
            ? this
            : new GraphView(Graph, _typeDir, _kindState, _kindOf, _relationMask, _time, _rule, _weights, _weight, _times.Walkable(_time, _walkFloor));

        /// <summary>Gets the same view restricted to the relation types <paramref name="include"/> accepts (directions as <see cref="Directions.Of"/> gives them), keeping its time and its time test.</summary>
        /// <param name="include">Which types are walked.</param>
        /// <returns>The view.</returns>
        public GraphView WithTypes(Func<RelationType, bool> include) =>
            new GraphView(Graph, Directions.Of(Index, include), _kindState, _kindOf, _relationMask, _time, _rule, _weights, _weight, _timeBits);

        /// <summary>Gets the weight of relation <paramref name="r"/>: from the weights or the weight function, else 1.</summary>
        /// <param name="r">The relation's position.</param>
        /// <returns>The weight, zero or more.</returns>
        /// <exception cref="NegativeWeightException">The weight is negative or not a number.</exception>
        public double Weight(int r)
        {
            double w = _weights != null ? _weights[r] : _weight != null ? _weight(Graph.RelationAt(r)) : 1.0;
            return w >= 0 ? w : throw new NegativeWeightException(Graph.RelationAt(r), w);
        }

        /// <summary>Gets a relation's weight from a weight function, checked as every traversal checks it (the analytics that build their own links use it).</summary>
        /// <param name="relation">The relation.</param>
        /// <param name="weight">The weight function; 1 when <c>null</c>.</param>
        /// <returns>The weight, zero or more.</returns>
        /// <exception cref="NegativeWeightException">The weight is negative or not a number.</exception>
        public static double DistanceOf(Relation relation, Func<Relation, double>? weight)
        {
            double w = weight == null ? 1.0 : weight(relation);
            return w >= 0 ? w : throw new NegativeWeightException(relation, w);
        }

        /// <summary>Gets how relation <paramref name="r"/> stands to the view's time (<see cref="TimeStatus.Holds"/> without a time).</summary>
        /// <param name="r">The relation's position.</param>
        /// <returns>The answer of the one time rule.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TimeStatus TimeOf(int r) => _times == null ? TimeStatus.Holds : _times.Test(r, _time);

        /// <summary>
        /// Gets whether relation <paramref name="r"/> may be walked: the view's relation filter accepts it and, for the
        /// view's time, it holds (or, under <see cref="UndatedPolicy.Include"/>, may hold).
        /// </summary>
        /// <param name="r">The relation's position.</param>
        /// <returns><c>true</c> when it may be walked.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Walkable(int r) => (_relationMask == null || _relationMask[r])
            && (_timeBits != null ? ((_timeBits[r >> 6] >> r) & 1) != 0 : _times == null || _times.Test(r, _time) >= _walkFloor);

        /// <summary>Gets the number of slots (outgoing plus incoming relations) of entity <paramref name="v"/>.</summary>
        /// <param name="v">The entity.</param>
        /// <returns>The number of slots.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int SlotCount(int v) => Index.OutOffsets[v + 1] - Index.OutOffsets[v] + Index.InOffsets[v + 1] - Index.InOffsets[v];

        /// <summary>
        /// Gets the entity one walkable step from <paramref name="v"/> through slot <paramref name="slot"/>, or -1 when
        /// that relation may not be walked (type, direction, time). With <paramref name="reverse"/>, finds instead an
        /// entity from which a walkable step leads to <paramref name="v"/> (for searches from the end).
        /// </summary>
        /// <param name="v">The entity.</param>
        /// <param name="slot">The slot, 0 to <see cref="SlotCount"/> - 1.</param>
        /// <param name="reverse">Whether to walk against the view's direction.</param>
        /// <param name="step">The step, oriented as the view walks it (from the found entity to <paramref name="v"/> when reversed).</param>
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
                forward = !reverse; // v is the source: walking v->w is forward; reversed, walking w->v is backward
                byte bit = reverse ? Directions.Incoming : Directions.Outgoing;
                if ((_everyType & bit) == 0 && (_typeDir[x.RelationTypeIds[r]] & bit) == 0)
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
                byte bit = reverse ? Directions.Outgoing : Directions.Incoming;
                if ((_everyType & bit) == 0 && (_typeDir[x.RelationTypeIds[r]] & bit) == 0)
                {
                    step = -1;
                    return -1;
                }
            }

            if (!Walkable(r))
            {
                step = -1;
                return -1;
            }

            step = (r << 1) | (forward ? 1 : 0);
            return w;
        }

        /// <summary>Gets whether a walk may reach entity <paramref name="v"/> (its kind is not excluded).</summary>
        /// <param name="v">The entity.</param>
        /// <returns><c>true</c> when it may.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool CanEnter(int v) => _kindState == null || _kindState[_kindOf![v]] != Excluded;

        /// <summary>Gets whether a walk may pass through entity <paramref name="v"/> (neither excluded nor a stop kind).</summary>
        /// <param name="v">The entity.</param>
        /// <returns><c>true</c> when it may.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool CanPass(int v) => _kindState == null || _kindState[_kindOf![v]] == Pass;

        /// <summary>Gets the entity an encoded step starts from.</summary>
        /// <param name="step">The step.</param>
        /// <returns>The entity.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int FromOf(int step) => (step & 1) != 0 ? Index.RelationSources[step >> 1] : Index.RelationTargets[step >> 1];

        /// <summary>Gets the entity an encoded step arrives at.</summary>
        /// <param name="step">The step.</param>
        /// <returns>The entity.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ToOf(int step) => (step & 1) != 0 ? Index.RelationTargets[step >> 1] : Index.RelationSources[step >> 1];

        /// <summary>
        /// Gets how a path's relations stand together to the view's time (<see cref="TimeColumns.Joint"/>): whether they
        /// hold on one common day of the window or, without a window and with <see cref="TimeRule.JointEver"/>, at one
        /// time ever. <see cref="TimeStatus.Holds"/> when the view asks neither, or ignores time. This is the only place
        /// a path is tested against the time asked.
        /// </summary>
        /// <param name="steps">The encoded steps.</param>
        /// <param name="count">How many of them make the path.</param>
        /// <returns>The answer.</returns>
        public TimeStatus JointTime(int[] steps, int count)
        {
            if (_rule.IgnoreTime || (!_time.IsSet && !_rule.JointEver))
            {
                return TimeStatus.Holds;
            }

            return Cache.Times.Joint(steps, count, _time);
        }

        /// <summary>Gets whether a path is an answer of the view: its relations hold together at the view's time (or may, under <see cref="UndatedPolicy.Include"/>); always without a time or when time is ignored.</summary>
        /// <param name="steps">The encoded steps.</param>
        /// <param name="count">How many of them make the path.</param>
        /// <returns><c>true</c> when it is.</returns>
        public bool JointlyValid(int[] steps, int count) => JointTime(steps, count) >= _walkFloor;

        /// <summary>Turns encoded steps into a <see cref="GraphPath"/>.</summary>
        /// <param name="start">The start entity.</param>
        /// <param name="steps">The encoded steps.</param>
        /// <param name="count">How many of them make the path.</param>
        /// <returns>The path.</returns>
        public GraphPath ToPath(int start, int[] steps, int count)
        {
            var list = new PathStep[count];
            for (int i = 0; i < count; i++)
            {
                list[i] = new PathStep(Graph.RelationAt(steps[i] >> 1), (steps[i] & 1) != 0);
            }

            return new GraphPath(Graph.EntityAt(start), list);
        }

        /// <summary>Turns encoded steps into the relations they walk.</summary>
        /// <param name="steps">The encoded steps.</param>
        /// <returns>The relations, in order.</returns>
        public Relation[] RelationsOf(int[] steps)
        {
            var list = new Relation[steps.Length];
            for (int i = 0; i < steps.Length; i++)
            {
                list[i] = Graph.RelationAt(steps[i] >> 1);
            }

            return list;
        }
    }
}

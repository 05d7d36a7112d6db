using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Algorithms.Traversal
{
    /// <summary>
    /// Fast traversal kernels on a graph's integer index: hop distances from an entity (breadth-first), point-to-point
    /// shortest paths by hops (bidirectional breadth-first search, optionally restricted to some relation types) and by
    /// weight (Dijkstra with a binary heap).
    /// </summary>
    /// <remarks>
    /// <para>Relations are followed along their direction (from <see cref="Relation.Source"/> to
    /// <see cref="Relation.Target"/>), as networkx and igraph do on a directed multigraph; a relation of an undirected
    /// type (<see cref="RelationType.IsDirected"/> false, such as <c>COOPERATES_WITH</c>) is followed both ways.
    /// Parallel relations count once for hops, and the lightest one counts for weight.</para>
    /// <para>A finder keeps scratch buffers sized to the graph (visited stamps, predecessors, queues, a heap) and reuses
    /// them from one query to the next, so that a thousand queries allocate only their answers. For that reason an
    /// instance is <b>not thread-safe</b>: use one finder per thread (they may share the graph, which is immutable).
    /// The answers are exact and the same whichever instance computes them; among several shortest paths, which one
    /// is returned is unspecified.</para>
    /// <para>This class is a thin facade over the traversal kernels that every query and algorithm of the library uses
    /// (breadth-first search, bidirectional breadth-first search, bidirectional Dijkstra), on a view that walks every
    /// relation along its direction; it keeps one workspace of its own so that its queries allocate only their answers.</para>
    /// <para>These are unbounded algorithm kernels (a search stops when it has its answer or has seen everything
    /// reachable); bounded, user-facing path queries belong to <c>KnowledgeGraph.Queries</c>. Each takes a
    /// <see cref="CancellationToken"/>.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var finder = new PathFinder(graph);
    /// IReadOnlyList&lt;Relation&gt;? path = finder.FindPath(graph.GetEntity("integral"), graph.GetEntity("russia"));
    /// double km = finder.Distance(a, b, PathFinder.RelationWeights(graph, r =&gt; r.Properties.GetNumber("km") ?? 1));
    /// </code>
    /// </example>
    [Mutable]
    public sealed class PathFinder
    {
        private readonly Graph _graph;
        private readonly GraphView _view;
        private readonly Workspace _workspace;

        /// <summary>Creates a finder for a graph, with scratch buffers sized to it (about 24 bytes per entity, 48 more once a weighted query has run).</summary>
        /// <param name="graph">The graph (or a filtered or as-of view of it).</param>
        public PathFinder(Graph graph)
            : this(graph, TimeWindow.None)
        {
        }

        /// <summary>
        /// Creates a finder that reads the graph as of one day: every query walks only the relations known to hold on
        /// <paramref name="asOf"/> (by the three-valued rule of <see cref="Validity.StatusAsOf(PartialDate)"/>; a relation
        /// that only may hold then, such as an undated one, is not walked), so every path it finds held as a whole on that day.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="asOf">The day, a date with its day (<see cref="DatePrecision.Day"/>): on a coarser date the relations of a path could each hold without holding together; the path queries (<c>graph.Paths(a, b).AsOf(date)</c>) answer that question.</param>
        /// <exception cref="ArgumentException"><paramref name="asOf"/> is not a day.</exception>
        /// <remarks>The finder puts every relation to the day once, when it is made (O(E), a bit per relation), so that its searches test a bit per step and a dated query costs about what an undated one does. Make one finder per day and reuse it.</remarks>
        public PathFinder(Graph graph, PartialDate asOf)
            : this(graph, DayWindow(asOf))
        {
            AsOf = asOf;
        }

        private PathFinder(Graph graph, TimeWindow time)
        {
            _graph = graph ?? throw new ArgumentNullException(nameof(graph));
            _view = new GraphView(graph, Directions.Of(graph.Index, null), time: time).WithTimeTestedOnce();
            _workspace = new Workspace(graph.VertexCount);

            // The visited table of the point-to-point searches and its queues are made with the finder, not by its first query.
            _workspace.PrepareTableSearch();

            // A finder is made once and reused: its queries then take the same time from the first one on. So the first
            // finder of a process has the search loops compiled (a few milliseconds of compiling each, at full
            // optimisation, that the first query would otherwise pay), those of a plain finder and then those of a finder
            // as of a day, by one search each on a graph of two entities, on a thread-pool thread, while the caller goes
            // on: a query that comes first compiles what it runs itself, or waits for the compile under way, as it would
            // have without it.
            WarmUp(time.IsSet);
        }

        private static int _warm;

        /// <summary>Starts compiling the search loops of the plain and the dated finder in the background (the kind asked for first), once per process.</summary>
        private static void WarmUp(bool datedFirst)
        {
            if (Interlocked.Exchange(ref _warm, 1) != 0)
            {
                return;
            }

            ThreadPool.QueueUserWorkItem(_ =>
            {
                try
                {
                    Graph tiny = new GraphBuilder()
                        .AddEntity("a", "Company", "A").AddEntity("b", "Company", "B")
                        .AddRelation("r", "SUPPLIES", "a", "b", Validity.Since(PartialDate.Parse("2000-01-01")))
                        .Build();
                    foreach (bool dated in new[] { datedFirst, !datedFirst })
                    {
                        TimeWindow time = dated ? TimeWindow.AsOf(PartialDate.Parse("2001-01-01")) : TimeWindow.None;
                        var view = new GraphView(tiny, Directions.Of(tiny.Index, null), time: time).WithTimeTestedOnce();
                        BidirectionalBfs.Hops(view, new Workspace(tiny.VertexCount), 0, 1, true, CancellationToken.None, maxDepth: 1);
                    }

                    // A search that marks more entities than the smallest table holds has the table grow: compile that too.
                    var table = new SearchTable();
                    table.Start();
                    for (int v = 0; v <= SearchTable.MinCapacity / 2; v++)
                    {
                        table.Mark(table.Find(v), v, false, -1);
                    }
                }
                catch (Exception)
                {
                    // Only compiling was at stake: the first query compiles what it runs.
                }
            });
        }

        /// <summary>Gets the graph.</summary>
        public Graph Graph => _graph;

        /// <summary>Gets the day the finder reads the graph as of, or <c>null</c> when it walks every relation whatever its dates.</summary>
        public PartialDate? AsOf { get; }

        /// <summary>Gets the weight of every relation as an array indexed like <see cref="KnowledgeGraph.Graph.Relations"/>, for the weighted queries.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="weight">The weight of a relation: finite and not negative.</param>
        /// <returns>The weights.</returns>
        public static double[] RelationWeights(Graph graph, Func<Relation, double> weight)
        {
            var weights = new double[graph.EdgeCount];
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] = weight(graph.RelationAt(i));
            }

            return weights;
        }

        /// <summary>
        /// Gets the weight of every relation from one of its numeric properties (networkx's <c>weight="km"</c>), as an array
        /// indexed like <see cref="KnowledgeGraph.Graph.Relations"/>: read from the graph's columns without making a
        /// <see cref="Relation"/> object for each relation, so that it costs no memory beyond the array on a large graph.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="property">The property's key.</param>
        /// <param name="missing">The weight of a relation without a number under that key. Default 1.</param>
        /// <returns>The weights, the same as <see cref="RelationWeights(Graph, Func{Relation, double})"/> with <c>r =&gt; r.Properties.GetNumber(property) ?? missing</c>.</returns>
        public static double[] RelationWeights(Graph graph, string property, double missing = 1.0)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            return graph.RelationNumbers(property ?? throw new ArgumentNullException(nameof(property)), missing);
        }

        /// <summary>Gets the number of hops from <paramref name="source"/> to every entity, by breadth-first search along relations.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The hop distance of each entity, indexed like <see cref="KnowledgeGraph.Graph.Entities"/>; -1 when unreachable; 0 for <paramref name="source"/>.</returns>
        /// <exception cref="EntityNotFoundException"><paramref name="source"/> is not in the graph.</exception>
        public int[] HopDistances(Entity source, CancellationToken cancellationToken = default) =>
            BreadthFirst.Distances(_view, _workspace, IndexOf(source), cancellationToken);

        /// <summary>Gets the number of relations on a shortest path from <paramref name="source"/> to <paramref name="target"/>.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="relationTypes">Which relation types may be followed; all when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The hop count (0 when they are the same entity), or -1 when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        public int HopCount(Entity source, Entity target, Func<RelationType, bool>? relationTypes = null, CancellationToken cancellationToken = default) =>
            BidirectionalBfs.Hops(View(relationTypes), _workspace, IndexOf(source), IndexOf(target), true, cancellationToken);

        /// <summary>Finds a shortest path by hops, by bidirectional breadth-first search.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="relationTypes">Which relation types may be followed; all when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The relations of the path in order (empty when they are the same entity), or <c>null</c> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        public IReadOnlyList<Relation>? FindPath(Entity source, Entity target, Func<RelationType, bool>? relationTypes = null, CancellationToken cancellationToken = default)
        {
            GraphView view = View(relationTypes);
            int[]? steps = BidirectionalBfs.Path(view, _workspace, IndexOf(source), IndexOf(target), int.MaxValue, true, null, null, cancellationToken, out _);
            return steps == null ? null : view.RelationsOf(steps);
        }

        /// <summary>Gets the weight of a lightest path, by bidirectional Dijkstra with binary heaps (a forward search from the source and a backward one from the target, stopping as soon as no shorter path can exist).</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="weights">The weight of each relation, indexed like <see cref="KnowledgeGraph.Graph.Relations"/> (see <see cref="RelationWeights(Graph, Func{Relation, double})"/> and <see cref="RelationWeights(Graph, string, double)"/>).</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The total weight (0 when they are the same entity), or <see cref="double.PositiveInfinity"/> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        /// <exception cref="ArgumentException"><paramref name="weights"/> has the wrong length.</exception>
        /// <exception cref="NegativeWeightException">A weight met is negative or NaN.</exception>
        public double Distance(Entity source, Entity target, double[] weights, CancellationToken cancellationToken = default)
        {
            GraphView view = _view.WithWeights(weights);
            return BidirectionalDijkstra.Distance(view, _workspace, IndexOf(source), IndexOf(target), true, cancellationToken);
        }

        /// <summary>Gets the weight of a lightest path, computing each relation's weight with <paramref name="weight"/> (for many queries, precompute with <see cref="RelationWeights(Graph, Func{Relation, double})"/>).</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="weight">The weight of a relation: finite and not negative.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The total weight, or <see cref="double.PositiveInfinity"/> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        /// <exception cref="NegativeWeightException">A weight met is negative or NaN.</exception>
        public double Distance(Entity source, Entity target, Func<Relation, double> weight, CancellationToken cancellationToken = default) =>
            Distance(source, target, RelationWeights(_graph, weight), cancellationToken);

        /// <summary>Finds a lightest path by bidirectional Dijkstra.</summary>
        /// <param name="source">The start entity.</param>
        /// <param name="target">The end entity.</param>
        /// <param name="weights">The weight of each relation, indexed like <see cref="KnowledgeGraph.Graph.Relations"/>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The relations of the path in order (empty when they are the same entity), or <c>null</c> when there is no path.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        /// <exception cref="ArgumentException"><paramref name="weights"/> has the wrong length.</exception>
        /// <exception cref="NegativeWeightException">A weight met is negative or NaN.</exception>
        public IReadOnlyList<Relation>? FindWeightedPath(Entity source, Entity target, double[] weights, CancellationToken cancellationToken = default)
        {
            GraphView view = _view.WithWeights(weights);
            int[]? steps = BidirectionalDijkstra.Path(view, _workspace, IndexOf(source), IndexOf(target), true, null, null, cancellationToken, out _);
            return steps == null ? null : view.RelationsOf(steps);
        }

        private GraphView View(Func<RelationType, bool>? relationTypes) =>
            relationTypes == null ? _view : _view.WithTypes(relationTypes);

        private static TimeWindow DayWindow(PartialDate asOf) => asOf.Precision == DatePrecision.Day
            ? TimeWindow.AsOf(asOf)
            : throw new ArgumentException($"A path finder reads the graph as of a day, and '{asOf}' is a {asOf.Precision.ToString().ToLowerInvariant()}: on it a path's relations could each hold without holding together. Give a day (such as {asOf.FirstDay:yyyy-MM-dd}), or ask the path queries (graph.Paths(a, b).AsOf(date)).", nameof(asOf));

        private int IndexOf(Entity entity)
        {
            if (entity == null)
            {
                throw new ArgumentNullException(nameof(entity));
            }

            int i = _graph.IndexOf(entity);
            return i >= 0 ? i : throw new EntityNotFoundException(entity.Id);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Queries.Engine;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Queries.Paths
{
    /// <summary>
    /// A path question between two entities, built fluently and answered by one of the terminal methods:
    /// <c>graph.Paths(from, to).Via("DEPENDS_ON&gt;|&lt;SUPPLIES").AvoidKinds("Person").AsOf(PartialDate.Parse("2023")).MaxDepth(6).Shortest()</c>.
    /// </summary>
    /// <remarks>
    /// <para>By default every relation is walked either way (the graph read as undirected); <see cref="Directed"/>
    /// walks relations from source to target only (undirected types still both ways); <see cref="Via(string)"/>
    /// chooses types and directions. Kind filters apply to the entities passed through, not to the two ends.</para>
    /// <para>Every query is bounded: a maximum depth (default <see cref="QueryOptions.DefaultShortestMaxDepth"/> for
    /// the shortest-path family, <see cref="QueryOptions.DefaultMaxDepth"/> for <see cref="AllSimple"/>) and a maximum
    /// number of results (default <see cref="QueryOptions.DefaultMaxResults"/>); <see cref="PathResult.BoundHit"/>
    /// says when one stopped the search. Every terminal method takes a <see cref="CancellationToken"/>.</para>
    /// <para>With <see cref="AsOf"/>, only relations that hold as of the date are walked and only paths whose
    /// relations held together then are returned (<see cref="GraphPath.Validity"/>).</para>
    /// <para>This type is immutable: each method returns a new query. Safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class PathQuery
    {
        internal PathQuery(Graph graph, Entity from, Entity to, QueryOptions options)
        {
            Graph = graph;
            From = graph.Own(from);
            To = graph.Own(to);
            Options = options;
        }

        /// <summary>Gets the graph.</summary>
        public Graph Graph { get; }

        /// <summary>Gets the start entity.</summary>
        public Entity From { get; }

        /// <summary>Gets the end entity.</summary>
        public Entity To { get; }

        /// <summary>Gets the filters and bounds.</summary>
        public QueryOptions Options { get; }

        /// <summary>Walks only the relations of a spec such as <c>DEPENDS_ON&gt;|&lt;SUPPLIES|COOPERATES_WITH</c> (see <see cref="RelationFilter.Parse"/>).</summary>
        /// <param name="spec">The spec.</param>
        /// <returns>The new query.</returns>
        public PathQuery Via(string spec) => With(Options.Via(spec));

        /// <summary>Walks only the relations of <paramref name="filter"/>.</summary>
        /// <param name="filter">The filter.</param>
        /// <returns>The new query.</returns>
        public PathQuery Via(RelationFilter filter) => With(Options.Via(filter));

        /// <summary>Walks every relation from its source to its target only (undirected types both ways).</summary>
        /// <returns>The new query.</returns>
        public PathQuery Directed() => With(Options.Via(RelationFilter.AnyOutgoing));

        /// <summary>Passes only through entities of these kinds.</summary>
        /// <param name="kinds">The kinds.</param>
        /// <returns>The new query.</returns>
        public PathQuery OnlyKinds(params string[] kinds) => With(Options.OnlyKinds(kinds));

        /// <summary>Never passes through entities of these kinds.</summary>
        /// <param name="kinds">The kinds.</param>
        /// <returns>The new query.</returns>
        public PathQuery AvoidKinds(params string[] kinds) => With(Options.AvoidKinds(kinds));

        /// <summary>Does not walk through entities of these kinds (between two given ends this is the same as avoiding them).</summary>
        /// <param name="kinds">The kinds.</param>
        /// <returns>The new query.</returns>
        public PathQuery StopAtKinds(params string[] kinds) => With(Options.StopAtKinds(kinds));

        /// <summary>Reads the graph as of a date.</summary>
        /// <param name="date">The date.</param>
        /// <returns>The new query.</returns>
        public PathQuery AsOf(PartialDate date) => With(Options.WithAsOf(date));

        /// <summary>Bounds the length of the paths.</summary>
        /// <param name="depth">At least 1.</param>
        /// <returns>The new query.</returns>
        public PathQuery MaxDepth(int depth) => With(Options.WithMaxDepth(depth));

        /// <summary>Bounds the number of paths returned.</summary>
        /// <param name="count">At least 1.</param>
        /// <returns>The new query.</returns>
        public PathQuery MaxResults(int count) => With(Options.WithMaxResults(count));

        /// <summary>Replaces the options.</summary>
        /// <param name="options">The options.</param>
        /// <returns>The new query.</returns>
        public PathQuery With(QueryOptions options) => new PathQuery(Graph, From, To, options ?? throw new ArgumentNullException(nameof(options)));

        /// <summary>Finds one shortest path (fewest relations) by bidirectional breadth-first search on the integer index.</summary>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result: no path or one.</returns>
        /// <remarks>O(V + E) at worst. With a date, when the path found did not exist as a whole on that date (its relations each held at some time of the date's period, but not together), the shortest one that did is looked for among the simple paths of up to 12 relations.</remarks>
        public PathResult Shortest(CancellationToken cancellationToken = default) => Answer(q => q.ShortestCore(cancellationToken));

        private PathResult ShortestCore(CancellationToken cancellationToken)
        {
            GraphView w = QueryView.Of(Graph, Options);
            int depth = ShortestDepth;
            int[]? steps;
            bool depthBound;
            Workspace ws = w.Cache.Rent();
            try
            {
                steps = BidirectionalBfs.Path(w, ws, From.Index, To.Index, depth, false, null, null, cancellationToken, out depthBound);
            }
            finally
            {
                w.Cache.Return(ws);
            }

            QueryBound bound = steps == null && depthBound ? QueryBound.MaxDepth : QueryBound.None;
            if (steps != null && !w.JointlyValid(steps, steps.Length))
            {
                List<int[]> alt = SimplePaths.Between(w, From.Index, To.Index, Math.Min(depth, QueryOptions.DefaultMaxDepth * 2), 1, true, cancellationToken, out SearchCut cut);
                steps = alt.Count > 0 ? alt[0] : null;
                bound = steps != null ? QueryBound.None : QueryView.Bound(cut);
            }

            var found = steps == null ? new List<int[]>() : new List<int[]> { steps };
            return Result("shortest path", w, found, null, bound, depth, false, null);
        }

        /// <summary>Finds every shortest path (all of the same, smallest length), as distinct sequences of relations, up to the maximum number of results.</summary>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result.</returns>
        /// <remarks>Parallel relations between the same two entities give distinct paths. QuikGraph's Dijkstra returns one path; this returns them all.</remarks>
        public PathResult AllShortest(CancellationToken cancellationToken = default) => Answer(q => q.AllShortestCore(cancellationToken));

        private PathResult AllShortestCore(CancellationToken cancellationToken)
        {
            GraphView w = QueryView.Of(Graph, Options);
            int depth = ShortestDepth;
            List<int[]> found = SimplePaths.Between(w, From.Index, To.Index, depth, Options.MaxResults, true, cancellationToken, out SearchCut cut);
            return Result("all shortest paths", w, found, null, QueryView.Bound(cut), depth, false, null);
        }

        /// <summary>Finds every simple path (no entity twice) of at most the maximum depth (default <see cref="QueryOptions.DefaultMaxDepth"/>), shortest first, as distinct sequences of relations.</summary>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result; when the maximum number of results stops it, the shortest paths are the ones kept.</returns>
        public PathResult AllSimple(CancellationToken cancellationToken = default) => Answer(q => q.AllSimpleCore(cancellationToken));

        private PathResult AllSimpleCore(CancellationToken cancellationToken)
        {
            GraphView w = QueryView.Of(Graph, Options);
            int depth = Options.MaxDepthOrNull ?? QueryOptions.DefaultMaxDepth;
            List<int[]> found = SimplePaths.Between(w, From.Index, To.Index, depth, Options.MaxResults, false, cancellationToken, out SearchCut cut);
            return Result("all simple paths", w, found, null, QueryView.Bound(cut), depth, false, null);
        }

        /// <summary>The most paths <see cref="KShortest"/> and <see cref="KShortestWeighted(int, string, CancellationToken)"/> look for: Yen's algorithm costs a shortest-path search per candidate, so a larger k is refused rather than left to run for minutes.</summary>
        public const int MaxK = 1000;

        /// <summary>Finds the <paramref name="k"/> shortest simple paths (Yen's algorithm), as sequences of entities, by number of relations.</summary>
        /// <param name="k">How many paths, from 1 to <see cref="MaxK"/>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result, shortest first (ties in no promised order).</returns>
        /// <remarks>Between two consecutive entities, a path takes the first walkable relation added. O(k·V·(V + E) log V).</remarks>
        public PathResult KShortest(int k, CancellationToken cancellationToken = default) => Answer(q => q.KShortestCore(k, null, null, false, cancellationToken));

        /// <summary>Finds the <paramref name="k"/> cheapest simple paths (Yen's algorithm) by the sum of a relation property.</summary>
        /// <param name="k">How many paths, from 1 to <see cref="MaxK"/>.</param>
        /// <param name="property">The numeric relation property; a relation without it weighs 1 (as in networkx).</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result, cheapest first.</returns>
        public PathResult KShortestWeighted(int k, string property, CancellationToken cancellationToken = default)
        {
            Func<Relation, double> weight = PropertyWeight(property);
            return Answer(q => q.KShortestCore(k, weight, property, true, cancellationToken));
        }

        /// <summary>Finds the <paramref name="k"/> cheapest simple paths (Yen's algorithm) by the sum of a weight function.</summary>
        /// <param name="k">How many paths, from 1 to <see cref="MaxK"/>.</param>
        /// <param name="weight">The weight of a relation, zero or more.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result, cheapest first.</returns>
        public PathResult KShortestWeighted(int k, Func<Relation, double> weight, CancellationToken cancellationToken = default)
        {
            if (weight == null)
            {
                throw new ArgumentNullException(nameof(weight));
            }

            return Answer(q => q.KShortestCore(k, weight, null, true, cancellationToken));
        }

        /// <summary>Finds a cheapest path by the sum of a numeric relation property, with Dijkstra's algorithm and a binary heap.</summary>
        /// <param name="property">The property (<c>weight</c>, <c>distance</c>…); a relation without it weighs 1 (as in networkx).</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result.</returns>
        /// <exception cref="NegativeWeightException">A relation met has a negative weight.</exception>
        /// <exception cref="InvalidQueryException">A relation's property is not a number.</exception>
        /// <remarks>Bidirectional Dijkstra, O((V + E) log V) at worst; the maximum depth does not apply (the search is bounded by the graph).</remarks>
        public PathResult ShortestWeighted(string property, CancellationToken cancellationToken = default)
        {
            Func<Relation, double> weight = PropertyWeight(property);
            return Answer(q => q.Weighted(weight, property, cancellationToken));
        }

        /// <summary>Finds a cheapest path by the sum of <paramref name="weight"/> over its relations (Dijkstra's algorithm).</summary>
        /// <param name="weight">The weight of a relation, zero or more.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The result.</returns>
        /// <exception cref="NegativeWeightException">A relation met has a negative weight.</exception>
        public PathResult ShortestWeighted(Func<Relation, double> weight, CancellationToken cancellationToken = default)
        {
            if (weight == null)
            {
                throw new ArgumentNullException(nameof(weight));
            }

            return Answer(q => q.Weighted(weight, null, cancellationToken));
        }

        /// <inheritdoc />
        public override string ToString() => $"paths from {From.Id} to {To.Id} {Options}".TrimEnd();

        /// <summary>
        /// Runs a search under the query's policy and, under <see cref="UndatedPolicy.Flag"/>, runs it again counting what
        /// may hold, to report apart the paths that may hold (<see cref="PathResult.MayHold"/>).
        /// </summary>
        private PathResult Answer(Func<PathQuery, PathResult> run)
        {
            PathResult main = run(this);
            if (Options.Undated != UndatedPolicy.Flag || (Options.IgnoreTime && !Options.AsOf.HasValue))
            {
                return main;
            }

            PathResult wide = run(With(Options.WithUndated(UndatedPolicy.Include)));
            var counted = new HashSet<string>(main.Paths.Select(p => p.ToString() + "|" + string.Join(",", p.Relations.Select(r => r.Id))), StringComparer.Ordinal);
            var may = new List<GraphPath>();
            for (int i = 0; i < wide.Paths.Count; i++)
            {
                GraphPath p = wide.Paths[i];
                if (wide.Statuses[i] == TimeStatus.MayHold && !counted.Contains(p.ToString() + "|" + string.Join(",", p.Relations.Select(r => r.Id))))
                {
                    may.Add(p);
                }
            }

            return may.Count == 0 ? main : main.WithMayHold(may);
        }

        private int ShortestDepth => Options.MaxDepthOrNull ?? QueryOptions.DefaultShortestMaxDepth;

        private static Func<Relation, double> PropertyWeight(string property)
        {
            if (string.IsNullOrWhiteSpace(property))
            {
                throw new ArgumentException("A property name is required.", nameof(property));
            }

            return r =>
            {
                if (!r.Properties.TryGetValue(property, out _))
                {
                    return 1.0;
                }

                return r.Properties.GetNumber(property) ?? throw new InvalidQueryException($"The property '{property}' of relation '{r.Id}' is not a number: {r.Properties.GetString(property)}.");
            };
        }

        private PathResult Weighted(Func<Relation, double> weight, string? name, CancellationToken ct)
        {
            GraphView w = QueryView.Of(Graph, Options).WithWeight(weight);
            int[]? steps;
            double cost;
            Workspace ws = w.Cache.Rent();
            try
            {
                steps = BidirectionalDijkstra.Path(w, ws, From.Index, To.Index, false, null, null, ct, out cost);
            }
            finally
            {
                w.Cache.Return(ws);
            }

            QueryBound bound = QueryBound.None;
            if (steps != null && !w.JointlyValid(steps, steps.Length))
            {
                List<KeyValuePair<int[], double>> alt = KShortestPaths.Find(w, From.Index, To.Index, 1, true, int.MaxValue, Options.MaxResults, ct, out SearchCut cut);
                bound = QueryView.Bound(cut);
                steps = alt.Count > 0 ? alt[0].Key : null;
                cost = alt.Count > 0 ? alt[0].Value : 0;
            }

            var found = steps == null ? new List<int[]>() : new List<int[]> { steps };
            return Result("cheapest weighted path" + (name != null ? " by " + name : string.Empty), w, found, new List<double> { cost }, bound, int.MaxValue, true, name);
        }

        private PathResult KShortestCore(int k, Func<Relation, double>? weight, string? name, bool weighted, CancellationToken ct)
        {
            if (k < 1 || k > MaxK)
            {
                throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and {MaxK}.");
            }

            GraphView w = QueryView.Of(Graph, Options).WithWeight(weight);
            int depth = weighted ? int.MaxValue : ShortestDepth;
            int examined = (int)Math.Min(int.MaxValue, (long)Math.Max(k, Options.MaxResults) * 10);
            List<KeyValuePair<int[], double>> found = KShortestPaths.Find(w, From.Index, To.Index, k, weight != null, depth, examined, ct, out SearchCut cut);
            QueryBound bound = QueryView.Bound(cut);
            var steps = new List<int[]>(found.Count);
            var costs = new List<double>(found.Count);
            foreach (KeyValuePair<int[], double> p in found)
            {
                steps.Add(p.Key);
                costs.Add(p.Value);
            }

            string question = k + (weighted ? " cheapest weighted paths" + (name != null ? " by " + name : string.Empty) : " shortest paths");
            return Result(question, w, steps, costs, bound, depth, weighted, name);
        }

        private PathResult Result(string question, GraphView w, List<int[]> found, List<double>? costs, QueryBound bound, int depth, bool weighted, string? name)
        {
            var paths = new GraphPath[found.Count];
            var c = new double[found.Count];
            for (int i = 0; i < found.Count; i++)
            {
                paths[i] = w.ToPath(From.Index, found[i], found[i].Length);
                c[i] = costs != null && i < costs.Count ? costs[i] : found[i].Length;
            }

            var statuses = new TimeStatus[paths.Length];
            for (int i = 0; i < paths.Length; i++)
            {
                statuses[i] = QueryView.StatusOf(paths[i], Options);
            }

            return new PathResult(question, From, To, Options, depth, paths, c, bound, weighted, name, statuses);
        }
    }
}

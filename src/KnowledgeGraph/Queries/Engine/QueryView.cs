using System;
using System.Collections.Generic;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>Compiles <see cref="QueryOptions"/> against a graph into the traversal layer's <see cref="GraphView"/>: the relation filter's direction bits, the kind rules, the certainty filters, and the as-of date as a time window with its <see cref="TimeRule"/>.</summary>
    internal static class QueryView
    {
        /// <summary>Whether, without a date, a path must have held at one time (<see cref="GraphPath.JointStatus"/>); off until the curated graph carries its dates.</summary>
        internal const bool JointEver = false;

        /// <summary>Gets the view of a query.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The query's options (checked against the graph's vocabulary).</param>
        /// <returns>The view.</returns>
        /// <exception cref="InvalidQueryException">The options name a relation type or kind the vocabulary does not have.</exception>
        public static GraphView Of(Graph graph, QueryOptions options)
        {
            options.Check(graph.Vocabulary);
            Func<EntityKind, byte>? kindRule = null;
            if (options.AllowedKinds.Count + options.ExcludedKinds.Count + options.StopKinds.Count > 0)
            {
                kindRule = kind =>
                {
                    bool allowed = options.AllowedKinds.Count == 0 || Any(kind, options.AllowedKinds);
                    return !allowed || Any(kind, options.ExcludedKinds) ? GraphView.Excluded : Any(kind, options.StopKinds) ? GraphView.Stop : GraphView.Pass;
                };
            }

            TimeWindow time = options.AsOf.HasValue ? TimeWindow.AsOf(options.AsOf.Value) : TimeWindow.None;
            Func<Relation, bool>? relations = options.FiltersCertainty ? options.AdmitsCertainty : null;
            if (options.Datasets.Count > 0)
            {
                Func<Relation, bool> fromDatasets = graph.DatasetFilter(options.Datasets);
                Func<Relation, bool>? certainty = relations;
                relations = certainty == null ? fromDatasets : r => certainty(r) && fromDatasets(r);
            }
            return new GraphView(graph, options.Relations.Compile(graph.Index), kindRule, time, relations, Rule(options));
        }

        /// <summary>Gets the time rule of a query's options: its policy, the joint test of paths (at the date asked or, without one, at one time ever) unless time is ignored.</summary>
        /// <param name="options">The options.</param>
        /// <returns>The rule.</returns>
        public static TimeRule Rule(QueryOptions options) => new TimeRule(options.Undated, jointEver: JointEver, options.IgnoreTime);

        /// <summary>Gets the view of the same query that walks what may hold too (<see cref="UndatedPolicy.Include"/>), to find what may hold and report it apart; <c>null</c> when the query's own view already does, or drops it.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The query's options.</param>
        /// <returns>The view, or <c>null</c>.</returns>
        public static GraphView? MayHoldView(Graph graph, QueryOptions options) =>
            options.Undated == UndatedPolicy.Flag ? Of(graph, options.WithUndated(UndatedPolicy.Include)) : null;

        /// <summary>
        /// Gets how a path found by a query stands to the query's time, by the one rule the views apply: jointly as of
        /// the date asked (<see cref="GraphPath.StatusAsOf"/>) or, without one, at one time ever
        /// (<see cref="GraphPath.JointStatus"/>); with time ignored, the least status of its relations as of the date.
        /// </summary>
        /// <param name="path">The path.</param>
        /// <param name="options">The query's options.</param>
        /// <returns>The status.</returns>
        public static TimeStatus StatusOf(GraphPath path, QueryOptions options)
        {
            if (options.IgnoreTime)
            {
                TimeStatus least = TimeStatus.Holds;
                if (options.AsOf.HasValue)
                {
                    foreach (Relation r in path.Relations)
                    {
                        TimeStatus s = r.Validity.StatusAsOf(options.AsOf.Value);
                        least = s < least ? s : least;
                    }
                }

                return least;
            }

            return options.AsOf.HasValue ? path.StatusAsOf(options.AsOf.Value) : JointEver ? path.JointStatus : TimeStatus.Holds;
        }

        /// <summary>Gets the query bound that reports a traversal's cut.</summary>
        /// <param name="cut">The cut.</param>
        /// <returns>The bound.</returns>
        public static QueryBound Bound(SearchCut cut) => cut switch
        {
            SearchCut.MaxDepth => QueryBound.MaxDepth,
            SearchCut.MaxResults => QueryBound.MaxResults,
            _ => QueryBound.None,
        };

        private static bool Any(EntityKind kind, IReadOnlyList<string> names)
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

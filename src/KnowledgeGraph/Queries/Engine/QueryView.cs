using System;
using System.Collections.Generic;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>Compiles <see cref="QueryOptions"/> against a graph into the traversal layer's <see cref="GraphView"/>: the relation filter's direction bits, the kind rules, and the as-of date as a time window.</summary>
    internal static class QueryView
    {
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
            return new GraphView(graph, options.Relations.Compile(graph.Index), kindRule, time);
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

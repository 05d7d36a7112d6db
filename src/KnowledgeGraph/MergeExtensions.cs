using System;
using KnowledgeGraph.Merging;

namespace KnowledgeGraph
{
    /// <summary>
    /// Matching and merging graphs from several sources: <c>graph.Match(other)</c> finds the entities that may be the
    /// same, with a score and the evidence (see <see cref="EntityMatcher"/>); <c>graph.Merge(other)</c> makes one graph of them
    /// with every fact's provenance kept (see <see cref="GraphMerger"/>).
    /// </summary>
    public static class MergeExtensions
    {
        /// <summary>Finds the entities of <paramref name="other"/> that may be the same as entities of <paramref name="graph"/>.</summary>
        /// <param name="graph">The left graph, named by its one dataset or <c>left</c> (see <see cref="NamedGraph.Of"/>).</param>
        /// <param name="other">The right graph, named by its one dataset or <c>right</c>; the same graph finds duplicates.</param>
        /// <param name="options">The options; <see cref="MatchOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The candidates, best first.</returns>
        public static MatchResult Match(this Graph graph, Graph other, MatchOptions? options = null)
        {
            NamedGraph left = NamedGraph.Of(graph ?? throw new ArgumentNullException(nameof(graph)), "left");
            NamedGraph right = ReferenceEquals(graph, other) ? left : NamedGraph.Of(other ?? throw new ArgumentNullException(nameof(other)), "right");
            if (!ReferenceEquals(left, right) && left.Name == right.Name)
            {
                right = new NamedGraph(right.Name + "-2", other);
            }

            return EntityMatcher.Match(left, right, options);
        }

        /// <summary>Merges another graph into this one's ids (see <see cref="GraphMerger"/>): entities sharing an identifier, or judged the same, become one; every fact keeps its sources and datasets.</summary>
        /// <param name="graph">The first graph, named as in <see cref="Match"/>; its ids are kept first.</param>
        /// <param name="other">The second graph.</param>
        /// <param name="options">The options; <see cref="MergeOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The merged graph and the report.</returns>
        public static MergeResult Merge(this Graph graph, Graph other, MergeOptions? options = null)
        {
            NamedGraph left = NamedGraph.Of(graph ?? throw new ArgumentNullException(nameof(graph)), "left");
            NamedGraph right = NamedGraph.Of(other ?? throw new ArgumentNullException(nameof(other)), "right");
            if (left.Name == right.Name)
            {
                right = new NamedGraph(right.Name + "-2", other);
            }

            return GraphMerger.Merge(new[] { left, right }, options);
        }
    }
}

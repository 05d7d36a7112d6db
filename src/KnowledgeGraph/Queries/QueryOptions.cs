using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Queries
{
    /// <summary>
    /// The filters and bounds shared by traversals (paths, dependencies, neighbourhoods): which relations may be
    /// walked and which way, which entity kinds may be passed through, the date the graph is read as of, and the
    /// maximum depth and number of results.
    /// </summary>
    /// <remarks>
    /// <para>Kind filters apply to the entities a walk passes through or reaches, never to the entity it starts
    /// from nor, for a query between two entities, to the one it ends at. A kind names its sub-kinds too
    /// (<c>Event</c> covers <c>Summit</c>). <see cref="AllowedKinds"/>, when not empty, admits only those kinds;
    /// <see cref="ExcludedKinds"/> are never entered; <see cref="StopKinds"/> may be reached (and reported) but
    /// are not walked through.</para>
    /// <para>With <see cref="AsOf"/>, a relation is walked only when it holds as of that date
    /// (<see cref="Validity.HoldsAsOf"/>), and a path is returned only when its <see cref="GraphPath.Validity"/>
    /// (the intersection of its relations' validities) exists and holds as of that date: relations that each held
    /// at some time in 2022 but never at the same time do not make a path of 2022.</para>
    /// <para>This type is immutable and safe to share between threads; each method returns new options.</para>
    /// </remarks>
    [Immutable]
    public sealed class QueryOptions
    {
        /// <summary>The default maximum depth of enumerations (all simple paths, dependencies, neighbourhoods): 6.</summary>
        public const int DefaultMaxDepth = 6;

        /// <summary>The default maximum depth of shortest-path searches: 1,000 steps.</summary>
        public const int DefaultShortestMaxDepth = 1000;

        /// <summary>The default maximum number of results: 100.</summary>
        public const int DefaultMaxResults = 100;

        private static readonly string[] NoKinds = Array.Empty<string>();

        private QueryOptions(RelationFilter relations, string[] allowed, string[] excluded, string[] stop, PartialDate? asOf, int? maxDepth, int maxResults)
        {
            Relations = relations;
            AllowedKinds = allowed;
            ExcludedKinds = excluded;
            StopKinds = stop;
            AsOf = asOf;
            MaxDepthOrNull = maxDepth;
            MaxResults = maxResults;
        }

        /// <summary>Gets the default options: every relation either way, every kind, no date, default bounds.</summary>
        public static QueryOptions Default { get; } = new QueryOptions(RelationFilter.Any, NoKinds, NoKinds, NoKinds, null, null, DefaultMaxResults);

        /// <summary>Gets the relations walked.</summary>
        public RelationFilter Relations { get; }

        /// <summary>Gets the kinds that may be entered; empty admits every kind.</summary>
        public IReadOnlyList<string> AllowedKinds { get; }

        /// <summary>Gets the kinds that are never entered.</summary>
        public IReadOnlyList<string> ExcludedKinds { get; }

        /// <summary>Gets the kinds that may be reached but not walked through.</summary>
        public IReadOnlyList<string> StopKinds { get; }

        /// <summary>Gets the date the graph is read as of, or <c>null</c> for every relation whatever its dates.</summary>
        public PartialDate? AsOf { get; }

        /// <summary>Gets the maximum depth asked for, or <c>null</c> for the query's default (<see cref="DefaultMaxDepth"/>, or <see cref="DefaultShortestMaxDepth"/> for shortest paths).</summary>
        public int? MaxDepthOrNull { get; }

        /// <summary>Gets the maximum number of results.</summary>
        public int MaxResults { get; }

        /// <summary>Returns options that walk the relations of <paramref name="filter"/>.</summary>
        /// <param name="filter">The filter.</param>
        /// <returns>The new options.</returns>
        public QueryOptions Via(RelationFilter filter) => new QueryOptions(filter ?? throw new ArgumentNullException(nameof(filter)), Allowed(), Excluded(), Stop(), AsOf, MaxDepthOrNull, MaxResults);

        /// <summary>Returns options that walk the relations of a spec such as <c>DEPENDS_ON&gt;|&lt;SUPPLIES</c> (see <see cref="RelationFilter.Parse"/>).</summary>
        /// <param name="spec">The spec.</param>
        /// <returns>The new options.</returns>
        public QueryOptions Via(string spec) => Via(RelationFilter.Parse(spec));

        /// <summary>Returns options that enter only entities of these kinds (and their sub-kinds).</summary>
        /// <param name="kinds">The kinds' names.</param>
        /// <returns>The new options.</returns>
        public QueryOptions OnlyKinds(params string[] kinds) => new QueryOptions(Relations, Merge(AllowedKinds, kinds), Excluded(), Stop(), AsOf, MaxDepthOrNull, MaxResults);

        /// <summary>Returns options that never enter entities of these kinds (and their sub-kinds).</summary>
        /// <param name="kinds">The kinds' names.</param>
        /// <returns>The new options.</returns>
        public QueryOptions AvoidKinds(params string[] kinds) => new QueryOptions(Relations, Allowed(), Merge(ExcludedKinds, kinds), Stop(), AsOf, MaxDepthOrNull, MaxResults);

        /// <summary>Returns options that reach entities of these kinds but do not walk through them.</summary>
        /// <param name="kinds">The kinds' names.</param>
        /// <returns>The new options.</returns>
        public QueryOptions StopAtKinds(params string[] kinds) => new QueryOptions(Relations, Allowed(), Excluded(), Merge(StopKinds, kinds), AsOf, MaxDepthOrNull, MaxResults);

        /// <summary>Returns options that read the graph as of <paramref name="date"/> (see the remarks).</summary>
        /// <param name="date">The date, or <c>null</c> for no date.</param>
        /// <returns>The new options.</returns>
        public QueryOptions WithAsOf(PartialDate? date) => new QueryOptions(Relations, Allowed(), Excluded(), Stop(), date, MaxDepthOrNull, MaxResults);

        /// <summary>Returns options with a maximum depth (number of relations on a path).</summary>
        /// <param name="depth">At least 1.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is less than 1.</exception>
        public QueryOptions WithMaxDepth(int depth) => depth < 1
            ? throw new ArgumentOutOfRangeException(nameof(depth), depth, "The maximum depth must be at least 1.")
            : new QueryOptions(Relations, Allowed(), Excluded(), Stop(), AsOf, depth, MaxResults);

        /// <summary>Returns options with a maximum number of results.</summary>
        /// <param name="count">At least 1.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
        public QueryOptions WithMaxResults(int count) => count < 1
            ? throw new ArgumentOutOfRangeException(nameof(count), count, "The maximum number of results must be at least 1.")
            : new QueryOptions(Relations, Allowed(), Excluded(), Stop(), AsOf, MaxDepthOrNull, count);

        /// <summary>Describes the filters for headings: <c>via DEPENDS_ON&gt;, avoiding Person, as of 2023</c>.</summary>
        /// <returns>The text; empty for the defaults.</returns>
        public override string ToString()
        {
            var parts = new List<string>();
            if (!ReferenceEquals(Relations, RelationFilter.Any))
            {
                parts.Add("via " + Relations);
            }

            if (AllowedKinds.Count > 0)
            {
                parts.Add("only " + string.Join(", ", AllowedKinds));
            }

            if (ExcludedKinds.Count > 0)
            {
                parts.Add("avoiding " + string.Join(", ", ExcludedKinds));
            }

            if (StopKinds.Count > 0)
            {
                parts.Add("stopping at " + string.Join(", ", StopKinds));
            }

            if (AsOf.HasValue)
            {
                parts.Add("as of " + AsOf.Value);
            }

            return string.Join(", ", parts);
        }

        /// <summary>Checks kind and type names against a vocabulary.</summary>
        internal void Check(Vocabulary vocabulary)
        {
            Relations.Check(vocabulary);
            foreach (string k in AllowedKinds.Concat(ExcludedKinds).Concat(StopKinds))
            {
                if (!vocabulary.Kinds.Any(x => string.Equals(x.Name, k, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new UnknownKindException(k, vocabulary.Kinds.Select(x => x.Name));
                }
            }
        }

        private static string[] Merge(IReadOnlyList<string> a, string[] b)
        {
            if (b == null)
            {
                throw new ArgumentNullException(nameof(b));
            }

            return a.Concat(b.SelectMany(k => k.Split(',')).Select(k => k.Trim()).Where(k => k.Length > 0)).Distinct(StringComparer.Ordinal).ToArray();
        }

        private string[] Allowed() => (string[])AllowedKinds;

        private string[] Excluded() => (string[])ExcludedKinds;

        private string[] Stop() => (string[])StopKinds;
    }
}

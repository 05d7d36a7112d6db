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

        private static readonly RelationStatus[] NoStatuses = Array.Empty<RelationStatus>();

        private QueryOptions(RelationFilter relations, string[] allowed, string[] excluded, string[] stop, PartialDate? asOf, int? maxDepth, int maxResults)
        {
            Relations = relations;
            AllowedKinds = allowed;
            ExcludedKinds = excluded;
            StopKinds = stop;
            AsOf = asOf;
            MaxDepthOrNull = maxDepth;
            MaxResults = maxResults;
            Statuses = NoStatuses;
            Datasets = NoKinds;
        }

        private QueryOptions(QueryOptions o)
        {
            Relations = o.Relations;
            AllowedKinds = o.AllowedKinds;
            ExcludedKinds = o.ExcludedKinds;
            StopKinds = o.StopKinds;
            AsOf = o.AsOf;
            MaxDepthOrNull = o.MaxDepthOrNull;
            MaxResults = o.MaxResults;
            Undated = o.Undated;
            IgnoreTime = o.IgnoreTime;
            MinConfidence = o.MinConfidence;
            Statuses = o.Statuses;
            AnySubject = o.AnySubject;
            Datasets = o.Datasets;
        }

        /// <summary>Gets the default options: every relation either way, every kind, no date, default bounds.</summary>
        public static QueryOptions Default { get; } = new QueryOptions(RelationFilter.Any, NoKinds, NoKinds, NoKinds, null, null, DefaultMaxResults);

        /// <summary>Gets the relations walked.</summary>
        public RelationFilter Relations { get; private set; }

        /// <summary>Gets the kinds that may be entered; empty admits every kind.</summary>
        public IReadOnlyList<string> AllowedKinds { get; private set; }

        /// <summary>Gets the kinds that are never entered.</summary>
        public IReadOnlyList<string> ExcludedKinds { get; private set; }

        /// <summary>Gets the kinds that may be reached but not walked through.</summary>
        public IReadOnlyList<string> StopKinds { get; private set; }

        /// <summary>Gets the date the graph is read as of, or <c>null</c> for every relation whatever its dates.</summary>
        public PartialDate? AsOf { get; private set; }

        /// <summary>Gets the maximum depth asked for, or <c>null</c> for the query's default (<see cref="DefaultMaxDepth"/>, or <see cref="DefaultShortestMaxDepth"/> for shortest paths).</summary>
        public int? MaxDepthOrNull { get; private set; }

        /// <summary>Gets the maximum number of results.</summary>
        public int MaxResults { get; private set; }

        /// <summary>Gets what the query does with relations and paths that may hold at the time asked (<see cref="UndatedPolicy.Flag"/> by default: count only what holds, report what may hold apart).</summary>
        public UndatedPolicy Undated { get; private set; }

        /// <summary>Gets whether a path's relations need not hold together (<c>--ignore-time</c>): each relation is still read as of the date asked, but a path is an answer even when its relations never held at one time.</summary>
        public bool IgnoreTime { get; private set; }

        /// <summary>Gets the least confidence a relation must state to be walked, or <c>null</c>. A relation that states no confidence is walked (the curator did not hedge it).</summary>
        public double? MinConfidence { get; private set; }

        /// <summary>Gets the certainty statuses a relation must have to be walked (<see cref="Relation.Status"/>); empty admits every status.</summary>
        public IReadOnlyList<RelationStatus> Statuses { get; private set; }

        /// <summary>Gets whether dependency chains join steps about any subjects (<c>--any-subject</c>); by default a chain continues only when one step's subject lies within the other's.</summary>
        public bool AnySubject { get; private set; }

        /// <summary>
        /// Gets the datasets whose relations are walked (<c>--dataset</c>): a relation is walked only when it cites a source
        /// one of them lists (<see cref="Graph.DatasetsOf(Relation)"/>); empty walks every relation. A query on a graph that
        /// records none of them fails with <see cref="InvalidQueryException"/>.
        /// </summary>
        public IReadOnlyList<string> Datasets { get; private set; }

        /// <summary>Returns options that walk only the relations that come from these datasets (and the others named before); ids may be comma-separated.</summary>
        /// <param name="datasetIds">The ids of datasets of the graph (its <see cref="Graph.Datasets"/>).</param>
        /// <returns>The new options.</returns>
        public QueryOptions WithDatasets(params string[] datasetIds) => new QueryOptions(this) { Datasets = Merge(Datasets, datasetIds) };

        /// <summary>Returns options that walk the relations of <paramref name="filter"/>.</summary>
        /// <param name="filter">The filter.</param>
        /// <returns>The new options.</returns>
        public QueryOptions Via(RelationFilter filter) => new QueryOptions(this) { Relations = filter ?? throw new ArgumentNullException(nameof(filter)) };

        /// <summary>Returns options that walk the relations of a spec such as <c>DEPENDS_ON&gt;|&lt;SUPPLIES</c> (see <see cref="RelationFilter.Parse"/>).</summary>
        /// <param name="spec">The spec.</param>
        /// <returns>The new options.</returns>
        public QueryOptions Via(string spec) => Via(RelationFilter.Parse(spec));

        /// <summary>Returns options that enter only entities of these kinds (and their sub-kinds).</summary>
        /// <param name="kinds">The kinds' names.</param>
        /// <returns>The new options.</returns>
        public QueryOptions OnlyKinds(params string[] kinds) => new QueryOptions(this) { AllowedKinds = Merge(AllowedKinds, kinds) };

        /// <summary>Returns options that never enter entities of these kinds (and their sub-kinds).</summary>
        /// <param name="kinds">The kinds' names.</param>
        /// <returns>The new options.</returns>
        public QueryOptions AvoidKinds(params string[] kinds) => new QueryOptions(this) { ExcludedKinds = Merge(ExcludedKinds, kinds) };

        /// <summary>Returns options that reach entities of these kinds but do not walk through them.</summary>
        /// <param name="kinds">The kinds' names.</param>
        /// <returns>The new options.</returns>
        public QueryOptions StopAtKinds(params string[] kinds) => new QueryOptions(this) { StopKinds = Merge(StopKinds, kinds) };

        /// <summary>Returns options that read the graph as of <paramref name="date"/> (see the remarks).</summary>
        /// <param name="date">The date, or <c>null</c> for no date.</param>
        /// <returns>The new options.</returns>
        public QueryOptions WithAsOf(PartialDate? date) => new QueryOptions(this) { AsOf = date };

        /// <summary>Returns options with a maximum depth (number of relations on a path).</summary>
        /// <param name="depth">At least 1.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is less than 1.</exception>
        public QueryOptions WithMaxDepth(int depth) => depth < 1
            ? throw new ArgumentOutOfRangeException(nameof(depth), depth, "The maximum depth must be at least 1.")
            : new QueryOptions(this) { MaxDepthOrNull = depth };

        /// <summary>Returns options with a maximum number of results.</summary>
        /// <param name="count">At least 1.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
        public QueryOptions WithMaxResults(int count) => count < 1
            ? throw new ArgumentOutOfRangeException(nameof(count), count, "The maximum number of results must be at least 1.")
            : new QueryOptions(this) { MaxResults = count };

        /// <summary>Returns options that treat what may hold by <paramref name="policy"/> (<c>--undated include|exclude|flag</c>).</summary>
        /// <param name="policy">The policy.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined value.</exception>
        public QueryOptions WithUndated(UndatedPolicy policy) => policy < UndatedPolicy.Flag || policy > UndatedPolicy.Exclude
            ? throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown policy.")
            : new QueryOptions(this) { Undated = policy };

        /// <summary>Returns options under which a path need not hold as a whole (<c>--ignore-time</c>): its relations may never have held at one time.</summary>
        /// <returns>The new options.</returns>
        public QueryOptions IgnoringTime() => new QueryOptions(this) { IgnoreTime = true };

        /// <summary>Returns options that walk only relations whose stated confidence is at least <paramref name="confidence"/> (and relations that state none).</summary>
        /// <param name="confidence">From 0 to 1.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in [0, 1].</exception>
        public QueryOptions WithMinConfidence(double confidence) => !(confidence >= 0 && confidence <= 1)
            ? throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence must be between 0 and 1.")
            : new QueryOptions(this) { MinConfidence = confidence };

        /// <summary>Returns options that walk only relations of these certainty statuses (<c>--status stated,inferred</c>).</summary>
        /// <param name="statuses">One or more statuses.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentException">No status is given.</exception>
        public QueryOptions WithStatuses(params RelationStatus[] statuses) => statuses == null || statuses.Length == 0
            ? throw new ArgumentException("At least one status is required.", nameof(statuses))
            : new QueryOptions(this) { Statuses = statuses.Distinct().OrderBy(x => x).ToArray() };

        /// <summary>Returns options under which dependency chains join steps about any subjects (<c>--any-subject</c>).</summary>
        /// <returns>The new options.</returns>
        public QueryOptions WithAnySubject() => new QueryOptions(this) { AnySubject = true };

        /// <summary>Gets whether relation <paramref name="relation"/> passes the certainty filters (<see cref="MinConfidence"/>, <see cref="Statuses"/>).</summary>
        /// <param name="relation">The relation.</param>
        /// <returns><c>true</c> when it does.</returns>
        public bool AdmitsCertainty(Relation relation)
        {
            if (relation == null)
            {
                throw new ArgumentNullException(nameof(relation));
            }

            if (MinConfidence.HasValue && relation.Confidence.HasValue && relation.Confidence.Value < MinConfidence.Value)
            {
                return false;
            }

            return Statuses.Count == 0 || Statuses.Contains(relation.Status);
        }

        /// <summary>Gets whether the options filter on certainty at all.</summary>
        internal bool FiltersCertainty => MinConfidence.HasValue || Statuses.Count > 0;

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

            if (Undated != UndatedPolicy.Flag)
            {
                parts.Add(Undated == UndatedPolicy.Include ? "counting what may hold" : "dropping what may hold");
            }

            if (IgnoreTime)
            {
                parts.Add("ignoring joint time");
            }

            if (MinConfidence.HasValue)
            {
                parts.Add("confidence at least " + MinConfidence.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (Statuses.Count > 0)
            {
                parts.Add("status " + string.Join(", ", Statuses.Select(x => x.ToString().ToLowerInvariant())));
            }

            if (AnySubject)
            {
                parts.Add("any subject");
            }

            if (Datasets.Count > 0)
            {
                parts.Add("from " + string.Join(", ", Datasets));
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
    }
}

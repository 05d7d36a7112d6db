using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;
using KnowledgeGraph.Queries.Neighborhoods;
using KnowledgeGraph.Queries.Paths;
using KnowledgeGraph.Queries.Search;
using KnowledgeGraph.Queries.Time;

namespace KnowledgeGraph
{
    /// <summary>
    /// The fluent query API on a <see cref="Graph"/>: paths, dependencies, timelines, differences between dates,
    /// neighbourhoods and search. Every result explains itself as text (<c>Explain()</c>) and as HTML for notebooks.
    /// </summary>
    /// <example>
    /// <code>
    /// PathResult r = graph.Paths(russia, integral).Via("DEPENDS_ON&gt;|&lt;SUPPLIES").AsOf(PartialDate.Parse("2023")).Shortest();
    /// DependencyReport d = graph.DependenciesOf(russia);
    /// Timeline t = graph.Timeline(belarus);
    /// SearchResults s = graph.Search("Lukashenko");
    /// </code>
    /// </example>
    public static class QueryExtensions
    {
        /// <summary>Starts a path question between two entities; finish it with <see cref="PathQuery.Shortest"/>, <see cref="PathQuery.AllShortest"/>, <see cref="PathQuery.KShortest"/>, <see cref="PathQuery.AllSimple"/> or <see cref="PathQuery.ShortestWeighted(string, CancellationToken)"/>.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="from">The start.</param>
        /// <param name="to">The end.</param>
        /// <returns>The query, with every relation walked either way and the default bounds.</returns>
        /// <exception cref="EntityNotFoundException">An entity is not in the graph.</exception>
        public static PathQuery Paths(this Graph graph, Entity from, Entity to) => new PathQuery(graph, from, to, QueryOptions.Default);

        /// <summary>Starts a path question between two entities named by id, name or alias.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="from">The start's id, name or alias.</param>
        /// <param name="to">The end's id, name or alias.</param>
        /// <returns>The query.</returns>
        /// <exception cref="EntityNotFoundException">No entity matches.</exception>
        public static PathQuery Paths(this Graph graph, string from, string to) => graph.Paths(graph.ResolveEntity(from), graph.ResolveEntity(to));

        /// <summary>
        /// Finds everything <paramref name="entity"/> depends on, transitively, each with the paths that explain it:
        /// dependency relations in their declared direction (<c>DEPENDS_ON</c> forward, <c>SUPPLIES</c> backward).
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="entity">The entity that depends.</param>
        /// <param name="options">Filters and bounds; the relations default to <see cref="RelationFilter.Dependencies"/>, the depth to <see cref="QueryOptions.DefaultMaxDepth"/>, the number of entities to <see cref="QueryOptions.MaxResults"/>.</param>
        /// <param name="maxPathsPerEntity">The most explaining paths listed per entity.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The report, nearest first.</returns>
        /// <remarks>
        /// A chain continues only through steps about compatible subjects (one within the other: microchips within
        /// microelectronics; a step about nothing chains with anything) unless <see cref="QueryOptions.AnySubject"/>. With a
        /// date, an entity is listed only if some explaining path holds as a whole on that date; without one, if its steps
        /// held at one time. Entities reached only through paths that may hold are listed apart
        /// (<see cref="DependencyReport.MayHold"/>).
        /// </remarks>
        public static DependencyReport DependenciesOf(this Graph graph, Entity entity, QueryOptions? options = null, int maxPathsPerEntity = 10, CancellationToken cancellationToken = default) =>
            DependencyAnalysis.Run(graph, entity, false, options, maxPathsPerEntity, cancellationToken);

        /// <summary>Finds how <paramref name="from"/> depends on <paramref name="to"/>: the report of <see cref="DependenciesOf"/> for that one entity (its explaining paths, or the ones that may hold).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="from">The entity that depends.</param>
        /// <param name="to">The entity depended on.</param>
        /// <param name="options">Filters and bounds, as for <see cref="DependenciesOf"/>.</param>
        /// <param name="maxPaths">The most explaining paths listed.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The report: one entry, in <see cref="DependencyReport.Items"/> or <see cref="DependencyReport.MayHold"/>, or none.</returns>
        public static DependencyReport DependencyOn(this Graph graph, Entity from, Entity to, QueryOptions? options = null, int maxPaths = QueryOptions.DefaultMaxResults, CancellationToken cancellationToken = default) =>
            DependencyAnalysis.Run(graph, from, false, options, maxPaths, cancellationToken, to ?? throw new System.ArgumentNullException(nameof(to)));

        /// <summary>Finds everything that depends on <paramref name="entity"/>, transitively, each with the paths (from the dependent to it) that explain it.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="entity">The entity depended on.</param>
        /// <param name="options">Filters and bounds, as for <see cref="DependenciesOf"/>.</param>
        /// <param name="maxPathsPerEntity">The most explaining paths listed per entity.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The report, nearest first.</returns>
        public static DependencyReport DependentsOf(this Graph graph, Entity entity, QueryOptions? options = null, int maxPathsPerEntity = 10, CancellationToken cancellationToken = default) =>
            DependencyAnalysis.Run(graph, entity, true, options, maxPathsPerEntity, cancellationToken);

        /// <summary>
        /// Finds everything <paramref name="entity"/> depends on, transitively, without the paths that explain it: the
        /// entities <see cref="DependenciesOf"/> lists, by the same rules (the relations, kinds and subjects that chain, the
        /// time asked, the undated policy), in time linear in the size of the graph, for closures too large to explain.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="entity">The entity that depends.</param>
        /// <param name="options">Filters and bounds; the relations default to <see cref="RelationFilter.Dependencies"/>; without <see cref="QueryOptions.WithMaxDepth"/> the depth is not bounded; at most <see cref="QueryOptions.MaxResults"/> entities are listed.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The closure, nearest first.</returns>
        /// <remarks>
        /// Exact: an entity is listed when some path to it obeys the rules, however many paths there are (where
        /// <see cref="DependenciesOf"/> looks at a bounded number of paths per entity). Its depth is the length of the
        /// shortest such path.
        /// </remarks>
        public static DependencyClosure DependencyClosureOf(this Graph graph, Entity entity, QueryOptions? options = null, CancellationToken cancellationToken = default) =>
            DependencyAnalysis.Closure(graph, entity, false, options, cancellationToken);

        /// <summary>Finds everything that depends on <paramref name="entity"/>, transitively, without the paths that explain it (see <see cref="DependencyClosureOf"/>).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="entity">The entity depended on.</param>
        /// <param name="options">Filters and bounds, as for <see cref="DependencyClosureOf"/>.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The closure, nearest first.</returns>
        public static DependencyClosure DependentsClosureOf(this Graph graph, Entity entity, QueryOptions? options = null, CancellationToken cancellationToken = default) =>
            DependencyAnalysis.Closure(graph, entity, true, options, cancellationToken);

        /// <summary>Gets an entity's relations in date order (see <see cref="Queries.Time.Timeline"/> for how partial dates are ordered); undated relations are kept apart.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="entity">The entity.</param>
        /// <returns>The timeline.</returns>
        public static Timeline Timeline(this Graph graph, Entity entity) => TimeQueries.Timeline(graph, entity);

        /// <summary>Gets what changed between two dates: relations that appeared and relations that ended (see <see cref="GraphDiff"/>).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="from">The first date.</param>
        /// <param name="to">The second date.</param>
        /// <returns>The difference.</returns>
        public static GraphDiff Diff(this Graph graph, PartialDate from, PartialDate to) => TimeQueries.Diff(graph, from, to);

        /// <summary>Gets the subgraph around an entity: the entities within <paramref name="depth"/> walkable steps, the walkable relations between them, and the sources they cite.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="entity">The centre.</param>
        /// <param name="depth">The number of steps, 0 or more.</param>
        /// <param name="options">Filters; <see cref="QueryOptions.MaxResults"/> bounds the number of entities.</param>
        /// <param name="cancellationToken">Cancels the search.</param>
        /// <returns>The neighbourhood, with its <see cref="Neighborhood.Graph"/>.</returns>
        public static Neighborhood Neighborhood(this Graph graph, Entity entity, int depth = 1, QueryOptions? options = null, CancellationToken cancellationToken = default) =>
            NeighborhoodQueries.Neighborhood(graph, entity, depth, options, cancellationToken);

        /// <summary>Gets one page of an entity's relations in a stable order (outgoing as added, then incoming), for entities with very many relations.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="entity">The entity.</param>
        /// <param name="skip">How many to skip.</param>
        /// <param name="take">The page size.</param>
        /// <param name="options">Filters on relation types, directions, kinds of the other end, and date; the bounds do not apply.</param>
        /// <returns>The page.</returns>
        public static RelationPage RelationsPage(this Graph graph, Entity entity, int skip, int take, QueryOptions? options = null) =>
            NeighborhoodQueries.Page(graph, entity, skip, take, options);

        /// <summary>
        /// Searches entities by id, external id (<c>Q184</c> or <c>wikidata:Q184</c>), name or alias across case,
        /// diacritics and scripts (<c>Лукашенко</c> finds <c>lukashenka</c>), with ranked fuzzy matches for typos and
        /// other transliterations (see <see cref="Text.NameSimilarity"/>).
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <param name="text">The text.</param>
        /// <param name="kind">Only entities of this kind (or its sub-kinds), or <c>null</c>.</param>
        /// <param name="limit">The most hits returned.</param>
        /// <param name="minScore">The lowest fuzzy score kept, in [0, 1].</param>
        /// <returns>The hits, best first; ties in the order entities were added.</returns>
        /// <remarks>Candidates come from a trigram index of the folded names and their consonant skeletons, built on the first search of a graph (O(total length of names)); only they are scored.</remarks>
        public static SearchResults Search(this Graph graph, string text, string? kind = null, int limit = 10, double minScore = 0.7) =>
            EntitySearch.Of(graph).Search(text, kind, limit, minScore);

        /// <summary>Finds the entities of a kind or its sub-kinds (<c>Event</c> finds summits and statements too).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="kind">The kind's name, ignoring case.</param>
        /// <returns>The entities, in the order they were added.</returns>
        public static IReadOnlyList<Entity> FindByKind(this Graph graph, string kind)
        {
            var list = new List<Entity>();
            foreach (Entity e in graph.Entities)
            {
                for (EntityKind? k = e.Kind; k != null; k = k.Parent)
                {
                    if (string.Equals(k.Name, kind, StringComparison.OrdinalIgnoreCase))
                    {
                        list.Add(e);
                        break;
                    }
                }
            }

            return list;
        }

        /// <summary>Finds the entities that have a property, optionally with a value (compared as invariant text, ignoring case).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="key">The property's name.</param>
        /// <param name="value">The value, or <c>null</c> for any value.</param>
        /// <returns>The entities, in the order they were added.</returns>
        public static IReadOnlyList<Entity> FindByProperty(this Graph graph, string key, object? value = null)
        {
            string? wanted = value == null ? null : PropertyMap.Format(value);
            var list = new List<Entity>();
            foreach (Entity e in graph.Entities)
            {
                if (e.Properties.TryGetValue(key, out object? v) && (wanted == null || string.Equals(PropertyMap.Format(v), wanted, StringComparison.OrdinalIgnoreCase)))
                {
                    list.Add(e);
                }
            }

            return list;
        }
    }
}

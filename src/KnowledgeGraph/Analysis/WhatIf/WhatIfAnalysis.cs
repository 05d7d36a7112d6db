using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Analysis.Exposure;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Analysis.WhatIf
{
    /// <summary>
    /// What-if analysis: applies a <see cref="Scenario"/> (remove entities or relations, end a sanction or a treaty at a
    /// date) and reports what changes: dependency paths lost or gained between given entities, sanctions exposure gained
    /// or lost, and moves in the top ranks by PageRank and betweenness.
    /// </summary>
    /// <remarks>
    /// Dependency paths follow relation types that count as dependencies in their declared direction (DEPENDS_ON
    /// forward, SUPPLIES backward), as <c>kg depends</c> does; paths are compared by their relations.
    /// </remarks>
    public static class WhatIfAnalysis
    {
        /// <summary>Runs the scenario and compares before and after.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="scenario">The change.</param>
        /// <param name="options">The options; defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The differences.</returns>
        /// <exception cref="KnowledgeGraphException">The scenario names an unknown id.</exception>
        /// <exception cref="EntityNotFoundException">An entity of <see cref="WhatIfOptions.Between"/> is unknown.</exception>
        public static WhatIfResult Run(Graph graph, Scenario scenario, WhatIfOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new WhatIfOptions();
            Graph changed = scenario.Apply(graph, dropEnded: options.AsOf == null);
            Graph before = View(graph, options);
            Graph after = View(changed, options);
            cancellationToken.ThrowIfCancellationRequested();

            // Dependency paths.
            var lost = new List<GraphPath>();
            var gained = new List<GraphPath>();
            bool truncated = false;
            Entity[] watched = options.Between.Select(graph.ResolveEntity).ToArray();
            if (watched.Length > 0)
            {
                GraphView arcsBefore = GraphView.DependencyReading(before, CriticalDependency, undirected: false);
                GraphView arcsAfter = GraphView.DependencyReading(after, CriticalDependency, undirected: false);
                foreach ((Entity a, Entity? b) in Pairs(watched))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (pathsBefore, t1) = Paths(before, arcsBefore, a, b, options, cancellationToken);
                    var (pathsAfter, t2) = Paths(after, arcsAfter, a, b, options, cancellationToken);
                    truncated |= t1 || t2;
                    var keysAfter = new HashSet<string>(pathsAfter.Select(Key), StringComparer.Ordinal);
                    var keysBefore = new HashSet<string>(pathsBefore.Select(Key), StringComparer.Ordinal);
                    lost.AddRange(pathsBefore.Where(p => !keysAfter.Contains(Key(p))));
                    gained.AddRange(pathsAfter.Where(p => !keysBefore.Contains(Key(p))));
                }
            }

            // Exposure.
            // Exposure applies the time rule itself (what may hold is reported apart), so it reads the whole graphs.
            ExposureRule rule = (options.Exposure ?? new ExposureRule()) with { AsOf = options.AsOf, IgnoreTime = options.AsOf == null, Undated = options.Undated };
            ExposureResult exposureBefore = SanctionsExposure.Compute(graph, rule, cancellationToken);
            ExposureResult exposureAfter = SanctionsExposure.Compute(changed, rule, cancellationToken);
            var exposure = new List<ExposureChange>();
            foreach (Entity e in graph.Entities)
            {
                ExposureRecord? x = exposureBefore.For(e.Id) ?? exposureBefore.MayHold.FirstOrDefault(r => r.Entity.Id == e.Id);
                ExposureRecord? y = exposureAfter.For(e.Id) ?? exposureAfter.MayHold.FirstOrDefault(r => r.Entity.Id == e.Id);
                if ((x == null) != (y == null) || (x != null && y != null && (x.Kind != y.Kind || x.LinkSteps != y.LinkSteps || x.Status != y.Status)))
                {
                    exposure.Add(new ExposureChange(e, x, y));
                }
            }

            // Rankings.
            var ranks = new List<RankChange>();
            ranks.AddRange(Moves("pagerank", PageRank.Rank(before, null, cancellationToken), PageRank.Rank(after, null, cancellationToken), options.Top));
            ranks.AddRange(Moves("betweenness", Betweenness.Compute(before, null, cancellationToken), Betweenness.Compute(after, null, cancellationToken), options.Top));

            return new WhatIfResult(scenario.ToString(), options.AsOf, watched, lost, gained, truncated, exposureBefore, exposureAfter, exposure, ranks, graph.Entities.Any(e => e.Kind.IsActor));
        }

        /// <summary>The graph as of the comparison's date by the one rule (<see cref="Graph.AsOf(PartialDate, UndatedPolicy)"/>); whole without a date.</summary>
        private static Graph View(Graph graph, WhatIfOptions options) =>
            options.AsOf == null ? graph : graph.AsOf(options.AsOf.Value, options.Undated);

        private static bool CriticalDependency(Relation r) => Directions.DependsOn(r.Type) != Directions.None;

        private static IEnumerable<(Entity, Entity?)> Pairs(Entity[] watched)
        {
            if (watched.Length == 1)
            {
                yield return (watched[0], null);
                yield break;
            }

            foreach (Entity a in watched)
            {
                foreach (Entity b in watched)
                {
                    if (!a.Equals(b))
                    {
                        yield return (a, b);
                    }
                }
            }
        }

        private static (IReadOnlyList<GraphPath>, bool) Paths(Graph g, GraphView arcs, Entity a, Entity? b, WhatIfOptions options, CancellationToken ct)
        {
            int s = g.IndexOf(a);
            if (s < 0)
            {
                return (Array.Empty<GraphPath>(), false);
            }

            int t = b == null ? -1 : g.IndexOf(b);
            if (b != null && t < 0)
            {
                return (Array.Empty<GraphPath>(), false);
            }

            List<int[]> found = b == null
                ? SimplePaths.From(arcs, s, options.MaxDepth, options.MaxPaths, ct, out SearchCut cut)
                : SimplePaths.Between(arcs, s, t, options.MaxDepth, options.MaxPaths, false, ct, out cut);
            return (found.Select(steps => arcs.ToPath(s, steps, steps.Length)).ToArray(), cut != SearchCut.None);
        }

        private static string Key(GraphPath p) => p.Start.Id + ":" + string.Join(",", p.Steps.Select(s => (s.IsForward ? "+" : "-") + s.Relation.Id));

        private static Ranking Actors(CentralityResult result) =>
            result.Ranking.Any(s => s.Entity.Kind.IsActor) ? result.Among(e => e.Kind.IsActor) : result.Ranking;

        private static IEnumerable<RankChange> Moves(string measure, CentralityResult before, CentralityResult after, int top)
        {
            // Among the actors (the vocabulary's actor kinds), as kg rank ranks them, when the graph has any.
            Ranking b = Actors(before), a = Actors(after);
            var rankBefore = b.ToDictionary(s => s.Entity.Id, StringComparer.Ordinal);
            var rankAfter = a.ToDictionary(s => s.Entity.Id, StringComparer.Ordinal);
            IEnumerable<Entity> watched = b.Take(top).Select(s => s.Entity).Concat(a.Take(top).Select(s => s.Entity)).Distinct();
            foreach (Entity e in watched)
            {
                rankBefore.TryGetValue(e.Id, out EntityScore? x);
                rankAfter.TryGetValue(e.Id, out EntityScore? y);
                if (x?.Rank != y?.Rank)
                {
                    yield return new RankChange(measure, e, x?.Rank, y?.Rank, x?.Score, y?.Score);
                }
            }
        }
    }
}

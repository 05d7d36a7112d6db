using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>
    /// Sanctions exposure: from the sanctions in a graph and what they target, through ownership and control and through
    /// supply and dependency, who is exposed, how, and through which path, under an <see cref="ExposureRule"/>.
    /// </summary>
    /// <remarks>
    /// In the spirit of OpenSanctions' <c>sanction.linked</c> topic and of the 50% rule of EU and OFAC guidance on
    /// entities owned by sanctioned persons. Each exposed entity is reported once, with its strongest exposure
    /// (<see cref="ExposureKind"/>; then the fewest link steps; then, for a target, the sanction that began first, then
    /// the one added first) and the path that shows it, each step with its dates and citations. Exposure is computed as
    /// of a date (today by default): a path counts when its relations hold jointly then, by the one three-valued rule
    /// (<see cref="Validity.StatusAsOf(PartialDate)"/>); what only may hold is reported apart
    /// (<see cref="ExposureResult.MayHold"/>), and ownership or control that ended before the date is reported as former
    /// (<see cref="ExposureResult.Former"/>), with its dates and the owner's sanction. O(S · (V + E)) for S sanctions.
    /// </remarks>
    public static class SanctionsExposure
    {
        /// <summary>Computes who is exposed to the sanctions of a graph.</summary>
        /// <param name="graph">The graph (or a filtered view).</param>
        /// <param name="rule">The rule; <see cref="ExposureRule"/>'s defaults (as of today) when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The exposed entities with their paths, what may hold, and former ownership or control.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><see cref="ExposureRule.MaxSteps"/> is negative.</exception>
        public static ExposureResult Compute(Graph graph, ExposureRule? rule = null, CancellationToken cancellationToken = default)
        {
            rule ??= new ExposureRule();
            if (rule.MaxSteps < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(rule), rule.MaxSteps, "MaxSteps must not be negative.");
            }

            PartialDate? date = rule.IgnoreTime ? null : rule.AsOf ?? PartialDate.FromDateTime(rule.Clock().ToUniversalTime());
            var time = new Window(date);
            Graph g = graph;
            int[] sanctions = Enumerable.Range(0, g.VertexCount).Where(v => g.EntityAt(v).Kind.IsA(rule.SanctionKind)).ToArray();
            var imposers = new Dictionary<int, Entity[]>();
            foreach (int s in sanctions)
            {
                imposers[s] = g.InSegment(s).Where(r => rule.ImposesType != null ? r.Type.Name == rule.ImposesType : r.Type.SanctionRole == SanctionRole.Imposes).Select(r => g.Own(r.Source)).Distinct().ToArray();
            }

            // What holds (counted), then what holds or may hold; under Include both are counted.
            TimeStatus counted = rule.Undated == UndatedPolicy.Include ? TimeStatus.MayHold : TimeStatus.Holds;
            Node?[] best = Propagate(g, rule, sanctions, time, counted, cancellationToken);
            Node?[] possible = rule.Undated == UndatedPolicy.Flag && date != null
                ? Propagate(g, rule, sanctions, time, TimeStatus.MayHold, cancellationToken)
                : new Node?[g.VertexCount];
            List<int>?[] reachedBy = ReachedBy(g, rule, sanctions, time, counted, cancellationToken);
            List<int>?[] mayBeReachedBy = rule.Undated == UndatedPolicy.Flag && date != null
                ? ReachedBy(g, rule, sanctions, time, TimeStatus.MayHold, cancellationToken)
                : new List<int>?[g.VertexCount];

            var records = new List<ExposureRecord>();
            var mayHold = new List<ExposureRecord>();
            for (int v = 0; v < g.VertexCount; v++)
            {
                if (best[v] != null)
                {
                    records.Add(Record(g, v, best[v]!, reachedBy[v], imposers));
                }
                else if (possible[v] != null)
                {
                    mayHold.Add(Record(g, v, possible[v]!, mayBeReachedBy[v], imposers));
                }
            }

            List<FormerExposure> former = date == null ? new List<FormerExposure>() : Former(g, rule, best, time);
            return new ExposureResult(
                g,
                rule,
                date,
                sanctions.Select(g.EntityAt).ToArray(),
                sanctions.Select(s => (IReadOnlyList<Entity>)imposers[s]).ToArray(),
                Sort(g, records),
                Sort(g, mayHold),
                former);
        }

        private static ExposureRecord[] Sort(Graph g, List<ExposureRecord> records) =>
            records.OrderBy(r => r.Kind).ThenBy(r => r.LinkSteps).ThenBy(r => g.IndexOf(r.Entity)).ToArray();

        private static ExposureRecord Record(Graph g, int v, Node node, List<int>? reachedBy, Dictionary<int, Entity[]> imposers)
        {
            List<int> by = reachedBy ?? new List<int> { node.Sanction };
            return new ExposureRecord(
                g.EntityAt(v),
                node.Kind,
                new GraphPath(g.EntityAt(node.Sanction), node.Steps),
                node.LinkSteps,
                node.Share,
                by.Select(g.EntityAt).ToArray(),
                by.SelectMany(s => imposers[s]).Distinct().ToArray(),
                node.Status);
        }

        /// <summary>For each entity, the sanctions whose exposure reaches it on its own, in the order they were added.</summary>
        private static List<int>?[] ReachedBy(Graph g, ExposureRule rule, int[] sanctions, Window time, TimeStatus least, CancellationToken cancellationToken)
        {
            var reachedBy = new List<int>?[g.VertexCount];
            foreach (int s in sanctions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Node?[] one = Propagate(g, rule, new[] { s }, time, least, cancellationToken);
                for (int v = 0; v < one.Length; v++)
                {
                    if (one[v] != null)
                    {
                        (reachedBy[v] ??= new List<int>()).Add(s);
                    }
                }
            }

            return reachedBy;
        }

        /// <summary>Ownership or control by an exposed owner that ended before the date, of entities not exposed now.</summary>
        private static List<FormerExposure> Former(Graph g, ExposureRule rule, Node?[] best, Window time)
        {
            var former = new List<FormerExposure>();
            for (int owner = 0; owner < g.VertexCount; owner++)
            {
                Node? node = best[owner];
                if (node == null || node.Kind == ExposureKind.Linked)
                {
                    continue;
                }

                foreach (Relation r in g.OutSegment(owner))
                {
                    int x = g.IndexOf(r.Target);
                    if (!r.Type.IsControl || x == owner || best[x] != null || !Counts(r, rule))
                    {
                        continue;
                    }

                    TimeKey key = r.Validity.Key;
                    if (key.Status(time.First, time.Last) != TimeStatus.DoesNotHold || key.Status(int.MinValue, time.Last) == TimeStatus.DoesNotHold)
                    {
                        continue; // it holds or may hold at the date, or it had not begun by then
                    }

                    // Did the control ever hold while the owner was exposed (jointly with the owner's path, up to the date)?
                    TimeStatus overlap = TimeKey.Joint(node.Keys.Append(key).ToArray(), int.MinValue, time.Last);
                    Relation sanctionStep = node.Steps[0].Relation;
                    former.Add(new FormerExposure(g.EntityAt(x), g.EntityAt(owner), r, sanctionStep, new GraphPath(g.EntityAt(node.Sanction), node.Steps.Append(new PathStep(r, true)).ToArray()), overlap));
                }
            }

            return former.OrderBy(f => g.IndexOf(f.Entity)).ThenBy(f => g.IndexOf(f.Owner)).ToList();
        }

        /// <summary>Whether a control relation would count on its own share (a former 10% stake is not former control).</summary>
        private static bool Counts(Relation r, ExposureRule rule)
        {
            double? share = r.Properties.GetNumber(rule.ShareProperty);
            if (share == null)
            {
                return !r.Type.IsOwnership || rule.UnknownShareCounts;
            }

            return (share.Value > 1 ? share.Value / 100.0 : share.Value) >= rule.OwnershipThreshold;
        }

        private static Node?[] Propagate(Graph g, ExposureRule rule, int[] sanctions, Window time, TimeStatus least, CancellationToken cancellationToken)
        {
            int n = g.VertexCount;
            var best = new Node?[n];
            var queue = new Queue<int>();

            // 1. Targeted: by the sanction that began first (the hull's start), then by the one added first.
            var candidates = new List<(int Target, int Start, int Order, Node Node)>();
            for (int i = 0; i < sanctions.Length; i++)
            {
                int s = sanctions[i];
                foreach (Relation r in g.OutSegment(s))
                {
                    int t = g.IndexOf(r.Target);
                    if (t == s || !(rule.TargetsType != null ? r.Type.Name == rule.TargetsType : r.Type.SanctionRole == SanctionRole.Targets))
                    {
                        continue;
                    }

                    TimeKey key = r.Validity.Key;
                    TimeStatus status = time.Joint(new[] { key });
                    if (status >= least)
                    {
                        candidates.Add((t, key.Lo, i, new Node(ExposureKind.Targeted, s, new[] { new PathStep(r, true) }, new[] { key }, 0, null, status)));
                    }
                }
            }

            foreach (var c in candidates.OrderBy(c => c.Start).ThenBy(c => c.Order))
            {
                best[c.Target] ??= c.Node;
            }

            // Chains are examined in the order of first discovery (sanction order, then relation order).
            var exposedOwners = new List<int>();
            var seen = new bool[n];
            foreach (var c in candidates)
            {
                if (!seen[c.Target])
                {
                    seen[c.Target] = true;
                    exposedOwners.Add(c.Target);
                    queue.Enqueue(c.Target);
                }
            }

            // 2. Owned or controlled, along chains (each newly owned entity is examined in turn).
            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int owner = queue.Dequeue();
                foreach (Relation r in g.OutSegment(owner))
                {
                    int x = g.IndexOf(r.Target);
                    if (!r.Type.IsControl || best[x] != null || x == owner)
                    {
                        continue;
                    }

                    Node? owned = Ownership(g, rule, best, x, time, least);
                    if (owned != null)
                    {
                        best[x] = owned;
                        queue.Enqueue(x);
                        exposedOwners.Add(x);
                    }
                }
            }

            // 3. Linked within MaxSteps supply/dependency relations of a targeted or owned entity.
            foreach (int v in exposedOwners)
            {
                queue.Enqueue(v);
            }

            while (queue.Count > 0)
            {
                int v = queue.Dequeue();
                Node from = best[v]!;
                if (from.LinkSteps >= rule.MaxSteps)
                {
                    continue;
                }

                foreach (PathStep step in LinkSteps(g, rule, v))
                {
                    int w = g.IndexOf(step.To);
                    if (best[w] != null)
                    {
                        continue;
                    }

                    TimeKey[] keys = from.Keys.Append(step.Relation.Validity.Key).ToArray();
                    TimeStatus status = time.Joint(keys);
                    if (status >= least)
                    {
                        best[w] = new Node(ExposureKind.Linked, from.Sanction, from.Steps.Append(step).ToArray(), keys, from.LinkSteps + 1, null, status);
                        queue.Enqueue(w);
                    }
                }
            }

            return best;
        }

        /// <summary>Decides whether <paramref name="x"/> is owned or controlled by exposed owners; returns its node or <c>null</c>.</summary>
        private static Node? Ownership(Graph g, ExposureRule rule, Node?[] best, int x, Window time, TimeStatus least)
        {
            double total = 0;
            double largest = -1;
            Relation? largestRelation = null;
            TimeKey[]? largestKeys = null;
            TimeStatus weakest = TimeStatus.Holds;
            foreach (Relation r in g.InSegment(x))
            {
                int owner = g.IndexOf(r.Source);
                Node? ownerNode = best[owner];
                if (!r.Type.IsControl || ownerNode == null || ownerNode.Kind == ExposureKind.Linked || owner == x)
                {
                    continue;
                }

                TimeKey[] keys = ownerNode.Keys.Append(r.Validity.Key).ToArray();
                TimeStatus status = time.Joint(keys);
                if (status < least)
                {
                    continue;
                }

                double? share = r.Properties.GetNumber(rule.ShareProperty);
                if (share == null)
                {
                    if (!r.Type.IsOwnership || rule.UnknownShareCounts)
                    {
                        return new Node(ExposureKind.OwnedOrControlled, ownerNode.Sanction, ownerNode.Steps.Append(new PathStep(r, true)).ToArray(), keys, 0, null, status);
                    }

                    continue;
                }

                double s = share.Value > 1 ? share.Value / 100.0 : share.Value;
                total += s;
                weakest = status < weakest ? status : weakest;
                if (s > largest)
                {
                    largest = s;
                    largestRelation = r;
                    largestKeys = keys;
                }
            }

            double held = rule.AggregateOwnership ? total : largest;
            if (largestRelation != null && held >= rule.OwnershipThreshold)
            {
                Node ownerNode = best[g.IndexOf(largestRelation.Source)]!;
                return new Node(ExposureKind.OwnedOrControlled, ownerNode.Sanction, ownerNode.Steps.Append(new PathStep(largestRelation, true)).ToArray(), largestKeys!, 0, held, rule.AggregateOwnership ? weakest : time.Joint(largestKeys!));
            }

            return null;
        }

        private static IEnumerable<PathStep> LinkSteps(Graph g, ExposureRule rule, int v)
        {
            foreach (Relation r in g.OutSegment(v))
            {
                // v -r-> x. With one direction only, x must depend on v: v SUPPLIES x (reverse dependency).
                if (rule.IsLink(r) && (rule.LinkBothDirections || !r.Type.IsDirected || Directions.DependsBackward(r.Type)))
                {
                    yield return new PathStep(r, true);
                }
            }

            foreach (Relation r in g.InSegment(v))
            {
                // x -r-> v. With one direction only, x must depend on v: x DEPENDS_ON v (forward dependency).
                if (rule.IsLink(r) && !ReferenceEquals(r.Source, r.Target) && (rule.LinkBothDirections || !r.Type.IsDirected || Directions.DependsOn(r.Type) == Directions.Outgoing))
                {
                    yield return new PathStep(r, false);
                }
            }
        }

        /// <summary>The period exposure is computed for (a date's days), or none: every relation then holds.</summary>
        private readonly struct Window
        {
            public Window(PartialDate? date)
            {
                HasDate = date != null;
                First = date?.FirstDayNumber ?? int.MinValue;
                Last = date?.LastDayNumber ?? int.MaxValue;
            }

            public bool HasDate { get; }

            public int First { get; }

            public int Last { get; }

            /// <summary>Whether a path holds jointly in the period, by the one rule (<see cref="TimeKey.Joint"/>).</summary>
            public TimeStatus Joint(TimeKey[] keys) => HasDate ? TimeKey.Joint(keys, First, Last) : TimeStatus.Holds;
        }

        private sealed class Node
        {
            public Node(ExposureKind kind, int sanction, PathStep[] steps, TimeKey[] keys, int linkSteps, double? share, TimeStatus status)
            {
                Kind = kind;
                Sanction = sanction;
                Steps = steps;
                Keys = keys;
                LinkSteps = linkSteps;
                Share = share;
                Status = status;
            }

            public ExposureKind Kind { get; }

            public int Sanction { get; }

            public PathStep[] Steps { get; }

            public TimeKey[] Keys { get; }

            public int LinkSteps { get; }

            public double? Share { get; }

            public TimeStatus Status { get; }
        }
    }
}

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
    /// (<see cref="ExposureKind"/>; then the fewest link steps; then the sanction added first) and the path that shows
    /// it, each step with its dates and citations. O(S · (V + E)) for S sanctions.
    /// </remarks>
    public static class SanctionsExposure
    {
        /// <summary>Computes who is exposed to the sanctions of a graph.</summary>
        /// <param name="graph">The graph (or a filtered view).</param>
        /// <param name="rule">The rule; <see cref="ExposureRule"/>'s defaults when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The exposed entities with their paths.</returns>
        public static ExposureResult Compute(Graph graph, ExposureRule? rule = null, CancellationToken cancellationToken = default)
        {
            rule ??= new ExposureRule();
            if (rule.MaxSteps < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(rule), rule.MaxSteps, "MaxSteps must not be negative.");
            }

            Graph g = rule.AsOf != null ? graph.AsOf(rule.AsOf.Value, UndatedPolicy.Include) : graph; // the old "holds or may hold" reading, until exposure moves to the three-valued rule
            int[] sanctions = Enumerable.Range(0, g.VertexCount).Where(v => g.EntityAt(v).Kind.IsA(rule.SanctionKind)).ToArray();
            Node?[] best = Propagate(g, rule, sanctions, cancellationToken);
            var reachedBy = new List<int>[g.VertexCount];
            foreach (int s in sanctions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Node?[] one = Propagate(g, rule, new[] { s }, cancellationToken);
                for (int v = 0; v < one.Length; v++)
                {
                    if (one[v] != null)
                    {
                        (reachedBy[v] ??= new List<int>()).Add(s);
                    }
                }
            }

            var imposers = new Dictionary<int, Entity[]>();
            foreach (int s in sanctions)
            {
                imposers[s] = g.InSegment(s).Where(r => rule.ImposesType != null ? r.Type.Name == rule.ImposesType : r.Type.SanctionRole == SanctionRole.Imposes).Select(r => g.Own(r.Source)).Distinct().ToArray();
            }

            var records = new List<ExposureRecord>();
            for (int v = 0; v < best.Length; v++)
            {
                Node? node = best[v];
                if (node == null)
                {
                    continue;
                }

                List<int> by = reachedBy[v] ?? new List<int> { node.Sanction };
                records.Add(new ExposureRecord(
                    g.EntityAt(v),
                    node.Kind,
                    new GraphPath(g.EntityAt(node.Sanction), node.Steps),
                    node.LinkSteps,
                    node.Share,
                    by.Select(g.EntityAt).ToArray(),
                    by.SelectMany(s => imposers[s]).Distinct().ToArray()));
            }

            ExposureRecord[] sorted = records.OrderBy(r => r.Kind).ThenBy(r => r.LinkSteps).ThenBy(r => g.IndexOf(r.Entity)).ToArray();
            return new ExposureResult(g, rule, sanctions.Select(g.EntityAt).ToArray(), sanctions.Select(s => (IReadOnlyList<Entity>)imposers[s]).ToArray(), sorted);
        }

        private static Node?[] Propagate(Graph g, ExposureRule rule, int[] sanctions, CancellationToken cancellationToken)
        {
            int n = g.VertexCount;
            var best = new Node?[n];
            var queue = new Queue<int>();

            // 1. Targeted.
            foreach (int s in sanctions)
            {
                foreach (Relation r in g.OutSegment(s))
                {
                    int t = g.IndexOf(r.Target);
                    if ((rule.TargetsType != null ? r.Type.Name == rule.TargetsType : r.Type.SanctionRole == SanctionRole.Targets) && t != s && best[t] == null)
                    {
                        best[t] = new Node(ExposureKind.Targeted, s, new[] { new PathStep(r, true) }, 0, null);
                        queue.Enqueue(t);
                    }
                }
            }

            // 2. Owned or controlled, along chains (each newly owned entity is examined in turn).
            var exposedOwners = new List<int>(queue);
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

                    Node? owned = Ownership(g, rule, best, x);
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
                    if (best[w] == null)
                    {
                        best[w] = new Node(ExposureKind.Linked, from.Sanction, from.Steps.Append(step).ToArray(), from.LinkSteps + 1, null);
                        queue.Enqueue(w);
                    }
                }
            }

            return best;
        }

        /// <summary>Decides whether <paramref name="x"/> is owned or controlled by exposed owners; returns its node or <c>null</c>.</summary>
        private static Node? Ownership(Graph g, ExposureRule rule, Node?[] best, int x)
        {
            double total = 0;
            double largest = -1;
            Relation? largestRelation = null;
            foreach (Relation r in g.InSegment(x))
            {
                int owner = g.IndexOf(r.Source);
                Node? ownerNode = best[owner];
                if (!r.Type.IsControl || ownerNode == null || ownerNode.Kind == ExposureKind.Linked || owner == x)
                {
                    continue;
                }

                double? share = r.Properties.GetNumber(rule.ShareProperty);
                if (share == null)
                {
                    if (!r.Type.IsOwnership || rule.UnknownShareCounts)
                    {
                        return new Node(ExposureKind.OwnedOrControlled, ownerNode.Sanction, ownerNode.Steps.Append(new PathStep(r, true)).ToArray(), 0, null);
                    }

                    continue;
                }

                double s = share.Value > 1 ? share.Value / 100.0 : share.Value;
                total += s;
                if (s > largest)
                {
                    largest = s;
                    largestRelation = r;
                }
            }

            double held = rule.AggregateOwnership ? total : largest;
            if (largestRelation != null && held >= rule.OwnershipThreshold)
            {
                Node ownerNode = best[g.IndexOf(largestRelation.Source)]!;
                return new Node(ExposureKind.OwnedOrControlled, ownerNode.Sanction, ownerNode.Steps.Append(new PathStep(largestRelation, true)).ToArray(), 0, held);
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

        private sealed class Node
        {
            public Node(ExposureKind kind, int sanction, PathStep[] steps, int linkSteps, double? share)
            {
                Kind = kind;
                Sanction = sanction;
                Steps = steps;
                LinkSteps = linkSteps;
                Share = share;
            }

            public ExposureKind Kind { get; }

            public int Sanction { get; }

            public PathStep[] Steps { get; }

            public int LinkSteps { get; }

            public double? Share { get; }
        }
    }
}

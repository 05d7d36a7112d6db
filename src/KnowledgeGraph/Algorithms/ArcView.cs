using System;
using System.Collections.Generic;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Algorithms
{
    /// <summary>
    /// Relations as arcs that keep their identity (for paths and cuts), in compressed sparse rows by the entity they
    /// leave: in the dependency reading an arc goes from the entity that depends to the entity it depends on.
    /// </summary>
    internal sealed class ArcView
    {
        private ArcView(int n, int[] offsets, int[] targets, int[] relations, bool[] forward)
        {
            N = n;
            Offsets = offsets;
            Targets = targets;
            Relations = relations;
            Forward = forward;
        }

        public int N { get; }

        public int[] Offsets { get; }

        public int[] Targets { get; }

        /// <summary>Gets the relation (position in <see cref="Graph.Relations"/>) of each arc.</summary>
        public int[] Relations { get; }

        /// <summary>Gets whether each arc walks its relation from source to target.</summary>
        public bool[] Forward { get; }

        /// <summary>
        /// Builds the arcs of the relations that pass <paramref name="filter"/>. Undirected reading: every relation both
        /// ways. Otherwise a forward dependency (DEPENDS_ON) source→target, a reverse one (SUPPLIES) target→source, any
        /// other directed type source→target and an undirected type both ways.
        /// </summary>
        public static ArcView Build(Graph graph, Func<Relation, bool>? filter, bool undirected)
        {
            AdjacencyIndex index = graph.Index;
            int n = index.VertexCount;
            var arcs = new List<(int S, int T, int R, bool F)>();
            for (int r = 0; r < index.EdgeCount; r++)
            {
                Relation relation = graph.RelationAt(r);
                if (filter != null && !filter(relation))
                {
                    continue;
                }

                int s = index.RelationSources[r];
                int t = index.RelationTargets[r];
                if (undirected || !relation.Type.IsDirected)
                {
                    arcs.Add((s, t, r, true));
                    if (s != t)
                    {
                        arcs.Add((t, s, r, false));
                    }
                }
                else if (relation.Type.Dependency == DependencyDirection.Reverse)
                {
                    arcs.Add((t, s, r, false));
                }
                else
                {
                    arcs.Add((s, t, r, true));
                }
            }

            var offsets = new int[n + 1];
            foreach (var a in arcs)
            {
                offsets[a.S + 1]++;
            }

            for (int v = 0; v < n; v++)
            {
                offsets[v + 1] += offsets[v];
            }

            var fill = new int[n];
            var targets = new int[arcs.Count];
            var relations = new int[arcs.Count];
            var forward = new bool[arcs.Count];
            foreach (var a in arcs)
            {
                int at = offsets[a.S] + fill[a.S]++;
                targets[at] = a.T;
                relations[at] = a.R;
                forward[at] = a.F;
            }

            return new ArcView(n, offsets, targets, relations, forward);
        }

        /// <summary>Gets whether <paramref name="to"/> is reachable from <paramref name="from"/>, avoiding an entity and a relation (-1 for none).</summary>
        public bool Reaches(int from, int to, int avoidEntity = -1, int avoidRelation = -1)
        {
            if (from == avoidEntity || to == avoidEntity)
            {
                return false;
            }

            var seen = new bool[N];
            var stack = new Stack<int>();
            seen[from] = true;
            stack.Push(from);
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                if (v == to)
                {
                    return true;
                }

                for (int i = Offsets[v]; i < Offsets[v + 1]; i++)
                {
                    int w = Targets[i];
                    if (!seen[w] && w != avoidEntity && Relations[i] != avoidRelation)
                    {
                        seen[w] = true;
                        stack.Push(w);
                    }
                }
            }

            return false;
        }

        /// <summary>Finds a shortest path by breadth-first search (ties: order relations were added), or <c>null</c>.</summary>
        public GraphPath? ShortestPath(Graph graph, int from, int to)
        {
            var parentArc = new int[N];
            for (int v = 0; v < N; v++)
            {
                parentArc[v] = -1;
            }

            var seen = new bool[N];
            var queue = new Queue<int>();
            seen[from] = true;
            queue.Enqueue(from);
            while (queue.Count > 0 && !seen[to])
            {
                int v = queue.Dequeue();
                for (int i = Offsets[v]; i < Offsets[v + 1]; i++)
                {
                    int w = Targets[i];
                    if (!seen[w])
                    {
                        seen[w] = true;
                        parentArc[w] = i;
                        queue.Enqueue(w);
                    }
                }
            }

            if (!seen[to])
            {
                return null;
            }

            var steps = new List<PathStep>();
            for (int v = to; v != from;)
            {
                int arc = parentArc[v];
                var step = new PathStep(graph.RelationAt(Relations[arc]), Forward[arc]);
                steps.Add(step);
                v = graph.IndexOf(step.From);
            }

            steps.Reverse();
            return new GraphPath(graph.EntityAt(from), steps);
        }

        /// <summary>Enumerates the simple paths that start at <paramref name="from"/> (to any entity), shortest first, within the bounds; reports whether a bound cut the search.</summary>
        public (IReadOnlyList<GraphPath> Paths, bool Truncated) PathsFrom(Graph graph, int from, int maxDepth, int maxPaths)
        {
            var found = new List<GraphPath>();
            bool truncated = false;
            var onPath = new bool[N];
            var steps = new List<PathStep>();
            onPath[from] = true;
            Walk(from);
            found.Sort((a, b) => a.Length.CompareTo(b.Length));
            if (found.Count > maxPaths)
            {
                found.RemoveRange(maxPaths, found.Count - maxPaths);
                truncated = true;
            }

            return (found, truncated);

            void Walk(int v)
            {
                for (int i = Offsets[v]; i < Offsets[v + 1]; i++)
                {
                    int w = Targets[i];
                    if (onPath[w])
                    {
                        continue;
                    }

                    if (found.Count >= maxPaths * 4)
                    {
                        truncated = true;
                        return;
                    }

                    steps.Add(new PathStep(graph.RelationAt(Relations[i]), Forward[i]));
                    found.Add(new GraphPath(graph.EntityAt(from), steps.ToArray()));
                    if (steps.Count < maxDepth)
                    {
                        onPath[w] = true;
                        Walk(w);
                        onPath[w] = false;
                    }
                    else if (Offsets[w + 1] > Offsets[w])
                    {
                        truncated = true;
                    }

                    steps.RemoveAt(steps.Count - 1);
                }
            }
        }

        /// <summary>Gets which entities reach <paramref name="to"/> (including itself).</summary>
        public bool[] ReachesBackward(int to)
        {
            var reverseOffsets = new int[N + 1];
            for (int i = 0; i < Targets.Length; i++)
            {
                reverseOffsets[Targets[i] + 1]++;
            }

            for (int v = 0; v < N; v++)
            {
                reverseOffsets[v + 1] += reverseOffsets[v];
            }

            var fill = new int[N];
            var sources = new int[Targets.Length];
            for (int v = 0; v < N; v++)
            {
                for (int i = Offsets[v]; i < Offsets[v + 1]; i++)
                {
                    int t = Targets[i];
                    sources[reverseOffsets[t] + fill[t]++] = v;
                }
            }

            var seen = new bool[N];
            var stack = new Stack<int>();
            seen[to] = true;
            stack.Push(to);
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                for (int i = reverseOffsets[v]; i < reverseOffsets[v + 1]; i++)
                {
                    if (!seen[sources[i]])
                    {
                        seen[sources[i]] = true;
                        stack.Push(sources[i]);
                    }
                }
            }

            return seen;
        }

        /// <summary>
        /// Enumerates simple paths from <paramref name="from"/> to <paramref name="to"/> of at most
        /// <paramref name="maxDepth"/> relations, shortest first, at most <paramref name="maxPaths"/>; reports whether a bound cut the search.
        /// </summary>
        public (IReadOnlyList<GraphPath> Paths, bool Truncated) SimplePaths(Graph graph, int from, int to, int maxDepth, int maxPaths)
        {
            var found = new List<GraphPath>();
            bool truncated = false;
            var onPath = new bool[N];
            var steps = new List<PathStep>();
            int limit = maxPaths * 4;
            bool[] canReach = ReachesBackward(to);
            onPath[from] = true;
            Walk(from);
            found.Sort((a, b) => a.Length.CompareTo(b.Length));
            if (found.Count > maxPaths)
            {
                found.RemoveRange(maxPaths, found.Count - maxPaths);
                truncated = true;
            }

            return (found, truncated);

            void Walk(int v)
            {
                for (int i = Offsets[v]; i < Offsets[v + 1]; i++)
                {
                    int w = Targets[i];
                    if (onPath[w] || !canReach[w])
                    {
                        continue;
                    }

                    if (found.Count >= limit)
                    {
                        truncated = true;
                        return;
                    }

                    steps.Add(new PathStep(graph.RelationAt(Relations[i]), Forward[i]));
                    if (w == to)
                    {
                        found.Add(new GraphPath(graph.EntityAt(from), steps.ToArray()));
                    }
                    else if (steps.Count < maxDepth)
                    {
                        onPath[w] = true;
                        Walk(w);
                        onPath[w] = false;
                    }
                    else
                    {
                        truncated = true;
                    }

                    steps.RemoveAt(steps.Count - 1);
                }
            }
        }
    }
}

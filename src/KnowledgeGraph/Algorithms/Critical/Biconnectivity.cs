using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>
    /// Articulation points and bridges (Hopcroft and Tarjan, "Efficient algorithms for graph manipulation", 1973), as
    /// networkx's <c>articulation_points</c> and <c>bridges</c>, on the relations that <see cref="CriticalOptions.Relations"/>
    /// keeps (by default the dependency subgraph), read as undirected.
    /// </summary>
    /// <remarks>
    /// A depth-first search with low-points, written with an explicit stack (no recursion on big graphs). Parallel
    /// relations between two entities are never bridges (removing one leaves the other), as in networkx on a multigraph.
    /// O(V + E).
    /// </remarks>
    public static class Biconnectivity
    {
        /// <summary>Computes the articulation points and bridges.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="options">The options (only <see cref="CriticalOptions.Relations"/> is used); the dependency subgraph when <c>null</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The articulation points and bridges.</returns>
        public static BiconnectivityResult Compute(Graph graph, CriticalOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new CriticalOptions();
            GraphView arcs = GraphView.DependencyReading(graph, options.Relations, undirected: true);
            int n = graph.VertexCount;
            var disc = new int[n];
            var low = new int[n];
            for (int v = 0; v < n; v++)
            {
                disc[v] = -1;
            }

            var isCut = new bool[n];
            var bridges = new List<int>();
            var stack = new Stack<(int V, int ParentRelation, int Next)>();
            int time = 0;
            for (int root = 0; root < n; root++)
            {
                if (disc[root] >= 0)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                int rootChildren = 0;
                disc[root] = low[root] = time++;
                stack.Push((root, -1, 0));
                while (stack.Count > 0)
                {
                    (int v, int parentRelation, int next) = stack.Pop();
                    if (next < arcs.SlotCount(v))
                    {
                        stack.Push((v, parentRelation, next + 1));
                        int w = arcs.Step(v, next, false, out int step);
                        int r = step >> 1;
                        if (w < 0 || r == parentRelation || w == v)
                        {
                            continue;
                        }

                        if (disc[w] < 0)
                        {
                            disc[w] = low[w] = time++;
                            if (v == root)
                            {
                                rootChildren++;
                            }

                            stack.Push((w, r, 0));
                        }
                        else if (disc[w] < low[v])
                        {
                            low[v] = disc[w];
                        }

                        continue;
                    }

                    if (stack.Count > 0)
                    {
                        int parent = stack.Peek().V;
                        if (low[v] < low[parent])
                        {
                            low[parent] = low[v];
                        }

                        if (low[v] > disc[parent])
                        {
                            bridges.Add(parentRelation);
                        }

                        if (parent != root && low[v] >= disc[parent])
                        {
                            isCut[parent] = true;
                        }
                    }
                }

                if (rootChildren > 1)
                {
                    isCut[root] = true;
                }
            }

            bridges.Sort();
            return new BiconnectivityResult(
                Enumerable.Range(0, n).Where(v => isCut[v]).Select(graph.EntityAt).ToArray(),
                bridges.Select(graph.RelationAt).ToArray());
        }
    }
}

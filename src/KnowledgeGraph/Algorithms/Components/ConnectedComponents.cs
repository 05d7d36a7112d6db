using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Algorithms.Components
{
    /// <summary>
    /// Weakly and strongly connected components, as networkx's <c>weakly_connected_components</c> and
    /// <c>strongly_connected_components</c> (for an undirected reading both equal <c>connected_components</c>).
    /// </summary>
    /// <remarks>
    /// Weak components ignore directions (a breadth-first search, O(V + E)). Strong components follow relations in
    /// their direction, an undirected relation type both ways; they use Tarjan's algorithm (Tarjan, "Depth-first search
    /// and linear graph algorithms", 1972) written with an explicit stack, so deep graphs do not overflow the call
    /// stack. O(V + E).
    /// </remarks>
    public static class ConnectedComponents
    {
        /// <summary>Computes the weakly connected components: entities linked by relations in any direction.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The components, largest first.</returns>
        public static ComponentsResult Weak(Graph graph, CancellationToken cancellationToken = default)
        {
            AdjacencyIndex index = graph.Index;
            int n = index.VertexCount;
            var label = new int[n];
            for (int v = 0; v < n; v++)
            {
                label[v] = -1;
            }

            var queue = new Queue<int>();
            int next = 0;
            for (int s = 0; s < n; s++)
            {
                if (label[s] >= 0)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                label[s] = next;
                queue.Enqueue(s);
                while (queue.Count > 0)
                {
                    int v = queue.Dequeue();
                    for (int i = index.OutOffsets[v]; i < index.OutOffsets[v + 1]; i++)
                    {
                        Visit(index.OutTargets[i]);
                    }

                    for (int i = index.InOffsets[v]; i < index.InOffsets[v + 1]; i++)
                    {
                        Visit(index.InSources[i]);
                    }
                }

                next++;
            }

            return new ComponentsResult(graph, "weak", label);

            void Visit(int w)
            {
                if (label[w] < 0)
                {
                    label[w] = next;
                    queue.Enqueue(w);
                }
            }
        }

        /// <summary>Computes the strongly connected components: entities that reach each other along relations in their direction.</summary>
        /// <param name="graph">The graph (or a filtered or as-of view).</param>
        /// <param name="undirectedBothWays">Whether an undirected relation type (COOPERATES_WITH) links both ways; default <c>true</c>.</param>
        /// <param name="cancellationToken">Cancels the computation.</param>
        /// <returns>The components, largest first.</returns>
        public static ComponentsResult Strong(Graph graph, bool undirectedBothWays = true, CancellationToken cancellationToken = default)
        {
            LinkView view = LinkView.Build(graph, false, undirectedBothWays, null, Centrality.ParallelRelations.First);
            int n = view.N;
            var order = new int[n];
            var low = new int[n];
            var onStack = new bool[n];
            var label = new int[n];
            for (int v = 0; v < n; v++)
            {
                order[v] = -1;
            }

            var tarjanStack = new Stack<int>();
            var callStack = new Stack<(int V, int Next)>();
            int counter = 0;
            int components = 0;
            for (int root = 0; root < n; root++)
            {
                if (order[root] >= 0)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                Open(root);
                while (callStack.Count > 0)
                {
                    (int v, int next) = callStack.Pop();
                    if (next < view.OutOffsets[v + 1])
                    {
                        callStack.Push((v, next + 1));
                        int w = view.OutTargets[next];
                        if (order[w] < 0)
                        {
                            Open(w);
                        }
                        else if (onStack[w] && order[w] < low[v])
                        {
                            low[v] = order[w];
                        }

                        continue;
                    }

                    // v is finished: pass its low-link up, and close a component at its root.
                    if (callStack.Count > 0)
                    {
                        int parent = callStack.Peek().V;
                        if (low[v] < low[parent])
                        {
                            low[parent] = low[v];
                        }
                    }

                    if (low[v] == order[v])
                    {
                        int w;
                        do
                        {
                            w = tarjanStack.Pop();
                            onStack[w] = false;
                            label[w] = components;
                        }
                        while (w != v);
                        components++;
                    }
                }
            }

            return new ComponentsResult(graph, "strong", label);

            void Open(int v)
            {
                order[v] = low[v] = counter++;
                tarjanStack.Push(v);
                onStack[v] = true;
                callStack.Push((v, view.OutOffsets[v]));
            }
        }
    }
}

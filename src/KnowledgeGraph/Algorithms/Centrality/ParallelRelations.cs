namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>How several relations from one entity to the same other entity (parallel relations) merge into one weighted link: the one policy of every algorithm that reads the graph as weighted links (<c>LinkView</c>, PageRank).</summary>
    public enum ParallelRelations
    {
        /// <summary>Their weights add up (networkx on a MultiDiGraph).</summary>
        Sum = 0,

        /// <summary>They count as one link with the weight of the last one added (networkx on <c>nx.DiGraph(multigraph)</c>).</summary>
        Last = 1,

        /// <summary>They count as one link with the weight of the first one added (igraph <c>simplify(combine_edges="first")</c>).</summary>
        First = 2,

        /// <summary>They count as one link with the smallest weight (networkx's shortest paths on a multigraph: what closeness and betweenness use).</summary>
        Min = 3,
    }
}

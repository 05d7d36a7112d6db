namespace KnowledgeGraph.Traversal
{
    /// <summary>Which bound, if any, cut a bounded traversal short (the query layer reports it as its <c>QueryBound</c>).</summary>
    internal enum SearchCut
    {
        /// <summary>Nothing: the answer is complete.</summary>
        None = 0,

        /// <summary>The depth bound: something lies further.</summary>
        MaxDepth = 1,

        /// <summary>The bound on the number of results.</summary>
        MaxResults = 2,
    }
}

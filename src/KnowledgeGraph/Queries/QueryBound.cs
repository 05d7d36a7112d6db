namespace KnowledgeGraph.Queries
{
    /// <summary>Which bound of a query stopped it before it had seen everything, so that a result is known to be partial.</summary>
    public enum QueryBound
    {
        /// <summary>No bound was hit: the result is complete.</summary>
        None = 0,

        /// <summary>The maximum depth (path length) was reached while longer walks remained to explore.</summary>
        MaxDepth = 1,

        /// <summary>The maximum number of results was reached; more exist.</summary>
        MaxResults = 2,
    }
}

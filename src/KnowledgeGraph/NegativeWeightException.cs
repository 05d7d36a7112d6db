namespace KnowledgeGraph
{
    /// <summary>A shortest-path computation met a relation whose weight is negative or not a number; Dijkstra's algorithm needs weights of zero or more.</summary>
    /// <remarks>Raised alike by <c>graph.Paths(...)</c>, the fast path finder and the analytics that use distances (closeness, betweenness).</remarks>
    public class NegativeWeightException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public NegativeWeightException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What went wrong.</param>
        public NegativeWeightException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception for a relation and its weight.</summary>
        /// <param name="relation">The relation.</param>
        /// <param name="weight">Its weight.</param>
        public NegativeWeightException(Relation relation, double weight)
            : base($"The relation '{relation.Id}' has the weight {weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}; shortest paths need weights that are distances (zero or more).")
        {
            RelationId = relation.Id;
            Weight = weight;
        }

        /// <summary>Creates the exception with a message, the relation (when known) and its weight.</summary>
        /// <param name="message">What went wrong and where.</param>
        /// <param name="relationId">The id of the relation, or <c>null</c> when not known.</param>
        /// <param name="weight">The weight.</param>
        public NegativeWeightException(string message, string? relationId, double weight)
            : base(message)
        {
            RelationId = relationId;
            Weight = weight;
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public NegativeWeightException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Gets the id of the relation with the bad weight, or <c>null</c>.</summary>
        public string? RelationId { get; }

        /// <summary>Gets the bad weight.</summary>
        public double Weight { get; }
    }
}

namespace KnowledgeGraph
{
    /// <summary>A query is malformed: a relation spec that does not parse, an unknown relation type or kind, a bound out of range.</summary>
    public class InvalidQueryException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public InvalidQueryException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What is wrong with the query.</param>
        public InvalidQueryException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What is wrong with the query.</param>
        /// <param name="innerException">The cause.</param>
        public InvalidQueryException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

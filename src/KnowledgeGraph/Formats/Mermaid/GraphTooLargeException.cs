namespace KnowledgeGraph.Formats.Mermaid
{
    /// <summary>A graph is too large for a format meant for small pictures (Mermaid); the message says how large it is, the bound, and what to do.</summary>
    public class GraphTooLargeException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public GraphTooLargeException()
            : base("The graph is too large for this format.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">How large the graph is and the bound.</param>
        public GraphTooLargeException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public GraphTooLargeException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

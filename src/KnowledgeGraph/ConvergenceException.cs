namespace KnowledgeGraph
{
    /// <summary>An iterative algorithm (PageRank, eigenvector centrality) did not converge within its iteration bound; the message gives the bound and the tolerance.</summary>
    public class ConvergenceException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public ConvergenceException()
            : base("The algorithm did not converge.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">Which algorithm, the iteration bound and the tolerance.</param>
        public ConvergenceException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public ConvergenceException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

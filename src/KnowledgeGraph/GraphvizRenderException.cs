namespace KnowledgeGraph
{
    /// <summary>GraphViz ran but failed (a non-zero exit code or no output); the message carries what it printed on standard error.</summary>
    public class GraphvizRenderException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public GraphvizRenderException()
            : base("GraphViz failed.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What GraphViz said.</param>
        public GraphvizRenderException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public GraphvizRenderException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

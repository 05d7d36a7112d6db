namespace KnowledgeGraph
{
    /// <summary>GraphViz's <c>dot</c> program was not found: it is not on PATH, or the path given does not exist. The message says how to install it.</summary>
    public class GraphvizNotFoundException : KnowledgeGraphException
    {
        /// <summary>Creates the exception with the standard message.</summary>
        public GraphvizNotFoundException()
            : this("GraphViz 'dot' was not found on PATH. Install GraphViz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; Windows: winget install graphviz) or give the path of 'dot'.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What is missing and how to install it.</param>
        public GraphvizNotFoundException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What is missing.</param>
        /// <param name="innerException">The cause.</param>
        public GraphvizNotFoundException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

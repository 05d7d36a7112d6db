namespace KnowledgeGraph
{
    /// <summary>An input is larger than a bound: a graph too large for a format meant for small pictures (Mermaid), or more results than a limit allows; the message says how large it is, the bound, and what to do.</summary>
    public class BoundExceededException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public BoundExceededException()
            : base("The input is larger than the bound.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">How large the input is and the bound.</param>
        public BoundExceededException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message, the size met and the bound.</summary>
        /// <param name="message">How large the input is, the bound, and what to do.</param>
        /// <param name="size">The size met.</param>
        /// <param name="bound">The bound.</param>
        public BoundExceededException(string message, long size, long bound)
            : base(message)
        {
            Size = size;
            Bound = bound;
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public BoundExceededException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Gets the size met (entities, results…), or 0 when not given.</summary>
        public long Size { get; }

        /// <summary>Gets the bound that was exceeded, or 0 when not given.</summary>
        public long Bound { get; }
    }
}

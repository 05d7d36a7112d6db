using System;

namespace KnowledgeGraph
{
    /// <summary>The base of the exceptions this library throws for problems a user can cause.</summary>
    public class KnowledgeGraphException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public KnowledgeGraphException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What went wrong.</param>
        public KnowledgeGraphException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public KnowledgeGraphException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

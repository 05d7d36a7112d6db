using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph
{
    /// <summary>
    /// A graph could not be built or loaded because it has errors; <see cref="Errors"/> lists every error found,
    /// each with its file, line, column and id where known. Nothing was built.
    /// </summary>
    public class GraphValidationException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public GraphValidationException()
            : this(Array.Empty<GraphError>())
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What went wrong.</param>
        public GraphValidationException(string message)
            : base(message)
        {
            Errors = Array.Empty<GraphError>();
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public GraphValidationException(string message, Exception innerException)
            : base(message, innerException)
        {
            Errors = Array.Empty<GraphError>();
        }

        /// <summary>Creates the exception from the errors found.</summary>
        /// <param name="errors">Every error found.</param>
        public GraphValidationException(IReadOnlyList<GraphError> errors)
            : base(Describe(errors))
        {
            Errors = errors;
        }

        /// <summary>Gets every error found, in the order found.</summary>
        public IReadOnlyList<GraphError> Errors { get; }

        private static string Describe(IReadOnlyList<GraphError> errors)
        {
            if (errors.Count == 0)
            {
                return "The graph is not valid.";
            }

            string head = errors.Count == 1 ? "The graph has 1 error:" : $"The graph has {errors.Count} errors:";
            return head + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(50).Select(e => "  " + e))
                + (errors.Count > 50 ? Environment.NewLine + $"  … and {errors.Count - 50} more" : string.Empty);
        }
    }
}

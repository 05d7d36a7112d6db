using System;

namespace KnowledgeGraph
{
    /// <summary>The base of every exception this library throws for a problem a user can cause; catch it to report any of them.</summary>
    /// <remarks>
    /// <para>The library throws only the derived types, each named by meaning, and the same fault raises the same type
    /// from every entry point (the query engine, the fast path finder, the analytics, the CLI):</para>
    /// <list type="bullet">
    /// <item><see cref="GraphValidationException"/>: a graph or vocabulary has errors (every error listed with file, line, column, id).</item>
    /// <item><see cref="EntityNotFoundException"/>: no entity has the id or name asked for.</item>
    /// <item><see cref="InvalidQueryException"/>: a query is malformed; <see cref="UnknownKindException"/> and
    /// <see cref="UnknownRelationTypeException"/> are the cases where it names a kind or type the vocabulary lacks.</item>
    /// <item><see cref="NegativeWeightException"/>: a shortest-path computation met a weight below zero or not a number.</item>
    /// <item><see cref="BoundExceededException"/>: an input is larger than a bound the caller set (or a format's default bound).</item>
    /// <item><see cref="ConvergenceException"/>: an iterative algorithm (PageRank, eigenvector centrality) did not converge.</item>
    /// <item><see cref="GraphvizNotFoundException"/>, <see cref="GraphvizRenderException"/>: the external GraphViz tool is missing or failed.</item>
    /// </list>
    /// <para>Programming errors (a <c>null</c> argument, an index out of range) raise the usual
    /// <see cref="ArgumentException"/> family instead.</para>
    /// </remarks>
    public abstract class KnowledgeGraphException : Exception
    {
        /// <summary>Creates the exception.</summary>
        protected KnowledgeGraphException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What went wrong.</param>
        protected KnowledgeGraphException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        protected KnowledgeGraphException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

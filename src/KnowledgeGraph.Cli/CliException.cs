using System;

namespace KnowledgeGraph.Cli
{
    /// <summary>A failure of a <c>kg</c> command, with the message to print and the exit code.</summary>
    public sealed class CliException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">One line for standard error.</param>
        /// <param name="exitCode">The exit code.</param>
        public CliException(string message, int exitCode)
            : base(message)
        {
            ExitCode = exitCode;
        }

        /// <summary>Gets the exit code.</summary>
        public int ExitCode { get; }
    }
}

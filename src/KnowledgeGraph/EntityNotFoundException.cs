namespace KnowledgeGraph
{
    /// <summary>No entity has the id or name asked for (or, where an id may name an entity or a relation, as in a what-if scenario, neither has it).</summary>
    public class EntityNotFoundException : KnowledgeGraphException
    {
        /// <summary>Creates the exception.</summary>
        public EntityNotFoundException()
        {
        }

        /// <summary>Creates the exception for the id or name that was not found.</summary>
        /// <param name="key">The id or name.</param>
        public EntityNotFoundException(string key)
            : base($"No entity has the id or name '{key}'.")
        {
            Key = key;
        }

        /// <summary>Creates the exception with a message and the id or name not found.</summary>
        /// <param name="message">What was not found.</param>
        /// <param name="key">The id or name.</param>
        public EntityNotFoundException(string message, string key)
            : base(message)
        {
            Key = key;
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The cause.</param>
        public EntityNotFoundException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Gets the id or name that was not found.</summary>
        public string? Key { get; }
    }
}

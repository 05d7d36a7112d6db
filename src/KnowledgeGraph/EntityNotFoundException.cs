namespace KnowledgeGraph
{
    /// <summary>No entity has the id or name asked for.</summary>
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

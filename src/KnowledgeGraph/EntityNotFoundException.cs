using System;
using System.Collections.Generic;
using System.Linq;

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

        /// <summary>Creates the exception for the id or name that was not found, with the entities it may have meant.</summary>
        /// <param name="key">The id or name.</param>
        /// <param name="suggestions">The entities closest to <paramref name="key"/> by the graph's fuzzy search, best first.</param>
        public EntityNotFoundException(string key, IReadOnlyList<Entity> suggestions)
            : base($"No entity has the id or name '{key}'." + (suggestions.Count == 0 ? string.Empty : " Did you mean " + string.Join(" or ", suggestions.Select(e => $"'{e.Id}' ({e.Name})")) + "?"))
        {
            Key = key;
            Suggestions = suggestions.Select(e => e.Id).ToArray();
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
        public EntityNotFoundException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Gets the id or name that was not found.</summary>
        public string? Key { get; }

        /// <summary>Gets the ids of the entities the key may have meant ("did you mean"), best first; empty when none is close.</summary>
        public IReadOnlyList<string> Suggestions { get; } = Array.Empty<string>();
    }
}

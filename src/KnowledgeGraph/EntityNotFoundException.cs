using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph
{
    /// <summary>No entity has the id or name asked for (or, where an id may name an entity or a relation, as in a what-if scenario, neither has it).</summary>
    public class EntityNotFoundException : KnowledgeGraphException
    {
        private readonly Lazy<IReadOnlyList<Entity>>? _suggest;

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
            : base($"No entity has the id or name '{key}'.")
        {
            Key = key;
            IReadOnlyList<Entity> given = suggestions ?? Array.Empty<Entity>();
            _suggest = new Lazy<IReadOnlyList<Entity>>(() => given);
        }

        /// <summary>Creates the exception for a key not found, with its suggestions found only when first asked for.</summary>
        /// <param name="key">The id or name.</param>
        /// <param name="suggest">Finds the entities the key may have meant.</param>
        internal EntityNotFoundException(string key, Func<IReadOnlyList<Entity>> suggest)
            : base($"No entity has the id or name '{key}'.")
        {
            Key = key;
            _suggest = new Lazy<IReadOnlyList<Entity>>(suggest);
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
        /// <remarks>From <c>Graph.GetEntity</c> and <c>Graph.ResolveEntity</c>, found when first read (see the message).</remarks>
        public IReadOnlyList<string> Suggestions => _suggest?.Value.Select(e => e.Id).ToArray() ?? (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>Gets the message, with the "did you mean" entities when there are any: <c>No entity has the id or name 'Lukashenkp'. Did you mean 'lukashenka' (Alyaksandr Lukashenka)?</c></summary>
        public override string Message
        {
            get
            {
                IReadOnlyList<Entity> near = _suggest?.Value ?? Array.Empty<Entity>();
                return near.Count == 0 ? base.Message : base.Message + " Did you mean " + string.Join(" or ", near.Select(e => $"'{e.Id}' ({e.Name})")) + "?";
            }
        }
    }
}

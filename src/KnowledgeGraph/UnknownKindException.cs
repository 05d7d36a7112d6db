namespace KnowledgeGraph
{
    /// <summary>A name was used as an entity kind but the vocabulary has no entity kind by that name; the message lists the known ones.</summary>
    /// <remarks>Raised alike by <see cref="Vocabulary"/> look-ups and by queries and filters that name an entity kind; it is an <see cref="InvalidQueryException"/>, since asking for an unknown kind is a malformed question.</remarks>
    public class UnknownKindException : InvalidQueryException
    {
        /// <summary>Creates the exception.</summary>
        public UnknownKindException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What is wrong.</param>
        public UnknownKindException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception for an unknown name and the vocabulary asked.</summary>
        /// <param name="name">The name that is not an entity kind.</param>
        /// <param name="known">The names the vocabulary does have.</param>
        public UnknownKindException(string name, System.Collections.Generic.IEnumerable<string> known)
            : base(Describe(name, System.Linq.Enumerable.ToArray(known)))
        {
            Name = name;
        }

        private static string Describe(string name, string[] known) =>
            $"'{name}' is not an entity kind.{Text.Suggestions.DidYouMean(Text.Suggestions.Closest(name ?? string.Empty, known))} Known kinds: {string.Join(", ", known)}.";

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What is wrong.</param>
        /// <param name="innerException">The cause.</param>
        public UnknownKindException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Gets the name that was not found, or <c>null</c>.</summary>
        public string? Name { get; }
    }
}

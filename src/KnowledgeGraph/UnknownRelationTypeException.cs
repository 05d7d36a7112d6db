namespace KnowledgeGraph
{
    /// <summary>A name was used as a relation type but the vocabulary has no relation type by that name; the message lists the known ones.</summary>
    /// <remarks>Raised alike by <see cref="Vocabulary"/> look-ups and by queries and filters that name a relation type; it is an <see cref="InvalidQueryException"/>, since asking for an unknown type is a malformed question.</remarks>
    public class UnknownRelationTypeException : InvalidQueryException
    {
        /// <summary>Creates the exception.</summary>
        public UnknownRelationTypeException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What is wrong.</param>
        public UnknownRelationTypeException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception for an unknown name and the vocabulary asked.</summary>
        /// <param name="name">The name that is not a relation type.</param>
        /// <param name="known">The names the vocabulary does have.</param>
        public UnknownRelationTypeException(string name, System.Collections.Generic.IEnumerable<string> known)
            : base(Describe(name, System.Linq.Enumerable.ToArray(known)))
        {
            Name = name;
        }

        private static string Describe(string name, string[] known) =>
            $"'{name}' is not a relation type.{Text.Suggestions.DidYouMean(Text.Suggestions.Closest(name ?? string.Empty, known))} Known types: {string.Join(", ", known)}.";

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What is wrong.</param>
        /// <param name="innerException">The cause.</param>
        public UnknownRelationTypeException(string message, System.Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Gets the name that was not found, or <c>null</c>.</summary>
        public string? Name { get; }
    }
}

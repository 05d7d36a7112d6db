using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats.GraphML
{
    /// <summary>Options of <see cref="GraphMLReader"/> for GraphML written by other tools (networkx, igraph, Gephi, yEd), which carries no kinds or relation types.</summary>
    [Immutable]
    public sealed record GraphMLReadOptions
    {
        /// <summary>
        /// Gets the kind given to a node of a foreign file that has no <c>kind</c> data naming a kind of the vocabulary;
        /// <c>null</c> (the default) refuses foreign files.
        /// </summary>
        public string? DefaultKind { get; init; }

        /// <summary>Gets the relation type of an edge of a foreign file that has no <c>type</c> data naming a type of the vocabulary; <c>ASSOCIATED_WITH</c> (any kinds, undirected) by default.</summary>
        public string DefaultRelationType { get; init; } = "ASSOCIATED_WITH";
    }
}

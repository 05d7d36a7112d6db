namespace KnowledgeGraph.Formats.GraphML
{
    /// <summary>Options of <see cref="GraphMLReader"/> for GraphML written by other tools (networkx, igraph, Gephi, yEd), which carries no kinds or relation types.</summary>
    public sealed class GraphMLReadOptions
    {
        /// <summary>
        /// Gets or sets the kind given to a node of a foreign file that has no <c>kind</c> data naming a kind of the vocabulary;
        /// <c>null</c> (the default) refuses foreign files.
        /// </summary>
        public string? DefaultKind { get; set; }

        /// <summary>Gets or sets the relation type of an edge of a foreign file that has no <c>type</c> data naming a type of the vocabulary; <c>ASSOCIATED_WITH</c> (any kinds, undirected) by default.</summary>
        public string DefaultRelationType { get; set; } = "ASSOCIATED_WITH";
    }
}

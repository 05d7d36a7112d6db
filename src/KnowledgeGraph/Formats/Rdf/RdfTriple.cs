namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>One triple: a subject IRI, a predicate IRI and an object.</summary>
    internal readonly struct RdfTriple
    {
        public RdfTriple(string subject, string predicate, RdfTerm @object)
        {
            Subject = subject;
            Predicate = predicate;
            Object = @object;
        }

        public string Subject { get; }

        public string Predicate { get; }

        public RdfTerm Object { get; }
    }
}

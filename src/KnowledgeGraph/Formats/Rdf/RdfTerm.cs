namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>An IRI or a literal (with a datatype IRI, or none for a plain string).</summary>
    internal readonly struct RdfTerm
    {
        private RdfTerm(string value, bool isIri, string? datatype)
        {
            Value = value;
            IsIri = isIri;
            Datatype = datatype;
        }

        public string Value { get; }

        public bool IsIri { get; }

        public string? Datatype { get; }

        public static RdfTerm Iri(string iri) => new RdfTerm(iri, true, null);

        public static RdfTerm Literal(string text, string? datatype = null) => new RdfTerm(text, false, datatype);
    }
}

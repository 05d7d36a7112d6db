using System.Text;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>
    /// The IRIs this library writes RDF with: its vocabulary under <see cref="Ontology"/> (<c>kg:</c>), entities under
    /// <see cref="EntityBase"/>, relations (as statements) under <see cref="RelationBase"/>, sources under
    /// <see cref="SourceBase"/>, and entity and relation properties under <see cref="PropertyBase"/> (<c>kgp:</c>).
    /// </summary>
    /// <remarks>The namespace is a placeholder of the <c>.example</c> domain (RFC 2606): it names things, it does not resolve.</remarks>
    public static class RdfNames
    {
        /// <summary>The base of every IRI this library mints.</summary>
        public const string Base = "https://knowledgegraph.example/";

        /// <summary>The namespace of kinds (classes), relation types (properties) and the terms of the statement pattern (<c>kg:</c>).</summary>
        public const string Ontology = Base + "ontology#";

        /// <summary>The base of entity IRIs: <c>https://knowledgegraph.example/entity/ID</c>.</summary>
        public const string EntityBase = Base + "entity/";

        /// <summary>The base of relation (statement) IRIs: <c>https://knowledgegraph.example/relation/ID</c>.</summary>
        public const string RelationBase = Base + "relation/";

        /// <summary>The base of source IRIs: <c>https://knowledgegraph.example/source/ID</c>.</summary>
        public const string SourceBase = Base + "source/";

        /// <summary>The namespace of entity and relation properties (<c>kgp:</c>); names are percent-encoded.</summary>
        public const string PropertyBase = Base + "property/";

        /// <summary>The namespace of Wikidata entities, the target of <c>owl:sameAs</c>.</summary>
        public const string WikidataEntity = "http://www.wikidata.org/entity/";

        internal const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        internal const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
        internal const string Owl = "http://www.w3.org/2002/07/owl#";
        internal const string Xsd = "http://www.w3.org/2001/XMLSchema#";
        internal const string Skos = "http://www.w3.org/2004/02/skos/core#";
        internal const string Dcterms = "http://purl.org/dc/terms/";

        /// <summary>The prefixes written in Turtle and in the JSON-LD context, in order.</summary>
        internal static readonly (string Prefix, string Iri)[] Prefixes =
        {
            ("kg", Ontology), ("kgp", PropertyBase), ("rdf", RdfNs), ("rdfs", Rdfs), ("owl", Owl), ("xsd", Xsd), ("skos", Skos), ("dcterms", Dcterms), ("wd", WikidataEntity),
        };

        /// <summary>Gets the IRI of an entity.</summary>
        /// <param name="id">The entity id.</param>
        /// <returns>The IRI.</returns>
        public static string Entity(string id) => EntityBase + Encode(id);

        /// <summary>Gets the IRI of a relation's statement.</summary>
        /// <param name="id">The relation id.</param>
        /// <returns>The IRI.</returns>
        public static string Relation(string id) => RelationBase + Encode(id);

        /// <summary>Gets the IRI of a source.</summary>
        /// <param name="id">The source id.</param>
        /// <returns>The IRI.</returns>
        public static string Source(string id) => SourceBase + Encode(id);

        /// <summary>Gets the IRI of a kind or relation type.</summary>
        /// <param name="name">The name.</param>
        /// <returns>The IRI.</returns>
        public static string Term(string name) => Ontology + Encode(name);

        /// <summary>Gets the IRI of a property.</summary>
        /// <param name="name">The property name.</param>
        /// <returns>The IRI.</returns>
        public static string Property(string name) => PropertyBase + Encode(name);

        /// <summary>Percent-encodes every character but ASCII letters, digits and <c>-._~:</c>, as UTF-8.</summary>
        /// <param name="text">The text.</param>
        /// <returns>Text safe in an IRI path segment.</returns>
        public static string Encode(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                char c = (char)b;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == ':')
                {
                    sb.Append(c);
                }
                else
                {
                    sb.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return sb.ToString();
        }

        internal static bool IsWikidataQid(string value)
        {
            if (value.Length < 2 || value[0] != 'Q')
            {
                return false;
            }

            for (int i = 1; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}

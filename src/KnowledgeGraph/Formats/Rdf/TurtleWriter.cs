using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>
    /// Writes a graph as RDF 1.1 Turtle. The model, shared by <see cref="NTriplesWriter"/> and <see cref="JsonLdWriter"/>:
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Kinds are <c>owl:Class</c>es and relation types <c>owl:ObjectProperty</c>s under <see cref="RdfNames.Ontology"/>
    /// (<c>kg:Company</c>, <c>kg:SUPPLIES</c>); sub-kinds are <c>rdfs:subClassOf</c> their parent.</item>
    /// <item>An entity is <c>&lt;https://knowledgegraph.example/entity/ID&gt;</c>, typed by its kind, with <c>rdfs:label</c> and
    /// <c>skos:prefLabel</c> (its name), <c>skos:altLabel</c> (aliases), <c>dcterms:identifier</c>, <c>dcterms:description</c>,
    /// <c>kg:externalId</c> nodes (<c>&lt;…/entity/ID#external-N&gt; a kg:ExternalId; kg:scheme; kg:value; kg:source; kg:note</c>), and <c>owl:sameAs &lt;http://www.wikidata.org/entity/Q…&gt;</c> when a Wikidata Q-id is known.
    /// Properties are <c>kgp:NAME</c> with typed literals (<c>xsd:long</c>, <c>xsd:double</c>, <c>xsd:boolean</c>, strings; one triple per list item).</item>
    /// <item>A relation is written twice: a <b>direct triple</b> <c>source kg:TYPE target</c>, so that simple SPARQL works, and a
    /// <b>reified statement</b> <c>&lt;…/relation/ID&gt; a rdf:Statement, kg:Relation; rdf:subject; rdf:predicate; rdf:object</c> that carries
    /// the dates (<c>kg:from</c>, <c>kg:to</c>, <c>kg:at</c> as <c>xsd:gYear</c>/<c>xsd:gYearMonth</c>/<c>xsd:date</c> keeping the precision,
    /// plus <c>kg:startDay</c>/<c>kg:endDay</c> as <c>xsd:date</c> for range filters), the time and certainty of the JSON
    /// format when set and as stated (<c>kg:approximate</c> and <c>kg:event</c> <c>xsd:boolean</c>; <c>kg:time "permanent"</c>;
    /// <c>kg:notBefore</c>, <c>kg:notAfter</c> and one <c>kg:observed</c> per date, dates as above; <c>kg:status</c>,
    /// <c>kg:attribution</c>, <c>kg:note</c> and <c>kg:about</c> (a subject id) as strings), <c>kg:confidence</c>, properties, and
    /// <c>kg:citation</c> nodes (<c>&lt;…/relation/ID#citation-N&gt; a kg:Citation; kg:source; kg:quote; kg:locator; kg:evidence</c>,
    /// the evidence <c>"observed"</c> or <c>"reported"</c>, from which a reader derives the observed dates and bounds again).
    /// Standard RDF reification was chosen over RDF-star because every tool here (raptor, rdflib 6, Neo4j's n10s) reads it.</item>
    /// <item>The graph's title and description are on <c>&lt;https://knowledgegraph.example/graph&gt; a kg:Graph</c>.</item>
    /// <item>Sources are <c>kg:Source</c>s with <c>dcterms:title</c>, <c>dcterms:publisher</c>, <c>dcterms:date</c>, <c>kg:url</c>, <c>kg:sourceKind</c>, <c>kg:citedIn</c>.</item>
    /// </list>
    /// </remarks>
    public static class TurtleWriter
    {
        /// <summary>Writes the Turtle text of a graph to a file, safely (a temporary file, then a replace), as UTF-8.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.ToFile(graph, path, w => WriteText(graph, w));

        /// <summary>Writes the Turtle text of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => TextOutput.ToStream(graph, stream, w => WriteText(graph, w));

        /// <summary>Writes the Turtle text of a graph to a text writer, which is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.ToWriter(graph, writer, w => WriteText(graph, w));

        /// <summary>Gets the Turtle text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">Ignored: this format takes no options.</param>
        /// <returns>The text.</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.ToText(graph, w => WriteText(graph, w));

        /// <summary>Writes the Turtle text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        public static void Write(Graph graph, TextWriter writer) => Write(graph, writer, null);

        private static void WriteText(Graph graph, TextWriter writer)
        {
            foreach ((string prefix, string iri) in RdfNames.Prefixes)
            {
                writer.Write("@prefix " + prefix + ": " + RdfText.Iri(iri) + " .\n");
            }

            List<RdfTriple> triples = RdfMapper.Map(graph);
            foreach (IGrouping<string, RdfTriple> subject in triples.GroupBy(t => t.Subject))
            {
                writer.Write("\n" + RdfText.Compact(subject.Key));
                bool first = true;
                foreach (IGrouping<string, RdfTriple> predicate in subject.GroupBy(t => t.Predicate))
                {
                    writer.Write(first ? "\n    " : " ;\n    ");
                    first = false;
                    writer.Write(predicate.Key == RdfNames.RdfNs + "type" ? "a" : RdfText.Compact(predicate.Key));
                    writer.Write(" ");
                    writer.Write(string.Join(", ", predicate.Select(t => Term(t.Object))));
                }

                writer.Write(" .\n");
            }
        }

        private static string Term(RdfTerm t)
        {
            if (t.IsIri)
            {
                return RdfText.Compact(t.Value);
            }

            string q = RdfText.Quote(t.Value, false);
            return t.Datatype == null ? q : q + "^^" + RdfText.Compact(t.Datatype);
        }

        /// <summary>Gets the text of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The text.</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);

        /// <summary>Writes a graph to a file as Turtle (UTF-8), safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        [Obsolete("Use Write(graph, path).")]
        public static void WriteFile(Graph graph, string path) => Write(graph, path, null);
    }
}

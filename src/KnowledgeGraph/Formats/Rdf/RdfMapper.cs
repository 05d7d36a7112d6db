using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Formats.Json;
using static KnowledgeGraph.Formats.Rdf.RdfNames;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>Turns a graph into the triples every RDF writer serializes (see <see cref="TurtleWriter"/> for the model).</summary>
    /// <remarks>
    /// Every term of the library's own namespaces that the triples use is declared in them: kinds as <c>owl:Class</c>,
    /// relation types as <c>owl:ObjectProperty</c>, the terms of the statement pattern (<see cref="StructuralTerms"/>:
    /// <c>kg:from</c>, <c>kg:Citation</c>…) as classes and object or datatype properties, and each property name used
    /// (<c>kgp:NAME</c>) as an <c>owl:DatatypeProperty</c>, declared after the last use, because a stream learns the
    /// names only as it goes. Each triple is written once: relations of one type between the same two entities share
    /// their direct triple, and each keeps its own statement.
    /// </remarks>
    internal static class RdfMapper
    {
        /// <summary>The terms of the statement pattern under <see cref="RdfNames.Ontology"/>: the local name, what it is (an OWL class or property), and a one-line comment.</summary>
        internal static readonly (string Name, string Type, string Comment)[] StructuralTerms =
        {
            ("Graph", "Class", "The graph this file describes: its title and description."),
            ("Source", "Class", "A source that relations cite."),
            ("ExternalId", "Class", "An identifier of an entity in another scheme (Wikidata, a registry)."),
            ("Relation", "Class", "A relation of the graph, as a reified statement (rdf:subject, rdf:predicate, rdf:object) that carries its time, certainty and citations."),
            ("Citation", "Class", "A relation's citation of a source, with its quote, locator and evidence."),
            ("citedIn", "ObjectProperty", "The source in which this source is cited."),
            ("externalId", "ObjectProperty", "An external identifier of the entity."),
            ("source", "ObjectProperty", "The source of a citation or of an external identifier."),
            ("citation", "ObjectProperty", "A citation of the relation."),
            ("witness", "ObjectProperty", "A span of days on which the relation surely holds (kg:witnessStart, kg:witnessEnd)."),
            ("sourceKind", "DatatypeProperty", "The kind of a source: article, officialStatement, interview, dataset, website or other."),
            ("url", "DatatypeProperty", "Where a source can be read."),
            ("scheme", "DatatypeProperty", "The scheme of an external identifier."),
            ("value", "DatatypeProperty", "The value of an external identifier."),
            ("note", "DatatypeProperty", "A note on a relation or an external identifier."),
            ("at", "DatatypeProperty", "The date of a relation that holds at one time."),
            ("from", "DatatypeProperty", "The first date a relation holds, as stated."),
            ("to", "DatatypeProperty", "The last date a relation holds, as stated."),
            ("startDay", "DatatypeProperty", "The first day of the relation's first date."),
            ("endDay", "DatatypeProperty", "The last day of the relation's last date."),
            ("earliestDay", "DatatypeProperty", "The first day on which the relation may hold."),
            ("latestDay", "DatatypeProperty", "The last day on which the relation may hold."),
            ("witnessStart", "DatatypeProperty", "The first day of a witness span (absent: open)."),
            ("witnessEnd", "DatatypeProperty", "The last day of a witness span (absent: open)."),
            ("confidence", "DatatypeProperty", "How sure the relation is, from 0 to 1."),
            ("quote", "DatatypeProperty", "The words of the source a citation quotes."),
            ("locator", "DatatypeProperty", "Where in the source a citation points (a page, a section)."),
            ("evidence", "DatatypeProperty", "How the source knows the relation: observed (seen on the source's date) or reported."),
            ("approximate", "DatatypeProperty", "Whether the relation's dates are approximate."),
            ("event", "DatatypeProperty", "Whether the relation is an event (its date names the period it happened in)."),
            ("time", "DatatypeProperty", "permanent: the relation holds at every time."),
            ("notBefore", "DatatypeProperty", "A date before which the relation did not start."),
            ("notAfter", "DatatypeProperty", "A date after which the relation did not end."),
            ("observed", "DatatypeProperty", "A date on which the relation was seen to hold."),
            ("status", "DatatypeProperty", "The status of the relation: alleged, intended, planned, denied or inferred (stated when absent)."),
            ("attribution", "DatatypeProperty", "Who states the relation."),
            ("about", "DatatypeProperty", "The subject a dependency is about (a commodity or sector of the vocabulary, such as microchips)."),
            ("list", "DatatypeProperty", "The name of a property of this entity or relation whose value is a list of fewer than two items (one triple per item cannot tell those from no value or a single value)."),
        };

        /// <summary>Gets every triple of a graph in a list (for writers that group them: Turtle, JSON-LD).</summary>
        public static List<RdfTriple> Map(Graph graph)
        {
            var list = new List<RdfTriple>(graph.EntityCount() * 6 + graph.EdgeCount * 12);
            Map(graph, new TripleSink(list.Add));
            return list;
        }

        /// <summary>Hands every triple of a graph to <paramref name="t"/> as it is made, in the order of <see cref="Map(Graph)"/>: N-Triples streams them, so that memory stays that of the graph.</summary>
        public static void Map(Graph graph, TripleSink t)
        {
            string type = RdfNs + "type";

            // The vocabulary: kinds as classes, relation types as properties.
            foreach (EntityKind k in graph.Vocabulary.Kinds)
            {
                t.Add(new RdfTriple(Term(k.Name), type, RdfTerm.Iri(Owl + "Class")));
                t.Add(new RdfTriple(Term(k.Name), Rdfs + "label", RdfTerm.Literal(k.Name)));
                if (k.Parent != null)
                {
                    t.Add(new RdfTriple(Term(k.Name), Rdfs + "subClassOf", RdfTerm.Iri(Term(k.Parent.Name))));
                }

                if (k.Description != null)
                {
                    t.Add(new RdfTriple(Term(k.Name), Rdfs + "comment", RdfTerm.Literal(k.Description)));
                }
            }

            foreach (RelationType r in graph.Vocabulary.RelationTypes)
            {
                t.Add(new RdfTriple(Term(r.Name), type, RdfTerm.Iri(Owl + "ObjectProperty")));
                if (!r.IsDirected)
                {
                    t.Add(new RdfTriple(Term(r.Name), type, RdfTerm.Iri(Owl + "SymmetricProperty")));
                }

                t.Add(new RdfTriple(Term(r.Name), Rdfs + "label", RdfTerm.Literal(r.Name)));
                if (r.Description != null)
                {
                    t.Add(new RdfTriple(Term(r.Name), Rdfs + "comment", RdfTerm.Literal(r.Description)));
                }
            }

            foreach ((string name, string kind, string comment) in StructuralTerms)
            {
                string iri = Ontology + name;
                t.Add(new RdfTriple(iri, type, RdfTerm.Iri(Owl + kind)));
                if (name == "Relation")
                {
                    t.Add(new RdfTriple(iri, Rdfs + "subClassOf", RdfTerm.Iri(RdfNs + "Statement")));
                }

                t.Add(new RdfTriple(iri, Rdfs + "label", RdfTerm.Literal(name)));
                t.Add(new RdfTriple(iri, Rdfs + "comment", RdfTerm.Literal(comment)));
            }

            var propertyNames = new List<string>();
            var propertyNamesSeen = new HashSet<string>(System.StringComparer.Ordinal);
            HashSet<string>? repeated = RepeatedDirectTriples(graph);

            string graphIri = Base + "graph";
            t.Add(new RdfTriple(graphIri, type, RdfTerm.Iri(Ontology + "Graph")));
            if (graph.Title != null)
            {
                t.Add(new RdfTriple(graphIri, Dcterms + "title", RdfTerm.Literal(graph.Title)));
            }

            if (graph.Description != null)
            {
                t.Add(new RdfTriple(graphIri, Dcterms + "description", RdfTerm.Literal(graph.Description)));
            }

            foreach (Source s in graph.Sources)
            {
                string iri = Source(s.Id);
                t.Add(new RdfTriple(iri, type, RdfTerm.Iri(Ontology + "Source")));
                t.Add(new RdfTriple(iri, Dcterms + "identifier", RdfTerm.Literal(s.Id)));
                t.Add(new RdfTriple(iri, Ontology + "sourceKind", RdfTerm.Literal(SourceKinds.Name(s.Kind))));
                t.Add(new RdfTriple(iri, Dcterms + "title", RdfTerm.Literal(s.Title)));
                if (s.Publisher != null)
                {
                    t.Add(new RdfTriple(iri, Dcterms + "publisher", RdfTerm.Literal(s.Publisher)));
                }

                if (s.Date.HasValue)
                {
                    t.Add(new RdfTriple(iri, Dcterms + "date", Date(s.Date.Value)));
                }

                if (s.Url != null)
                {
                    t.Add(new RdfTriple(iri, Ontology + "url", RdfTerm.Literal(s.Url, Xsd + "anyURI")));
                }

                if (s.CitedIn != null)
                {
                    t.Add(new RdfTriple(iri, Ontology + "citedIn", RdfTerm.Iri(Source(s.CitedIn))));
                }
            }

            foreach (Entity e in graph.Entities)
            {
                string iri = Entity(e.Id);
                t.Add(new RdfTriple(iri, type, RdfTerm.Iri(Term(e.Kind.Name))));
                t.Add(new RdfTriple(iri, Dcterms + "identifier", RdfTerm.Literal(e.Id)));
                t.Add(new RdfTriple(iri, Rdfs + "label", RdfTerm.Literal(e.Name)));
                t.Add(new RdfTriple(iri, Skos + "prefLabel", RdfTerm.Literal(e.Name)));
                foreach (string alias in e.Aliases)
                {
                    t.Add(new RdfTriple(iri, Skos + "altLabel", RdfTerm.Literal(alias)));
                }

                if (e.Description != null)
                {
                    t.Add(new RdfTriple(iri, Dcterms + "description", RdfTerm.Literal(e.Description)));
                }

                for (int i = 0; i < e.ExternalIds.Count; i++)
                {
                    ExternalId x = e.ExternalIds[i];
                    string xi = iri + "#external-" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    t.Add(new RdfTriple(iri, Ontology + "externalId", RdfTerm.Iri(xi)));
                    t.Add(new RdfTriple(xi, type, RdfTerm.Iri(Ontology + "ExternalId")));
                    t.Add(new RdfTriple(xi, Ontology + "scheme", RdfTerm.Literal(x.Scheme)));
                    t.Add(new RdfTriple(xi, Ontology + "value", RdfTerm.Literal(x.Value)));
                    if (x.SourceId != null)
                    {
                        t.Add(new RdfTriple(xi, Ontology + "source", RdfTerm.Iri(Source(x.SourceId))));
                    }

                    if (x.Note != null)
                    {
                        t.Add(new RdfTriple(xi, Ontology + "note", RdfTerm.Literal(x.Note)));
                    }

                    if (string.Equals(x.Scheme, ExternalId.Wikidata, System.StringComparison.OrdinalIgnoreCase) && IsWikidataQid(x.Value))
                    {
                        t.Add(new RdfTriple(iri, Owl + "sameAs", RdfTerm.Iri(WikidataEntity + x.Value)));
                    }
                }

                Properties(t, iri, e.Properties, propertyNames, propertyNamesSeen);
            }

            foreach (Relation r in graph.RelationViews)
            {
                string s = Entity(r.Source.Id);
                string o = Entity(r.Target.Id);
                string p = Term(r.Type.Name);
                string iri = Relation(r.Id);

                // The direct triple, so that simple SPARQL works (once for relations of one type between the same entities);
                // then the statement that carries dates and citations, one for each relation.
                if (repeated == null || !repeated.Contains(r.Id))
                {
                    t.Add(new RdfTriple(s, p, RdfTerm.Iri(o)));
                }

                t.Add(new RdfTriple(iri, type, RdfTerm.Iri(RdfNs + "Statement")));
                t.Add(new RdfTriple(iri, type, RdfTerm.Iri(Ontology + "Relation")));
                t.Add(new RdfTriple(iri, RdfNs + "subject", RdfTerm.Iri(s)));
                t.Add(new RdfTriple(iri, RdfNs + "predicate", RdfTerm.Iri(p)));
                t.Add(new RdfTriple(iri, RdfNs + "object", RdfTerm.Iri(o)));
                t.Add(new RdfTriple(iri, Dcterms + "identifier", RdfTerm.Literal(r.Id)));
                Validity v = r.StatedValidity;
                if (v.IsInstant)
                {
                    t.Add(new RdfTriple(iri, Ontology + "at", Date(v.At!.Value)));
                }

                if (!v.IsInstant && v.From.HasValue)
                {
                    t.Add(new RdfTriple(iri, Ontology + "from", Date(v.From.Value)));
                }

                if (!v.IsInstant && v.To.HasValue)
                {
                    t.Add(new RdfTriple(iri, Ontology + "to", Date(v.To.Value)));
                }

                if (v.From.HasValue)
                {
                    // Known dates are the same stated or derived: the evidence of citations adds only bounds and observed dates.
                    t.Add(new RdfTriple(iri, Ontology + "startDay", Day(v.From.Value.FirstDay)));
                }

                PartialDate? last = v.IsInstant ? v.At : v.To;
                if (last.HasValue)
                {
                    t.Add(new RdfTriple(iri, Ontology + "endDay", Day(last.Value.LastDay)));
                }

                foreach (KeyValuePair<string, object> f in RelationFields.TimeAndCertainty(r, stated: true))
                {
                    switch (f.Value)
                    {
                        case bool b:
                            t.Add(new RdfTriple(iri, Ontology + f.Key, RdfTerm.Literal(b ? "true" : "false", Xsd + "boolean")));
                            break;
                        case string[] dates:
                            t.AddRange(dates.Select(d => new RdfTriple(iri, Ontology + f.Key, Date(PartialDate.Parse(d)))));
                            break;
                        case string text when f.Key is "notBefore" or "notAfter":
                            t.Add(new RdfTriple(iri, Ontology + f.Key, Date(PartialDate.Parse(text))));
                            break;
                        case string text:
                            t.Add(new RdfTriple(iri, Ontology + f.Key, RdfTerm.Literal(text)));
                            break;
                    }
                }

                if (r.Confidence.HasValue)
                {
                    t.Add(new RdfTriple(iri, Ontology + "confidence", Number(r.Confidence.Value)));
                }

                TimeRule(t, iri, r.Validity.Key);

                for (int i = 0; i < r.Citations.Count; i++)
                {
                    Citation c = r.Citations[i];
                    string ci = iri + "#citation-" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    t.Add(new RdfTriple(iri, Ontology + "citation", RdfTerm.Iri(ci)));
                    t.Add(new RdfTriple(ci, type, RdfTerm.Iri(Ontology + "Citation")));
                    t.Add(new RdfTriple(ci, Ontology + "source", RdfTerm.Iri(Source(c.SourceId))));
                    if (c.Quote != null)
                    {
                        t.Add(new RdfTriple(ci, Ontology + "quote", RdfTerm.Literal(c.Quote)));
                    }

                    if (c.Locator != null)
                    {
                        t.Add(new RdfTriple(ci, Ontology + "locator", RdfTerm.Literal(c.Locator)));
                    }

                    if (RelationFields.EvidenceName(c.Evidence) is string evidence)
                    {
                        t.Add(new RdfTriple(ci, Ontology + "evidence", RdfTerm.Literal(evidence)));
                    }
                }

                Properties(t, iri, r.Properties, propertyNames, propertyNamesSeen);
            }

            // The property names, known once every entity and relation is written.
            foreach (string name in propertyNames)
            {
                string iri = Property(name);
                t.Add(new RdfTriple(iri, type, RdfTerm.Iri(Owl + "DatatypeProperty")));
                t.Add(new RdfTriple(iri, Rdfs + "label", RdfTerm.Literal(name)));
            }
        }

        /// <summary>
        /// Gets the ids of the relations whose direct triple another relation already gives (the same type between the
        /// same source and target), or <c>null</c> when there are none; found entity by entity through the out-relations,
        /// so it takes time linear in the relations and memory of the largest out-degree. It reads the graph's index rows
        /// (target and type numbers), so it makes no relation object.
        /// </summary>
        private static HashSet<string>? RepeatedDirectTriples(Graph graph)
        {
            HashSet<string>? repeated = null;
            AdjacencyIndex index = graph.Index;
            HashSet<(int Target, int Type)>? seen = null;
            for (int v = 0; v < index.VertexCount; v++)
            {
                int start = index.OutOffsets[v], end = index.OutOffsets[v + 1];
                if (end - start < 2)
                {
                    continue;
                }

                seen ??= new HashSet<(int Target, int Type)>();
                seen.Clear();
                for (int i = start; i < end; i++)
                {
                    int relation = index.OutRelations[i];
                    if (!seen.Add((index.OutTargets[i], index.RelationTypeIds[relation])))
                    {
                        (repeated ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(graph.RelationViewAt(relation).Id);
                    }
                }
            }

            return repeated;
        }

        internal static RdfTerm Date(PartialDate d) => RdfTerm.Literal(d.ToString(), Xsd + (d.Precision == DatePrecision.Year ? "gYear" : d.Precision == DatePrecision.Month ? "gYearMonth" : "date"));

        private static int EntityCount(this Graph g) => g.VertexCount;

        /// <summary>
        /// Writes the three-valued time rule's compact form (derived from the dates, bounds, evidence and approximation,
        /// and not read back): <c>kg:earliestDay</c>/<c>kg:latestDay</c>, the only days on which the fact may hold, and one
        /// <c>kg:witness</c> node per guarantee (<c>kg:witnessStart</c>, <c>kg:witnessEnd</c>; an absent end is open). In a
        /// store, a fact holds on some day of [a, b] when a witness has start &lt;= b and end &gt;= a; it does not hold when
        /// [a, b] misses [earliest, latest]; otherwise it may hold: the library's rule, so that SPARQL can ask as-of questions.
        /// </summary>
        private static void TimeRule(TripleSink t, string iri, TimeKey key)
        {
            // Day numbers outside 0001-01-01 … 9999-12-31 (open ends, approximation margins) are written so that the rule
            // gives the same answer for every date: a bound that no date can cross is left out.
            if (key.Lo > MaxDay || key.Hi < 0 || key.Lo > key.Hi)
            {
                // Never: no day is possible.
                t.Add(new RdfTriple(iri, Ontology + "earliestDay", DayNumber(MaxDay)));
                t.Add(new RdfTriple(iri, Ontology + "latestDay", DayNumber(0)));
                return;
            }

            if (key.Lo > 0)
            {
                t.Add(new RdfTriple(iri, Ontology + "earliestDay", DayNumber(key.Lo)));
            }

            if (key.Hi < MaxDay)
            {
                t.Add(new RdfTriple(iri, Ontology + "latestDay", DayNumber(key.Hi)));
            }

            int n = 0;
            Witness(key.WitnessStart, key.WitnessEnd);
            int[]? more = key.MoreWitnesses;
            for (int i = 0; more != null && i + 1 < more.Length; i += 2)
            {
                Witness(more[i], more[i + 1]);
            }

            void Witness(int start, int end)
            {
                if (start > MaxDay || end < 0)
                {
                    return; // no date can satisfy it: no guarantee (this is also how "no witness" is stored)
                }

                string w = iri + "#witness-" + (++n).ToString(CultureInfo.InvariantCulture);
                t.Add(new RdfTriple(iri, Ontology + "witness", RdfTerm.Iri(w)));
                if (start > 0)
                {
                    t.Add(new RdfTriple(w, Ontology + "witnessStart", DayNumber(start)));
                }

                if (end < MaxDay)
                {
                    t.Add(new RdfTriple(w, Ontology + "witnessEnd", DayNumber(end)));
                }
            }
        }

        /// <summary>The day number of 9999-12-31, the last day a date can name.</summary>
        private static readonly int MaxDay = (int)(System.DateTime.MaxValue.Ticks / System.TimeSpan.TicksPerDay);

        private static RdfTerm DayNumber(int day) => Day(new System.DateTime(day * System.TimeSpan.TicksPerDay));

        private static RdfTerm Day(System.DateTime d) => RdfTerm.Literal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Xsd + "date");

        private static RdfTerm Number(double d) => RdfTerm.Literal(
            double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "INF" : double.IsNegativeInfinity(d) ? "-INF" : d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E"),
            Xsd + "double");

        private static void Properties(TripleSink t, string subject, PropertyMap props, List<string> names, HashSet<string> seen)
        {
            foreach (KeyValuePair<string, object> p in props)
            {
                if (seen.Add(p.Key))
                {
                    names.Add(p.Key);
                }

                string pred = Property(p.Key);
                switch (p.Value)
                {
                    case string s:
                        t.Add(new RdfTriple(subject, pred, RdfTerm.Literal(s)));
                        break;
                    case long l:
                        t.Add(new RdfTriple(subject, pred, RdfTerm.Literal(l.ToString(CultureInfo.InvariantCulture), Xsd + "long")));
                        break;
                    case double d:
                        t.Add(new RdfTriple(subject, pred, Number(d)));
                        break;
                    case bool b:
                        t.Add(new RdfTriple(subject, pred, RdfTerm.Literal(b ? "true" : "false", Xsd + "boolean")));
                        break;
                    case IEnumerable<string> list:
                        // One triple per item; a list of fewer than two items is also named by kg:list, so that it reads back as a list.
                        int n = 0;
                        foreach (string item in list)
                        {
                            n++;
                        }

                        if (n < 2)
                        {
                            t.Add(new RdfTriple(subject, Ontology + "list", RdfTerm.Literal(p.Key)));
                        }

                        foreach (string item in list)
                        {
                            t.Add(new RdfTriple(subject, pred, RdfTerm.Literal(item)));
                        }

                        break;
                }
            }
        }
    }
}

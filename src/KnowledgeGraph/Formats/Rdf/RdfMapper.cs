using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Formats.Json;
using static KnowledgeGraph.Formats.Rdf.RdfNames;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>Turns a graph into the triples every RDF writer serializes (see <see cref="TurtleWriter"/> for the model).</summary>
    internal static class RdfMapper
    {
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

                Properties(t, iri, e.Properties);
            }

            foreach (Relation r in graph.Relations)
            {
                string s = Entity(r.Source.Id);
                string o = Entity(r.Target.Id);
                string p = Term(r.Type.Name);
                string iri = Relation(r.Id);

                // The direct triple, so that simple SPARQL works; then the statement that carries dates and citations.
                t.Add(new RdfTriple(s, p, RdfTerm.Iri(o)));
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

                Properties(t, iri, r.Properties);
            }
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

        private static void Properties(TripleSink t, string subject, PropertyMap props)
        {
            foreach (KeyValuePair<string, object> p in props)
            {
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

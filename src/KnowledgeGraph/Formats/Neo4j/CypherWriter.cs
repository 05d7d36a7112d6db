using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Formats.Neo4j
{
    /// <summary>
    /// Writes a graph as a Cypher script for small graphs: a uniqueness constraint, one <c>MERGE</c> per entity
    /// (label <c>Entity</c> plus its kind and the kind's ancestors) and one <c>MATCH … MERGE</c> per relation, keyed by id,
    /// so that running the script twice changes nothing. For large graphs use <see cref="Neo4jCsvWriter"/>.
    /// </summary>
    /// <remarks>Strings are single-quoted with <c>\\</c>, <c>\'</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\uXXXX</c> escapes;
    /// labels, relationship types and property keys are back-quoted (a back-quote inside is doubled).
    /// The properties match the columns of <see cref="Neo4jCsvWriter"/>. An entity's or relation's own property named like
    /// one of kg's fields (<c>id</c>, <c>name</c>, <c>kind</c>, <c>aliases</c>, <c>description</c>, <c>externalIds</c>,
    /// <c>wikidata</c>; for relations <c>id</c>, <c>from</c>, <c>to</c>, <c>at</c>, <c>startDay</c>, <c>endDay</c>,
    /// <c>confidence</c>, <c>directed</c>, <c>citationSources</c>, <c>citations</c>, <c>citationEvidence</c> and the time and
    /// certainty fields), or starting with <c>prop.</c>, is written as <c>prop.NAME</c>: it never overwrites the <c>MERGE</c>
    /// key or a field. A relation's time and certainty are those the graph answers on (the evidence of its citations
    /// included), under the names of the JSON format: <c>approximate</c> and <c>event</c> (booleans, when true), <c>time</c>
    /// (<c>'permanent'</c>), <c>notBefore</c>, <c>notAfter</c>, <c>observed</c> (a list of dates), <c>status</c>,
    /// <c>attribution</c>, <c>note</c>, <c>about</c>; <c>citationEvidence</c> lists each citation's evidence
    /// (<c>observed</c>, <c>reported</c> or <c>none</c>) when one has some.</remarks>
    public static class CypherWriter
    {
        /// <summary>The fields the script writes for an entity; a property of the same name is written as <c>prop.NAME</c> (see the remarks).</summary>
        internal static readonly HashSet<string> EntityFields = new HashSet<string>(StringComparer.Ordinal) { "id", "name", "kind", "aliases", "description", "externalIds", "wikidata" };

        /// <summary>The fields the script writes for a relation; a property of the same name is written as <c>prop.NAME</c>.</summary>
        internal static readonly HashSet<string> RelationFields = new HashSet<string>(
            new[] { "id", "from", "to", "at", "startDay", "endDay", "confidence", "directed", "citationSources", "citations", "citationEvidence" }.Concat(Json.RelationFields.FieldNames.Select(f => f.Name)),
            StringComparer.Ordinal);

        /// <summary>Writes the Cypher script of a graph to a file, safely (a temporary file, then a replace), as UTF-8.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="path">The file.</param>
        /// <param name="options">Ignored: Cypher takes no options.</param>
        public static void Write(Graph graph, string path, FormatWriteOptions? options = null) => TextOutput.ToFile(graph, path, w => WriteText(graph, w));

        /// <summary>Writes the Cypher script of a graph to a stream as UTF-8; the stream is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">Ignored: Cypher takes no options.</param>
        public static void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) => TextOutput.ToStream(graph, stream, w => WriteText(graph, w));

        /// <summary>Writes the Cypher script of a graph to a text writer, which is left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">The writer.</param>
        /// <param name="options">Ignored: Cypher takes no options.</param>
        public static void Write(Graph graph, TextWriter writer, FormatWriteOptions? options = null) => TextOutput.ToWriter(graph, writer, w => WriteText(graph, w));

        /// <summary>Gets the Cypher script of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">Ignored: Cypher takes no options.</param>
        /// <returns>The text.</returns>
        public static string WriteToString(Graph graph, FormatWriteOptions? options = null) => TextOutput.ToText(graph, w => WriteText(graph, w));

        /// <summary>Writes the Cypher script of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="w">Where to write.</param>
        public static void Write(Graph graph, TextWriter w) => Write(graph, w, null);

        private static void WriteText(Graph graph, TextWriter w)
        {
            w.Write("// " + Comment(graph.Title ?? "knowledge graph") + ": " + graph.VertexCount.ToString(CultureInfo.InvariantCulture) + " entities, " + graph.EdgeCount.ToString(CultureInfo.InvariantCulture) + " relations. Written by KnowledgeGraph.\n");
            w.Write("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n");
            foreach (Entity e in graph.Entities)
            {
                var labels = new List<string>();
                for (EntityKind? k = e.Kind; k != null; k = k.Parent)
                {
                    labels.Add(Name(k.Name));
                }

                var props = new List<KeyValuePair<string, string>>
                {
                    new("name", Literal(e.Name)),
                    new("kind", Literal(e.Kind.Name)),
                };
                if (e.Aliases.Count > 0)
                {
                    props.Add(new("aliases", List(e.Aliases)));
                }

                if (e.Description != null)
                {
                    props.Add(new("description", Literal(e.Description)));
                }

                if (e.ExternalIds.Count > 0)
                {
                    props.Add(new("externalIds", List(e.ExternalIds.Select(x => x.ToString()))));
                }

                if (e.GetExternalId(ExternalId.Wikidata) is string qid)
                {
                    props.Add(new("wikidata", Literal(qid)));
                }

                props.AddRange(e.Properties.Select(p => new KeyValuePair<string, string>(PropertyNames.Outside(p.Key, EntityFields), Value(p.Value))));
                w.Write("MERGE (n:Entity {id: " + Literal(e.Id) + "}) SET n:" + string.Join(":", labels) + ", n += " + Map(props) + ";\n");
            }

            foreach (Relation r in graph.RelationViews)
            {
                Validity v = r.Validity;
                var props = new List<KeyValuePair<string, string>>();
                if (!v.IsInstant && v.From.HasValue)
                {
                    props.Add(new("from", Literal(v.From.Value.ToString())));
                }

                if (!v.IsInstant && v.To.HasValue)
                {
                    props.Add(new("to", Literal(v.To.Value.ToString())));
                }

                if (v.IsInstant)
                {
                    props.Add(new("at", Literal(v.At!.Value.ToString())));
                }

                PartialDate? start = v.IsInstant ? v.At : v.From;
                PartialDate? end = v.IsInstant ? v.At : v.To;
                if (start.HasValue)
                {
                    props.Add(new("startDay", "date(" + Literal(start.Value.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + ")"));
                }

                if (end.HasValue)
                {
                    props.Add(new("endDay", "date(" + Literal(end.Value.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + ")"));
                }

                foreach (KeyValuePair<string, object> f in Json.RelationFields.TimeAndCertainty(r, stated: false))
                {
                    props.Add(new(f.Key, f.Value switch
                    {
                        bool b => b ? "true" : "false",
                        string[] list => List(list),
                        _ => Literal((string)f.Value),
                    }));
                }

                if (r.Confidence.HasValue)
                {
                    props.Add(new("confidence", r.Confidence.Value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E")));
                }

                props.Add(new("directed", r.Type.IsDirected ? "true" : "false"));
                if (r.Citations.Count > 0)
                {
                    props.Add(new("citationSources", List(r.Citations.Select(c => c.SourceId))));
                    props.Add(new("citations", List(r.Citations.Select(c => c.ToString()))));
                    if (r.Citations.Any(c => c.Evidence != CitationEvidence.None))
                    {
                        props.Add(new("citationEvidence", List(r.Citations.Select(c => Json.RelationFields.EvidenceName(c.Evidence) ?? "none"))));
                    }
                }

                props.AddRange(r.Properties.Select(p => new KeyValuePair<string, string>(PropertyNames.Outside(p.Key, RelationFields), Value(p.Value))));
                w.Write("MATCH (a:Entity {id: " + Literal(r.Source.Id) + "}), (b:Entity {id: " + Literal(r.Target.Id) + "}) MERGE (a)-[r:" + Name(r.Type.Name) + " {id: " + Literal(r.Id) + "}]->(b) SET r += " + Map(props) + ";\n");
            }
        }

        /// <summary>Quotes text as a Cypher string literal.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The literal, in single quotes.</returns>
        public static string Literal(string text)
        {
            var sb = new StringBuilder(text.Length + 2);
            sb.Append('\'');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\\': sb.Append("\\\\"); break;
                    case '\'': sb.Append("\\'"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (char.IsControl(c))
                        {
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('\'');
            return sb.ToString();
        }

        /// <summary>Back-quotes a label, relationship type or property key.</summary>
        /// <param name="name">The name.</param>
        /// <returns>The quoted name.</returns>
        public static string Name(string name) => "`" + name.Replace("`", "``") + "`";

        /// <summary>Makes text fit in a <c>//</c> comment: every line break (CR, LF, NEL, U+2028, U+2029) and other control character becomes a space.</summary>
        private static string Comment(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                sb.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }

            return sb.ToString();
        }

        private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Literal)) + "]";

        private static string Map(IEnumerable<KeyValuePair<string, string>> props) => "{" + string.Join(", ", props.Select(p => Name(p.Key) + ": " + p.Value)) + "}";

        private static string Value(object v) => v switch
        {
            string s => Literal(s),
            bool b => b ? "true" : "false",
            long l => l.ToString(CultureInfo.InvariantCulture),
            double d => double.IsNaN(d) || double.IsInfinity(d) ? Literal(PropertyMap.Format(d)) : d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E"),
            IEnumerable<string> list => List(list),
            _ => Literal(PropertyMap.Format(v)),
        };

        /// <summary>Gets the Cypher script of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The script.</returns>
        [Obsolete("Use WriteToString(graph).")]
        public static string Write(Graph graph) => WriteToString(graph);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.IO;
using static KnowledgeGraph.Formats.PropertyColumns;

namespace KnowledgeGraph.Formats.Neo4j
{
    /// <summary>
    /// Writes a graph as the CSV files of <c>neo4j-admin database import full</c>: <c>entities.csv</c> (nodes),
    /// <c>relations.csv</c> (relationships) and <c>import.sh</c> (the command), into a directory.
    /// </summary>
    /// <remarks>
    /// <para>Nodes: <c>id:ID</c> (the entity id), <c>:LABEL</c> (<c>Entity</c>, the kind and its ancestors, separated by
    /// <c>;</c>: <c>Entity;Summit;Event</c>), <c>name</c>, <c>aliases:string[]</c>, <c>description</c>, <c>kind</c>,
    /// <c>externalIds:string[]</c> (<c>scheme:value</c>), <c>wikidata</c>, then one typed column per property
    /// (<c>population:long</c>, <c>share:double</c>, <c>landlocked:boolean</c>, <c>languages:string[]</c>).</para>
    /// <para>Relationships: <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, <c>id</c>, <c>from</c>, <c>to</c>, <c>at</c>
    /// (partial dates as strings, keeping their precision), <c>startDay:date</c>, <c>endDay:date</c> (the first and last
    /// day of the known dates, for range queries), <c>confidence:double</c>, <c>directed:boolean</c>,
    /// <c>citationSources:string[]</c>, <c>citations:string[]</c> (formatted), <c>citationEvidence:string[]</c> (each
    /// citation's <c>observed</c>, <c>reported</c> or <c>none</c>, when one has some); then the time and certainty the graph
    /// answers on (the evidence of citations included), under the names of the JSON format: <c>approximate:boolean</c>,
    /// <c>event:boolean</c>, <c>time</c> (<c>permanent</c>), <c>notBefore</c>, <c>notAfter</c>, <c>observed:string[]</c>,
    /// <c>status</c>, <c>attribution</c>, <c>note</c>, <c>about</c>; then one typed column per property.</para>
    /// <para>Fields are quoted with <c>"</c> (doubled inside). Array items (and labels) are separated by the array
    /// delimiter, which neo4j-admin cannot escape: it is <c>;</c> unless an item or a kind name holds a <c>;</c>, and then
    /// the first of <c>|</c>, <c>¦</c>, <c>␟</c> and the private-use characters U+E000–U+F8FF that none holds
    /// (<see cref="ArrayDelimiter"/>; <c>import.sh</c> passes it as <c>--array-delimiter</c>), so every item survives.
    /// Names may contain line breaks, so the import needs <c>--multiline-fields=true</c> (written in <c>import.sh</c>).</para>
    /// <para>A property named like a structural column (<c>id</c>, <c>name</c>, <c>description</c>, <c>from</c>…) or
    /// starting with <c>prop.</c> gets the column <c>prop.NAME</c>; one holding a colon gets <c>prop.</c> and its colons
    /// become underscores. So no column appears twice.</para>
    /// <para>Spreadsheets run a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as
    /// a formula: such a cell, unless it is a number, is written with a leading <c>'</c> (OWASP's advice on CSV injection).
    /// Remove it after import if the exact text matters.</para>
    /// </remarks>
    public static class Neo4jCsvWriter
    {
        /// <summary>The name of the nodes file.</summary>
        public const string NodesFile = "entities.csv";

        /// <summary>The name of the relationships file.</summary>
        public const string RelationshipsFile = "relations.csv";

        /// <summary>The name of the script holding the import command.</summary>
        public const string ScriptFile = "import.sh";

        /// <summary>Gets the <c>neo4j-admin</c> command that imports the files of a directory into a database.</summary>
        /// <param name="database">The database name (<c>neo4j</c> by default).</param>
        /// <returns>The command line.</returns>
        public static string ImportCommand(string database = "neo4j") => ImportCommand(database, ';');

        /// <summary>
        /// Gets the array delimiter of a graph's CSV files: <c>;</c> (neo4j-admin's default) unless an array item or a kind
        /// name holds one; then the first of <c>|</c>, <c>¦</c>, <c>␟</c> and U+E000–U+F8FF that none holds. neo4j-admin
        /// cannot escape the delimiter inside an item, so choosing one that no item holds is what keeps every item.
        /// </summary>
        /// <param name="graph">The graph.</param>
        /// <returns>The delimiter.</returns>
        /// <exception cref="FormatException">Every candidate occurs in some item (a graph built to defeat it).</exception>
        public static char ArrayDelimiter(Graph graph)
        {
            var used = new HashSet<char>();
            void Add(IEnumerable<string> items)
            {
                foreach (string item in items)
                {
                    foreach (char c in item)
                    {
                        used.Add(c);
                    }
                }
            }

            foreach (Entity e in graph.Entities)
            {
                for (EntityKind? k = e.Kind; k != null; k = k.Parent)
                {
                    Add(new[] { k.Name });
                }

                Add(e.Aliases);
                Add(e.ExternalIds.Select(x => x.ToString()));
                Add(e.Properties.Select(p => p.Value).OfType<IEnumerable<string>>().SelectMany(v => v));
            }

            foreach (Relation r in graph.RelationViews)
            {
                Add(r.Citations.Select(c => c.SourceId));
                Add(r.Citations.Select(c => c.ToString()));
                Add(RelationFields.TimeAndCertainty(r, stated: false).Select(f => f.Value).OfType<string[]>().SelectMany(v => v));
                Add(r.Properties.Select(p => p.Value).OfType<IEnumerable<string>>().SelectMany(v => v));
            }

            foreach (char c in new[] { ';', '|', '\u00A6', '\u241F' })
            {
                if (!used.Contains(c))
                {
                    return c;
                }
            }

            for (char c = '\uE000'; c <= '\uF8FF'; c++)
            {
                if (!used.Contains(c))
                {
                    return c;
                }
            }

            throw new FormatException("Every candidate array delimiter (;, |, ¦, ␟ and U+E000–U+F8FF) occurs in an array item of the graph; neo4j-admin cannot escape it.");
        }

        /// <summary>The command with a chosen array delimiter: neo4j-admin takes a character other than <c>;</c> as <c>U+XXXX</c>.</summary>
        internal static string ImportCommand(string database, char arrayDelimiter) =>
            $"neo4j-admin database import full --nodes={NodesFile} --relationships={RelationshipsFile} --delimiter=',' --array-delimiter='{(arrayDelimiter == ';' ? ";" : "U+" + ((int)arrayDelimiter).ToString("X4", CultureInfo.InvariantCulture))}' --quote='\"' --multiline-fields=true --overwrite-destination=true {database}";

        /// <summary>Writes the files (<see cref="NodesFile"/>, <see cref="RelationshipsFile"/>, <see cref="ScriptFile"/>) into a directory, created when missing; each file is written safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="directory">The directory.</param>
        /// <param name="options">Ignored: the Neo4j files take no options.</param>
        public static void Write(Graph graph, string directory, FormatWriteOptions? options = null)
        {
            TextOutput.Require(graph, nameof(graph));
            Directory.CreateDirectory(directory);
            TextOutput.ToFile(graph, Path.Combine(directory, NodesFile), w => WriteNodes(graph, w));
            TextOutput.ToFile(graph, Path.Combine(directory, RelationshipsFile), w => WriteRelationships(graph, w));
            TextOutput.ToFile(graph, Path.Combine(directory, ScriptFile), w => w.Write("#!/bin/sh\n# Import into an empty Neo4j 5 database (stop the database first). Run from this directory.\nset -e\n" + ImportCommand("neo4j", ArrayDelimiter(graph)) + "\n"));
        }

        /// <summary>Writes the nodes and the relationships files to two streams as UTF-8; the streams are left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="nodes">The stream of <see cref="NodesFile"/>.</param>
        /// <param name="relationships">The stream of <see cref="RelationshipsFile"/>.</param>
        /// <param name="options">Ignored: the Neo4j files take no options.</param>
        public static void Write(Graph graph, Stream nodes, Stream relationships, FormatWriteOptions? options = null)
        {
            TextOutput.ToStream(graph, nodes, w => WriteNodes(graph, w));
            TextOutput.ToStream(graph, relationships, w => WriteRelationships(graph, w));
        }

        /// <summary>Writes the nodes and the relationships files to two text writers, which are left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="nodes">The writer of <see cref="NodesFile"/>.</param>
        /// <param name="relationships">The writer of <see cref="RelationshipsFile"/>.</param>
        /// <param name="options">Ignored: the Neo4j files take no options.</param>
        public static void Write(Graph graph, TextWriter nodes, TextWriter relationships, FormatWriteOptions? options = null)
        {
            TextOutput.ToWriter(graph, nodes, w => WriteNodes(graph, w));
            TextOutput.ToWriter(graph, relationships, w => WriteRelationships(graph, w));
        }

        /// <summary>Writes the nodes CSV.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="w">Where to write.</param>
        public static void WriteNodes(Graph graph, TextWriter w)
        {
            List<KeyValuePair<string, ColumnType>> props = Of(graph.Entities.Select(e => e.Properties));
            char d = ArrayDelimiter(graph);
            var header = new List<string> { "id:ID", ":LABEL", "name", "aliases:string[]", "description", "kind", "externalIds:string[]", "wikidata" };
            header.AddRange(props.Select(p => Header(p.Key, p.Value, CypherWriter.EntityFields)));
            HeaderRow(w, header);
            foreach (Entity e in graph.Entities)
            {
                var labels = new List<string> { "Entity" };
                for (EntityKind? k = e.Kind; k != null; k = k.Parent)
                {
                    labels.Add(k.Name);
                }

                var row = new List<string?> { e.Id, string.Join(d.ToString(), labels), e.Name, Array(e.Aliases, d), e.Description, e.Kind.Name, Array(e.ExternalIds.Select(x => x.ToString()), d), e.GetExternalId(ExternalId.Wikidata) };
                row.AddRange(props.Select(p => e.Properties.TryGetValue(p.Key, out object? v) ? Value(v, d) : null));
                Row(w, row);
            }
        }

        /// <summary>Writes the relationships CSV.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="w">Where to write.</param>
        public static void WriteRelationships(Graph graph, TextWriter w)
        {
            List<KeyValuePair<string, ColumnType>> props = Of(graph.RelationViews.Select(r => r.Properties));
            char d = ArrayDelimiter(graph);
            var header = new List<string> { ":START_ID", ":END_ID", ":TYPE", "id", "from", "to", "at", "startDay:date", "endDay:date", "confidence:double", "directed:boolean", "citationSources:string[]", "citations:string[]", "citationEvidence:string[]" };
            header.AddRange(RelationFields.FieldNames.Select(f => f.Name + (f.Shape == RelationFields.FieldShape.Flag ? ":boolean" : f.Shape == RelationFields.FieldShape.DateList ? ":string[]" : string.Empty)));
            header.AddRange(props.Select(p => Header(p.Key, p.Value, CypherWriter.RelationFields)));
            HeaderRow(w, header);
            foreach (Relation r in graph.RelationViews)
            {
                Validity v = r.Validity;
                PartialDate? start = v.IsInstant ? v.At : v.From;
                PartialDate? end = v.IsInstant ? v.At : v.To;
                var row = new List<string?>
                {
                    r.Source.Id, r.Target.Id, r.Type.Name, r.Id,
                    v.IsInstant ? null : v.From?.ToString(), v.IsInstant ? null : v.To?.ToString(), v.At?.ToString(),
                    start?.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end?.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.Confidence?.ToString("R", CultureInfo.InvariantCulture), r.Type.IsDirected ? "true" : "false",
                    Array(r.Citations.Select(c => c.SourceId), d), Array(r.Citations.Select(c => c.ToString()), d),
                    r.Citations.Any(c => c.Evidence != CitationEvidence.None) ? Array(r.Citations.Select(c => RelationFields.EvidenceName(c.Evidence) ?? "none"), d) : null,
                };
                var fields = RelationFields.TimeAndCertainty(r, stated: false).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
                row.AddRange(RelationFields.FieldNames.Select(f => !fields.TryGetValue(f.Name, out object? value) ? null
                    : value is bool b ? (b ? "true" : "false")
                    : value is string[] list ? Array(list, d)
                    : (string)value));
                row.AddRange(props.Select(p => r.Properties.TryGetValue(p.Key, out object? pv) ? Value(pv, d) : null));
                Row(w, row);
            }
        }

        private static string Header(string name, ColumnType t, ICollection<string> structural)
        {
            // A property named like a structural column would clash: prefix it (as the Cypher script does). A colon
            // would be read as a type, so a name holding one is prefixed and the colons become underscores.
            string n = name.IndexOf(':') >= 0 ? PropertyNames.Prefix + name.Replace(":", "_") : PropertyNames.Outside(name, structural);
            return t switch
            {
                ColumnType.Long => n + ":long",
                ColumnType.Double => n + ":double",
                ColumnType.Boolean => n + ":boolean",
                ColumnType.TextList => n + ":string[]",
                _ => n,
            };
        }

        private static string? Array(IEnumerable<string> items, char delimiter)
        {
            string[] a = items.ToArray();
            return a.Length == 0 ? null : string.Join(delimiter.ToString(), a);
        }

        private static string Value(object v, char delimiter) => v is IEnumerable<string> list && !(v is string) ? Array(list, delimiter) ?? string.Empty : PropertyMap.Format(v);

        /// <summary>Writes the header as neo4j-admin's examples do: fields bare, quoted only when they hold a comma, a quote or a line break.</summary>
        private static void HeaderRow(TextWriter w, IEnumerable<string> fields)
        {
            w.Write(string.Join(",", fields.Select(f => f.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f)));
            w.Write('\n');
        }

        /// <summary>Gets whether a spreadsheet would run a cell as a formula: it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return and is not a number (OWASP's rule for CSV injection).</summary>
        internal static bool IsFormula(string cell) =>
            cell.Length > 0 && "=+-@\t\r".IndexOf(cell[0]) >= 0
            && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

        private static void Row(TextWriter w, IEnumerable<string?> fields)
        {
            bool first = true;
            foreach (string? f in fields)
            {
                if (!first)
                {
                    w.Write(',');
                }

                first = false;
                if (f != null)
                {
                    w.Write('"');
                    if (IsFormula(f))
                    {
                        w.Write('\'');
                    }

                    w.Write(f.Replace("\"", "\"\""));
                    w.Write('"');
                }
            }

            w.Write('\n');
        }

        /// <summary>Writes the files into <paramref name="directory"/> (created when missing; each file written safely).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="directory">The directory.</param>
        [Obsolete("Use Write(graph, directory).")]
        public static void WriteDirectory(Graph graph, string directory) => Write(graph, directory, null);
    }
}

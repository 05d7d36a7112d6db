using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// Writes a graph as two CSV files (RFC 4180) in the shape <see cref="CsvGraphReader"/> reads: entities
    /// (<c>id,kind,name</c>, then <c>description</c> and <c>aliases</c> when some entity has them, then one column per
    /// property) and relations (<c>id,source,target,type,from,to</c>, then <c>at</c> and <c>confidence</c> when used, then
    /// each time and certainty field of the JSON format that some relation uses, under its name (<c>approximate</c>,
    /// <c>event</c>, <c>time</c>, <c>notBefore</c>, <c>notAfter</c>, <c>observed</c> (dates joined with <c>"; "</c>),
    /// <c>status</c>, <c>attribution</c>, <c>note</c>, <c>about</c>), then one column per property). A property named like
    /// a column of the format (ignoring case), or starting with <c>prop.</c>, gets the column <c>prop.NAME</c>, which
    /// <see cref="CsvGraphReader"/> reads back as <c>NAME</c>; of two properties whose names differ only in case, the
    /// first met is written.
    /// </summary>
    /// <remarks>
    /// <para>CSV is flat: sources, citations (and so their time evidence), external ids, the graph's title and
    /// description are not written (use the JSON format to keep them); the time is written as stated; properties read
    /// back in column order (the order in which the writer first met each property name). Numbers are written in
    /// invariant culture, doubles always with a decimal point or an exponent, so that they read back as doubles.</para>
    /// <para>A cell is typed by its look when read (<c>true</c>, <c>7</c>, <c>0.5</c>), as other tools' CSV files are. A
    /// column whose values that reading would change is written with a type at the end of its header (see
    /// <c>CsvColumnType</c>): <c>NAME:string</c> when all its values are text and some read as a number or a boolean
    /// (<c>"007"</c> stays text, so does <c>"true"</c>), <c>NAME:json</c> when it holds lists or such text among other
    /// types (each cell one JSON value: <c>["a;b","c"]</c>, <c>"7"</c>, <c>7</c>); aliases are <c>aliases:json</c> (a
    /// JSON array) when one holds <c>;</c> or surrounding spaces, else joined with <c>"; "</c>. Other columns are written
    /// as before, so files that lose nothing look as they always did.</para>
    /// <para>Thread-safe: it keeps no state between calls.</para>
    /// </remarks>
    public static class CsvGraphWriter
    {
        /// <summary>Writes <c>nodes.csv</c> and <c>edges.csv</c> into a directory, created when missing; each file is written safely.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="directory">The directory.</param>
        /// <param name="options">Ignored: CSV takes no options.</param>
        public static void Write(Graph graph, string directory, FormatWriteOptions? options = null)
        {
            TextOutput.Require(graph, nameof(graph));
            Directory.CreateDirectory(directory);
            Write(graph, Path.Combine(directory, "nodes.csv"), Path.Combine(directory, "edges.csv"));
        }

        /// <summary>Writes the two files, safely (each through a temporary file that then replaces the target).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="nodesPath">The entities file.</param>
        /// <param name="edgesPath">The relations file.</param>
        public static void Write(Graph graph, string nodesPath, string edgesPath)
        {
            TextOutput.ToFile(graph, nodesPath, w => WriteEntities(graph, w));
            TextOutput.ToFile(graph, edgesPath, w => WriteRelations(graph, w));
        }

        /// <summary>Writes the entities and the relations files to two streams as UTF-8; the streams are left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="nodes">The stream of the entities file.</param>
        /// <param name="edges">The stream of the relations file.</param>
        /// <param name="options">Ignored: CSV takes no options.</param>
        public static void Write(Graph graph, Stream nodes, Stream edges, FormatWriteOptions? options = null)
        {
            TextOutput.ToStream(graph, nodes, w => WriteEntities(graph, w));
            TextOutput.ToStream(graph, edges, w => WriteRelations(graph, w));
        }

        /// <summary>Writes the entities and the relations files to two text writers, which are left open.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="nodes">The writer of the entities file.</param>
        /// <param name="edges">The writer of the relations file.</param>
        /// <param name="options">Ignored: CSV takes no options.</param>
        public static void Write(Graph graph, TextWriter nodes, TextWriter edges, FormatWriteOptions? options = null)
        {
            TextOutput.ToWriter(graph, nodes, w => WriteEntities(graph, w));
            TextOutput.ToWriter(graph, edges, w => WriteRelations(graph, w));
        }

        /// <summary>Writes the entities file.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        public static void WriteEntities(Graph graph, TextWriter writer)
        {
            bool descriptions = false, aliases = false, jsonAliases = false;
            var keys = new List<string>();
            var structural = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "id", "kind", "name", "description", "aliases" };
            var seen = new HashSet<string>(structural, StringComparer.OrdinalIgnoreCase);
            var columns = new Dictionary<string, ColumnValues>(StringComparer.Ordinal);
            foreach (Entity e in graph.Entities)
            {
                descriptions |= e.Description != null;
                aliases |= e.Aliases.Count > 0;
                foreach (string alias in e.Aliases)
                {
                    // The plain cell joins with "; " and is read back split at ';' and trimmed.
                    jsonAliases |= alias.IndexOf(';') >= 0 || alias.Length != alias.Trim().Length;
                }

                AddKeys(e.Properties, keys, seen, structural, columns);
            }

            var header = new List<string> { "id", "kind", "name" };
            if (descriptions)
            {
                header.Add("description");
            }

            if (aliases)
            {
                header.Add(jsonAliases ? CsvColumnType.JsonAliases : "aliases");
            }

            CsvColumnType.Mode[] modes = Modes(keys, structural, columns, header);
            WriteLine(writer, header);
            var row = new List<string>(header.Count);
            foreach (Entity e in graph.Entities)
            {
                row.Clear();
                row.Add(e.Id);
                row.Add(e.Kind.Name);
                row.Add(e.Name);
                if (descriptions)
                {
                    row.Add(e.Description ?? string.Empty);
                }

                if (aliases)
                {
                    row.Add(!jsonAliases ? string.Join("; ", e.Aliases) : e.Aliases.Count == 0 ? string.Empty : CsvColumnType.ToJson(e.Aliases));
                }

                AddValues(e.Properties, keys, modes, row);
                WriteLine(writer, row);
            }
        }

        /// <summary>Writes the relations file.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        public static void WriteRelations(Graph graph, TextWriter writer)
        {
            bool instants = false, confidences = false;
            var keys = new List<string>();
            var structural = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "id", "source", "target", "type", "from", "to", "at", "confidence" };
            structural.UnionWith(RelationFields.FieldNames.Select(f => f.Name));
            var seen = new HashSet<string>(structural, StringComparer.OrdinalIgnoreCase);
            var columns = new Dictionary<string, ColumnValues>(StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (Relation r in graph.RelationViews)
            {
                instants |= r.Validity.IsInstant;
                confidences |= r.Confidence.HasValue;
                foreach (KeyValuePair<string, object> f in RelationFields.TimeAndCertainty(r, stated: true))
                {
                    used.Add(f.Key);
                }

                AddKeys(r.Properties, keys, seen, structural, columns);
            }

            string[] certainty = RelationFields.FieldNames.Select(f => f.Name).Where(used.Contains).ToArray();

            var header = new List<string> { "id", "source", "target", "type", "from", "to" };
            if (instants)
            {
                header.Add("at");
            }

            if (confidences)
            {
                header.Add("confidence");
            }

            header.AddRange(certainty);
            CsvColumnType.Mode[] modes = Modes(keys, structural, columns, header);
            WriteLine(writer, header);
            var row = new List<string>(header.Count);
            foreach (Relation r in graph.RelationViews)
            {
                row.Clear();
                row.Add(r.Id);
                row.Add(r.Source.Id);
                row.Add(r.Target.Id);
                row.Add(r.Type.Name);
                Validity v = r.Validity;
                row.Add(v.IsInstant ? string.Empty : v.From?.ToString() ?? string.Empty);
                row.Add(v.IsInstant ? string.Empty : v.To?.ToString() ?? string.Empty);
                if (instants)
                {
                    row.Add(v.IsInstant ? v.At!.Value.ToString() : string.Empty);
                }

                if (confidences)
                {
                    row.Add(r.Confidence.HasValue ? FormatDouble(r.Confidence.Value) : string.Empty);
                }

                if (certainty.Length > 0)
                {
                    var fields = RelationFields.TimeAndCertainty(r, stated: true).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
                    foreach (string name in certainty)
                    {
                        row.Add(!fields.TryGetValue(name, out object? value) ? string.Empty
                            : value is bool b ? (b ? "true" : "false")
                            : value is string[] list ? string.Join("; ", list)
                            : (string)value);
                    }
                }

                AddValues(r.Properties, keys, modes, row);
                WriteLine(writer, row);
            }
        }

        /// <summary>Adds the property names not met yet; a name written like a column of the format (or already starting with <c>prop.</c>) is prefixed with <c>prop.</c>, which the reader removes. Notes what each name's values are, to choose its column's type.</summary>
        private static void AddKeys(PropertyMap properties, List<string> keys, HashSet<string> seen, HashSet<string> structural, Dictionary<string, ColumnValues> columns)
        {
            foreach (KeyValuePair<string, object> p in properties)
            {
                string key = p.Key;
                if (!columns.TryGetValue(key, out ColumnValues values))
                {
                    if (!seen.Add(PropertyNames.Outside(key, structural)))
                    {
                        continue; // a name differing only in case from one met before: not written
                    }

                    keys.Add(key);
                    values = new ColumnValues { AllText = true };
                }

                if (p.Value is string text)
                {
                    values.Changed |= CsvColumnType.ReadsTyped(text);

                    // An empty cell is no property: empty text needs a JSON cell ("").
                    values.AllText &= text.Length > 0;
                }
                else
                {
                    values.AllText = false;
                    values.Changed |= p.Value is IEnumerable<string>;
                }

                columns[key] = values;
            }
        }

        /// <summary>Adds each property column's header to <paramref name="header"/> and gives the mode its cells are written in: plain unless the plain reading would change a value, or the name itself ends like a type.</summary>
        private static CsvColumnType.Mode[] Modes(List<string> keys, HashSet<string> structural, Dictionary<string, ColumnValues> columns, List<string> header)
        {
            var modes = new CsvColumnType.Mode[keys.Count];
            for (int i = 0; i < keys.Count; i++)
            {
                string name = PropertyNames.Outside(keys[i], structural);
                ColumnValues values = columns[keys[i]];
                bool typed = values.Changed || CsvColumnType.Split(name).Mode != CsvColumnType.Mode.Plain;
                modes[i] = !typed ? CsvColumnType.Mode.Plain : values.AllText ? CsvColumnType.Mode.Text : CsvColumnType.Mode.Json;
                header.Add(modes[i] switch
                {
                    CsvColumnType.Mode.Text => name + CsvColumnType.TextSuffix,
                    CsvColumnType.Mode.Json => name + CsvColumnType.JsonSuffix,
                    _ => name,
                });
            }

            return modes;
        }

        private static void AddValues(PropertyMap properties, List<string> keys, CsvColumnType.Mode[] modes, List<string> row)
        {
            for (int i = 0; i < keys.Count; i++)
            {
                row.Add(!properties.TryGetValue(keys[i], out object? value) ? string.Empty
                    : modes[i] == CsvColumnType.Mode.Json ? CsvColumnType.ToJson(value)
                    : modes[i] == CsvColumnType.Mode.Text ? (string)value
                    : FormatValue(value));
            }
        }

        /// <summary>What the values of one property name are: all non-empty text, and whether the plain reading would change one.</summary>
        private struct ColumnValues
        {
            public bool AllText;
            public bool Changed;
        }

        private static string FormatValue(object value) => value is double d ? FormatDouble(d) : PropertyMap.Format(value);

        private static string FormatDouble(double d) => CsvColumnType.Double(d);

        private static void WriteLine(TextWriter writer, List<string> fields)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                WriteField(writer, fields[i]);
            }

            writer.Write('\n');
        }

        private static void WriteField(TextWriter writer, string text)
        {
            bool quote = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]));
            for (int i = 0; i < text.Length && !quote; i++)
            {
                char c = text[i];
                quote = c == ',' || c == '"' || c == '\n' || c == '\r';
            }

            if (!quote)
            {
                writer.Write(text);
                return;
            }

            writer.Write('"');
            writer.Write(text.Replace("\"", "\"\""));
            writer.Write('"');
        }
    }
}

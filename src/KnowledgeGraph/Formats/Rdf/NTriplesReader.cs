using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Formats.Json;
using static KnowledgeGraph.Formats.Rdf.RdfNames;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>Reads N-Triples written by <see cref="NTriplesWriter"/> (the model described on <see cref="TurtleWriter"/>) back into a <see cref="Graph"/>.</summary>
    /// <remarks>
    /// <para>The entities, relations and sources are rebuilt from the reified statements, not from the direct triples.
    /// Order is the order of first appearance, which is the order the writer used. A property with several values is a
    /// list; one named by <c>kg:list</c> is a list too (the writer's marker of a list of no item or one item, which one
    /// triple per item cannot tell from no property or a single value).</para>
    /// <para>A line that is not a triple is an error with its line and column; every such line is reported at once.</para>
    /// </remarks>
    public static class NTriplesReader
    {
        /// <summary>Reads a N-Triples file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options (only <see cref="ImportOptions.Vocabulary"/> is read: the file is read all or nothing); the defaults when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read, or a line is not a triple, or the triples do not describe a valid graph; every error is listed.</exception>
        public static ImportResult Import(string path, ImportOptions? options = null) => FormatInput.FromPath(path, options, Import);

        /// <summary>Reads N-Triples from a stream (UTF-8), which is left open.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options (only <see cref="ImportOptions.Vocabulary"/> is read: the text is read all or nothing); the defaults when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">A line is not a triple, or the triples do not describe a valid graph; every error is listed.</exception>
        public static ImportResult Import(Stream stream, string? fileName = null, ImportOptions? options = null) => FormatInput.FromStream(stream, fileName, options, Import);

        /// <summary>Reads N-Triples from a text reader, which is left open.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options (only <see cref="ImportOptions.Vocabulary"/> is read: the text is read all or nothing); the defaults when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">A line is not a triple, or the triples do not describe a valid graph; every error is listed.</exception>
        public static ImportResult Import(TextReader reader, string? fileName = null, ImportOptions? options = null) => FormatInput.Whole(Read(reader ?? throw new ArgumentNullException(nameof(reader)), fileName, options?.Vocabulary));

        private static Graph Read(TextReader reader, string? file, Vocabulary? vocabulary)
        {
            var errors = new List<GraphError>();
            var subjects = new List<string>();
            var bySubject = new Dictionary<string, List<(string P, RdfTerm O)>>(StringComparer.Ordinal);
            var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
            string? line;
            int number = 0;
            while ((line = reader.ReadLine()) != null)
            {
                number++;
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#')
                {
                    continue;
                }

                try
                {
                    int pos = 0;
                    string s = ReadIri(line, ref pos);
                    string p = ReadIri(line, ref pos);
                    RdfTerm o = ReadObject(line, ref pos);
                    SkipSpace(line, ref pos);
                    if (pos >= line.Length || line[pos] != '.')
                    {
                        throw new SyntaxError(pos + 1, "a triple must end with '.'");
                    }

                    if (!bySubject.TryGetValue(s, out var list))
                    {
                        list = new List<(string P, RdfTerm O)>();
                        bySubject[s] = list;
                        subjects.Add(s);
                        lineOf[s] = number;
                    }

                    list.Add((p, o));
                }
                catch (SyntaxError ex)
                {
                    errors.Add(new GraphError(GraphErrorCode.InvalidField, "Not an N-Triples triple: " + ex.Message + ".", null, file, number, ex.Column));
                }
            }

            if (errors.Count > 0)
            {
                throw new GraphValidationException(errors);
            }

            string type = RdfNs + "type";
            bool IsA(string subject, string cls) => bySubject[subject].Any(x => x.P == type && x.O.IsIri && x.O.Value == cls);
            string? One(string subject, string predicate) => bySubject[subject].Where(x => x.P == predicate).Select(x => x.O.Value).FirstOrDefault();
            IEnumerable<RdfTerm> All(string subject, string predicate) => bySubject[subject].Where(x => x.P == predicate).Select(x => x.O);
            string Local(string iri, string ns) => iri.StartsWith(ns, StringComparison.Ordinal) ? Uri.UnescapeDataString(iri.Substring(ns.Length)) : iri;
            TextPosition At(string subject) => new TextPosition(file, lineOf[subject], 0);

            var builder = new GraphBuilder(vocabulary);
            Vocabulary vocab = builder.Vocabulary;
            string graphIri = Base + "graph";
            if (bySubject.ContainsKey(graphIri))
            {
                builder.Title = One(graphIri, Dcterms + "title");
                builder.Description = One(graphIri, Dcterms + "description");
            }

            // Sources and statements are looked for under their own bases, so that entities of a kind named Source or Relation are not taken for them.
            foreach (string s in subjects.Where(s => s.StartsWith(SourceBase, StringComparison.Ordinal) && IsA(s, Ontology + "Source")))
            {
                string? kindName = One(s, Ontology + "sourceKind");
                SourceKind kind = kindName != null && SourceKinds.TryParse(kindName, out SourceKind k) ? k : SourceKind.Other;
                string? date = One(s, Dcterms + "date");
                string? citedIn = One(s, Ontology + "citedIn");
                builder.AddSource(new Source(
                    One(s, Dcterms + "identifier") ?? Local(s, SourceBase),
                    kind,
                    One(s, Dcterms + "title") ?? string.Empty,
                    One(s, Dcterms + "publisher"),
                    date != null && PartialDate.TryParse(date, out PartialDate d) ? d : null,
                    One(s, Ontology + "url"),
                    citedIn != null ? Local(citedIn, SourceBase) : null), At(s));
            }

            foreach (string s in subjects.Where(s => s.StartsWith(EntityBase, StringComparison.Ordinal) && s.IndexOf('#') < 0))
            {
                string? kind = All(s, type).Where(o => o.IsIri && o.Value.StartsWith(Ontology, StringComparison.Ordinal)).Select(o => Local(o.Value, Ontology)).FirstOrDefault();
                if (kind == null)
                {
                    // An entity mentioned only as the object of a direct triple of another graph: nothing to rebuild.
                    continue;
                }

                var xids = All(s, Ontology + "externalId").Where(o => o.IsIri && bySubject.ContainsKey(o.Value)).Select(o =>
                {
                    string? src = One(o.Value, Ontology + "source");
                    return new ExternalId(One(o.Value, Ontology + "scheme") ?? string.Empty, One(o.Value, Ontology + "value") ?? string.Empty, src != null ? Local(src, SourceBase) : null, One(o.Value, Ontology + "note"));
                }).ToList();
                builder.AddEntity(One(s, Dcterms + "identifier") ?? Local(s, EntityBase), kind, One(s, Rdfs + "label") ?? string.Empty, All(s, Skos + "altLabel").Select(o => o.Value).ToList(), One(s, Dcterms + "description"), Properties(bySubject[s], At(s), errors), xids, At(s));
            }

            foreach (string s in subjects.Where(s => s.StartsWith(RelationBase, StringComparison.Ordinal) && IsA(s, Ontology + "Relation")))
            {
                string? subject = One(s, RdfNs + "subject");
                string? predicate = One(s, RdfNs + "predicate");
                string? obj = One(s, RdfNs + "object");
                if (subject == null || predicate == null || obj == null)
                {
                    errors.Add(At(s).Error(GraphErrorCode.InvalidField, $"The statement <{s}> lacks rdf:subject, rdf:predicate or rdf:object.", Local(s, RelationBase)));
                    continue;
                }

                string id = One(s, Dcterms + "identifier") ?? Local(s, RelationBase);
                var fields = new RelationFields
                {
                    Id = id,
                    Type = Local(predicate, Ontology),
                    Source = Local(subject, EntityBase),
                    Target = Local(obj, EntityBase),
                    From = One(s, Ontology + "from"),
                    To = One(s, Ontology + "to"),
                    At = One(s, Ontology + "at"),
                    Properties = Properties(bySubject[s], At(s), errors),
                };
                foreach ((string name, RelationFields.FieldShape _) in RelationFields.FieldNames)
                {
                    foreach (RdfTerm o in All(s, Ontology + name))
                    {
                        fields.SetText(name, o.Value);
                    }
                }

                if (One(s, Ontology + "confidence") is string c)
                {
                    if (double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out double cv))
                    {
                        fields.Confidence = cv;
                    }
                    else
                    {
                        errors.Add(At(s).Error(GraphErrorCode.InvalidValue, $"The confidence of relation '{id}' is \"{c}\", which is not a number.", id));
                    }
                }

                foreach (RdfTerm o in All(s, Ontology + "citation").Where(o => o.IsIri && bySubject.ContainsKey(o.Value)))
                {
                    (fields.Citations ??= new List<CitationFields>()).Add(new CitationFields(Local(One(o.Value, Ontology + "source") ?? SourceBase, SourceBase), One(o.Value, Ontology + "quote"), One(o.Value, Ontology + "locator"), One(o.Value, Ontology + "evidence")));
                }

                // The values are checked by the rule every format shares (dates, the time fields together, status, evidence).
                TextPosition position = At(s);
                fields.TryAdd(builder, position, (field, index, code, message) => errors.Add(position.Error(code, message, id)));
            }

            foreach (GraphError error in errors)
            {
                builder.AddError(error);
            }

            return builder.Build();
        }

        private static PropertyMap Properties(List<(string P, RdfTerm O)> triples, TextPosition position, List<GraphError> errors)
        {
            var order = new List<string>();
            var values = new Dictionary<string, List<RdfTerm>>(StringComparer.Ordinal);
            HashSet<string>? lists = null;
            foreach ((string p, RdfTerm o) in triples)
            {
                bool marker = p == Ontology + "list" && !o.IsIri;
                if (!marker && !p.StartsWith(PropertyBase, StringComparison.Ordinal))
                {
                    continue;
                }

                // kg:list names a property that is a list of fewer than two items (the writer's marker).
                string name = marker ? o.Value : Uri.UnescapeDataString(p.Substring(PropertyBase.Length));
                if (marker && name.Length > 0)
                {
                    (lists ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                }
                if (name.Length == 0)
                {
                    errors.Add(position.Error(GraphErrorCode.InvalidField, $"A property of <{p}> has an empty name.", null));
                    continue;
                }

                if (!values.TryGetValue(name, out var list))
                {
                    list = new List<RdfTerm>();
                    values[name] = list;
                    order.Add(name);
                }

                if (!marker)
                {
                    list.Add(o);
                }
            }

            var pairs = new List<KeyValuePair<string, object>>(order.Count);
            foreach (string name in order)
            {
                List<RdfTerm> v = values[name];
                if (v.Count > 1 || (lists != null && lists.Contains(name)))
                {
                    pairs.Add(new KeyValuePair<string, object>(name, v.Select(x => x.Value).ToArray()));
                    continue;
                }

                RdfTerm t = v[0];
                object? value = t.Datatype switch
                {
                    Xsd + "long" when long.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) => l,
                    Xsd + "double" => double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d) ? d : null,
                    Xsd + "boolean" => t.Value == "true" || t.Value == "1",
                    _ => t.Value,
                };
                if (value == null)
                {
                    errors.Add(position.Error(GraphErrorCode.InvalidValue, $"The property '{name}' is \"{t.Value}\", which is not a finite xsd:double.", null));
                    continue;
                }

                pairs.Add(new KeyValuePair<string, object>(name, value));
            }

            return PropertyMap.From(pairs);
        }

        private static void SkipSpace(string line, ref int pos)
        {
            while (pos < line.Length && (line[pos] == ' ' || line[pos] == '\t'))
            {
                pos++;
            }
        }

        private static string ReadIri(string line, ref int pos)
        {
            SkipSpace(line, ref pos);
            if (pos < line.Length && line[pos] == '_' && pos + 1 < line.Length && line[pos + 1] == ':')
            {
                int start = pos;
                while (pos < line.Length && line[pos] != ' ' && line[pos] != '\t')
                {
                    pos++;
                }

                return line.Substring(start, pos - start);
            }

            if (pos >= line.Length || line[pos] != '<')
            {
                throw new SyntaxError(pos + 1, "an IRI in <> was expected");
            }

            int end = line.IndexOf('>', pos + 1);
            if (end < 0)
            {
                throw new SyntaxError(pos + 1, "the IRI has no closing '>'");
            }

            string iri = Unescape(line.Substring(pos + 1, end - pos - 1), pos + 2);
            pos = end + 1;
            return iri;
        }

        private static RdfTerm ReadObject(string line, ref int pos)
        {
            SkipSpace(line, ref pos);
            if (pos < line.Length && line[pos] == '"')
            {
                int start = pos + 1;
                int i = start;
                while (i < line.Length && line[i] != '"')
                {
                    i += line[i] == '\\' ? 2 : 1;
                }

                if (i >= line.Length)
                {
                    throw new SyntaxError(pos + 1, "the literal has no closing quote");
                }

                string text = Unescape(line.Substring(start, i - start), start + 1);
                pos = i + 1;
                if (pos + 1 < line.Length && line[pos] == '^' && line[pos + 1] == '^')
                {
                    pos += 2;
                    return RdfTerm.Literal(text, ReadIri(line, ref pos));
                }

                if (pos < line.Length && line[pos] == '@')
                {
                    while (pos < line.Length && line[pos] != ' ' && line[pos] != '\t' && line[pos] != '.')
                    {
                        pos++;
                    }
                }

                return RdfTerm.Literal(text);
            }

            return RdfTerm.Iri(ReadIri(line, ref pos));
        }

        private static string Unescape(string s, int column)
        {
            if (s.IndexOf('\\') < 0)
            {
                return s;
            }

            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] != '\\' || i + 1 >= s.Length)
                {
                    sb.Append(s[i]);
                    continue;
                }

                char c = s[++i];
                switch (c)
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '\\': sb.Append('\\'); break;
                    case 'u':
                    case 'U':
                        int len = c == 'u' ? 4 : 8;
                        if (i + len >= s.Length)
                        {
                            throw new SyntaxError(column + i, "a \\u escape is cut short");
                        }

                        if (!int.TryParse(s.Substring(i + 1, len), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        {
                            throw new SyntaxError(column + i, "a \\u escape is not hexadecimal");
                        }

                        if (code < 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                        {
                            throw new SyntaxError(column + i, "a \\u escape names no character");
                        }

                        sb.Append(char.ConvertFromUtf32(code));
                        i += len;
                        break;
                    default:
                        throw new SyntaxError(column + i, $"'\\{c}' is not an escape");
                }
            }

            return sb.ToString();
        }

        private sealed class SyntaxError : Exception
        {
            public SyntaxError(int column, string message)
                : base(message)
            {
                Column = column;
            }

            public int Column { get; }
        }

        /// <summary>Reads an N-Triples file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">A line is not a triple, or the triples do not describe a valid graph.</exception>
        [Obsolete("Use Import(path, new ImportOptions { Vocabulary = vocabulary }).")]
        public static Graph ReadFile(string path, Vocabulary? vocabulary = null)
        {
            using var reader = InputFile.OpenText(path);
            return Read(reader, path, vocabulary);
        }

        /// <summary>Parses N-Triples text.</summary>
        /// <param name="text">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">A line is not a triple, or the triples do not describe a valid graph.</exception>
        [Obsolete("Use Import(new StringReader(text), fileName, options).")]
        public static Graph Parse(string text, string? fileName = null, Vocabulary? vocabulary = null)
        {
            using var reader = new StringReader(text);
            return Read(reader, fileName, vocabulary);
        }
    }
}

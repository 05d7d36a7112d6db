using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.FollowTheMoney
{
    /// <summary>
    /// Imports FollowTheMoney entities as OpenSanctions publishes them: JSON lines of
    /// <c>{"id", "schema", "caption", "properties": {name: [values]}, "datasets": [...]}</c>, or delta files of
    /// <c>{"op": "ADD"|"MOD"|"DEL", "entity": {...}}</c>. See <see cref="FtmMapping"/> for what becomes what.
    /// </summary>
    /// <remarks>
    /// <para>The input is read line by line; each line is one record. A line that is not JSON, lacks an id or a schema,
    /// or has an unknown op is a problem reported with its file and line: in <see cref="ImportErrorMode.Stop"/> mode the
    /// import stops with a <see cref="GraphValidationException"/>; in <see cref="ImportErrorMode.Skip"/> mode it is
    /// skipped and listed in <see cref="ImportResult.Problems"/>. Records are kept (delta ops applied in order: MOD
    /// replaces, DEL removes) and mapped once the input is read, because links may come before the entities they name.</para>
    /// <para>Ids become lowercase slugs (<c>NK-2Tbri3…</c> becomes <c>nk-2tbri3…</c>, made unique with <c>-2</c> when two
    /// ids differ only by case); the original id is kept as the external id <c>opensanctions</c>. Each dataset becomes a
    /// <see cref="Source"/> of kind <see cref="SourceKind.Dataset"/> (<c>opensanctions:eu-fsf</c>), cited by the relations
    /// built from the records of that dataset; records without datasets cite a source named after the file.
    /// A Sanction becomes a Sanction entity, a <c>TARGETS</c> relation to the sanctioned entity, and an <c>IMPOSES</c>
    /// relation from an Organization named after its <c>authority</c>. Dates (<c>startDate</c>, <c>endDate</c>, <c>date</c>;
    /// partial or full timestamps) become the validity. What is read but not mapped is counted in <see cref="ImportResult.Dropped"/>.</para>
    /// </remarks>
    public static class FtmImporter
    {
        /// <summary>Imports one file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">The options; Stop mode and the default vocabulary when <c>null</c>.</param>
        /// <returns>The graph and an account of problems and drops.</returns>
        /// <exception cref="GraphValidationException">The file cannot be read, or, in Stop mode, the first bad line, with its file and line.</exception>
        public static ImportResult Import(string path, ImportOptions? options = null) => FormatInput.FromPath(path, options, Import);

        /// <summary>Imports from a stream (UTF-8), which is left open.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in problems and to name the fallback source, or <c>null</c>.</param>
        /// <param name="options">The options; Stop mode and the default vocabulary when <c>null</c>.</param>
        /// <returns>The graph and an account of problems and drops.</returns>
        /// <exception cref="GraphValidationException">In Stop mode, the first bad line.</exception>
        public static ImportResult Import(Stream stream, string? fileName = null, ImportOptions? options = null) => FormatInput.FromStream(stream, fileName, options, Import);

        /// <summary>Imports one or more files (JSON lines, entity or delta files), in order.</summary>
        /// <param name="paths">The files.</param>
        /// <param name="options">The options; Stop mode and the default vocabulary when <c>null</c>.</param>
        /// <returns>The graph and an account of problems and drops.</returns>
        /// <exception cref="GraphValidationException">In Stop mode, the first bad line, with its file and line.</exception>
        public static ImportResult ImportFiles(IEnumerable<string> paths, ImportOptions? options = null)
        {
            var session = new ImportSession(options);
            var records = new RecordSet();
            foreach (string path in paths)
            {
                using var reader = InputFile.OpenText(path);
                Read(reader, path, session, records);
            }

            return Build(session, records);
        }

        /// <summary>Imports JSON lines from a reader.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name to report in problems and to name the fallback source, or <c>null</c>.</param>
        /// <param name="options">The options.</param>
        /// <returns>The graph and an account of problems and drops.</returns>
        /// <exception cref="GraphValidationException">In Stop mode, the first bad line.</exception>
        public static ImportResult Import(TextReader reader, string? fileName = null, ImportOptions? options = null)
        {
            var session = new ImportSession(options);
            var records = new RecordSet();
            Read(reader, fileName, session, records);
            return Build(session, records);
        }

        private static void Read(TextReader reader, string? file, ImportSession session, RecordSet records)
        {
            string fallbackSource = "opensanctions:" + Slug.Make(Path.GetFileName(file ?? "input").Split('.')[0]);
            int lineNumber = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                lineNumber++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                session.Progress();
                JObject obj;
                try
                {
                    using var jr = new KnowledgeGraph.Formats.Json.StrictJsonTextReader(new KnowledgeGraph.Formats.Json.StrictTextReader(new StringReader(line)));
                    obj = JObject.Load(jr);
                }
                catch (JsonReaderException ex)
                {
                    session.Problem(GraphErrorCode.MalformedJson, "The line is not a JSON object: " + KnowledgeGraph.Formats.Json.JsonDocumentReader.StripPosition(ex.Message), file, lineNumber, Math.Max(1, ex.LinePosition));
                    continue;
                }

                string? op = Text(obj["op"]);
                JObject entity = obj;
                if (op != null)
                {
                    if (!(obj["entity"] is JObject inner))
                    {
                        session.Problem(GraphErrorCode.InvalidField, $"The delta op '{op}' has no \"entity\" object.", file, lineNumber);
                        continue;
                    }

                    entity = inner;
                }

                string? id = Text(entity["id"]);
                if (string.IsNullOrEmpty(id))
                {
                    session.Problem(GraphErrorCode.InvalidField, "The record has no \"id\".", file, lineNumber);
                    continue;
                }

                if (op == "DEL")
                {
                    if (!records.Remove(id!))
                    {
                        session.Drop("delta DEL of an entity not read before");
                    }

                    continue;
                }

                if (op != null && op != "ADD" && op != "MOD")
                {
                    session.Problem(GraphErrorCode.InvalidValue, $"The delta op '{op}' is not ADD, MOD or DEL.", file, lineNumber, 0, id);
                    continue;
                }

                string? schema = Text(entity["schema"]);
                if (string.IsNullOrEmpty(schema))
                {
                    session.Problem(GraphErrorCode.InvalidField, $"The record '{id}' has no \"schema\".", file, lineNumber, 0, id);
                    continue;
                }

                if (entity["properties"] != null && !(entity["properties"] is JObject))
                {
                    session.Problem(GraphErrorCode.InvalidField, $"The \"properties\" of '{id}' is not an object.", file, lineNumber, 0, id);
                    continue;
                }

                var datasets = (entity["datasets"] as JArray ?? new JArray()).Select(t => Text(t)).Where(t => !string.IsNullOrEmpty(t)).Cast<string>().ToList();
                var record = new Record(id!, schema!, Text(entity["caption"]), entity["properties"] as JObject ?? new JObject(), datasets, fallbackSource, file, lineNumber);
                if (op == "MOD" && !records.Contains(id!))
                {
                    session.Drop("delta MOD of an entity not read before (imported as new)");
                }

                records.Set(record);
            }
        }

        private static ImportResult Build(ImportSession session, RecordSet records)
        {
            Vocabulary vocabulary = session.Vocabulary;
            var builder = new GraphBuilder(vocabulary) { Title = "OpenSanctions (FollowTheMoney) import" };
            var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
            var entityKinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
            var entitySlug = new Dictionary<string, string>(StringComparer.Ordinal);
            var pendingRelations = new List<(string Id, string Type, string From, string To, Validity Validity, PropertyMap Props, List<Citation> Citations, string Schema)>();
            var authorities = new Dictionary<string, (string Id, string SourceId)>(StringComparer.Ordinal);

            string SourceFor(string key, bool isDataset)
            {
                string id = isDataset ? "opensanctions:" + Slug.Make(key) : key;
                if (!sources.ContainsKey(id))
                {
                    sources[id] = isDataset
                        // No publisher, so that a citation reads "OpenSanctions dataset eu_fsf" rather than just "OpenSanctions".
                        ? new Source(id, SourceKind.Dataset, "OpenSanctions dataset " + key, null, null, "https://www.opensanctions.org/datasets/" + key + "/")
                        : new Source(id, SourceKind.Dataset, "FollowTheMoney file " + key.Substring("opensanctions:".Length));
                }

                return id;
            }

            List<string> CitedSources(Record r) => r.Datasets.Count > 0 ? r.Datasets.Select(d => SourceFor(d, true)).ToList() : new List<string> { SourceFor(r.FallbackSource, false) };

            // Addresses are folded into the entities that name them.
            var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Record r in records.All.Where(r => r.Schema == "Address"))
            {
                string? full = Values(r, "full").FirstOrDefault() ?? r.Caption;
                if (full != null)
                {
                    addresses[r.Id] = full;
                }
            }

            var usedAddresses = new HashSet<string>(StringComparer.Ordinal);

            // Entities first, so that links can check both ends.
            foreach (Record r in records.All)
            {
                if (!FtmMapping.EntityKinds.TryGetValue(r.Schema, out string? kindName))
                {
                    if (!FtmMapping.Links.ContainsKey(r.Schema) && r.Schema != "Address")
                    {
                        session.Drop($"schema {r.Schema} not mapped");
                    }

                    continue;
                }

                if (!vocabulary.TryGetKind(kindName, out EntityKind kind))
                {
                    session.Drop($"schema {r.Schema}: the vocabulary has no kind {kindName}");
                    continue;
                }

                List<string> names = Values(r, "name");
                string name = !string.IsNullOrWhiteSpace(r.Caption) ? r.Caption! : names.FirstOrDefault() ?? r.Id;
                if (r.Schema == "Sanction")
                {
                    string? program = Values(r, "program").FirstOrDefault();
                    string? authority = Values(r, "authority").FirstOrDefault();
                    name = program ?? (authority != null ? "Sanction by " + authority : name);
                }

                var aliases = FtmMapping.NameProperties.SelectMany(p => Values(r, p)).Where(n => n != name).Distinct(StringComparer.Ordinal).ToList();
                string? description = FtmMapping.DescriptionProperties.Select(p => Values(r, p)).Where(v => v.Count > 0).Select(v => string.Join("\n", v)).FirstOrDefault();
                var props = new List<KeyValuePair<string, object>>();
                List<string> addressTexts = Values(r, "address");
                foreach (string a in Values(r, "addressEntity"))
                {
                    if (addresses.TryGetValue(a, out string? full))
                    {
                        usedAddresses.Add(a);
                        if (!addressTexts.Contains(full))
                        {
                            addressTexts.Add(full);
                        }
                    }
                    else
                    {
                        session.Drop($"property {r.Schema}:addressEntity names an Address not in the input");
                    }
                }

                foreach (JProperty p in r.Properties.Properties())
                {
                    if (p.Name == "address" || p.Name == "addressEntity")
                    {
                        continue;
                    }

                    if (FtmMapping.EntityProperties.Contains(p.Name))
                    {
                        List<string> v = Values(r, p.Name);
                        if (v.Count > 0)
                        {
                            props.Add(new KeyValuePair<string, object>(p.Name, v.Count == 1 ? v[0] : (object)v.ToArray()));
                        }
                    }
                    else if (FtmMapping.NamePartProperties.Contains(p.Name))
                    {
                        session.Drop("name parts (firstName, lastName…) not kept: the full names are");
                    }
                    else if (FtmMapping.BookkeepingProperties.Contains(p.Name))
                    {
                        session.Drop("record bookkeeping (createdAt, modifiedAt) not kept");
                    }
                    else if (!FtmMapping.NameProperties.Contains(p.Name) && !FtmMapping.DescriptionProperties.Contains(p.Name) && !(r.Schema == "Sanction" && (p.Name == "entity" || FtmMapping.DateProperties.Contains(p.Name))))
                    {
                        session.Drop($"property {r.Schema}:{p.Name} not mapped");
                    }
                }

                if (addressTexts.Count > 0)
                {
                    props.Add(new KeyValuePair<string, object>("address", addressTexts.Count == 1 ? addressTexts[0] : (object)addressTexts.ToArray()));
                }

                List<string> cited = CitedSources(r);
                string slug = session.SlugFor("entity", r.Id);
                entitySlug[r.Id] = slug;
                entityKinds[r.Id] = kind;
                builder.AddEntity(slug, kind.Name, name, aliases, description, PropertyMap.From(props), new[] { new ExternalId(ExternalId.OpenSanctions, r.Id, cited[0]) }, new TextPosition(r.File, r.Line, 0));

                if (r.Schema == "Sanction")
                {
                    Validity validity = ValidityOf(session, r, Values(r, "startDate").Concat(Values(r, "listingDate")).ToList(), Values(r, "endDate"));
                    var citations = cited.Select(s => new Citation(s, null, "OpenSanctions entity " + r.Id)).ToList();
                    int n = 0;
                    foreach (string target in Values(r, "entity"))
                    {
                        n++;
                        pendingRelations.Add((slug + ":targets" + (n > 1 ? "-" + n.ToString(CultureInfo.InvariantCulture) : string.Empty), "TARGETS", r.Id, target, validity, PropertyMap.Empty, citations, r.Schema));
                    }

                    foreach (string authority in Values(r, "authority").Take(1))
                    {
                        string key = "authority:" + authority;
                        if (!authorities.ContainsKey(key))
                        {
                            string aslug = session.SlugFor("entity", key);
                            authorities[key] = (aslug, cited[0]);
                            entitySlug[key] = aslug;
                            entityKinds[key] = vocabulary.GetKind("Organization");
                            builder.AddEntity(aslug, "Organization", authority, null, "A sanctions authority named by OpenSanctions records.", null, null, new TextPosition(r.File, r.Line, 0));
                        }

                        pendingRelations.Add((slug + ":imposes", "IMPOSES", key, r.Id, validity, PropertyMap.Empty, citations, r.Schema));
                    }
                }
            }

            int unusedAddresses = addresses.Keys.Count(a => !usedAddresses.Contains(a));
            if (unusedAddresses > 0)
            {
                session.Drop("Address that no imported entity names", unusedAddresses);
            }

            foreach (Record r in records.All)
            {
                if (!FtmMapping.Links.TryGetValue(r.Schema, out var link))
                {
                    continue;
                }

                List<string> from = Values(r, link.Source);
                List<string> to = Values(r, link.Target);
                if (from.Count == 0 || to.Count == 0)
                {
                    session.Drop($"{r.Schema} without {(from.Count == 0 ? link.Source : link.Target)}");
                    continue;
                }

                Validity validity = r.Schema == "Payment" || (Values(r, "date").Count > 0 && Values(r, "startDate").Count == 0)
                    ? InstantOf(session, r, Values(r, "date"))
                    : ValidityOf(session, r, Values(r, "startDate"), Values(r, "endDate"));
                var props = new List<KeyValuePair<string, object>>();
                foreach (JProperty p in r.Properties.Properties())
                {
                    if (FtmMapping.LinkProperties.Contains(p.Name))
                    {
                        List<string> v = Values(r, p.Name);
                        if (v.Count == 1 && FtmMapping.NumericProperties.Contains(p.Name) && double.TryParse(v[0].Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && !double.IsNaN(number) && !double.IsInfinity(number))
                        {
                            props.Add(new KeyValuePair<string, object>(p.Name, number));
                        }
                        else if (v.Count > 0)
                        {
                            props.Add(new KeyValuePair<string, object>(p.Name, v.Count == 1 ? v[0] : (object)v.ToArray()));
                        }
                    }
                    else if (FtmMapping.BookkeepingProperties.Contains(p.Name))
                    {
                        session.Drop("record bookkeeping (createdAt, modifiedAt) not kept");
                    }
                    else if (p.Name != link.Source && p.Name != link.Target && !FtmMapping.DateProperties.Contains(p.Name))
                    {
                        session.Drop($"property {r.Schema}:{p.Name} not mapped");
                    }
                }

                if (r.Schema == "Representation" || r.Schema == "UnknownLink")
                {
                    props.Add(new KeyValuePair<string, object>("ftmSchema", r.Schema));
                }

                var citations = CitedSources(r).Select(s => new Citation(s, null, "OpenSanctions entity " + r.Id)).ToList();
                string slug = session.SlugFor("relation", r.Id);
                int n = 0;
                foreach (string f in from)
                {
                    foreach (string t in to)
                    {
                        n++;
                        pendingRelations.Add((n == 1 ? slug : slug + "-" + n.ToString(CultureInfo.InvariantCulture), link.Type, f, t, validity, PropertyMap.From(props), citations, r.Schema));
                    }
                }
            }

            var relationIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in pendingRelations)
            {
                if (!entityKinds.TryGetValue(p.From, out EntityKind? fromKind) || !entityKinds.TryGetValue(p.To, out EntityKind? toKind))
                {
                    session.Drop($"{p.Schema} → {p.Type}: an end is not an imported entity (absent, or of a schema not mapped)");
                    continue;
                }

                RelationType type = vocabulary.GetRelationType(p.Type);
                if (!type.AllowsSource(fromKind) || !type.AllowsTarget(toKind))
                {
                    session.Drop($"{p.Schema} → {p.Type}: {fromKind.Name} to {toKind.Name} not allowed by the vocabulary");
                    continue;
                }

                if (!relationIds.Add(p.Id))
                {
                    session.Drop($"{p.Schema}: duplicate relation id");
                    continue;
                }

                builder.AddRelation(p.Id, p.Type, entitySlug[p.From], entitySlug[p.To], p.Validity, p.Props, p.Citations, null, new TextPosition(records.File, 0, 0));
            }

            foreach (Source s in sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                builder.AddSource(s, new TextPosition(records.File, 0, 0));
            }

            return session.Result(builder.Build());
        }

        private static Validity ValidityOf(ImportSession session, Record r, List<string> starts, List<string> ends)
        {
            PartialDate? from = Dates(session, r, starts).Select(d => (PartialDate?)d).OrderBy(d => d).FirstOrDefault();
            PartialDate? to = Dates(session, r, ends).Select(d => (PartialDate?)d).OrderByDescending(d => d).FirstOrDefault();
            if (from.HasValue && to.HasValue && to.Value.LastDay < from.Value.FirstDay)
            {
                session.Drop($"{r.Schema}: end date before start date (dates left out)");
                return Validity.Always;
            }

            return Validity.Between(from, to);
        }

        private static Validity InstantOf(ImportSession session, Record r, List<string> dates)
        {
            List<PartialDate> d = Dates(session, r, dates);
            if (d.Count > 1)
            {
                session.Drop($"{r.Schema}: extra dates beyond the first");
            }

            return d.Count > 0 ? Validity.Instant(d[0]) : Validity.Always;
        }

        private static List<PartialDate> Dates(ImportSession session, Record r, List<string> texts)
        {
            var result = new List<PartialDate>();
            foreach (string t in texts)
            {
                if (ImportDates.TryParse(t, out PartialDate d))
                {
                    result.Add(d);
                }
                else
                {
                    session.Drop($"{r.Schema}: date not understood");
                }
            }

            return result;
        }

        /// <summary>Gets a string value, or <c>null</c> for anything else (a number, an array, an object), which callers then report as missing.</summary>
        private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;

        private static List<string> Values(Record r, string property)
        {
            if (!(r.Properties[property] is JArray array))
            {
                return r.Properties[property] is JValue single && single.Type == JTokenType.String ? new List<string> { (string)single! } : new List<string>();
            }

            return array.Select(t => t.Type == JTokenType.String ? (string?)t : t.Type == JTokenType.Object ? Text(t["id"]) : t.ToString())
                .Where(s => !string.IsNullOrWhiteSpace(s)).Cast<string>().ToList();
        }

        private sealed class Record
        {
            public Record(string id, string schema, string? caption, JObject properties, List<string> datasets, string fallbackSource, string? file, int line)
            {
                Line = line;
                Id = id;
                Schema = schema;
                Caption = caption;
                Properties = properties;
                Datasets = datasets;
                FallbackSource = fallbackSource;
                File = file;
            }

            public string Id { get; }

            public string Schema { get; }

            public string? Caption { get; }

            public JObject Properties { get; }

            public List<string> Datasets { get; }

            public string FallbackSource { get; }

            public string? File { get; }

            /// <summary>Gets the line the record was read from, for errors the builder finds in what it became.</summary>
            public int Line { get; }
        }

        private sealed class RecordSet
        {
            private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly List<Record?> _records = new List<Record?>();

            public IEnumerable<Record> All => _records.Where(r => r != null).Cast<Record>();

            /// <summary>Gets the file of the records (the first file, when several were read), for errors about what they became together.</summary>
            public string? File { get; private set; }

            public bool Contains(string id) => _index.ContainsKey(id);

            public void Set(Record r)
            {
                File ??= r.File;
                if (_index.TryGetValue(r.Id, out int i))
                {
                    _records[i] = r;
                }
                else
                {
                    _index[r.Id] = _records.Count;
                    _records.Add(r);
                }
            }

            public bool Remove(string id)
            {
                if (!_index.TryGetValue(id, out int i))
                {
                    return false;
                }

                _records[i] = null;
                _index.Remove(id);
                return true;
            }
        }
    }
}

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
    /// <para>Only sources something cites are kept. The graph records the dataset <c>opensanctions</c> (<see cref="DatasetId"/>;
    /// licence CC-BY-NC-4.0, dated by the latest <c>last_seen</c> of the records) listing those sources, so that every fact
    /// says it came from OpenSanctions (<see cref="Graph.DatasetsOf(Relation)"/>).</para>
    /// <para><b>Updating a graph</b> (<see cref="ImportOptions.Into"/>): every record read (ADD, MOD or a plain line)
    /// replaces what the graph holds from the record with that id (the entity whose <c>opensanctions</c> external id it is,
    /// the relations whose citation locator names it), in its place and under the same id; a DEL removes them; links that
    /// lose an end go, and so does an authority no sanction names any more; everything else is kept, in order, with new
    /// items last. The result is the graph a new import of the snapshot the deltas describe gives (tested byte for byte
    /// on OpenSanctions' delta files), and importing the same file twice changes nothing. Not followed: an Address changed
    /// by a delta changes only the entities re-read with it.</para>
    /// </remarks>
    public static class FtmImporter
    {
        /// <summary>The id of the dataset an import records (the graph file's <c>datasets</c> section): <c>opensanctions</c>.</summary>
        public const string DatasetId = "opensanctions";

        /// <summary>OpenSanctions' data licence, per opensanctions.org/licensing (and ../shared/realdata/opensanctions-ftm/SOURCE.txt).</summary>
        private const string Licence = "CC-BY-NC-4.0";

        private const string SourcePrefix = "opensanctions:";

        private const string AuthorityKey = "authority:";

        private const string AuthorityDescription = "A sanctions authority named by OpenSanctions records.";

        /// <summary>The start of the locator of every citation the importer writes; the rest is the record's id, which an update reads back.</summary>
        private const string RecordLocator = "OpenSanctions entity ";

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
                    records.Delete(id!);
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
                var record = new Record(id!, schema!, Text(entity["caption"]), entity["properties"] as JObject ?? new JObject(), datasets, fallbackSource, file, lineNumber)
                {
                    LastSeen = ImportDates.TryParse(Text(entity["last_seen"]), out PartialDate seen) ? seen : (PartialDate?)null,
                };
                if (op == "MOD" && !records.Contains(id!))
                {
                    records.UnknownMods.Add(id!);
                }

                records.Set(record);
            }
        }

        private static ImportResult Build(ImportSession session, RecordSet records)
        {
            Vocabulary vocabulary = session.Vocabulary;
            Graph? into = session.Options.Into;
            var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
            var entityKinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
            var entitySlug = new Dictionary<string, string>(StringComparer.Ordinal);
            var pendingRelations = new List<PendingRelation>();
            var authorities = new Dictionary<string, string>(StringComparer.Ordinal);
            var newEntities = new List<NewEntity>();
            var relationIds = new HashSet<string>(StringComparer.Ordinal);
            Existing? existing = into == null ? null : new Existing(into);
            existing?.Seed(session, records.Touched, entityKinds, entitySlug, authorities, relationIds);
            foreach (string id in records.UnknownDeletes.Where(id => existing == null || !existing.HasRecord(id)))
            {
                session.Drop(existing == null ? "delta DEL of an entity not read before" : "delta DEL of an entity neither read before nor in the graph");
            }

            foreach (string id in records.UnknownMods.Where(id => existing == null || !existing.HasRecord(id)))
            {
                session.Drop(existing == null ? "delta MOD of an entity not read before (imported as new)" : "delta MOD of an entity neither read before nor in the graph (imported as new)");
            }

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
                newEntities.Add(new NewEntity(r.Id, slug, kind.Name, name, aliases, description, PropertyMap.From(props), new[] { new ExternalId(ExternalId.OpenSanctions, r.Id, cited[0]) }, new TextPosition(r.File, r.Line, 0)));

                if (r.Schema == "Sanction")
                {
                    Validity validity = ValidityOf(session, r, Values(r, "startDate").Concat(Values(r, "listingDate")).ToList(), Values(r, "endDate"));
                    var citations = cited.Select(s => new Citation(s, null, RecordLocator + r.Id)).ToList();
                    int n = 0;
                    foreach (string target in Values(r, "entity"))
                    {
                        n++;
                        pendingRelations.Add(new PendingRelation(slug + ":targets" + (n > 1 ? "-" + n.ToString(CultureInfo.InvariantCulture) : string.Empty), "TARGETS", r.Id, target, validity, PropertyMap.Empty, citations, r.Schema, r.Id));
                    }

                    foreach (string authority in Values(r, "authority").Take(1))
                    {
                        string key = AuthorityKey + authority;
                        if (!authorities.ContainsKey(key))
                        {
                            string aslug = session.SlugFor("entity", key);
                            authorities[key] = aslug;
                            entitySlug[key] = aslug;
                            entityKinds[key] = vocabulary.GetKind("Organization");
                            newEntities.Add(new NewEntity(key, aslug, "Organization", authority, null, AuthorityDescription, null, null, new TextPosition(r.File, r.Line, 0)));
                        }

                        pendingRelations.Add(new PendingRelation(slug + ":imposes", "IMPOSES", key, r.Id, validity, PropertyMap.Empty, citations, r.Schema, r.Id));
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

                var citations = CitedSources(r).Select(s => new Citation(s, null, RecordLocator + r.Id)).ToList();
                string slug = session.SlugFor("relation", r.Id);
                int n = 0;
                foreach (string f in from)
                {
                    foreach (string t in to)
                    {
                        n++;
                        pendingRelations.Add(new PendingRelation(n == 1 ? slug : slug + "-" + n.ToString(CultureInfo.InvariantCulture), link.Type, f, t, validity, PropertyMap.From(props), citations, r.Schema, r.Id));
                    }
                }
            }

            var relations = new List<PendingRelation>(pendingRelations.Count);
            foreach (PendingRelation p in pendingRelations)
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

                p.FromSlug = entitySlug[p.From];
                p.ToSlug = entitySlug[p.To];
                relations.Add(p);
            }

            var builder = new GraphBuilder(vocabulary) { Title = into == null ? "OpenSanctions (FollowTheMoney) import" : into.Title, Description = into?.Description };
            foreach (string v in into?.VocabularyFiles ?? Array.Empty<string>())
            {
                builder.VocabularyFiles.Add(v);
            }

            var position = new TextPosition(records.File, 0, 0);
            List<object> finalEntities = existing == null ? newEntities.Cast<object>().ToList() : existing.Entities(records.Touched, newEntities);
            var entityIds = new HashSet<string>(finalEntities.Select(e => e is Entity x ? x.Id : ((NewEntity)e).Slug), StringComparer.Ordinal);
            List<object> finalRelations = existing == null ? relations.Cast<object>().ToList() : existing.Relations(records.Touched, relations, entityIds);
            if (existing != null)
            {
                // An authority no sanction names any more goes, as a new import would not make it.
                var linked = new HashSet<string>(finalRelations.SelectMany(r => r is Relation x ? new[] { x.Source.Id, x.Target.Id } : new[] { ((PendingRelation)r).FromSlug!, ((PendingRelation)r).ToSlug! }), StringComparer.Ordinal);
                finalEntities.RemoveAll(e => (e is Entity x ? existing.IsAuthority(x) : ((NewEntity)e).Record.StartsWith(AuthorityKey, StringComparison.Ordinal)) && !linked.Contains(e is Entity y ? y.Id : ((NewEntity)e).Slug));
            }

            // Sources: those something cites; an update keeps the graph's others and their order (a sorted list stays sorted).
            var citedIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (object e in finalEntities)
            {
                citedIds.UnionWith((e is Entity x ? x.ExternalIds : ((NewEntity)e).ExternalIds ?? Array.Empty<ExternalId>()).Select(i => i.SourceId).Where(i => i != null).Cast<string>());
            }

            foreach (object r in finalRelations)
            {
                citedIds.UnionWith((r is Relation x ? x.Citations : ((PendingRelation)r).Citations).Select(c => c.SourceId));
            }

            var finalSources = new List<Source>();
            if (into != null)
            {
                finalSources.AddRange(into.Sources.Where(s => !s.Id.StartsWith(SourcePrefix, StringComparison.Ordinal) || citedIds.Contains(s.Id)));
            }

            var present = new HashSet<string>(finalSources.Select(s => s.Id), StringComparer.Ordinal);
            finalSources.AddRange(sources.Values.Where(s => citedIds.Contains(s.Id) && !present.Contains(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal));
            if (into == null || into.Sources.Zip(into.Sources.Skip(1), (a, b) => string.CompareOrdinal(a.Id, b.Id) < 0).All(x => x))
            {
                finalSources.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            }

            foreach (Source s in finalSources)
            {
                builder.AddSource(s, position);
            }

            AddDatasets(builder, into, finalSources, records.All.Select(r => r.LastSeen).Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty().Max(), records.All.Any(r => r.LastSeen.HasValue));
            foreach (object e in finalEntities)
            {
                if (e is Entity x)
                {
                    builder.AddEntity(x);
                }
                else
                {
                    var n = (NewEntity)e;
                    builder.AddEntity(n.Slug, n.Kind, n.Name, n.Aliases, n.Description, n.Properties, n.ExternalIds, n.Position);
                }
            }

            foreach (object r in finalRelations)
            {
                if (r is Relation x)
                {
                    builder.AddRelation(x);
                }
                else
                {
                    var p = (PendingRelation)r;
                    builder.AddRelation(p.Id, p.Type, p.FromSlug!, p.ToSlug!, p.Validity, p.Props, p.Citations, null, position);
                }
            }

            Graph graph = builder.Build();
            return session.Result(graph, into == null ? null : ImportChanges.Between(into, graph));
        }

        /// <summary>
        /// Records the dataset: OpenSanctions, its licence, the date of the latest record (its <c>last_seen</c>; an update
        /// never moves it back), and the sources of its lists. An update keeps the graph's other datasets.
        /// </summary>
        private static void AddDatasets(GraphBuilder builder, Graph? into, List<Source> finalSources, PartialDate latest, bool hasDate)
        {
            var present = new HashSet<string>(finalSources.Select(s => s.Id), StringComparer.Ordinal);
            List<string> own = finalSources.Select(s => s.Id).Where(id => id.StartsWith(SourcePrefix, StringComparison.Ordinal)).ToList();
            PartialDate? date = hasDate ? latest : (PartialDate?)null;
            bool had = false;
            foreach (Dataset d in into?.Datasets ?? Array.Empty<Dataset>())
            {
                if (d.Id == DatasetId)
                {
                    had = true;
                    PartialDate? kept = d.Date.HasValue && (!date.HasValue || d.Date.Value.CompareTo(date.Value) > 0) ? d.Date : date;
                    builder.AddDataset(new Dataset(d.Id, d.Title, d.Version, kept, d.Licence, d.Url, own.Concat(d.Sources.Where(s => present.Contains(s) && !own.Contains(s)))));
                }
                else
                {
                    builder.AddDataset(new Dataset(d.Id, d.Title, d.Version, d.Date, d.Licence, d.Url, d.Sources.Where(present.Contains)));
                }
            }

            if (!had && own.Count > 0)
            {
                builder.AddDataset(new Dataset(DatasetId, "OpenSanctions", null, date, Licence, "https://www.opensanctions.org/", own));
            }
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

        private sealed class NewEntity
        {
            public NewEntity(string record, string slug, string kind, string name, IEnumerable<string>? aliases, string? description, PropertyMap? properties, IReadOnlyList<ExternalId>? externalIds, TextPosition position)
            {
                Record = record;
                Slug = slug;
                Kind = kind;
                Name = name;
                Aliases = aliases;
                Description = description;
                Properties = properties;
                ExternalIds = externalIds;
                Position = position;
            }

            /// <summary>Gets the id of the record it comes from (<c>authority:NAME</c> for an authority).</summary>
            public string Record { get; }

            public string Slug { get; }

            public string Kind { get; }

            public string Name { get; }

            public IEnumerable<string>? Aliases { get; }

            public string? Description { get; }

            public PropertyMap? Properties { get; }

            public IReadOnlyList<ExternalId>? ExternalIds { get; }

            public TextPosition Position { get; }
        }

        private sealed class PendingRelation
        {
            public PendingRelation(string id, string type, string from, string to, Validity validity, PropertyMap props, List<Citation> citations, string schema, string record)
            {
                Id = id;
                Type = type;
                From = from;
                To = to;
                Validity = validity;
                Props = props;
                Citations = citations;
                Schema = schema;
                Record = record;
            }

            public string Id { get; }

            public string Type { get; }

            /// <summary>Gets the record id (or authority key) of its source.</summary>
            public string From { get; }

            public string To { get; }

            public Validity Validity { get; }

            public PropertyMap Props { get; }

            public List<Citation> Citations { get; }

            public string Schema { get; }

            /// <summary>Gets the id of the record it comes from.</summary>
            public string Record { get; }

            public string? FromSlug { get; set; }

            public string? ToSlug { get; set; }
        }

        /// <summary>The graph an update starts from: which record each entity and relation came from.</summary>
        private sealed class Existing
        {
            private readonly Graph _graph;
            private readonly Dictionary<string, string> _recordOfEntity = new Dictionary<string, string>(StringComparer.Ordinal);
            private readonly HashSet<string> _records = new HashSet<string>(StringComparer.Ordinal);

            public Existing(Graph graph)
            {
                _graph = graph;
                foreach (Entity e in graph.Entities)
                {
                    foreach (ExternalId x in e.ExternalIds)
                    {
                        if (x.Scheme == ExternalId.OpenSanctions)
                        {
                            _recordOfEntity[e.Id] = x.Value;
                            _records.Add(x.Value);
                            break;
                        }
                    }
                }
            }

            public bool HasRecord(string id) => _records.Contains(id);

            /// <summary>Gets whether an entity is an authority the importer made from the sanctions naming it.</summary>
            public bool IsAuthority(Entity e) => e.ExternalIds.Count == 0 && e.Description == AuthorityDescription && e.Kind.Name == "Organization";

            /// <summary>Gives the ids of the graph back to the same records, and makes the untouched entities link targets.</summary>
            public void Seed(ImportSession session, HashSet<string> touched, Dictionary<string, EntityKind> kinds, Dictionary<string, string> slugs, Dictionary<string, string> authorities, HashSet<string> relationIds)
            {
                foreach (Entity e in _graph.Entities)
                {
                    string? key = _recordOfEntity.TryGetValue(e.Id, out string? record) ? record : IsAuthority(e) ? AuthorityKey + e.Name : null;
                    if (key == null)
                    {
                        session.Reserve("entity", e.Id);
                        continue;
                    }

                    session.Assign("entity", key, e.Id);
                    if (!touched.Contains(key))
                    {
                        kinds[key] = e.Kind;
                        slugs[key] = e.Id;
                        if (record == null)
                        {
                            authorities[key] = e.Id;
                        }
                    }
                }

                foreach (Relation r in _graph.Relations)
                {
                    if (!RecordsOf(r).Any(touched.Contains))
                    {
                        session.Reserve("relation", r.Id);
                        relationIds.Add(r.Id);
                    }
                }
            }

            /// <summary>The entities after the update: each in its place, replaced by what its record became or gone with it; new ones last.</summary>
            public List<object> Entities(HashSet<string> touched, List<NewEntity> fresh)
            {
                var byRecord = new Dictionary<string, NewEntity>(StringComparer.Ordinal);
                foreach (NewEntity n in fresh)
                {
                    byRecord[n.Record] = n;
                }

                var result = new List<object>(_graph.VertexCount + fresh.Count);
                var placed = new HashSet<string>(StringComparer.Ordinal);
                foreach (Entity e in _graph.Entities)
                {
                    if (_recordOfEntity.TryGetValue(e.Id, out string? record) && touched.Contains(record))
                    {
                        if (byRecord.TryGetValue(record, out NewEntity? n) && placed.Add(record))
                        {
                            result.Add(n);
                        }
                    }
                    else
                    {
                        result.Add(e);
                    }
                }

                result.AddRange(fresh.Where(n => !placed.Contains(n.Record)));
                return result;
            }

            /// <summary>The relations after the update: those of a touched record replaced where the first of them stood, those losing an end gone, new ones last.</summary>
            public List<object> Relations(HashSet<string> touched, List<PendingRelation> fresh, HashSet<string> entityIds)
            {
                var byRecord = fresh.GroupBy(p => p.Record, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
                var result = new List<object>(_graph.EdgeCount + fresh.Count);
                var placed = new HashSet<string>(StringComparer.Ordinal);
                foreach (Relation r in _graph.Relations)
                {
                    List<string> records = RecordsOf(r).Where(touched.Contains).ToList();
                    if (records.Count > 0)
                    {
                        foreach (string record in records.Where(placed.Add))
                        {
                            if (byRecord.TryGetValue(record, out List<PendingRelation>? list))
                            {
                                result.AddRange(list);
                            }
                        }
                    }
                    else if (entityIds.Contains(r.Source.Id) && entityIds.Contains(r.Target.Id))
                    {
                        result.Add(r);
                    }
                }

                result.AddRange(fresh.Where(p => !placed.Contains(p.Record)));
                return result;
            }

            private static IEnumerable<string> RecordsOf(Relation r) =>
                r.Citations.Select(c => c.Locator).Where(l => l != null && l.StartsWith(RecordLocator, StringComparison.Ordinal)).Select(l => l!.Substring(RecordLocator.Length)).Distinct(StringComparer.Ordinal);
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

            /// <summary>Gets when OpenSanctions last saw the record (its <c>last_seen</c>), or <c>null</c>.</summary>
            public PartialDate? LastSeen { get; set; }
        }

        private sealed class RecordSet
        {
            private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly List<Record?> _records = new List<Record?>();

            public IEnumerable<Record> All => _records.Where(r => r != null).Cast<Record>();

            /// <summary>Gets the file of the records (the first file, when several were read), for errors about what they became together.</summary>
            public string? File { get; private set; }

            /// <summary>Gets the ids of every record read or deleted: what an update replaces or removes.</summary>
            public HashSet<string> Touched { get; } = new HashSet<string>(StringComparer.Ordinal);

            /// <summary>Gets the ids a delta deleted without their record having been read, in order.</summary>
            public List<string> UnknownDeletes { get; } = new List<string>();

            /// <summary>Gets the ids a delta modified without their record having been read, in order.</summary>
            public List<string> UnknownMods { get; } = new List<string>();

            public bool Contains(string id) => _index.ContainsKey(id);

            public void Delete(string id)
            {
                Touched.Add(id);
                if (!Remove(id))
                {
                    UnknownDeletes.Add(id);
                }
            }

            public void Set(Record r)
            {
                Touched.Add(r.Id);
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

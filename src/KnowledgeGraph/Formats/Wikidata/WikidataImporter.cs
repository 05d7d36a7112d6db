using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Wikidata
{
    /// <summary>
    /// Imports Wikidata entity JSON: <c>wbgetentities</c> API responses (<c>{"entities": {"Q7747": {...}}}</c>) or a
    /// JSON dump (<c>[{...}, {...}]</c>). Claims of the properties in <see cref="WikidataMapping.Claims"/> become relations.
    /// </summary>
    /// <remarks>
    /// <para>Entities are read one at a time from a <see cref="JsonTextReader"/>. An entity whose "instance of" (P31) is
    /// in <see cref="WikidataMapping.InstanceOfKinds"/> is imported with id <c>q7747</c> (the Q-id lowercased), its
    /// English label (else the first) as name, every other label and alias in every language as aliases, its
    /// description, and the Q-id as external id <c>wikidata</c>. A claim whose value is an item not imported from the
    /// input becomes a relation to a <b>stub</b> entity of the kind the property expects, named by its label when a
    /// label-only response in the input gives one, else by its Q-id, with the description "Stub…".</para>
    /// <para>Qualifiers P580 (start time), P582 (end time) and P585 (point in time) become the validity, keeping year,
    /// month or day precision (coarser dates are dropped). Every relation cites the source <c>wikidata</c> with the
    /// statement id as locator; references add citations: P248 (stated in) and P143 (imported from) cite a source named
    /// after that item, P854 (reference URL) a website source, and P813 (retrieved) goes into the locator.
    /// Family relations (FAMILY_OF is undirected) stated from both sides are kept once. Deprecated statements, claims
    /// with no value, other properties and qualifiers are counted in <see cref="ImportResult.Dropped"/>.</para>
    /// <para>A file that is not JSON, or not one of the two shapes, is a problem reported with its file, line and
    /// column (Stop: thrown; Skip: the rest of that file is skipped and the problem listed).</para>
    /// <para>The graph records the dataset <c>wikidata</c> (<see cref="DatasetId"/>; licence CC0-1.0, dated by the latest
    /// <c>modified</c> of the entities imported) listing every source of the import, so that each fact says it came from
    /// Wikidata (<see cref="Graph.DatasetsOf(Relation)"/>).</para>
    /// </remarks>
    public static class WikidataImporter
    {
        /// <summary>The id of the source every imported relation cites.</summary>
        public const string WikidataSourceId = "wikidata";

        /// <summary>The id of the dataset an import records (the graph file's <c>datasets</c> section): <c>wikidata</c>.</summary>
        public const string DatasetId = "wikidata";

        private const string ItemMarker = "\u0001";

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

        /// <summary>Imports one or more files.</summary>
        /// <param name="paths">The files (wbgetentities responses or JSON dumps).</param>
        /// <param name="options">The options.</param>
        /// <returns>The graph and an account of problems and drops.</returns>
        /// <exception cref="GraphValidationException">In Stop mode, the first problem, with its file, line and column.</exception>
        public static ImportResult ImportFiles(IEnumerable<string> paths, ImportOptions? options = null)
        {
            var state = new State(new ImportSession(options));
            foreach (string path in paths)
            {
                using var reader = InputFile.OpenText(path);
                Read(reader, path, state);
            }

            return Build(state);
        }

        /// <summary>Imports from a reader.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name to report, or <c>null</c>.</param>
        /// <param name="options">The options.</param>
        /// <returns>The graph and an account of problems and drops.</returns>
        /// <exception cref="GraphValidationException">In Stop mode, the first problem.</exception>
        public static ImportResult Import(TextReader reader, string? fileName = null, ImportOptions? options = null)
        {
            var state = new State(new ImportSession(options));
            Read(reader, fileName, state);
            return Build(state);
        }

        private static void Read(TextReader text, string? file, State state)
        {
            ImportSession session = state.Session;
            var reader = new KnowledgeGraph.Formats.Json.StrictJsonTextReader(new KnowledgeGraph.Formats.Json.StrictTextReader(text));
            var settings = new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load };
            try
            {
                if (!reader.Read())
                {
                    session.Problem(GraphErrorCode.MalformedJson, "The file is empty.", file, 1);
                    return;
                }

                if (reader.TokenType == JsonToken.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        if (reader.TokenType == JsonToken.StartObject)
                        {
                            Entity(JObject.Load(reader, settings), file, state);
                        }
                    }

                    return;
                }

                if (reader.TokenType != JsonToken.StartObject)
                {
                    session.Problem(GraphErrorCode.InvalidField, "The file is neither a wbgetentities response ({\"entities\": …}) nor a JSON dump ([…]).", file, reader.LineNumber, reader.LinePosition);
                    return;
                }

                bool sawEntities = false;
                while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                {
                    string name = (string)reader.Value!;
                    reader.Read();
                    if (name == "entities" && reader.TokenType == JsonToken.StartObject)
                    {
                        sawEntities = true;
                        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                        {
                            reader.Read();
                            if (reader.TokenType == JsonToken.StartObject)
                            {
                                Entity(JObject.Load(reader, settings), file, state);
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (!sawEntities)
                {
                    session.Problem(GraphErrorCode.InvalidField, "The response has no \"entities\" object.", file, reader.LineNumber, reader.LinePosition);
                }
            }
            catch (JsonReaderException ex)
            {
                session.Problem(GraphErrorCode.MalformedJson, "The file is not well-formed JSON: " + KnowledgeGraph.Formats.Json.JsonDocumentReader.StripPosition(ex.Message), file, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition));
            }
        }

        private static void Entity(JObject e, string? file, State state)
        {
            try
            {
                ReadEntity(e, file, state);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                // A field of another JSON type than a Wikidata entity has (Json.NET's conversions refuse it): the record is bad.
                var at = (IJsonLineInfo)e;
                state.Session.Problem(GraphErrorCode.InvalidField, $"The entity '{(e["id"] as JValue)?.Value ?? "?"}' has a field of an unexpected JSON type: {ex.Message.Split('\n')[0]}", file, at.LineNumber, at.LinePosition);
            }
        }

        private static void ReadEntity(JObject e, string? file, State state)
        {
            ImportSession session = state.Session;
            session.Progress();
            var li = (IJsonLineInfo)e;
            string? qid = (string?)e["id"];
            if (qid == null || e["missing"] != null)
            {
                session.Drop("entity missing from the response");
                return;
            }

            if (!(e["labels"] is JObject labels))
            {
                session.Problem(GraphErrorCode.InvalidField, $"The entity '{qid}' has no \"labels\" object.", file, li.LineNumber, li.LinePosition, qid);
                return;
            }

            var labelList = labels.Properties().Select(p => ((string?)p.Name, (string?)p.Value["value"])).Where(l => l.Item2 != null).ToList();
            string? label = labelList.Where(l => l.Item1 == "en").Select(l => l.Item2).FirstOrDefault() ?? labelList.Select(l => l.Item2).FirstOrDefault();
            if (label != null && !state.Labels.ContainsKey(qid))
            {
                state.Labels[qid] = label;
            }

            if (!(e["claims"] is JObject claims))
            {
                // A label look-up (props=labels): it only names things.
                return;
            }

            if (!qid.StartsWith("Q", StringComparison.Ordinal))
            {
                session.Drop("entity that is not an item (property or lexeme)");
                return;
            }

            string? kind = ClaimItems(claims, "P31").Select(q => WikidataMapping.InstanceOfKinds.TryGetValue(q, out string? k) ? k : null).FirstOrDefault(k => k != null);
            var aliases = new List<string>();
            aliases.AddRange(labelList.Select(l => l.Item2!).Where(v => v != label));
            foreach (JProperty lang in (e["aliases"] as JObject ?? new JObject()).Properties())
            {
                aliases.AddRange(lang.Value.Select(a => (string?)a["value"]).Where(v => v != null).Cast<string>());
            }

            JObject? descriptions = e["descriptions"] as JObject;
            string? description = (string?)descriptions?["en"]?["value"] ?? descriptions?.Properties().Select(p => (string?)p.Value["value"]).FirstOrDefault();
            if (kind == null)
            {
                // Not imported itself; kept to name a stub if a mapped claim points to it.
                state.Unkinded[qid] = (label ?? qid, aliases, description);
                session.Drop("entity whose instance of (P31) is not mapped (a stub is made if a claim points to it)");
                session.Drop("claims of entities not imported", claims.Properties().Sum(c => (c.Value as JArray)?.Count ?? 0));
                return;
            }

            var props = new List<KeyValuePair<string, object>>();
            var relations = new List<PendingRelation>();
            foreach (JProperty claim in claims.Properties())
            {
                string property = claim.Name;
                JArray statements = claim.Value as JArray ?? new JArray();
                if (property == "P31")
                {
                    continue;
                }

                if (WikidataMapping.EntityProperties.TryGetValue(property, out string? propName))
                {
                    string[] values = statements.OfType<JObject>().Where(s => (string?)s["rank"] != "deprecated").Select(s => SnakText(s["mainsnak"], state)).Where(v => v != null).Cast<string>().Distinct().ToArray();
                    if (values.Length > 0)
                    {
                        props.Add(new KeyValuePair<string, object>(propName, values.Length == 1 ? values[0] : (object)values));
                    }

                    continue;
                }

                if (!WikidataMapping.Claims.TryGetValue(property, out var map))
                {
                    session.Drop($"claim {property} not mapped", statements.Count);
                    continue;
                }

                foreach (JObject statement in statements.OfType<JObject>())
                {
                    if ((string?)statement["rank"] == "deprecated")
                    {
                        session.Drop($"claim {property}: deprecated statement");
                        continue;
                    }

                    string? target = (string?)statement["mainsnak"]?["datavalue"]?["value"]?["id"];
                    if ((string?)statement["mainsnak"]?["snaktype"] != "value" || target == null)
                    {
                        session.Drop($"claim {property}: unknown or no value");
                        continue;
                    }

                    Validity validity = Qualifiers(statement, property, state);
                    List<Citation> citations = References(statement, property, state);
                    relations.Add(new PendingRelation(((string?)statement["id"]) ?? (qid + "-" + property + "-" + target), map.Type, qid, target, validity, map.Relationship, citations, map.TargetKind, property));
                }
            }

            if (TryModified(e["modified"], out PartialDate modified) && (!state.Latest.HasValue || modified.CompareTo(state.Latest.Value) > 0))
            {
                state.Latest = modified;
            }

            state.Entities[qid] = new PendingEntity(qid, kind, label ?? qid, aliases, description, props);
            state.Relations.AddRange(relations);
        }

        private static Validity Qualifiers(JObject statement, string property, State state)
        {
            PartialDate? from = null, to = null, at = null;
            foreach (JProperty q in (statement["qualifiers"] as JObject ?? new JObject()).Properties())
            {
                if (!WikidataMapping.DateQualifiers.Contains(q.Name))
                {
                    state.Session.Drop($"qualifier {q.Name} not mapped");
                    continue;
                }

                JToken? snak = q.Value.FirstOrDefault();
                PartialDate? date = Time(snak?["datavalue"]?["value"], state, $"qualifier {q.Name}");
                if (q.Name == "P580")
                {
                    from = date;
                }
                else if (q.Name == "P582")
                {
                    to = date;
                }
                else
                {
                    at = date;
                }
            }

            if (at.HasValue)
            {
                return Validity.Instant(at.Value);
            }

            if (from.HasValue && to.HasValue && to.Value.LastDay < from.Value.FirstDay)
            {
                state.Session.Drop($"claim {property}: end before start (dates left out)");
                return Validity.Always;
            }

            return Validity.Between(from, to);
        }

        private static List<Citation> References(JObject statement, string property, State state)
        {
            var citations = new List<Citation> { new Citation(WikidataSourceId, null, "statement " + (string?)statement["id"]) };
            state.Sources[WikidataSourceId] = ("Wikidata", SourceKind.Dataset, "https://www.wikidata.org/", null);
            foreach (JObject reference in (statement["references"] as JArray ?? new JArray()).OfType<JObject>())
            {
                JObject snaks = reference["snaks"] as JObject ?? new JObject();
                PartialDate? retrieved = Time(snaks["P813"]?.FirstOrDefault()?["datavalue"]?["value"], state, "reference P813");
                string? locator = retrieved.HasValue ? "retrieved " + retrieved.Value : null;
                foreach (JProperty p in snaks.Properties())
                {
                    if (!WikidataMapping.ReferenceProperties.Contains(p.Name))
                    {
                        state.Session.Drop($"reference {p.Name} not mapped");
                    }
                }

                foreach (string item in snaks["P248"]?.Concat(snaks["P143"] ?? new JArray()).Select(s => (string?)s["datavalue"]?["value"]?["id"]).Where(s => s != null).Cast<string>() ?? Enumerable.Empty<string>())
                {
                    string id = "wikidata:" + item.ToLowerInvariant();
                    if (!state.Sources.ContainsKey(id))
                    {
                        state.Sources[id] = (item, SourceKind.Other, "https://www.wikidata.org/wiki/" + item, null);
                        state.SourceItems[id] = item;
                    }

                    citations.Add(new Citation(id, null, locator));
                }

                foreach (string url in (snaks["P854"] ?? new JArray()).Select(s => (string?)s["datavalue"]?["value"]).Where(s => s != null).Cast<string>())
                {
                    string id = "url:" + Hash(url);
                    if (!state.Sources.ContainsKey(id))
                    {
                        string host = Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri.Host : url;
                        state.Sources[id] = (host, SourceKind.Website, url, null);
                    }

                    citations.Add(new Citation(id, null, locator));
                }
            }

            return citations;
        }

        private static ImportResult Build(State state)
        {
            ImportSession session = state.Session;
            Vocabulary vocabulary = session.Vocabulary;
            var builder = new GraphBuilder(vocabulary) { Title = "Wikidata import" };
            var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
            foreach (PendingEntity e in state.Entities.Values)
            {
                if (!vocabulary.TryGetKind(e.Kind, out EntityKind kind))
                {
                    session.Drop($"kind {e.Kind} not in the vocabulary");
                    continue;
                }

                kinds[e.Qid] = kind;
                string Resolve(string v) => v.StartsWith(ItemMarker, StringComparison.Ordinal) ? (state.Labels.TryGetValue(v.Substring(1), out string? l) ? l : v.Substring(1)) : v;
                var props = e.Properties.Select(p => new KeyValuePair<string, object>(p.Key, p.Value is string one ? Resolve(one) : ((string[])p.Value).Select(Resolve).ToArray()));
                builder.AddEntity(e.Qid.ToLowerInvariant(), e.Kind, e.Name, e.Aliases.Distinct(StringComparer.Ordinal).Where(a => a != e.Name), e.Description, PropertyMap.From(props), new[] { new ExternalId(ExternalId.Wikidata, e.Qid, WikidataSourceId) });
            }

            var seenPairs = new HashSet<string>(StringComparer.Ordinal);
            var relationIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (PendingRelation r in state.Relations)
            {
                if (!kinds.TryGetValue(r.Target, out EntityKind? targetKind))
                {
                    if (!vocabulary.TryGetKind(r.TargetKind, out EntityKind stubKind))
                    {
                        session.Drop($"claim {r.Property}: kind {r.TargetKind} not in the vocabulary");
                        continue;
                    }

                    targetKind = stubKind;
                    kinds[r.Target] = stubKind;
                    state.Unkinded.TryGetValue(r.Target, out var known);
                    string name = known.Name ?? (state.Labels.TryGetValue(r.Target, out string? l) ? l : r.Target);
                    builder.AddEntity(r.Target.ToLowerInvariant(), stubKind.Name, name, known.Aliases?.Distinct(StringComparer.Ordinal).Where(a => a != name), "Stub: a Wikidata item a claim points to; its own claims are not imported.", null, new[] { new ExternalId(ExternalId.Wikidata, r.Target, WikidataSourceId) });
                }

                RelationType type = vocabulary.GetRelationType(r.Type);
                if (!type.AllowsSource(kinds[r.Subject]) || !type.AllowsTarget(targetKind))
                {
                    session.Drop($"claim {r.Property}: {r.Type} from {kinds[r.Subject].Name} to {targetKind.Name} not allowed by the vocabulary");
                    continue;
                }

                if (!type.IsDirected)
                {
                    string a = string.CompareOrdinal(r.Subject, r.Target) < 0 ? r.Subject : r.Target;
                    string b = a == r.Subject ? r.Target : r.Subject;
                    if (!seenPairs.Add(r.Type + "|" + a + "|" + b + "|" + (r.Validity.From?.ToString() ?? string.Empty)))
                    {
                        session.Drop($"claim {r.Property}: {r.Type} already stated from the other side (kept once)");
                        continue;
                    }
                }

                string id = session.SlugFor("relation", r.StatementId);
                if (!relationIds.Add(id))
                {
                    continue;
                }

                PropertyMap props = r.Relationship != null
                    ? PropertyMap.From(new[] { new KeyValuePair<string, object>("relationship", r.Relationship), new KeyValuePair<string, object>("wikidataProperty", r.Property) })
                    : PropertyMap.Of("wikidataProperty", r.Property);
                builder.AddRelation(id, r.Type, r.Subject.ToLowerInvariant(), r.Target.ToLowerInvariant(), r.Validity, props, r.Citations);
            }

            foreach (var s in state.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                string title = s.Value.Title;
                if (state.SourceItems.TryGetValue(s.Key, out string? item) && state.Labels.TryGetValue(item, out string? label))
                {
                    title = label + " (" + item + ")";
                }

                builder.AddSource(new Source(s.Key, s.Value.Kind, title, s.Value.Publisher, null, s.Value.Url));
            }

            if (state.Sources.Count > 0)
            {
                // The dataset every imported fact comes from: Wikidata (its main namespace is CC0), as of its latest edit read.
                builder.AddDataset(new Dataset(DatasetId, "Wikidata", null, state.Latest, "CC0-1.0", "https://www.wikidata.org/", state.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal)));
            }

            return session.Result(builder.Build());
        }

        private static IEnumerable<string> ClaimItems(JObject claims, string property) =>
            (claims[property] as JArray ?? new JArray()).Select(s => (string?)s["mainsnak"]?["datavalue"]?["value"]?["id"]).Where(s => s != null).Cast<string>();

        private static string? SnakText(JToken? snak, State state)
        {
            JToken? value = snak?["datavalue"]?["value"];
            if (value == null)
            {
                return null;
            }

            if (value["time"] != null)
            {
                return Time(value, state, "property date")?.ToString();
            }

            if (value["id"] != null)
            {
                // Resolved to its label once every file is read (a label-only response may come later).
                return ItemMarker + (string)value["id"]!;
            }

            return value.Type == JTokenType.String ? (string?)value : value.ToString(Formatting.None);
        }

        /// <summary>Reads a Wikidata time value (<c>+1983-07-28T00:00:00Z</c>, precision 9 year, 10 month, 11 day).</summary>
        private static PartialDate? Time(JToken? value, State state, string what)
        {
            string? time = (string?)value?["time"];
            int precision = (int?)value?["precision"] ?? 0;
            if (time == null)
            {
                return null;
            }

            if (precision < 9 || !time.StartsWith("+", StringComparison.Ordinal) || time.Length < 11)
            {
                state.Session.Drop($"{what}: date coarser than a year or before year 1");
                return null;
            }

            string ymd = time.Substring(1, 10);
            string text = precision == 9 ? ymd.Substring(0, 4) : precision == 10 ? ymd.Substring(0, 7) : ymd;
            if (PartialDate.TryParse(text, out PartialDate d))
            {
                return d;
            }

            state.Session.Drop($"{what}: date not understood");
            return null;
        }

        private static string Hash(string text)
        {
            using SHA1 sha = SHA1.Create();
            byte[] h = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            return string.Concat(h.Take(6).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        /// <summary>Reads an entity's <c>modified</c> timestamp (text, or a date the JSON reader already parsed).</summary>
        private static bool TryModified(JToken? token, out PartialDate date)
        {
            date = default;
            return token?.Type switch
            {
                JTokenType.String => ImportDates.TryParse((string?)token, out date),
                JTokenType.Date => ImportDates.TryParse(((DateTime)token).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out date),
                _ => false,
            };
        }

        private sealed class State
        {
            public State(ImportSession session)
            {
                Session = session;
            }

            public ImportSession Session { get; }

            public Dictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            public Dictionary<string, PendingEntity> Entities { get; } = new Dictionary<string, PendingEntity>(StringComparer.Ordinal);

            public Dictionary<string, (string Name, List<string> Aliases, string? Description)> Unkinded { get; } = new(StringComparer.Ordinal);

            public List<PendingRelation> Relations { get; } = new List<PendingRelation>();

            public Dictionary<string, (string Title, SourceKind Kind, string? Url, string? Publisher)> Sources { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, string> SourceItems { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            /// <summary>Gets the latest <c>modified</c> date of the entities imported, or <c>null</c>.</summary>
            public PartialDate? Latest { get; set; }
        }

        private sealed record PendingEntity(string Qid, string Kind, string Name, List<string> Aliases, string? Description, List<KeyValuePair<string, object>> Properties);

        private sealed record PendingRelation(string StatementId, string Type, string Subject, string Target, Validity Validity, string? Relationship, List<Citation> Citations, string TargetKind, string Property);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Text;
using Newtonsoft.Json;

namespace KnowledgeGraph.Display.Explorer
{
    /// <summary>
    /// The JSON the explorer's script draws: entities with their folded search keys, relations with their compact time
    /// keys and citations, the sources, the kinds' styles from the vocabulary, the transliteration table of the search,
    /// and which entities the first view shows.
    /// </summary>
    internal static class ExplorerData
    {
        /// <summary>The most entities "show all" draws; larger graphs are explored from the overview.</summary>
        internal const int MaxShown = 1500;

        /// <summary>
        /// Gets the compact time key of a validity, [lo, hi, witnessStart, witnessEnd, more witnesses…] in day numbers (open ends are
        /// <see cref="int.MinValue"/> and <see cref="int.MaxValue"/>), on which the script's one time rule runs. A fact may
        /// hold only within [lo, hi] and certainly holds on a period that meets the witness [start, end].
        /// </summary>
        /// <remarks>This is the model's <see cref="KnowledgeGraph.TimeKey"/> (<see cref="Validity.Key"/>): an unknown time may hold at
        /// any time and is never certain; a permanent one always holds.</remarks>
        internal static int[] TimeKey(Validity v)
        {
            // The model's key, with the further witnesses of a fact observed on several dates after the first four
            // numbers (pairs of days), which the script's rule reads too.
            KnowledgeGraph.TimeKey k = v.Key;
            int[] more = k.MoreWitnesses ?? Array.Empty<int>();
            var key = new int[4 + more.Length];
            key[0] = k.Lo;
            key[1] = k.Hi;
            key[2] = k.WitnessStart;
            key[3] = k.WitnessEnd;
            Array.Copy(more, 0, key, 4, more.Length);
            return key;
        }

        /// <summary>Gets the day number of 1970-01-01, from which the script counts calendar days.</summary>
        internal static int EpochDay => PartialDate.Parse("1970-01-01").FirstDayNumber;

        /// <summary>Gets a relation's certainty status for the status filter, as graph files write it: <c>stated</c>, <c>alleged</c>, <c>intended</c>, <c>planned</c>, <c>denied</c> or <c>inferred</c>.</summary>
        internal static string StatusOf(Relation r) => r.Status.ToString().ToLowerInvariant();

        /// <summary>Writes the data of a graph, or of some of its relations and the entities they connect.</summary>
        /// <param name="graph">The graph (its sources and vocabulary).</param>
        /// <param name="relations">The relations to show, or <c>null</c> for every relation and entity of the graph.</param>
        /// <param name="options">The options.</param>
        /// <param name="overview">The ids of the entities the first view shows.</param>
        /// <returns>The JSON text.</returns>
        internal static string Write(Graph graph, IEnumerable<Relation>? relations, ExplorerOptions options, out List<string> overview)
        {
            List<Relation> rels;
            List<Entity> entities;
            if (relations == null)
            {
                rels = graph.Relations.ToList();
                entities = graph.Entities.ToList();
            }
            else
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                rels = relations.Where(r => seen.Add(r.Id)).ToList();
                var ids = new HashSet<string>(StringComparer.Ordinal);
                entities = new List<Entity>();
                foreach (Relation r in rels)
                {
                    if (ids.Add(r.Source.Id))
                    {
                        entities.Add(r.Source);
                    }

                    if (ids.Add(r.Target.Id))
                    {
                        entities.Add(r.Target);
                    }
                }
            }

            overview = Overview(entities, rels, options, out string note);
            var sw = new StringWriter(CultureInfo.InvariantCulture);
            using (var w = new JsonTextWriter(sw) { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.EscapeHtml })
            {
                w.WriteStartObject();
                Field(w, "title", options.Title ?? graph.Title ?? "Knowledge graph");
                Field(w, "epochDay", EpochDay);
                Field(w, "maxShown", MaxShown);
                Field(w, "overviewNote", note);
                WriteYears(w, rels);
                JsonFields.StringArray(w, "fold", NameNormalizer.CyrillicTable);
                w.WritePropertyName("latinFold");
                w.WriteStartObject();
                foreach (var pair in NameNormalizer.LatinTable.OrderBy(p => p.Key))
                {
                    w.WritePropertyName(pair.Key.ToString());
                    w.WriteValue(pair.Value);
                }

                w.WriteEndObject();
                WriteKinds(w, graph.Vocabulary, entities);
                w.WritePropertyName("types");
                w.WriteStartObject();
                foreach (RelationType t in rels.Select(r => r.Type).Distinct())
                {
                    w.WritePropertyName(t.Name);
                    w.WriteStartObject();
                    Field(w, "directed", t.IsDirected);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                WriteEntities(w, entities);
                WriteRelations(w, rels);
                WriteSources(w, graph, rels);
                JsonFields.StringArray(w, "overview", overview);
                JsonFields.StringArray(w, "highlight", options.Highlight);
                w.WriteEndObject();
            }

            return sw.ToString();
        }

        /// <summary>
        /// Chooses the first view: everything when it fits in <see cref="ExplorerOptions.OverviewSize"/>, otherwise the
        /// most connected entities (by number of relations, ties by id) and everything highlighted.
        /// </summary>
        private static List<string> Overview(List<Entity> entities, List<Relation> relations, ExplorerOptions options, out string note)
        {
            if (entities.Count <= options.OverviewSize)
            {
                note = $"{Count(entities.Count, "entity", "entities")}, {Count(relations.Count, "relation", "relations")}. Click for details and citations; double-click to expand or collapse.";
                return entities.Select(e => e.Id).ToList();
            }

            var degree = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Relation r in relations)
            {
                degree[r.Source.Id] = degree.TryGetValue(r.Source.Id, out int a) ? a + 1 : 1;
                degree[r.Target.Id] = degree.TryGetValue(r.Target.Id, out int b) ? b + 1 : 1;
            }

            var chosen = new HashSet<string>(options.Highlight.Where(id => entities.Any(e => e.Id == id)), StringComparer.Ordinal);
            foreach (Entity e in entities.OrderByDescending(e => degree.TryGetValue(e.Id, out int d) ? d : 0).ThenBy(e => e.Id, StringComparer.Ordinal))
            {
                if (chosen.Count >= options.OverviewSize)
                {
                    break;
                }

                chosen.Add(e.Id);
            }

            note = $"Overview: the {chosen.Count} most connected of {Count(entities.Count, "entity", "entities")} ({Count(relations.Count, "relation", "relations")}). Search to bring in others; double-click to expand.";
            return entities.Where(e => chosen.Contains(e.Id)).Select(e => e.Id).ToList();
        }

        private static string Count(int n, string one, string many) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

        private static void WriteYears(JsonTextWriter w, List<Relation> relations)
        {
            int min = int.MaxValue, max = int.MinValue;
            foreach (Relation r in relations)
            {
                foreach (PartialDate? d in new[] { r.Validity.From, r.Validity.To })
                {
                    if (d.HasValue)
                    {
                        min = Math.Min(min, d.Value.Year);
                        max = Math.Max(max, d.Value.Year);
                    }
                }
            }

            w.WritePropertyName("years");
            if (min > max)
            {
                w.WriteNull();
                return;
            }

            w.WriteStartArray();
            w.WriteValue(min);
            w.WriteValue(Math.Max(max, min));
            w.WriteEndArray();
        }

        private static void WriteKinds(JsonTextWriter w, Vocabulary vocabulary, List<Entity> entities)
        {
            w.WritePropertyName("kinds");
            w.WriteStartObject();
            var kinds = new List<EntityKind>();
            foreach (EntityKind k in entities.Select(e => e.Kind).Distinct())
            {
                kinds.Add(k);
                if (!kinds.Contains(k.Root))
                {
                    kinds.Add(k.Root);
                }
            }

            foreach (EntityKind k in kinds.Distinct())
            {
                w.WritePropertyName(k.Name);
                w.WriteStartObject();
                Field(w, "root", k.Root.Name);
                Field(w, "shape", k.Style.Shape);
                Field(w, "fill", k.Style.Fill);
                Field(w, "line", k.Style.Line);
                Field(w, "text", k.Style.Text);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        private static void WriteEntities(JsonTextWriter w, List<Entity> entities)
        {
            w.WritePropertyName("entities");
            w.WriteStartArray();
            foreach (Entity e in entities)
            {
                w.WriteStartObject();
                Field(w, "id", e.Id);
                Field(w, "name", e.Name);
                Field(w, "kind", e.Kind.Name);
                JsonFields.StringArray(w, "aliases", e.Aliases);
                Field(w, "desc", e.Description);
                WriteProperties(w, e.Properties);
                w.WritePropertyName("ext");
                w.WriteStartArray();
                foreach (ExternalId x in e.ExternalIds)
                {
                    w.WriteStartArray();
                    w.WriteValue(x.Scheme);
                    w.WriteValue(x.Value);
                    w.WriteEndArray();
                }

                w.WriteEndArray();

                // The search index: the library's own folding of every name, so the page finds what the library finds.
                JsonFields.StringArray(w, "keys", e.AllNames.Select(NameNormalizer.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private static void WriteRelations(JsonTextWriter w, List<Relation> relations)
        {
            w.WritePropertyName("relations");
            w.WriteStartArray();
            foreach (Relation r in relations)
            {
                w.WriteStartObject();
                Field(w, "id", r.Id);
                Field(w, "s", r.Source.Id);
                Field(w, "t", r.Target.Id);
                Field(w, "type", r.Type.Name);
                Field(w, "when", r.Validity.ToString());
                w.WritePropertyName("time");
                w.WriteStartArray();
                foreach (int day in TimeKey(r.Validity))
                {
                    w.WriteValue(day);
                }

                w.WriteEndArray();
                Field(w, "status", StatusOf(r));
                Field(w, "confidence", r.Confidence);
                WriteProperties(w, r.Properties);
                w.WritePropertyName("cites");
                w.WriteStartArray();
                foreach (Citation c in r.Citations)
                {
                    w.WriteStartObject();
                    Field(w, "source", c.SourceId);
                    Field(w, "quote", c.Quote);
                    Field(w, "locator", c.Locator);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private static void WriteSources(JsonTextWriter w, Graph graph, List<Relation> relations)
        {
            w.WritePropertyName("sources");
            w.WriteStartObject();
            foreach (string id in relations.SelectMany(r => r.Citations).Select(c => c.SourceId).Distinct(StringComparer.Ordinal))
            {
                if (!graph.TryGetSource(id, out Source? s))
                {
                    continue;
                }

                w.WritePropertyName(id);
                w.WriteStartObject();
                Field(w, "title", s.Title);
                Field(w, "publisher", s.Publisher);
                Field(w, "date", s.Date?.ToString());
                Field(w, "url", HtmlText.IsSafeUrl(s.Url) ? s.Url : null);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        private static void WriteProperties(JsonTextWriter w, PropertyMap properties)
        {
            w.WritePropertyName("props");
            w.WriteStartObject();
            foreach (string key in properties.Keys)
            {
                Field(w, key, properties.GetString(key));
            }

            w.WriteEndObject();
        }

        private static void Field(JsonTextWriter w, string name, object? value)
        {
            w.WritePropertyName(name);
            w.WriteValue(value);
        }
    }
}

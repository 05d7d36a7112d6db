using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using KnowledgeGraph.Annotations;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats
{
    /// <summary>
    /// What an import that updates a graph (<see cref="ImportOptions.Into"/>) changed: the entities and relations added,
    /// updated (same id, different content) and removed, compared by id and by everything the graph file writes of them.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class ImportChanges
    {
        /// <summary>Creates an account of changes.</summary>
        /// <param name="entitiesAdded">Entities whose id was not in the graph before.</param>
        /// <param name="entitiesUpdated">Entities whose id was there, with different content.</param>
        /// <param name="entitiesRemoved">Entities whose id is gone.</param>
        /// <param name="relationsAdded">Relations whose id was not in the graph before.</param>
        /// <param name="relationsUpdated">Relations whose id was there, with different content.</param>
        /// <param name="relationsRemoved">Relations whose id is gone.</param>
        public ImportChanges(int entitiesAdded, int entitiesUpdated, int entitiesRemoved, int relationsAdded, int relationsUpdated, int relationsRemoved)
        {
            EntitiesAdded = entitiesAdded;
            EntitiesUpdated = entitiesUpdated;
            EntitiesRemoved = entitiesRemoved;
            RelationsAdded = relationsAdded;
            RelationsUpdated = relationsUpdated;
            RelationsRemoved = relationsRemoved;
        }

        /// <summary>Gets how many entities were added.</summary>
        public int EntitiesAdded { get; }

        /// <summary>Gets how many entities were updated.</summary>
        public int EntitiesUpdated { get; }

        /// <summary>Gets how many entities were removed.</summary>
        public int EntitiesRemoved { get; }

        /// <summary>Gets how many relations were added.</summary>
        public int RelationsAdded { get; }

        /// <summary>Gets how many relations were updated.</summary>
        public int RelationsUpdated { get; }

        /// <summary>Gets how many relations were removed.</summary>
        public int RelationsRemoved { get; }

        /// <summary>Gets whether nothing changed in the entities and relations.</summary>
        public bool IsEmpty => EntitiesAdded + EntitiesUpdated + EntitiesRemoved + RelationsAdded + RelationsUpdated + RelationsRemoved == 0;

        /// <summary>Compares two versions of a graph: what the second adds, updates and removes.</summary>
        /// <param name="before">The graph before.</param>
        /// <param name="after">The graph after.</param>
        /// <returns>The changes.</returns>
        public static ImportChanges Between(Graph before, Graph after)
        {
            if (before == null)
            {
                throw new ArgumentNullException(nameof(before));
            }

            if (after == null)
            {
                throw new ArgumentNullException(nameof(after));
            }

            JObject a = AsJson(before);
            JObject b = AsJson(after);
            (int ea, int eu, int er) = Compare(a["entities"], b["entities"]);
            (int ra, int ru, int rr) = Compare(a["relations"], b["relations"]);
            return new ImportChanges(ea, eu, er, ra, ru, rr);
        }

        /// <summary>Formats the changes: <c>entities: 1 added, 1 updated, 1 removed; relations: 0 added, 0 updated, 2 removed</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            return $"entities: {N(EntitiesAdded)} added, {N(EntitiesUpdated)} updated, {N(EntitiesRemoved)} removed; relations: {N(RelationsAdded)} added, {N(RelationsUpdated)} updated, {N(RelationsRemoved)} removed";
        }

        private static JObject AsJson(Graph graph)
        {
            using var reader = new JsonTextReader(new StringReader(Json.GraphJsonWriter.WriteToString(graph))) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }

        private static (int Added, int Updated, int Removed) Compare(JToken? before, JToken? after)
        {
            var old = new Dictionary<string, JToken>(StringComparer.Ordinal);
            foreach (JToken item in before as JArray ?? new JArray())
            {
                old[(string)item["id"]!] = item;
            }

            int added = 0, updated = 0, kept = 0;
            foreach (JToken item in after as JArray ?? new JArray())
            {
                if (!old.TryGetValue((string)item["id"]!, out JToken? was))
                {
                    added++;
                }
                else
                {
                    kept++;
                    if (!JToken.DeepEquals(was, item))
                    {
                        updated++;
                    }
                }
            }

            return (added, updated, old.Count - kept);
        }
    }
}

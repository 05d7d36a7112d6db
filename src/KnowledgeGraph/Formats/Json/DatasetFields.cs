using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static KnowledgeGraph.Formats.Json.JsonFields;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>Reads and writes the optional <c>datasets</c> section of a graph file (see <see cref="Dataset"/> and graphs/FORMAT.md).</summary>
    internal static class DatasetFields
    {
        /// <summary>Reads the <c>datasets</c> array of a document into the builder; a file without it has none.</summary>
        public static void Read(JObject root, JsonErrorSink errors, GraphBuilder builder)
        {
            foreach (JObject item in errors.ObjectArray(root, "datasets"))
            {
                string? id = errors.RequiredString(item, "id", null);
                string label = id ?? "(dataset without id)";
                PartialDate? date = null;
                string? dateText = errors.OptionalString(item, "date", label);
                if (dateText != null)
                {
                    if (PartialDate.TryParse(dateText, out PartialDate d, out string? problem))
                    {
                        date = d;
                    }
                    else
                    {
                        errors.Add(GraphErrorCode.InvalidDate, $"The date of dataset '{label}' is invalid: {problem}", id, item["date"]);
                    }
                }

                string[] sources = errors.StringArray(item, "sources", label).Select(t => (string)t!).ToArray();
                var dataset = new Dataset(id ?? "?", errors.OptionalString(item, "title", label), errors.OptionalString(item, "version", label), date, errors.OptionalString(item, "licence", label), errors.OptionalString(item, "url", label), sources);
                if (id != null)
                {
                    builder.AddDataset(dataset, GraphJsonReader.PositionOf(item, errors.File));
                }
            }
        }

        /// <summary>Writes the <c>datasets</c> array, only when the graph records datasets (files without them stay as they were).</summary>
        public static void Write(JsonWriter w, Graph graph)
        {
            if (graph.Datasets.Count == 0)
            {
                return;
            }

            w.WritePropertyName("datasets");
            w.WriteStartArray();
            foreach (Dataset d in graph.Datasets)
            {
                w.WriteStartObject();
                Prop(w, "id", d.Id);
                Prop(w, "title", d.Title);
                Prop(w, "version", d.Version);
                Prop(w, "date", d.Date?.ToString());
                Prop(w, "licence", d.Licence);
                Prop(w, "url", d.Url);
                w.WritePropertyName("sources");
                w.WriteStartArray();
                foreach (string s in d.Sources)
                {
                    w.WriteValue(s);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }
}

using System.Collections.Generic;
using Newtonsoft.Json;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>The small field writers every JSON file of the library uses (graphs, datasets, decisions), so that a field is written one way.</summary>
    internal static class JsonFields
    {
        /// <summary>Writes a string field; <c>null</c> as JSON null.</summary>
        /// <param name="w">The writer.</param>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value.</param>
        public static void Prop(JsonWriter w, string name, string? value)
        {
            w.WritePropertyName(name);
            w.WriteValue(value);
        }

        /// <summary>Writes a string field only when it has a value, so that files without it stay as they were.</summary>
        /// <param name="w">The writer.</param>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value.</param>
        public static void OptionalProp(JsonWriter w, string name, string? value)
        {
            if (value != null)
            {
                Prop(w, name, value);
            }
        }

        /// <summary>Writes an array of strings.</summary>
        /// <param name="w">The writer.</param>
        /// <param name="name">The field name.</param>
        /// <param name="values">The strings.</param>
        public static void StringArray(JsonWriter w, string name, IEnumerable<string> values)
        {
            w.WritePropertyName(name);
            w.WriteStartArray();
            foreach (string v in values)
            {
                w.WriteValue(v);
            }

            w.WriteEndArray();
        }
    }
}

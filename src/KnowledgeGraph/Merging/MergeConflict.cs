using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>A property (or description) on which the entities merged into one disagree: each value is kept, under the property qualified by where it came from.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class MergeConflict
    {
        internal MergeConflict(string entityId, string property, IReadOnlyList<KeyValuePair<string, string>> values)
        {
            EntityId = entityId;
            Property = property;
            Values = values;
        }

        /// <summary>Gets the id of the merged entity.</summary>
        public string EntityId { get; }

        /// <summary>Gets the property (<c>birthDate</c>, <c>description</c>).</summary>
        public string Property { get; }

        /// <summary>Gets the values: the qualified property name each is kept under (<c>birthDate@wikidata</c>), and the value.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Values { get; }

        /// <summary>Formats the conflict: <c>putin.birthDate: 1952-10-07 (birthDate@wikidata) / 1952 (birthDate@union-state)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{EntityId}.{Property}: {string.Join(" / ", Values.Select(v => v.Value + " (" + v.Key + ")"))}";
    }
}

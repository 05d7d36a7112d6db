using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>Vocabularies for importing CSV files whose relation types or kind pairs are not those of <see cref="Vocabulary.Default"/>.</summary>
    /// <remarks>The default vocabulary itself is never loosened: these are separate vocabularies. Immutable and thread-safe.</remarks>
    public static class CsvVocabularies
    {
        /// <summary>
        /// Gets an open vocabulary: the default's entity kinds, and the default's relation types plus the generic
        /// <c>OWNS</c>, <c>DIRECTS</c>, <c>SUPPLIES</c>, <c>DEPENDS_ON</c>, <c>MEMBER_OF</c>, <c>SANCTIONS</c> and
        /// <c>PARTICIPATES_IN</c> of OpenSanctions-style graphs (such as the peer benchmark's <c>gen_graph.py</c>),
        /// each allowed between entities of any kinds. Direction, dependency and control keep the default's meaning.
        /// </summary>
        public static Vocabulary Open => Vocabulary.Open;

        /// <summary>Builds an open vocabulary (see <see cref="Open"/>) with extra relation types, directed and between any kinds. Unlike <see cref="Vocabulary.Open"/>, it has no built-in name: a graph saved on it must be loaded with the same vocabulary.</summary>
        /// <param name="relationTypes">The names of the extra types (UPPER_SNAKE_CASE); names already present are ignored.</param>
        /// <returns>The vocabulary.</returns>
        /// <exception cref="GraphValidationException">A name is empty.</exception>
        public static Vocabulary OpenWith(params string[] relationTypes)
        {
            Vocabulary d = Vocabulary.Default;
            var kinds = new JArray(d.Kinds.Select(k => WithStyle(WithDescription(k.Parent == null
                ? new JObject { ["name"] = k.Name }
                : new JObject { ["name"] = k.Name, ["parent"] = k.Parent.Name }, k.Description), k.OwnStyle)));
            var names = new HashSet<string>(StringComparer.Ordinal);
            var types = new JArray();
            foreach (RelationType t in d.RelationTypes)
            {
                names.Add(t.Name);
                types.Add(WithDescription(new JObject
                {
                    ["name"] = t.Name,
                    ["source"] = new JArray(),
                    ["target"] = new JArray(),
                    ["directed"] = t.IsDirected,
                    ["dependency"] = t.Dependency switch { DependencyDirection.Forward => "forward", DependencyDirection.Reverse => "reverse", _ => "none" },
                    ["control"] = t.IsControl,
                    ["clusterIn"] = new JArray(t.ClusterIn.Select(k => k.Name)),
                }, t.Description));
            }

            foreach (string name in new[] { "DIRECTS", "SANCTIONS", "PARTICIPATES_IN" }.Concat(relationTypes ?? Array.Empty<string>()))
            {
                if (names.Add(name))
                {
                    types.Add(new JObject { ["name"] = name, ["source"] = new JArray(), ["target"] = new JArray() });
                }
            }

            var root = new JObject { ["format"] = Vocabulary.FormatName, ["kinds"] = kinds, ["relationTypes"] = types };
            return Vocabulary.Parse(root.ToString(), "open-vocabulary");
        }

        private static JObject WithStyle(JObject item, KindStyle? style)
        {
            if (style != null)
            {
                item["style"] = new JObject { ["shape"] = style.Shape, ["fill"] = style.Fill, ["line"] = style.Line, ["text"] = style.Text };
            }

            return item;
        }

        private static JObject WithDescription(JObject item, string? description)
        {
            if (description != null)
            {
                item["description"] = description;
            }

            return item;
        }
    }
}

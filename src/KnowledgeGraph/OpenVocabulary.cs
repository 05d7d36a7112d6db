using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph
{
    /// <summary>Builds open vocabularies: the default's kinds and types, each type allowed between any kinds, plus generic types of OpenSanctions-style data.</summary>
    /// <remarks>Lives with the model because <see cref="Vocabulary.Open"/> is a built-in vocabulary; the CSV reader's <c>CsvVocabularies</c> only exposes it.</remarks>
    internal static class OpenVocabulary
    {
        /// <summary>Builds an open vocabulary with extra relation types, directed and between any kinds.</summary>
        /// <param name="relationTypes">The names of the extra types; names already present are ignored.</param>
        /// <returns>The vocabulary, with no built-in name.</returns>
        public static Vocabulary Build(params string[] relationTypes)
        {
            Vocabulary d = Vocabulary.Default;
            var kinds = new JArray(d.Kinds.Select(k => WithActor(WithStyle(WithDescription(k.Parent == null
                ? new JObject { ["name"] = k.Name }
                : new JObject { ["name"] = k.Name, ["parent"] = k.Parent.Name }, k.Description), k.OwnStyle), k.IsOwnActor)));
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
                    ["ownership"] = t.IsOwnership,
                    ["sanction"] = t.SanctionRole switch { SanctionRole.Targets => "targets", SanctionRole.Imposes => "imposes", _ => "none" },
                    ["clusterIn"] = new JArray(t.ClusterIn.Select(k => k.Name)),
                    ["subject"] = t.HasSubject,
                }, t.Description));
            }

            foreach (string name in new[] { "DIRECTS", "SANCTIONS", "PARTICIPATES_IN" }.Concat(relationTypes ?? Array.Empty<string>()))
            {
                if (names.Add(name))
                {
                    types.Add(new JObject { ["name"] = name, ["source"] = new JArray(), ["target"] = new JArray() });
                }
            }

            var subjects = new JArray(d.Subjects.Select(x => x.Parent == null
                ? new JObject { ["id"] = x.Id, ["name"] = x.Name }
                : new JObject { ["id"] = x.Id, ["name"] = x.Name, ["parent"] = x.Parent.Id }));
            var root = new JObject { ["format"] = Vocabulary.FormatName, ["kinds"] = kinds, ["relationTypes"] = types, ["subjects"] = subjects };
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

        private static JObject WithActor(JObject item, bool actor)
        {
            if (actor)
            {
                item["actor"] = true;
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

using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Merging
{
    /// <summary>What matching reads of one entity, computed once: folded names, identifiers, dates, countries, and its blocking keys.</summary>
    internal sealed class EntityFeatures
    {
        /// <summary>Schemes of which an entity has one value (or lists all it has): values with none in common speak against a match, by this much.</summary>
        private static readonly Dictionary<string, double> ConflictWeights = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["wikidata"] = -0.5,
            ["iso3166"] = -0.5,
            ["lei"] = -0.3,
            ["ogrn"] = -0.3,
            ["tax"] = -0.3,
            ["registration"] = -0.3,
            ["imo"] = -0.3,
        };

        /// <summary>Properties that hold identifiers, and the scheme they are compared under (a Russian INN is its tax number).</summary>
        private static readonly Dictionary<string, string> IdProperties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["registrationNumber"] = "registration",
            ["innCode"] = "tax",
            ["taxNumber"] = "tax",
            ["ogrnCode"] = "ogrn",
            ["leiCode"] = "lei",
            ["vatCode"] = "vat",
            ["imoNumber"] = "imo",
            ["swiftBic"] = "bic",
            ["okpoCode"] = "okpo",
        };

        /// <summary>Dated properties compared, with how they read.</summary>
        internal static readonly (string Property, string Label)[] DateProperties =
        {
            ("birthDate", "birth dates"),
            ("deathDate", "death dates"),
            ("incorporationDate", "incorporation dates"),
        };

        private static readonly string[] CountryProperties = { "country", "nationality", "citizenship", "jurisdiction" };

        private EntityFeatures(Entity entity)
        {
            Entity = entity;
            var names = new List<string>();
            var originals = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in entity.AllNames)
            {
                string folded = NameNormalizer.Normalize(name);
                if (folded.Length > 0 && seen.Add(folded))
                {
                    names.Add(folded);
                    originals.Add(name);
                }
            }

            Names = names.ToArray();
            Originals = originals.ToArray();
            NameSet = seen;
            SortedNames = Names.Select(n => n.IndexOf(' ') < 0 ? n : string.Join(" ", n.Split(' ').OrderBy(w => w, StringComparer.Ordinal))).ToArray();
            SortedNameSet = new HashSet<string>(SortedNames, StringComparer.Ordinal);

            var ids = new List<(string Scheme, string Value, string Shown)>();
            foreach (ExternalId x in entity.ExternalIds)
            {
                string scheme = x.Scheme.Trim().ToLowerInvariant();
                string value = IdValue(x.Value);
                if (scheme.Length > 0 && value.Length > 0)
                {
                    ids.Add((scheme, value, x.Scheme + " id " + x.Value));
                }
            }

            foreach (KeyValuePair<string, object> p in entity.Properties)
            {
                if (IdProperties.TryGetValue(p.Key, out string? scheme))
                {
                    foreach (string v in Strings(p.Value))
                    {
                        string value = IdValue(v);
                        if (value.Length > 0)
                        {
                            ids.Add((scheme, value, p.Key + " " + v));
                        }
                    }
                }
            }

            Ids = ids.Distinct().ToArray();

            var dates = new List<(string Property, PartialDate Date)>();
            foreach ((string property, _) in DateProperties)
            {
                if (entity.Properties.TryGetValue(property, out object? value))
                {
                    foreach (string v in Strings(value))
                    {
                        string text = v.Length > 10 && v[10] == 'T' ? v.Substring(0, 10) : v;
                        if (PartialDate.TryParse(text, out PartialDate d))
                        {
                            dates.Add((property, d));
                        }
                    }
                }
            }

            Dates = dates.ToArray();
            var countries = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string property in CountryProperties)
            {
                if (entity.Properties.TryGetValue(property, out object? value))
                {
                    foreach (string v in Strings(value))
                    {
                        string c = v.Trim().ToLowerInvariant();
                        if (c.Length > 0)
                        {
                            countries.Add(c);
                        }
                    }
                }
            }

            Countries = countries.ToArray();
        }

        public Entity Entity { get; }

        /// <summary>Gets the distinct folded names, the preferred name first.</summary>
        public string[] Names { get; }

        /// <summary>Gets the name or alias each folded name came from.</summary>
        public string[] Originals { get; }

        public HashSet<string> NameSet { get; }

        /// <summary>Gets each folded name with its words sorted (<c>putin vladimir</c> for "Vladimir Putin" and "PUTIN, Vladimir").</summary>
        public string[] SortedNames { get; }

        public HashSet<string> SortedNameSet { get; }

        /// <summary>Gets the identifiers: scheme (lowercase), value (uppercase, without spaces), and how to show it.</summary>
        public (string Scheme, string Value, string Shown)[] Ids { get; }

        public (string Property, PartialDate Date)[] Dates { get; }

        public string[] Countries { get; }

        /// <summary>Gets the features of one entity.</summary>
        public static EntityFeatures For(Entity entity) => new EntityFeatures(entity);

        /// <summary>Gets the features of every entity of a graph.</summary>
        public static EntityFeatures[] Of(Graph graph)
        {
            var result = new EntityFeatures[graph.VertexCount];
            System.Threading.Tasks.Parallel.For(0, result.Length, i => result[i] = new EntityFeatures(graph.EntityAt(i)));
            return result;
        }

        /// <summary>Gets the identifier keys: <c>scheme\u0001VALUE</c>.</summary>
        public IEnumerable<string> IdKeys() => Ids.Select(x => x.Scheme + "\u0001" + x.Value).Distinct(StringComparer.Ordinal);

        /// <summary>
        /// Gets the name keys: each folded name whole (<c>n</c>), its words sorted (<c>t</c>, for "Putin Vladimir"), and
        /// each word of three letters or more by its consonant skeleton (<c>s</c>, which bridges transliterations:
        /// Lukashenko and Lukashenka both give <c>lkshnk</c>).
        /// </summary>
        public IEnumerable<string> NameKeys()
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in Names)
            {
                keys.Add("n" + name);
                string[] words = name.Split(' ');
                if (words.Length > 1)
                {
                    keys.Add("t" + string.Join(" ", words.OrderBy(w => w, StringComparer.Ordinal)));
                }

                foreach (string w in words)
                {
                    if (w.Length >= 3)
                    {
                        string skeleton = NameSimilarity.Skeleton(w);
                        keys.Add(skeleton.Length >= 3 ? "s" + skeleton : "w" + w);
                    }
                }
            }

            return keys;
        }

        /// <summary>Gets what values of a scheme with none in common weigh against a match: 0 for schemes of which an entity may have several unrelated values (OpenSanctions ids: one per source dataset).</summary>
        public static double ConflictWeight(string scheme) => ConflictWeights.TryGetValue(scheme, out double w) ? w : 0;

        private static string IdValue(string value)
        {
            var chars = new List<char>(value.Length);
            foreach (char c in value)
            {
                if (!char.IsWhiteSpace(c) && c != '-')
                {
                    chars.Add(char.ToUpperInvariant(c));
                }
            }

            return new string(chars.ToArray());
        }

        private static IEnumerable<string> Strings(object value) => value switch
        {
            string s => new[] { s },
            IEnumerable<string> list => list,
            _ => new[] { PropertyMap.Format(value) },
        };
    }
}

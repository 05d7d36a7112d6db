using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Queries.Search
{
    /// <summary>Ranked entity search over ids, external ids and folded names (built once per graph).</summary>
    internal sealed class EntitySearch
    {
        private static readonly ConditionalWeakTable<Graph, EntitySearch> Indexes = new ConditionalWeakTable<Graph, EntitySearch>();

        private readonly Graph _graph;
        private readonly string[][] _folded;

        private EntitySearch(Graph graph)
        {
            _graph = graph;
            _folded = new string[graph.VertexCount][];
            for (int v = 0; v < _folded.Length; v++)
            {
                Entity e = graph.EntityAt(v);
                var names = new string[1 + e.Aliases.Count];
                names[0] = NameNormalizer.Normalize(e.Name);
                for (int i = 0; i < e.Aliases.Count; i++)
                {
                    names[i + 1] = NameNormalizer.Normalize(e.Aliases[i]);
                }

                _folded[v] = names;
            }
        }

        public static EntitySearch Of(Graph graph) => Indexes.GetValue(graph, g => new EntitySearch(g));

        public SearchResults Search(string text, string? kind, int limit, double minScore)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (limit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be at least 1.");
            }

            if (kind != null && !_graph.Vocabulary.TryGetKind(kind, out _) && !HasKindIgnoringCase(kind))
            {
                throw new InvalidQueryException($"'{kind}' is not an entity kind.");
            }

            string query = NameNormalizer.Normalize(text);
            string trimmed = text.Trim();
            int colon = trimmed.IndexOf(':');
            string? scheme = colon > 0 ? trimmed.Substring(0, colon) : null;
            string idValue = colon > 0 ? trimmed.Substring(colon + 1) : trimmed;
            var hits = new List<SearchHit>();
            for (int v = 0; v < _folded.Length; v++)
            {
                Entity e = _graph.EntityAt(v);
                if (kind != null && !IsA(e.Kind, kind))
                {
                    continue;
                }

                if (string.Equals(e.Id, trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    hits.Add(new SearchHit(e, 1.0, e.Id, SearchMatchKind.Id));
                    continue;
                }

                ExternalId? x = null;
                foreach (ExternalId candidate in e.ExternalIds)
                {
                    if (string.Equals(candidate.Value, idValue, StringComparison.OrdinalIgnoreCase) && (scheme == null || string.Equals(candidate.Scheme, scheme, StringComparison.OrdinalIgnoreCase)))
                    {
                        x = candidate;
                        break;
                    }
                }

                if (x != null)
                {
                    hits.Add(new SearchHit(e, 1.0, x.ToString(), SearchMatchKind.ExternalId));
                    continue;
                }

                string[] names = _folded[v];
                double best = 0;
                int bestName = -1;
                for (int i = 0; i < names.Length; i++)
                {
                    double s = NameSimilarity.ScoreFolded(query, names[i]);
                    if (s > best)
                    {
                        best = s;
                        bestName = i;
                        if (s >= 1)
                        {
                            break;
                        }
                    }
                }

                if (bestName >= 0 && best >= minScore)
                {
                    string matched = bestName == 0 ? e.Name : e.Aliases[bestName - 1];
                    hits.Add(new SearchHit(e, best, matched, best >= 1 ? SearchMatchKind.Name : SearchMatchKind.Fuzzy));
                }
            }

            hits.Sort((a, b) =>
            {
                int c = b.Score.CompareTo(a.Score);
                return c != 0 ? c : a.Entity.Index.CompareTo(b.Entity.Index);
            });
            bool truncated = hits.Count > limit;
            if (truncated)
            {
                hits.RemoveRange(limit, hits.Count - limit);
            }

            return new SearchResults(text, hits, truncated);
        }

        private static bool IsA(EntityKind kind, string name)
        {
            for (EntityKind? k = kind; k != null; k = k.Parent)
            {
                if (string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasKindIgnoringCase(string kind)
        {
            foreach (EntityKind k in _graph.Vocabulary.Kinds)
            {
                if (string.Equals(k.Name, kind, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

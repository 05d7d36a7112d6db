using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Queries.Search
{
    /// <summary>Ranked entity search over ids, external ids and folded names, with a trigram index to find candidates (built once per graph).</summary>
    internal sealed class EntitySearch
    {
        private static readonly ConditionalWeakTable<Graph, EntitySearch> Indexes = new ConditionalWeakTable<Graph, EntitySearch>();

        private readonly Graph _graph;
        private readonly string[][] _folded;
        private readonly Dictionary<string, int[]> _grams;
        private readonly Dictionary<string, int[]> _externalIds;
        private const int CandidateCap = 2000;

        private readonly int[] _mark;
        private readonly int[] _count;
        private int _stamp;

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

            _grams = BuildGrams(_folded);
            var ids = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            for (int v = 0; v < _folded.Length; v++)
            {
                foreach (ExternalId x in graph.EntityAt(v).ExternalIds)
                {
                    if (!ids.TryGetValue(x.Value, out List<int>? list))
                    {
                        ids[x.Value] = list = new List<int>(1);
                    }

                    list.Add(v);
                }
            }

            _externalIds = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, List<int>> p in ids)
            {
                _externalIds.Add(p.Key, p.Value.ToArray());
            }

            _mark = new int[_folded.Length];
            _count = new int[_folded.Length];
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
                throw new UnknownKindException(kind, _graph.Vocabulary.Kinds.Select(k => k.Name));
            }

            string query = NameNormalizer.Normalize(text);
            string trimmed = text.Trim();
            int colon = trimmed.IndexOf(':');
            string? scheme = colon > 0 ? trimmed.Substring(0, colon) : null;
            string idValue = colon > 0 ? trimmed.Substring(colon + 1) : trimmed;
            var hits = new List<SearchHit>();
            foreach (int v in Candidates(query, trimmed, idValue))
            {
                Entity e = _graph.EntityAt(v);
                if (kind != null && !e.Kind.IsA(kind))
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
                    double sc = NameSimilarity.ScoreFolded(query, names[i]);
                    if (sc > best)
                    {
                        best = sc;
                        bestName = i;
                        if (sc >= 1)
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

        /// <summary>
        /// Gets the entities worth scoring: those whose id or external id is the text, and those that share a
        /// trigram (of a word, padded at both ends, or of its consonant skeleton) with a word of the query. A name that
        /// shares no trigram with the query cannot reach the default cut-off, so scanning only these keeps search
        /// fast on large graphs. When more than 2,000 entities share a trigram (a common word), the 2,000 that share
        /// the most are kept. Entities come back in the order they were added.
        /// </summary>
        private List<int> Candidates(string query, string trimmed, string idValue)
        {
            var result = new List<int>();
            lock (_mark)
            {
                int stamp = ++_stamp;
                if (_graph.TryGetEntity(trimmed, out Entity? byId))
                {
                    Add(byId.Index);
                }

                if (_externalIds.TryGetValue(idValue, out int[]? byExternal))
                {
                    foreach (int v in byExternal)
                    {
                        Add(v);
                    }
                }

                foreach (string gram in Grams(query))
                {
                    if (_grams.TryGetValue(gram, out int[]? posting))
                    {
                        foreach (int v in posting)
                        {
                            Add(v);
                        }
                    }
                }

                if (result.Count > CandidateCap)
                {
                    int[] counts = new int[result.Count];
                    for (int i = 0; i < counts.Length; i++)
                    {
                        counts[i] = -_count[result[i]];
                    }

                    int[] order = result.ToArray();
                    Array.Sort(counts, order);
                    result = new List<int>(order.Take(CandidateCap));
                }

                void Add(int v)
                {
                    if (_mark[v] != stamp)
                    {
                        _mark[v] = stamp;
                        _count[v] = 0;
                        result.Add(v);
                    }

                    _count[v]++;
                }
            }

            result.Sort();
            return result;
        }

        private static Dictionary<string, int[]> BuildGrams(string[][] folded)
        {
            var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int v = 0; v < folded.Length; v++)
            {
                foreach (string name in folded[v])
                {
                    foreach (string gram in Grams(name))
                    {
                        if (!lists.TryGetValue(gram, out List<int>? list))
                        {
                            lists[gram] = list = new List<int>(2);
                        }

                        if (list.Count == 0 || list[list.Count - 1] != v)
                        {
                            list.Add(v);
                        }
                    }
                }
            }

            var grams = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<int>> p in lists)
            {
                grams.Add(p.Key, p.Value.ToArray());
            }

            return grams;
        }

        private static IEnumerable<string> Grams(string folded)
        {
            foreach (string word in folded.Split(' '))
            {
                if (word.Length == 0)
                {
                    continue;
                }

                string padded = "$" + word + "$";
                for (int i = 0; i + 3 <= padded.Length; i++)
                {
                    yield return padded.Substring(i, 3);
                }

                if (word.Length == 4)
                {
                    // Swapping the two middle letters of a four-letter word ("aisa" for "asia") changes every padded
                    // trigram, yet the word still scores 0.75; the sorted letters survive any swap.
                    char[] letters = word.ToCharArray();
                    Array.Sort(letters);
                    yield return "=" + new string(letters);
                }

                string skeleton = NameSimilarity.Skeleton(word);
                if (word.Length >= 4 && skeleton.Length >= 2)
                {
                    string sp = "#" + skeleton + "#";
                    for (int i = 0; i + 3 <= sp.Length; i++)
                    {
                        yield return "~" + sp.Substring(i, 3);
                    }
                }
            }
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

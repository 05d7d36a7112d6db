using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Merging
{
    /// <summary>
    /// Finds the entities of two graphs that may be the same: candidate pairs with a score and the evidence, found by
    /// blocking (shared identifiers and name keys), not by comparing every pair.
    /// </summary>
    /// <remarks>
    /// <para><b>Blocking.</b> The right graph is indexed by identifier (external ids of every scheme, and identifier
    /// properties: <c>registrationNumber</c>, <c>innCode</c>/<c>taxNumber</c>, <c>ogrnCode</c>, <c>leiCode</c>…) and by
    /// name keys of every name and alias folded by <see cref="NameNormalizer"/> (case, diacritics, Cyrillic): the whole
    /// name, its words sorted, and each word's consonant skeleton (<see cref="NameSimilarity.Skeleton"/>, which bridges
    /// transliteration schemes). Each entity of the left graph is scored only against the entities that share a key with
    /// it. A name key shared by more than <see cref="MatchOptions.MaxBlockSize"/> entities is skipped as too common. The
    /// work is about the number of pairs that share a key, not the product of the sizes; <see cref="MatchAllPairs"/>
    /// scores every pair the same way, to check the blocking on a small sample.</para>
    /// <para><b>Score.</b> Kinds must be compatible (the same, or one a kind of the other in the vocabulary's kind
    /// tree: a Company never matches a Person). A shared identifier gives 0.95 (+0.01 for each more); otherwise the best
    /// pair of names gives 0.8 × its similarity (1 for the same folded name; the fuzzy <see cref="NameSimilarity"/>,
    /// averaged both ways, from 0.75; the same words in another order count as the same name). Then: compatible but different kinds −0.05; a dated property (birth, death,
    /// incorporation) that agrees (the partial dates overlap) +0.1, that disagrees −0.35; countries (country,
    /// nationality, citizenship, jurisdiction) in common +0.05, none in common −0.2; an identifier scheme with one value
    /// per entity (Wikidata, ISO 3166) with different values −0.5, a registration number that differs −0.3; names alike
    /// only (no shared identifier) that each hold a different place word the other lacks −0.3
    /// (<see cref="MatchReasonKind.ConflictingNameWord"/>: <c>President of Belarus</c> is not <c>President of Russia</c>); each
    /// neighbour name or identifier in common +0.03 (at most three). The score is clamped to [0, 1] and rounded to three
    /// decimals. A pair with neither a shared identifier nor a name similarity of 0.75 is never a candidate.</para>
    /// <para>Deterministic: the same graphs and options give the same candidates in the same order, however many threads
    /// score them. Matching a graph with itself compares each pair once and never an entity with itself (finding
    /// duplicates). Thread-safe.</para>
    /// </remarks>
    public static class EntityMatcher
    {
        private const double NameThreshold = 0.75;
        private const int MaxNamesCompared = 40;

        private const double PlaceWordWeight = -0.3;

        /// <summary>The kinds whose one-word names are place words (with their sub-kinds).</summary>
        private static readonly string[] PlaceKinds = { "State", "Country", "Place", "Region", "City", "Location" };

        /// <summary>Finds the candidate pairs between two named graphs, by blocking.</summary>
        /// <param name="left">The left graph.</param>
        /// <param name="right">The right graph (the same as <paramref name="left"/> to find duplicates).</param>
        /// <param name="options">The options; <see cref="MatchOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The candidates, best first.</returns>
        public static MatchResult Match(NamedGraph left, NamedGraph right, MatchOptions? options = null) => Run(left, right, options ?? MatchOptions.Default, blocking: true);

        /// <summary>Scores every pair of entities, without blocking: the reference the blocking is checked against (O(n·m): for small samples).</summary>
        /// <param name="left">The left graph.</param>
        /// <param name="right">The right graph.</param>
        /// <param name="options">The options; <see cref="MatchOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The candidates, best first.</returns>
        public static MatchResult MatchAllPairs(NamedGraph left, NamedGraph right, MatchOptions? options = null) => Run(left, right, options ?? MatchOptions.Default, blocking: false);

        /// <summary>Scores one pair of entities, whatever blocking would say.</summary>
        /// <param name="left">An entity.</param>
        /// <param name="right">Another entity.</param>
        /// <returns>The score and reasons, or <c>null</c> when the pair cannot be a candidate (incompatible kinds, or neither an identifier nor a name alike).</returns>
        public static (double Score, IReadOnlyList<MatchReason> Reasons)? ScorePair(Entity left, Entity right)
        {
            var scorer = new Scorer(new[] { EntityFeatures.For(left ?? throw new ArgumentNullException(nameof(left))) }, new[] { EntityFeatures.For(right ?? throw new ArgumentNullException(nameof(right))) }, null, null);
            return scorer.Score(0, 0);
        }

        private static MatchResult Run(NamedGraph left, NamedGraph right, MatchOptions options, bool blocking)
        {
            if (left == null)
            {
                throw new ArgumentNullException(nameof(left));
            }

            if (right == null)
            {
                throw new ArgumentNullException(nameof(right));
            }

            if (options.MinScore < 0 || options.MinScore > 1 || double.IsNaN(options.MinScore))
            {
                throw new ArgumentOutOfRangeException(nameof(options), options.MinScore, "MinScore must be between 0 and 1.");
            }

            if (options.MaxCandidatesPerEntity < 1 || options.MaxBlockSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "MaxCandidatesPerEntity and MaxBlockSize must be at least 1.");
            }

            bool self = ReferenceEquals(left.Graph, right.Graph);
            EntityFeatures[] a = EntityFeatures.Of(left.Graph);
            EntityFeatures[] b = self ? a : EntityFeatures.Of(right.Graph);
            var scorer = new Scorer(a, b, left.Graph, right.Graph);
            int skipped = 0;
            Dictionary<string, int[]>? index = null;
            if (blocking)
            {
                index = BuildIndex(b, options.MaxBlockSize, out skipped);
            }

            var perLeft = new List<MatchCandidate>?[a.Length];
            long scored = 0;
            Parallel.For(
                0,
                a.Length,
                () => (Stamp: new int[b.Length], Seen: 0, Count: 0L),
                (i, _, local) =>
                {
                    var found = new List<(int J, double Score, IReadOnlyList<MatchReason> Reasons)>();
                    void Try(int j)
                    {
                        if (self && j <= i)
                        {
                            return;
                        }

                        local.Count++;
                        (double Score, IReadOnlyList<MatchReason> Reasons)? s = scorer.Score(i, j);
                        if (s.HasValue && s.Value.Score >= options.MinScore)
                        {
                            found.Add((j, s.Value.Score, s.Value.Reasons));
                        }
                    }

                    if (index == null)
                    {
                        for (int j = 0; j < b.Length; j++)
                        {
                            Try(j);
                        }
                    }
                    else
                    {
                        int stamp = ++local.Seen;
                        foreach (string key in a[i].IdKeys().Select(k => "x" + k).Concat(a[i].NameKeys()))
                        {
                            if (index.TryGetValue(key, out int[]? block))
                            {
                                foreach (int j in block)
                                {
                                    if (local.Stamp[j] != stamp)
                                    {
                                        local.Stamp[j] = stamp;
                                        Try(j);
                                    }
                                }
                            }
                        }
                    }

                    if (found.Count > 0)
                    {
                        perLeft[i] = found
                            .OrderByDescending(f => f.Score).ThenBy(f => b[f.J].Entity.Id, StringComparer.Ordinal)
                            .Take(options.MaxCandidatesPerEntity)
                            .Select(f =>
                            {
                                string lr = left.RefOf(a[i].Entity), rr = right.RefOf(b[f.J].Entity);
                                return new MatchCandidate(a[i].Entity, lr, b[f.J].Entity, rr, f.Score, f.Reasons, options.Decisions?.Find(lr, rr));
                            })
                            .ToList();
                    }

                    return local;
                },
                local => Interlocked.Add(ref scored, local.Count));

            List<MatchCandidate> all = perLeft.Where(l => l != null).SelectMany(l => l!)
                .OrderByDescending(c => c.Score).ThenBy(c => c.LeftRef, StringComparer.Ordinal).ThenBy(c => c.RightRef, StringComparer.Ordinal)
                .ToList();
            return new MatchResult(left.Name, right.Name, all, scored, skipped);
        }

        private static Dictionary<string, int[]> BuildIndex(EntityFeatures[] b, int maxBlock, out int skipped)
        {
            var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            void Add(string key, int j)
            {
                if (!lists.TryGetValue(key, out List<int>? list))
                {
                    lists[key] = list = new List<int>(1);
                }

                if (list.Count == 0 || list[list.Count - 1] != j)
                {
                    list.Add(j);
                }
            }

            for (int j = 0; j < b.Length; j++)
            {
                foreach (string key in b[j].IdKeys())
                {
                    Add("x" + key, j);
                }

                foreach (string key in b[j].NameKeys())
                {
                    Add(key, j);
                }
            }

            skipped = 0;
            var index = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<int>> p in lists)
            {
                if (p.Key[0] != 'x' && p.Value.Count > maxBlock)
                {
                    skipped++;
                    continue;
                }

                index.Add(p.Key, p.Value.ToArray());
            }

            return index;
        }

        /// <summary>Scores pairs of entities of two feature tables.</summary>
        private sealed class Scorer
        {
            private readonly EntityFeatures[] _a;
            private readonly EntityFeatures[] _b;
            private readonly Graph? _graphA;
            private readonly Graph? _graphB;
            private readonly HashSet<string>?[] _neighboursA;
            private readonly HashSet<string>?[] _neighboursB;
            private readonly HashSet<string> _placeWords = new HashSet<string>(StringComparer.Ordinal);

            public Scorer(EntityFeatures[] a, EntityFeatures[] b, Graph? graphA, Graph? graphB)
            {
                _a = a;
                _b = b;
                _graphA = graphA;
                _graphB = graphB;
                _neighboursA = new HashSet<string>?[a.Length];
                _neighboursB = ReferenceEquals(a, b) ? _neighboursA : new HashSet<string>?[b.Length];
                if (graphA != null && graphB != null)
                {
                    foreach (EntityFeatures f in ReferenceEquals(a, b) ? a : a.Concat(b))
                    {
                        if (IsPlace(f.Entity.Kind))
                        {
                            _placeWords.UnionWith(f.Names.Where(n => n.Length > 1 && n.IndexOf(' ') < 0));
                        }
                    }
                }
            }

            public (double Score, IReadOnlyList<MatchReason> Reasons)? Score(int i, int j)
            {
                EntityFeatures x = _a[i], y = _b[j];
                if (!KindsCompatible(x.Entity.Kind, y.Entity.Kind))
                {
                    return null;
                }

                // Cheap tests first: most pairs a block brings share neither an identifier nor a name alike.
                bool anyShared = false;
                foreach (var t in x.Ids)
                {
                    foreach (var u in y.Ids)
                    {
                        anyShared |= t.Scheme == u.Scheme && t.Value == u.Value;
                    }
                }

                (double name, string? nx, string? ny) = BestName(x, y);
                if (!anyShared && name < NameThreshold)
                {
                    return null;
                }

                var reasons = new List<MatchReason>();
                var shared = new List<string>();
                var conflicts = new List<MatchReason>();
                foreach (string scheme in x.Ids.Select(t => t.Scheme).Distinct(StringComparer.Ordinal))
                {
                    var xs = x.Ids.Where(t => t.Scheme == scheme).ToList();
                    var ys = y.Ids.Where(t => t.Scheme == scheme).ToList();
                    if (ys.Count == 0)
                    {
                        continue;
                    }

                    var common = xs.Where(t => ys.Any(u => u.Value == t.Value)).ToList();
                    if (common.Count > 0)
                    {
                        shared.AddRange(common.Select(t => t.Shown));
                    }
                    else if (EntityFeatures.ConflictWeight(scheme) < 0)
                    {
                        conflicts.Add(new MatchReason(MatchReasonKind.ConflictingId, EntityFeatures.ConflictWeight(scheme), $"different {scheme} ids: {string.Join(", ", xs.Select(t => t.Value))} / {string.Join(", ", ys.Select(t => t.Value))}"));
                    }
                }

                double score;
                if (shared.Count > 0)
                {
                    double w = 0.95 + (0.01 * Math.Min(4, shared.Count - 1));
                    reasons.Add(new MatchReason(MatchReasonKind.SharedId, w, "shared " + string.Join(", ", shared.Distinct(StringComparer.Ordinal))));
                    score = w;
                    if (name >= NameThreshold)
                    {
                        reasons.Add(NameReason(name, nx!, ny!, 0.04 * name));
                        score += 0.04 * name;
                    }
                }
                else
                {
                    reasons.Add(NameReason(name, nx!, ny!, 0.8 * name));
                    score = 0.8 * name;
                    string? places = name < 1 ? DifferentPlaces(nx!, ny!) : null;
                    if (places != null)
                    {
                        conflicts.Add(new MatchReason(MatchReasonKind.ConflictingNameWord, PlaceWordWeight, "the names name different places: " + places));
                    }
                }

                reasons.AddRange(conflicts);
                if (!string.Equals(x.Entity.Kind.Name, y.Entity.Kind.Name, StringComparison.Ordinal))
                {
                    reasons.Add(new MatchReason(MatchReasonKind.CompatibleKind, -0.05, $"kinds {x.Entity.Kind.Name} / {y.Entity.Kind.Name} (one is a kind of the other)"));
                }

                foreach ((string property, string label) in EntityFeatures.DateProperties)
                {
                    var dx = x.Dates.Where(d => d.Property == property).Select(d => d.Date).ToList();
                    var dy = y.Dates.Where(d => d.Property == property).Select(d => d.Date).ToList();
                    if (dx.Count == 0 || dy.Count == 0)
                    {
                        continue;
                    }

                    PartialDate? agree = dx.Where(d => dy.Any(e => d.Overlaps(e))).Select(d => (PartialDate?)d).FirstOrDefault();
                    reasons.Add(agree.HasValue
                        ? new MatchReason(MatchReasonKind.AgreeingDate, 0.1, $"{label} agree: {agree.Value}")
                        : new MatchReason(MatchReasonKind.ConflictingDate, -0.35, $"{label} differ: {string.Join(", ", dx)} / {string.Join(", ", dy)}"));
                }

                if (x.Countries.Length > 0 && y.Countries.Length > 0)
                {
                    string[] common = x.Countries.Intersect(y.Countries, StringComparer.Ordinal).ToArray();
                    reasons.Add(common.Length > 0
                        ? new MatchReason(MatchReasonKind.AgreeingCountry, 0.05, "countries agree: " + string.Join(", ", common))
                        : new MatchReason(MatchReasonKind.ConflictingCountry, -0.2, $"countries differ: {string.Join(", ", x.Countries)} / {string.Join(", ", y.Countries)}"));
                }

                int neighbours = SharedNeighbours(i, j);
                if (neighbours > 0)
                {
                    double w = 0.03 * Math.Min(3, neighbours);
                    reasons.Add(new MatchReason(MatchReasonKind.SharedNeighbour, w, $"{neighbours} neighbour name{(neighbours == 1 ? string.Empty : "s")} or id{(neighbours == 1 ? string.Empty : "s")} in common"));
                }

                score += reasons.Skip(1).Where(r => r.Kind != MatchReasonKind.SameName && r.Kind != MatchReasonKind.SimilarName).Sum(r => r.Weight);
                score = Math.Round(Math.Max(0, Math.Min(1, score)), 3, MidpointRounding.AwayFromZero);
                return (score, reasons);
            }

            private static MatchReason NameReason(double name, string nx, string ny, double weight) => name >= 1
                ? new MatchReason(MatchReasonKind.SameName, weight, string.Equals(nx, ny, StringComparison.Ordinal) ? $"same name '{nx}'" : $"same name '{nx}' = '{ny}'")
                : new MatchReason(MatchReasonKind.SimilarName, weight, $"similar names '{nx}' ~ '{ny}' ({name.ToString("0.00", CultureInfo.InvariantCulture)})");

            private static (double Score, string? Left, string? Right) BestName(EntityFeatures x, EntityFeatures y)
            {
                for (int p = 0; p < x.Names.Length; p++)
                {
                    if (y.NameSet.Contains(x.Names[p]))
                    {
                        int q = Array.IndexOf(y.Names, x.Names[p]);
                        return (1, x.Originals[p], y.Originals[q]);
                    }
                }

                for (int p = 0; p < x.SortedNames.Length; p++)
                {
                    if (y.SortedNameSet.Contains(x.SortedNames[p]))
                    {
                        // The same words in another order: "PUTIN, Vladimir", "Путин Владимир".
                        int q = Array.IndexOf(y.SortedNames, x.SortedNames[p]);
                        return (1, x.Originals[p], y.Originals[q]);
                    }
                }

                double best = 0;
                int bp = -1, bq = -1;
                for (int p = 0; p < Math.Min(x.Names.Length, MaxNamesCompared); p++)
                {
                    for (int q = 0; q < Math.Min(y.Names.Length, MaxNamesCompared); q++)
                    {
                        // The average of both ways reaches the threshold only if each way reaches 2 × threshold − 1: skip the second way otherwise.
                        double one = NameSimilarity.ScoreFolded(x.Names[p], y.Names[q]);
                        if (one < (2 * NameThreshold) - 1)
                        {
                            continue;
                        }

                        double s = (one + NameSimilarity.ScoreFolded(y.Names[q], x.Names[p])) / 2;
                        if (s > best)
                        {
                            best = s;
                            bp = p;
                            bq = q;
                        }
                    }
                }

                return bp < 0 ? (0, null, null) : (best, x.Originals[bp], y.Originals[bq]);
            }

            private static bool IsPlace(EntityKind kind)
            {
                for (EntityKind? k = kind; k != null; k = k.Parent)
                {
                    if (Array.IndexOf(PlaceKinds, k.Name) >= 0)
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Gets the place words each name holds and the other lacks, as <c>'belarus' / 'russia'</c>, when both have one and no pair of them is alike (a transliteration of the same place); else <c>null</c>.</summary>
            private string? DifferentPlaces(string left, string right)
            {
                if (_placeWords.Count == 0)
                {
                    return null;
                }

                string[] wx = NameNormalizer.Normalize(left).Split(' '), wy = NameNormalizer.Normalize(right).Split(' ');
                string[] px = wx.Where(w => _placeWords.Contains(w) && Array.IndexOf(wy, w) < 0).Distinct(StringComparer.Ordinal).ToArray();
                string[] py = wy.Where(w => _placeWords.Contains(w) && Array.IndexOf(wx, w) < 0).Distinct(StringComparer.Ordinal).ToArray();
                if (px.Length == 0 || py.Length == 0)
                {
                    return null;
                }

                foreach (string p in px)
                {
                    foreach (string q in py)
                    {
                        if (NameSimilarity.Skeleton(p) == NameSimilarity.Skeleton(q) || NameSimilarity.ScoreFolded(p, q) >= NameThreshold)
                        {
                            return null;
                        }
                    }
                }

                return string.Join(", ", px.Select(w => "'" + w + "'")) + " / " + string.Join(", ", py.Select(w => "'" + w + "'"));
            }

            private static bool KindsCompatible(EntityKind a, EntityKind b)
            {
                for (EntityKind? k = a; k != null; k = k.Parent)
                {
                    if (string.Equals(k.Name, b.Name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                for (EntityKind? k = b; k != null; k = k.Parent)
                {
                    if (string.Equals(k.Name, a.Name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            private int SharedNeighbours(int i, int j)
            {
                if (_graphA == null || _graphB == null)
                {
                    return 0;
                }

                HashSet<string> na = Neighbours(_neighboursA, _a, _graphA, i);
                HashSet<string> nb = Neighbours(_neighboursB, _b, _graphB, j);
                if (na.Count == 0 || nb.Count == 0)
                {
                    return 0;
                }

                return na.Count <= nb.Count ? na.Count(nb.Contains) : nb.Count(na.Contains);
            }

            private static HashSet<string> Neighbours(HashSet<string>?[] cache, EntityFeatures[] features, Graph graph, int v)
            {
                HashSet<string>? set = Volatile.Read(ref cache[v]);
                if (set != null)
                {
                    return set;
                }

                set = new HashSet<string>(StringComparer.Ordinal);
                int count = 0;
                foreach (Entity n in graph.Neighbors(graph.EntityAt(v)))
                {
                    if (++count > 200)
                    {
                        break; // a hub's neighbours tell little; keep the cost bounded
                    }

                    EntityFeatures f = features[n.Index];
                    if (f.Names.Length > 0)
                    {
                        set.Add("n" + f.Names[0]);
                    }

                    foreach (string key in f.IdKeys())
                    {
                        set.Add("x" + key);
                    }
                }

                Volatile.Write(ref cache[v], set);
                return set;
            }
        }
    }
}

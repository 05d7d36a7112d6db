using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KnowledgeGraph.Merging
{
    /// <summary>
    /// Merges graphs from several sources into one, keeping where every fact came from: matched entities become one,
    /// every name, alias and identifier is kept, conflicting values are kept side by side, and relations stating the same
    /// fact are combined with all their citations.
    /// </summary>
    /// <remarks>
    /// <para><b>Which entities become one.</b> Every <see cref="Judgement.Same"/> decision joins its two entities, and
    /// (with <see cref="MergeOptions.AutoMergeSharedIds"/>) so does every candidate of <see cref="EntityMatcher"/> between two
    /// inputs that shares an identifier, has no conflicting evidence and is not decided otherwise. A
    /// <see cref="Judgement.Different"/> decision keeps its two entities apart through any chain of joins: a join that
    /// would bring them into one entity is refused and reported. Decisions are applied first, in the order of their
    /// references, then the automatic joins by score; so the entities that become one do not depend on the order of the
    /// inputs, nor on the order of the decisions. Undo is a negative judgement and a merge again.</para>
    /// <para><b>Ids.</b> A merged entity takes the id of its member from the earliest input (in the order given; within it,
    /// the earliest entity), and that member's name; the other names become aliases. An id another input has already
    /// taken (for an entity, relation or source that is not the same) becomes <c>input:id</c> (then <c>-2</c>, <c>-3</c>…),
    /// and the report lists it. A merged entity records its members as the property <c>mergedFrom</c>
    /// (<c>union-state:putin</c>, <c>wikidata:q7747</c>).</para>
    /// <para><b>Values.</b> A property on which the members agree, or that one member has, is kept. Where they disagree,
    /// each value is kept under the property qualified by its input, <c>birthDate@wikidata</c>, and the plain property is
    /// not written, so that no query takes one source's value for the agreed one; the report lists the conflict. The
    /// description is the earliest member's; a different one is kept as <c>description@input</c>. External ids are all
    /// kept, each with its source.</para>
    /// <para><b>Provenance.</b> Sources keep their ids (the same source in two inputs is kept once). Each input's datasets
    /// are kept; an input that records none becomes a dataset named after it that lists its sources. A relation that cites
    /// no source of a dataset of its input (an inferred relation without citations) gets a citation of a source
    /// <c>dataset:input</c> (kind dataset), so that every relation of the merged graph says which dataset it came from.
    /// Relations with the same type, ends (after merging), stated time, status, attribution, note, subject, confidence
    /// and properties state the same fact: they become one relation (the earliest's id) with the citations of all.</para>
    /// <para>Deterministic: the same inputs, in the same order, with the same decisions give the same graph, byte for byte
    /// once saved.</para>
    /// </remarks>
    public static class GraphMerger
    {
        /// <summary>Merges graphs.</summary>
        /// <param name="inputs">The graphs, named (names must differ); the first one's ids are kept first.</param>
        /// <param name="options">The options; <see cref="MergeOptions.Default"/> when <c>null</c>.</param>
        /// <returns>The merged graph and the report.</returns>
        /// <exception cref="ArgumentException">No input, or two inputs have the same name.</exception>
        /// <exception cref="GraphValidationException">The merged graph is not valid (an input's kind or relation type the first input's vocabulary does not have).</exception>
        public static MergeResult Merge(IReadOnlyList<NamedGraph> inputs, MergeOptions? options = null)
        {
            if (inputs == null || inputs.Count == 0)
            {
                throw new ArgumentException("Give at least one graph to merge.", nameof(inputs));
            }

            options ??= MergeOptions.Default;
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < inputs.Count; i++)
            {
                if (inputs[i] == null)
                {
                    throw new ArgumentException("An input is null.", nameof(inputs));
                }

                if (byName.ContainsKey(inputs[i].Name))
                {
                    throw new ArgumentException($"Two inputs are named '{inputs[i].Name}'; name them apart.", nameof(inputs));
                }

                byName.Add(inputs[i].Name, i);
            }

            return new Run(inputs, byName, options).Execute();
        }

        private sealed class Run
        {
            private readonly IReadOnlyList<NamedGraph> _inputs;
            private readonly Dictionary<string, int> _byName;
            private readonly MergeOptions _options;
            private readonly int[] _offset;
            private readonly int[] _parent;
            private readonly List<int>?[] _forbid;
            private readonly List<string> _refused = new List<string>();
            private readonly List<string> _renamed = new List<string>();

            public Run(IReadOnlyList<NamedGraph> inputs, Dictionary<string, int> byName, MergeOptions options)
            {
                _inputs = inputs;
                _byName = byName;
                _options = options;
                _offset = new int[inputs.Count + 1];
                for (int i = 0; i < inputs.Count; i++)
                {
                    _offset[i + 1] = _offset[i] + inputs[i].Graph.VertexCount;
                }

                _parent = Enumerable.Range(0, _offset[inputs.Count]).ToArray();
                _forbid = new List<int>?[_parent.Length];
            }

            public MergeResult Execute()
            {
                // 1. Which entities become one.
                DecisionSet decisions = _options.Decisions ?? DecisionSet.Empty;
                int applied = 0, notFound = 0;
                var positive = new List<(int A, int B, string Why)>();
                foreach (MatchDecision d in decisions.Decisions)
                {
                    int a = Node(d.Left), b = Node(d.Right);
                    if (a < 0 || b < 0)
                    {
                        notFound++;
                        continue;
                    }

                    applied++;
                    if (d.Judgement == Judgement.Different)
                    {
                        (_forbid[a] ??= new List<int>()).Add(b);
                        (_forbid[b] ??= new List<int>()).Add(a);
                    }
                    else if (d.Judgement == Judgement.Same)
                    {
                        positive.Add((a, b, $"{d.Left} = {d.Right} (same by {d.DecidedBy})"));
                    }
                }

                int automatic = 0;
                var auto = new List<(int A, int B, string Why)>();
                if (_options.AutoMergeSharedIds)
                {
                    var found = new List<(double Score, string Min, string Max, int A, int B)>();
                    MatchOptions match = (_options.Match ?? MatchOptions.Default) with { Decisions = decisions };
                    for (int i = 0; i < _inputs.Count; i++)
                    {
                        for (int j = i + 1; j < _inputs.Count; j++)
                        {
                            foreach (MatchCandidate c in EntityMatcher.Match(_inputs[i], _inputs[j], match).Candidates)
                            {
                                if (c.Decision == null && c.Reasons[0].Kind == MatchReasonKind.SharedId && !c.Reasons.Any(r => r.IsConflict && r.Kind != MatchReasonKind.CompatibleKind))
                                {
                                    bool leftFirst = string.CompareOrdinal(c.LeftRef, c.RightRef) <= 0;
                                    found.Add((c.Score, leftFirst ? c.LeftRef : c.RightRef, leftFirst ? c.RightRef : c.LeftRef, _offset[i] + c.Left.Index, _offset[j] + c.Right.Index));
                                }
                            }
                        }
                    }

                    foreach (var f in found.OrderByDescending(f => f.Score).ThenBy(f => f.Min, StringComparer.Ordinal).ThenBy(f => f.Max, StringComparer.Ordinal))
                    {
                        auto.Add((f.A, f.B, $"{f.Min} = {f.Max} (shared identifier, score {f.Score.ToString("0.00", CultureInfo.InvariantCulture)})"));
                    }
                }

                foreach ((int a, int b, string why) in positive)
                {
                    Union(a, b, why);
                }

                foreach ((int a, int b, string why) in auto)
                {
                    if (Find(a) != Find(b) && Union(a, b, why))
                    {
                        automatic++;
                    }
                }

                // 2. The merged graph.
                Vocabulary vocabulary = _inputs.Any(x => x.Graph.Vocabulary.BuiltInName == Vocabulary.OpenName) ? Vocabulary.Open : _inputs[0].Graph.Vocabulary;
                var builder = new GraphBuilder(vocabulary)
                {
                    Title = _options.Title ?? "Merge of " + string.Join(", ", _inputs.Select(x => x.Name)),
                    Description = "Merged from " + string.Join("; ", _inputs.Select(x => x.Name + (x.Graph.Title == null ? string.Empty : " (" + x.Graph.Title + ")"))) + ".",
                };
                if (ReferenceEquals(vocabulary, _inputs[0].Graph.Vocabulary))
                {
                    foreach (string file in _inputs[0].Graph.VocabularyFiles)
                    {
                        builder.VocabularyFiles.Add(file);
                    }
                }

                Dictionary<string, string>[] sourceMap = AddSources(builder, out Dictionary<int, string> datasetSource);
                string[] entityIds = AddEntities(builder, sourceMap, out var merged, out var conflicts);
                int relationsIn = 0;
                int relationsOut = AddRelations(builder, sourceMap, datasetSource, entityIds, ref relationsIn);
                Graph graph = builder.Build();
                var report = new MergeReport(_inputs.Select(x => x.Name).ToList(), _parent.Length, graph.VertexCount, merged, relationsIn, relationsOut, conflicts, _refused, applied, notFound, automatic, _renamed);
                return new MergeResult(graph, report);
            }

            private int Node(string reference)
            {
                int colon = reference.IndexOf(':');
                if (colon <= 0 || !_byName.TryGetValue(reference.Substring(0, colon), out int input))
                {
                    return -1;
                }

                return _inputs[input].Graph.TryGetEntity(reference.Substring(colon + 1), out Entity? e) ? _offset[input] + e.Index : -1;
            }

            private string RefOf(int node)
            {
                int input = InputOf(node);
                return _inputs[input].RefOf(_inputs[input].Graph.Entities[node - _offset[input]]);
            }

            private int InputOf(int node)
            {
                int i = 0;
                while (_offset[i + 1] <= node)
                {
                    i++;
                }

                return i;
            }

            private int Find(int x)
            {
                while (_parent[x] != x)
                {
                    _parent[x] = _parent[_parent[x]];
                    x = _parent[x];
                }

                return x;
            }

            private bool Union(int a, int b, string why)
            {
                int ra = Find(a), rb = Find(b);
                if (ra == rb)
                {
                    return true;
                }

                foreach (int f in _forbid[ra] ?? Enumerable.Empty<int>())
                {
                    if (Find(f) == rb)
                    {
                        _refused.Add($"{why}: it would join {RefOf(FirstWith(ra, f))} and {RefOf(f)}, judged different");
                        return false;
                    }
                }

                int root = Math.Min(ra, rb), other = Math.Max(ra, rb);
                _parent[other] = root;
                if (_forbid[other] != null)
                {
                    (_forbid[root] ??= new List<int>()).AddRange(_forbid[other]!);
                    _forbid[other] = null;
                }

                return true;
            }

            /// <summary>Finds the member of a cluster that a forbidden node was judged different from (for the message).</summary>
            private int FirstWith(int root, int forbidden)
            {
                foreach (MatchDecision d in (_options.Decisions ?? DecisionSet.Empty).Decisions)
                {
                    if (d.Judgement != Judgement.Different)
                    {
                        continue;
                    }

                    int a = Node(d.Left), b = Node(d.Right);
                    if (b == forbidden && a >= 0 && Find(a) == root)
                    {
                        return a;
                    }

                    if (a == forbidden && b >= 0 && Find(b) == root)
                    {
                        return b;
                    }
                }

                return root;
            }

            private string Unique(HashSet<string> used, string preferred, string input, string what)
            {
                if (used.Add(preferred))
                {
                    return preferred;
                }

                string baseId = input + ":" + preferred;
                string id = baseId;
                for (int n = 2; !used.Add(id); n++)
                {
                    id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                _renamed.Add($"{what} {input}:{preferred} \u2192 {id}");
                return id;
            }

            private Dictionary<string, string>[] AddSources(GraphBuilder builder, out Dictionary<int, string> datasetSource)
            {
                var used = new HashSet<string>(StringComparer.Ordinal);
                var kept = new Dictionary<string, Source>(StringComparer.Ordinal);
                var maps = new Dictionary<string, string>[_inputs.Count];
                var pending = new List<(Source Source, int Input, string Id)>();
                for (int i = 0; i < _inputs.Count; i++)
                {
                    maps[i] = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (Source s in _inputs[i].Graph.Sources)
                    {
                        if (kept.TryGetValue(s.Id, out Source? existing) && SameSource(existing, s))
                        {
                            maps[i][s.Id] = s.Id;
                            continue;
                        }

                        string id = Unique(used, s.Id, _inputs[i].Name, "source");
                        if (id == s.Id)
                        {
                            kept[id] = s;
                        }

                        maps[i][s.Id] = id;
                        pending.Add((s, i, id));
                    }
                }

                foreach ((Source s, int i, string id) in pending)
                {
                    string? citedIn = s.CitedIn == null ? null : maps[i].TryGetValue(s.CitedIn, out string? c) ? c : s.CitedIn;
                    builder.AddSource(new Source(id, s.Kind, s.Title, s.Publisher, s.Date, s.Url, citedIn));
                }

                // Datasets: each input's, or one named after an input that records none; a source for facts no dataset covers.
                datasetSource = new Dictionary<int, string>();
                var datasets = new List<(string Id, Dataset Dataset, SortedSet<string> Sources)>();
                var datasetIds = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < _inputs.Count; i++)
                {
                    Graph g = _inputs[i].Graph;
                    if (g.Relations.Any(r => Uncovered(g, r)))
                    {
                        string sourceId = Unique(used, "dataset:" + _inputs[i].Name, _inputs[i].Name, "source");
                        builder.AddSource(new Source(sourceId, SourceKind.Dataset, g.Title ?? _inputs[i].Name));
                        datasetSource[i] = sourceId;
                    }

                    var own = new List<Dataset>(g.Datasets);
                    if (g.Datasets.Count == 0)
                    {
                        own.Add(new Dataset(_inputs[i].Name, g.Title, sources: g.Sources.Select(s => s.Id)));
                    }
                    else if (datasetSource.ContainsKey(i) && !g.Datasets.Any(d => d.Id == _inputs[i].Name))
                    {
                        own.Add(new Dataset(_inputs[i].Name, g.Title));
                    }

                    foreach (Dataset d in own)
                    {
                        var sources = new SortedSet<string>(d.Sources.Select(s => maps[i][s]), StringComparer.Ordinal);
                        if (d.Id == _inputs[i].Name && datasetSource.ContainsKey(i))
                        {
                            sources.Add(datasetSource[i]);
                        }

                        int same = datasets.FindIndex(x => x.Id == d.Id);
                        if (same >= 0 && SameDataset(datasets[same].Dataset, d))
                        {
                            datasets[same].Sources.UnionWith(sources);
                            continue;
                        }

                        string id = d.Id;
                        for (int n = 2; !datasetIds.Add(id); n++)
                        {
                            id = d.Id + "-" + _inputs[i].Name + (n == 2 ? string.Empty : "-" + n.ToString(CultureInfo.InvariantCulture));
                        }

                        if (id != d.Id)
                        {
                            _renamed.Add($"dataset {_inputs[i].Name}:{d.Id} \u2192 {id}");
                        }

                        datasets.Add((id, d, sources));
                    }
                }

                foreach ((string id, Dataset d, SortedSet<string> sources) in datasets)
                {
                    builder.AddDataset(new Dataset(id, d.Title, d.Version, d.Date, d.Licence, d.Url, sources));
                }

                return maps;
            }

            private string[] AddEntities(GraphBuilder builder, Dictionary<string, string>[] sourceMap, out List<KeyValuePair<string, IReadOnlyList<string>>> merged, out List<MergeConflict> conflicts)
            {
                var members = new Dictionary<int, List<int>>();
                for (int n = 0; n < _parent.Length; n++)
                {
                    int root = Find(n);
                    if (!members.TryGetValue(root, out List<int>? list))
                    {
                        members[root] = list = new List<int>();
                    }

                    list.Add(n);
                }

                var ids = new string[_parent.Length];
                var used = new HashSet<string>(StringComparer.Ordinal);
                merged = new List<KeyValuePair<string, IReadOnlyList<string>>>();
                conflicts = new List<MergeConflict>();
                for (int n = 0; n < _parent.Length; n++)
                {
                    List<int> cluster = members[Find(n)];
                    if (cluster[0] != n)
                    {
                        continue; // emitted with its first member
                    }

                    var entities = cluster.Select(m => (Node: m, Input: InputOf(m), Entity: EntityOf(m))).ToList();
                    (int _, int firstInput, Entity primary) = entities[0];
                    string id = Unique(used, primary.Id, _inputs[firstInput].Name, "entity");
                    foreach (int m in cluster)
                    {
                        ids[m] = id;
                    }

                    EntityKind kind = primary.Kind;
                    foreach (var x in entities.Skip(1))
                    {
                        if (Depth(x.Entity.Kind) > Depth(kind) && Within(x.Entity.Kind, kind) && builder.Vocabulary.TryGetKind(x.Entity.Kind.Name, out _))
                        {
                            kind = x.Entity.Kind;
                        }
                    }

                    var names = new List<string>();
                    var seenNames = new HashSet<string>(StringComparer.Ordinal) { primary.Name };
                    foreach (var x in entities)
                    {
                        foreach (string name in x.Entity.AllNames)
                        {
                            if (seenNames.Add(name))
                            {
                                names.Add(name);
                            }
                        }
                    }

                    string Qualifier(int index) =>
                        entities.Count(e => e.Input == entities[index].Input) > 1 ? _inputs[entities[index].Input].Name + ":" + entities[index].Entity.Id : _inputs[entities[index].Input].Name;

                    var properties = new List<KeyValuePair<string, object>>();
                    var keys = new List<string>();
                    foreach (var x in entities)
                    {
                        keys.AddRange(x.Entity.Properties.Keys.Where(k => !keys.Contains(k)));
                    }

                    foreach (string key in keys)
                    {
                        var values = entities.Select((x, index) => (Index: index, Has: x.Entity.Properties.TryGetValue(key, out object? v), Value: v)).Where(v => v.Has).ToList();
                        if (values.Select(v => PropertyMap.Format(v.Value!)).Distinct(StringComparer.Ordinal).Count() == 1)
                        {
                            properties.Add(new KeyValuePair<string, object>(key, values[0].Value!));
                            continue;
                        }

                        var kept = new List<KeyValuePair<string, string>>();
                        foreach (var v in values)
                        {
                            string qualified = key + "@" + Qualifier(v.Index);
                            properties.Add(new KeyValuePair<string, object>(qualified, v.Value!));
                            kept.Add(new KeyValuePair<string, string>(qualified, PropertyMap.Format(v.Value!)));
                        }

                        conflicts.Add(new MergeConflict(id, key, kept));
                    }

                    string? description = entities.Select(x => x.Entity.Description).FirstOrDefault(d => d != null);
                    var otherDescriptions = new List<KeyValuePair<string, string>>();
                    for (int index = 0; index < entities.Count; index++)
                    {
                        string? d = entities[index].Entity.Description;
                        if (d != null && !string.Equals(d, description, StringComparison.Ordinal))
                        {
                            string qualified = "description@" + Qualifier(index);
                            properties.Add(new KeyValuePair<string, object>(qualified, d));
                            otherDescriptions.Add(new KeyValuePair<string, string>(qualified, d));
                        }
                    }

                    if (otherDescriptions.Count > 0)
                    {
                        conflicts.Add(new MergeConflict(id, "description", new[] { new KeyValuePair<string, string>("description", description!) }.Concat(otherDescriptions).ToList()));
                    }

                    var externalIds = new List<ExternalId>();
                    var seenIds = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var x in entities)
                    {
                        foreach (ExternalId e in x.Entity.ExternalIds)
                        {
                            string? source = e.SourceId == null ? null : sourceMap[x.Input].TryGetValue(e.SourceId, out string? s) ? s : e.SourceId;
                            if (seenIds.Add(e.Scheme + "\u0001" + e.Value + "\u0001" + source + "\u0001" + e.Note))
                            {
                                externalIds.Add(new ExternalId(e.Scheme, e.Value, source, e.Note));
                            }
                        }
                    }

                    if (entities.Count > 1)
                    {
                        string[] refs = entities.Select(x => _inputs[x.Input].RefOf(x.Entity)).ToArray();
                        properties.RemoveAll(p => p.Key == "mergedFrom");
                        properties.Add(new KeyValuePair<string, object>("mergedFrom", refs));
                        merged.Add(new KeyValuePair<string, IReadOnlyList<string>>(id, refs));
                    }

                    builder.AddEntity(id, kind.Name, primary.Name, names, description, PropertyMap.From(properties), externalIds);
                }

                return ids;
            }

            private int AddRelations(GraphBuilder builder, Dictionary<string, string>[] sourceMap, Dictionary<int, string> datasetSource, string[] entityIds, ref int relationsIn)
            {
                var used = new HashSet<string>(StringComparer.Ordinal);
                var facts = new Dictionary<(string, Validity), int>();
                var pending = new List<(string Id, Relation Relation, string Source, string Target, List<Citation> Citations, HashSet<string> CitationKeys)>();
                for (int i = 0; i < _inputs.Count; i++)
                {
                    Graph g = _inputs[i].Graph;
                    foreach (Relation r in g.Relations)
                    {
                        relationsIn++;
                        string source = entityIds[_offset[i] + r.Source.Index], target = entityIds[_offset[i] + r.Target.Index];
                        var citations = r.Citations.Select(c => new Citation(sourceMap[i][c.SourceId], c.Quote, c.Locator, c.Evidence)).ToList();
                        if (datasetSource.TryGetValue(i, out string? own) && Uncovered(g, r))
                        {
                            citations.Add(new Citation(own));
                        }

                        string a = source, b = target;
                        if (!r.Type.IsDirected && string.CompareOrdinal(a, b) > 0)
                        {
                            (a, b) = (b, a);
                        }

                        string key = string.Join("\u0001", r.Type.Name, a, b, r.Status.ToString(), r.Attribution ?? string.Empty, r.Note ?? string.Empty, r.About?.Id ?? string.Empty, r.Confidence?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty, string.Join("\u0002", r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + PropertyMap.Format(p.Value))));
                        if (facts.TryGetValue((key, r.StatedValidity), out int index))
                        {
                            foreach (Citation c in citations)
                            {
                                if (pending[index].CitationKeys.Add(CitationKey(c)))
                                {
                                    pending[index].Citations.Add(c);
                                }
                            }

                            continue;
                        }

                        string id = Unique(used, r.Id, _inputs[i].Name, "relation");
                        facts.Add((key, r.StatedValidity), pending.Count);
                        var keys = new HashSet<string>(StringComparer.Ordinal);
                        var distinct = citations.Where(c => keys.Add(CitationKey(c))).ToList();
                        pending.Add((id, r, source, target, distinct, keys));
                    }
                }

                foreach (var p in pending)
                {
                    Relation r = p.Relation;
                    builder.AddRelation(p.Id, r.Type.Name, p.Source, p.Target, r.StatedValidity, r.Properties, p.Citations, r.Confidence, r.Status, r.Attribution, r.Note, r.About?.Id);
                }

                return pending.Count;
            }

            private Entity EntityOf(int node)
            {
                int input = InputOf(node);
                return _inputs[input].Graph.Entities[node - _offset[input]];
            }

            /// <summary>Gets whether no dataset of the input covers a relation: none of its sources is in one (for an input that records no datasets, one of all its sources stands in: only a relation without citations is uncovered).</summary>
            private static bool Uncovered(Graph g, Relation r) => g.Datasets.Count == 0 ? r.Citations.Count == 0 : g.DatasetsOf(r).Count == 0;

            private static string CitationKey(Citation c) => string.Join("\u0001", c.SourceId, c.Quote ?? string.Empty, c.Locator ?? string.Empty, c.Evidence.ToString());

            private static int Depth(EntityKind kind)
            {
                int depth = 0;
                for (EntityKind? k = kind.Parent; k != null; k = k.Parent)
                {
                    depth++;
                }

                return depth;
            }

            private static bool Within(EntityKind kind, EntityKind ancestor)
            {
                for (EntityKind? k = kind; k != null; k = k.Parent)
                {
                    if (string.Equals(k.Name, ancestor.Name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static bool SameSource(Source a, Source b) =>
                a.Kind == b.Kind && a.Title == b.Title && a.Publisher == b.Publisher && Nullable.Equals(a.Date, b.Date) && a.Url == b.Url && a.CitedIn == b.CitedIn;

            private static bool SameDataset(Dataset a, Dataset b) =>
                a.Title == b.Title && a.Version == b.Version && Nullable.Equals(a.Date, b.Date) && a.Licence == b.Licence && a.Url == b.Url;
        }
    }
}

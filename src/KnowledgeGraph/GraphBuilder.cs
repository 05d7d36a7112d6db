using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Text;

namespace KnowledgeGraph
{
    /// <summary>
    /// Builds an immutable <see cref="Graph"/>: add sources, entities and relations, then <see cref="Build"/>, which
    /// checks every id, reference, kind, relation type and date against the <see cref="Vocabulary"/> and reports
    /// every error it finds at once.
    /// </summary>
    /// <example>
    /// <code>
    /// var graph = new GraphBuilder()
    ///     .AddSource(new Source("edm", SourceKind.Article, "Eurasia Daily Monitor, 2023-05-04"))
    ///     .AddEntity("integral", "Company", "Integral", aliases: new[] { "Интеграл" })
    ///     .AddEntity("russia", "State", "Russia")
    ///     .AddRelation("integral-supplies-russia", "SUPPLIES", "integral", "russia", citations: new[] { new Citation("edm") })
    ///     .Build();
    /// </code>
    /// </example>
    /// <remarks>A builder is not thread-safe; the graph it builds is.</remarks>
    [Mutable]
    public sealed class GraphBuilder
    {
        private readonly List<PendingSource> _sources = new List<PendingSource>();
        private readonly List<PendingEntity> _entities = new List<PendingEntity>();
        private readonly List<PendingRelation> _relations = new List<PendingRelation>();
        private readonly List<GraphError> _earlyErrors = new List<GraphError>();
        private readonly HashSet<string> _entityIds = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<(Dataset Dataset, TextPosition Position)> _datasets = new List<(Dataset, TextPosition)>();

        /// <summary>Creates a builder that checks against <paramref name="vocabulary"/>.</summary>
        /// <param name="vocabulary">The vocabulary; <see cref="KnowledgeGraph.Vocabulary.Default"/> when <c>null</c>.</param>
        public GraphBuilder(Vocabulary? vocabulary = null)
        {
            Vocabulary = vocabulary ?? Vocabulary.Default;
        }

        /// <summary>Gets the vocabulary the graph is checked against.</summary>
        public Vocabulary Vocabulary { get; internal set; }

        /// <summary>Gets or sets the title of the graph.</summary>
        public string? Title { get; set; }

        /// <summary>Gets or sets the description of the graph.</summary>
        public string? Description { get; set; }

        /// <summary>Gets the extra vocabulary files to record in the graph (written back on save).</summary>
        public IList<string> VocabularyFiles { get; } = new List<string>();

        /// <summary>Gets the notes the graph will carry (<see cref="Graph.LoadNotes"/>).</summary>
        internal List<string> LoadNotes { get; } = new List<string>();

        /// <summary>Gets the number of entities added so far.</summary>
        public int EntityCount => _entities.Count;

        /// <summary>Gets the number of relations added so far.</summary>
        public int RelationCount => _relations.Count;

        /// <summary>Gets whether an entity with this id has been added.</summary>
        /// <param name="id">The id.</param>
        /// <returns><c>true</c> when added.</returns>
        public bool ContainsEntity(string id) => id != null && _entityIds.Contains(id);

        /// <summary>Adds a source.</summary>
        /// <param name="source">The source.</param>
        /// <returns>This builder.</returns>
        public GraphBuilder AddSource(Source source) => AddSource(source, default);

        /// <summary>Records a dataset the graph is built from; its sources must be added too (see <see cref="Dataset"/>).</summary>
        /// <param name="dataset">The dataset.</param>
        /// <returns>This builder.</returns>
        public GraphBuilder AddDataset(Dataset dataset) => AddDataset(dataset, default);

        /// <summary>Records a dataset read at a position of a file.</summary>
        internal GraphBuilder AddDataset(Dataset dataset, TextPosition position)
        {
            _datasets.Add((dataset ?? throw new ArgumentNullException(nameof(dataset)), position));
            return this;
        }

        /// <summary>Adds an entity.</summary>
        /// <param name="id">A lowercase slug, unique among entities.</param>
        /// <param name="kind">The name of a kind of the vocabulary.</param>
        /// <param name="name">The preferred name.</param>
        /// <param name="aliases">Other names, or <c>null</c>.</param>
        /// <param name="description">A short description, or <c>null</c>.</param>
        /// <param name="properties">Typed properties, or <c>null</c>.</param>
        /// <param name="externalIds">Identifiers in other systems, or <c>null</c>.</param>
        /// <returns>This builder.</returns>
        public GraphBuilder AddEntity(string id, string kind, string name, IEnumerable<string>? aliases = null, string? description = null, PropertyMap? properties = null, IEnumerable<ExternalId>? externalIds = null)
            => AddEntity(id, kind, name, aliases, description, properties, externalIds, default);

        /// <summary>Adds a copy of an entity of another graph.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>This builder.</returns>
        public GraphBuilder AddEntity(Entity entity) =>
            AddEntity(entity.Id, entity.Kind.Name, entity.Name, entity.Aliases, entity.Description, entity.Properties, entity.ExternalIds, default);

        /// <summary>Adds a relation.</summary>
        /// <param name="id">A lowercase slug, unique among relations.</param>
        /// <param name="type">The name of a relation type of the vocabulary.</param>
        /// <param name="source">The id of the entity it starts from.</param>
        /// <param name="target">The id of the entity it points to.</param>
        /// <param name="validity">When it holds; <see cref="Validity.Always"/> when <c>null</c>.</param>
        /// <param name="properties">Typed properties, or <c>null</c>.</param>
        /// <param name="citations">The sources that state it, or <c>null</c>.</param>
        /// <param name="confidence">A confidence in [0, 1], or <c>null</c>.</param>
        /// <param name="status">How the sources assert it (stated by default).</param>
        /// <param name="attribution">According to whom (free text or an entity id), or <c>null</c>.</param>
        /// <param name="note">An editors' note, or <c>null</c>.</param>
        /// <param name="about">The id of the vocabulary subject it is about (types with <see cref="RelationType.HasSubject"/> only), or <c>null</c>.</param>
        /// <returns>This builder.</returns>
        /// <remarks>Citations with <see cref="CitationEvidence"/> add time evidence when the graph is built: a relation without known dates gets the cited sources' dates as observed dates, or (reported) as the date by which it happened.</remarks>
        public GraphBuilder AddRelation(string id, string type, string source, string target, Validity? validity = null, PropertyMap? properties = null, IEnumerable<Citation>? citations = null, double? confidence = null, RelationStatus status = RelationStatus.Stated, string? attribution = null, string? note = null, string? about = null)
            => AddRelation(id, type, source, target, validity ?? Validity.Unknown, properties, citations, confidence, status, attribution, note, about, default);

        /// <summary>Adds a copy of a relation of another graph (its entities must be added too).</summary>
        /// <param name="relation">The relation.</param>
        /// <returns>This builder.</returns>
        public GraphBuilder AddRelation(Relation relation) =>
            AddRelation(relation.Id, relation.Type.Name, relation.Source.Id, relation.Target.Id, relation.StatedValidity, relation.Properties, relation.Citations, relation.Confidence, relation.Status, relation.Attribution, relation.Note, relation.About?.Id, default);

        /// <summary>Adds copies of the sources, entities and relations of a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>This builder.</returns>
        public GraphBuilder AddGraph(Graph graph)
        {
            foreach (Source s in graph.Sources)
            {
                AddSource(s);
            }

            foreach (Dataset d in graph.Datasets)
            {
                AddDataset(d);
            }

            foreach (Entity e in graph.Entities)
            {
                AddEntity(e);
            }

            foreach (Relation r in graph.Relations)
            {
                AddRelation(r);
            }

            return this;
        }

        /// <summary>Checks everything added and builds the graph.</summary>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">Something added is wrong; every error is listed.</exception>
        public Graph Build()
        {
            if (TryBuild(out Graph? graph, out IReadOnlyList<GraphError> errors))
            {
                return graph;
            }

            throw new GraphValidationException(errors);
        }

        /// <summary>Checks everything added and builds the graph if there is no error.</summary>
        /// <param name="graph">The graph, when there is no error.</param>
        /// <param name="errors">Every error found, in the order the items were added.</param>
        /// <returns><c>true</c> when the graph was built.</returns>
        public bool TryBuild([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Graph? graph, out IReadOnlyList<GraphError> errors)
        {
            var list = new List<GraphError>(_earlyErrors);

            List<Dataset> datasets = CheckSources(list, out Dictionary<string, Source> sourceById, out List<Source> sources);
            var entityById = new Dictionary<string, Entity>(_entities.Count, StringComparer.Ordinal);
            var entities = new List<Entity>(_entities.Count);
            foreach (PendingEntity p in _entities)
            {
                bool ok = CheckId(p.Id, "entity", p.Position, list);
                if (entityById.ContainsKey(p.Id))
                {
                    list.Add(DuplicateIdError("entity", p.Id, p.Position));
                    continue;
                }

                ok &= CheckEntity(Vocabulary, p.Id, p.Kind, p.Name, p.Aliases, p.Description, p.Properties, p.ExternalIds, sourceById, p.Position, list, out EntityKind kind);

                if (ok && list.Count == 0)
                {
                    var entity = new Entity(entities.Count, p.Id, kind, p.Name, p.Aliases, p.Description, p.Properties, p.ExternalIds);
                    entities.Add(entity);
                    entityById.Add(p.Id, entity);
                }
                else
                {
                    // Keep the id known so that relations to it do not add a second, misleading error.
                    entityById[p.Id] = null!;
                }
            }

            var relationIds = new HashSet<string>(StringComparer.Ordinal);
            var relations = new RelationStore(_relations.Count);
            foreach (PendingRelation p in _relations)
            {
                bool ok = CheckId(p.Id, "relation", p.Position, list);
                if (!relationIds.Add(p.Id))
                {
                    list.Add(DuplicateIdError("relation", p.Id, p.Position));
                    continue;
                }

                bool hasSource = entityById.TryGetValue(p.Source, out Entity? source);
                bool hasTarget = entityById.TryGetValue(p.Target, out Entity? target);
                ok = CheckRelation(ok, Vocabulary, p.Id, p.Type, p.Source, hasSource, source, p.Target, hasTarget, target, p.Validity, p.Properties, p.Citations, p.Confidence, p.Status, p.Attribution, p.Note, p.About, sourceById, p.Position, list, out RelationType type, out Citation[] citations, out Validity validity, out RelationDetails? details);
                if (ok && list.Count == 0)
                {
                    relations.Add(p.Id, 0, type, source!.Index, target!.Index, validity, null, -1, p.Properties, citations, p.Confidence, details);
                }
            }

            errors = list;
            if (list.Count > 0)
            {
                graph = null;
                return false;
            }

            Entity[] entityArray = entities.ToArray();
            relations.Seal(entityArray);
            graph = new Graph(Vocabulary, Title, Description, VocabularyFiles.ToArray(), sources.ToArray(), entityArray, relations, null, null, sourceById)
            {
                LoadNotes = LoadNotes.Count == 0 ? Array.Empty<string>() : LoadNotes.ToArray(),
                Datasets = datasets.Count == 0 ? Array.Empty<Dataset>() : datasets.ToArray(),
            };
            return true;
        }

        /// <summary>Checks the sources (ids, titles, text, where they are cited) and the datasets; returns the datasets.</summary>
        private List<Dataset> CheckSources(List<GraphError> list, out Dictionary<string, Source> sourceById, out List<Source> sources)
        {
            sourceById = new Dictionary<string, Source>(StringComparer.Ordinal);
            sources = new List<Source>(_sources.Count);
            foreach (PendingSource p in _sources)
            {
                if (CheckId(p.Source.Id, "source", p.Position, list) && !sourceById.ContainsKey(p.Source.Id))
                {
                    sourceById.Add(p.Source.Id, p.Source);
                    sources.Add(p.Source);
                }
                else if (sourceById.ContainsKey(p.Source.Id))
                {
                    list.Add(p.Position.Error(GraphErrorCode.DuplicateId, $"The source id '{p.Source.Id}' is used twice.", p.Source.Id));
                }
            }

            foreach (PendingSource p in _sources)
            {
                Source s = p.Source;
                if (string.IsNullOrWhiteSpace(s.Title))
                {
                    list.Add(p.Position.Error(GraphErrorCode.InvalidField, $"The source '{s.Id}' has no title.", s.Id));
                }
                else
                {
                    CheckText(s.Title, "title", s.Id, p.Position, list);
                }

                CheckText(s.Publisher, "publisher", s.Id, p.Position, list);
                CheckText(s.Url, "url", s.Id, p.Position, list);

                if (p.Source.CitedIn != null && !sourceById.ContainsKey(p.Source.CitedIn))
                {
                    list.Add(p.Position.Error(GraphErrorCode.UnknownSource, $"The source '{p.Source.Id}' is cited in the unknown source '{p.Source.CitedIn}'.", p.Source.Id));
                }
            }

            return _datasets.Count == 0 ? new List<Dataset>() : Dataset.Check(_datasets, sourceById, list);
        }

        /// <summary>
        /// Checks an entity beyond its id (its kind in the vocabulary, its name, its values, the sources its external ids
        /// cite): the one routine of the builder and of the readers that build entities in one pass (the JSON bulk path).
        /// </summary>
        /// <returns><c>true</c> when there is no error (errors are added to <paramref name="list"/>).</returns>
        internal static bool CheckEntity(Vocabulary vocabulary, string id, string kindName, string name, IReadOnlyList<string> aliases, string? description, PropertyMap properties, IReadOnlyList<ExternalId> externalIds, IReadOnlyDictionary<string, Source> sourceById, TextPosition position, List<GraphError> list, out EntityKind kind)
        {
            bool ok = true;
            if (!vocabulary.TryGetKind(kindName, out kind))
            {
                list.Add(UnknownKindError(vocabulary, id, kindName, position));
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                list.Add(NoNameError(id, position));
                ok = false;
            }

            ok &= CheckEntityValues(id, name, aliases, description, properties, externalIds, position, list);
            foreach (ExternalId x in externalIds)
            {
                if (x.SourceId != null && !sourceById.ContainsKey(x.SourceId))
                {
                    list.Add(position.Error(GraphErrorCode.UnknownSource, $"The external id {x} of entity '{id}' cites the unknown source '{x.SourceId}'.", id));
                    ok = false;
                }
            }

            return ok;
        }

        /// <summary>
        /// Checks a relation beyond its id: its type in the vocabulary, its ends (known, of kinds the type allows), its
        /// certainty, confidence and values, the sources it cites, and the time evidence of its citations. The one routine
        /// of the builder and of the readers that build relations in one pass (the JSON bulk path). The kinds of the ends
        /// are checked only when the id passed its checks (<c>idOk</c>), as the builder always did.
        /// </summary>
        /// <returns><c>true</c> when there is no error and <paramref name="idOk"/> (errors are added to <paramref name="list"/>); then the outputs are the relation's parts.</returns>
        internal static bool CheckRelation(bool idOk, Vocabulary vocabulary, string id, string typeName, string sourceId, bool hasSource, Entity? source, string targetId, bool hasTarget, Entity? target, Validity statedValidity, PropertyMap properties, IReadOnlyList<Citation> citations, double? confidence, RelationStatus status, string? attribution, string? note, string? about, IReadOnlyDictionary<string, Source> sourceById, TextPosition position, List<GraphError> list, out RelationType type, out Citation[] bound, out Validity validity, out RelationDetails? details)
        {
            bool ok = idOk;
            if (!vocabulary.TryGetRelationType(typeName, out type))
            {
                list.Add(UnknownTypeError(id, typeName, position));
                ok = false;
            }

            if (!hasSource)
            {
                list.Add(UnknownEndError(id, sourceId, true, position));
                ok = false;
            }

            if (!hasTarget)
            {
                list.Add(UnknownEndError(id, targetId, false, position));
                ok = false;
            }

            if (ok && source != null && target != null)
            {
                ok &= CheckEnds(type, id, source, target, position, list);
            }

            Subject? subject = null;
            if (ok)
            {
                ok &= CheckCertainty(vocabulary, type, id, attribution, note, about, position, list, out subject);
            }
            else
            {
                ok &= CheckText(attribution, "attribution", id, position, list) & CheckText(note, "note", id, position, list);
            }

            ok &= CheckConfidence(id, confidence, position, list);

            ok &= CheckRelationValues(id, properties, citations, position, list);

            bound = citations.Count == 0 ? Array.Empty<Citation>() : new Citation[citations.Count];
            for (int i = 0; i < bound.Length; i++)
            {
                Citation c = citations[i];
                if (sourceById.TryGetValue(c.SourceId, out Source? cited))
                {
                    bound[i] = ReferenceEquals(c.Source, cited) ? c : c.Bind(cited);
                }
                else
                {
                    list.Add(position.Error(GraphErrorCode.UnknownSource, $"The relation '{id}' cites the unknown source '{c.SourceId}'.", id));
                    ok = false;
                }
            }

            validity = statedValidity;
            if (ok && !DeriveValidity(id, statedValidity, position, bound, list, out validity))
            {
                ok = false;
            }

            details = ok ? RelationDetails.Of(status, attribution, note, subject, validity == statedValidity ? null : statedValidity) : null;
            return ok;
        }

        /// <summary>
        /// Adds the time evidence of a relation's citations to its validity: the date of each source cited as
        /// <see cref="CitationEvidence.Observed"/> is an observed date; the earliest date of a source cited as
        /// <see cref="CitationEvidence.Reported"/> is the date by which the event happened. Sources without a date give nothing.
        /// </summary>
        private static bool DeriveValidity(string id, Validity stated, TextPosition position, Citation[] citations, List<GraphError> errors, out Validity validity)
        {
            validity = stated;
            List<PartialDate>? observed = null;
            PartialDate? reportedBy = null;
            foreach (Citation c in citations)
            {
                if (c.Evidence == CitationEvidence.None || c.Source?.Date is not PartialDate date)
                {
                    continue;
                }

                if (c.Evidence == CitationEvidence.Observed)
                {
                    (observed ??= new List<PartialDate>()).Add(date);
                }
                else if (!reportedBy.HasValue || date.LastDayNumber < reportedBy.Value.LastDayNumber)
                {
                    reportedBy = date;
                }
            }

            if (observed == null && !reportedBy.HasValue)
            {
                return true;
            }

            if (stated.TryWithEvidence((IReadOnlyList<PartialDate>?)observed ?? Array.Empty<PartialDate>(), reportedBy, out validity, out _, out string error))
            {
                return true;
            }

            errors.Add(position.Error(GraphErrorCode.InvalidInterval, $"The relation '{id}' has time evidence from its citations that contradicts its own dates: {error}", id));
            return false;
        }

        /// <summary>Gets the sources added so far, in order (a one-pass reader binds citations to them as it reads).</summary>
        internal IEnumerable<Source> AddedSources => _sources.Select(p => p.Source);

        /// <summary>
        /// Builds a graph from entities and relations that a reader built itself in one pass, each checked by
        /// <see cref="CheckEntity"/> and <see cref="CheckRelation"/> (the JSON bulk path): checks this builder's sources and
        /// datasets as <see cref="TryBuild"/> does and takes its title, description, vocabulary files and notes. The builder
        /// must hold no entity, relation or error of its own.
        /// </summary>
        /// <returns><c>true</c> when the sources and datasets have no error and the graph was built.</returns>
        internal bool TryBuildBulk(Entity[] entities, RelationStore relations, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Graph? graph)
        {
            graph = null;
            var list = new List<GraphError>();
            if (_entities.Count > 0 || _relations.Count > 0 || _earlyErrors.Count > 0)
            {
                return false;
            }

            List<Dataset> datasets = CheckSources(list, out Dictionary<string, Source> sourceById, out List<Source> sources);
            if (list.Count > 0)
            {
                return false;
            }

            relations.Seal(entities);
            graph = new Graph(Vocabulary, Title, Description, VocabularyFiles.ToArray(), sources.ToArray(), entities, relations, null, null, sourceById)
            {
                LoadNotes = LoadNotes.Count == 0 ? Array.Empty<string>() : LoadNotes.ToArray(),
                Datasets = datasets.Count == 0 ? Array.Empty<Dataset>() : datasets.ToArray(),
            };
            return true;
        }

        internal GraphBuilder AddSource(Source source, TextPosition position)
        {
            _sources.Add(new PendingSource(source, position));
            return this;
        }

        internal GraphBuilder AddEntity(string id, string kind, string name, IEnumerable<string>? aliases, string? description, PropertyMap? properties, IEnumerable<ExternalId>? externalIds, TextPosition position)
        {
            if (id != null)
            {
                _entityIds.Add(id);
            }

            _entities.Add(new PendingEntity(id!, kind, name, AsList(aliases), description, properties ?? PropertyMap.Empty, AsList(externalIds), position));
            return this;
        }

        internal GraphBuilder AddRelation(string id, string type, string source, string target, Validity validity, PropertyMap? properties, IEnumerable<Citation>? citations, double? confidence, TextPosition position)
            => AddRelation(id, type, source, target, validity, properties, citations, confidence, RelationStatus.Stated, null, null, null, position);

        internal GraphBuilder AddRelation(string id, string type, string source, string target, Validity validity, PropertyMap? properties, IEnumerable<Citation>? citations, double? confidence, RelationStatus status, string? attribution, string? note, string? about, TextPosition position)
        {
            PendingCertainty? certainty = status == RelationStatus.Stated && attribution == null && note == null && about == null ? null : new PendingCertainty(status, attribution, note, about);
            _relations.Add(new PendingRelation(id, type, source, target, validity, properties ?? PropertyMap.Empty, AsList(citations), confidence, certainty, position));
            return this;
        }

        /// <summary>Records an error found before the item could be added (a bad date in a file, say), so that <see cref="Build"/> reports it with the rest.</summary>
        internal void AddError(GraphError error) => _earlyErrors.Add(error);

        private static IReadOnlyList<T> AsList<T>(IEnumerable<T>? items)
        {
            if (items == null)
            {
                return Array.Empty<T>();
            }

            if (items is IReadOnlyList<T> list && (items is T[] || items.GetType().Name.StartsWith("ReadOnly", StringComparison.Ordinal)))
            {
                return list;
            }

            T[] array = items.ToArray();
            return array.Length == 0 ? Array.Empty<T>() : Array.AsReadOnly(array);
        }

        /// <summary>
        /// Checks the values of an entity that need nothing else of the graph: its name, aliases and description (under
        /// <see cref="TextRules"/>), its properties and its external ids. The builder and the readers that build entities
        /// themselves (the CSV fast path) call this one routine, so that they accept the same entities.
        /// </summary>
        /// <returns><c>true</c> when there is no error (errors are added to <paramref name="errors"/>).</returns>
        internal static bool CheckEntityValues(string id, string name, IReadOnlyList<string> aliases, string? description, PropertyMap properties, IReadOnlyList<ExternalId> externalIds, TextPosition position, List<GraphError> errors)
        {
            bool ok = string.IsNullOrWhiteSpace(name) || CheckText(name, "name", id, position, errors);
            foreach (string alias in aliases)
            {
                ok &= CheckText(alias, "alias", id, position, errors);
            }

            ok &= CheckText(description, "description", id, position, errors);
            ok &= CheckProperties(properties, id, position, errors);
            foreach (ExternalId x in externalIds)
            {
                if (string.IsNullOrWhiteSpace(x.Scheme) || string.IsNullOrWhiteSpace(x.Value))
                {
                    errors.Add(position.Error(GraphErrorCode.InvalidField, $"An external id of entity '{id}' lacks its {(string.IsNullOrWhiteSpace(x.Scheme) ? "scheme" : "value")}.", id));
                    ok = false;
                    continue;
                }

                ok &= CheckText(x.Scheme, "external-id scheme", id, position, errors)
                    & CheckText(x.Value, "external-id value", id, position, errors)
                    & CheckText(x.Note, "external-id note", id, position, errors);
            }

            return ok;
        }

        /// <summary>Checks the values of a relation that need nothing else of the graph: its properties and its citations' text. One routine for the builder and the CSV fast path.</summary>
        /// <returns><c>true</c> when there is no error.</returns>
        internal static bool CheckRelationValues(string id, PropertyMap properties, IReadOnlyList<Citation> citations, TextPosition position, List<GraphError> errors)
        {
            bool ok = CheckProperties(properties, id, position, errors);
            foreach (Citation c in citations)
            {
                ok &= CheckText(c.Quote, "citation quote", id, position, errors)
                    & CheckText(c.Locator, "citation locator", id, position, errors);
            }

            return ok;
        }

        /// <summary>
        /// Checks the certainty of a relation of a known type: its attribution and note (text rules) and what it is about
        /// (a subject of the vocabulary, for a type that carries one). One routine for the builder and the CSV fast path.
        /// </summary>
        /// <returns><c>true</c> when there is no error (errors are added to <paramref name="errors"/>).</returns>
        internal static bool CheckCertainty(Vocabulary vocabulary, RelationType type, string id, string? attribution, string? note, string? about, TextPosition position, List<GraphError> errors, out Subject? subject)
        {
            subject = null;
            bool ok = CheckText(attribution, "attribution", id, position, errors) & CheckText(note, "note", id, position, errors);
            if (about == null)
            {
                return ok;
            }

            if (!type.HasSubject)
            {
                errors.Add(position.Error(GraphErrorCode.UnknownSubject, $"The relation '{id}' ({type.Name}) says what it is about ('{about}'), but relations of type {type.Name} carry no subject; types that do: {string.Join(", ", vocabulary.RelationTypes.Where(t => t.HasSubject).Select(t => t.Name))}.", id));
                return false;
            }

            if (!vocabulary.TryGetSubject(about, out subject))
            {
                errors.Add(position.Error(GraphErrorCode.UnknownSubject, $"The relation '{id}' is about the unknown subject '{about}'. Known subjects: {string.Join(", ", vocabulary.Subjects.Select(x => x.Id))}.", id));
                return false;
            }

            return ok;
        }

        /// <summary>Checks a name or free text against <see cref="TextRules"/>; null passes.</summary>
        internal static bool CheckText(string? text, string what, string id, TextPosition position, List<GraphError> errors)
        {
            string? problem = text == null ? null : TextRules.Problem(text);
            if (problem == null)
            {
                return true;
            }

            errors.Add(position.Error(GraphErrorCode.InvalidText, $"The {what} of '{id}' {problem}.", id));
            return false;
        }

        /// <summary>Checks property names (non-empty names under <see cref="TextRules"/>) and values (text under the rules, finite numbers).</summary>
        private static bool CheckProperties(PropertyMap properties, string id, TextPosition position, List<GraphError> errors)
        {
            if (properties.TryGetRow(out PropertyTable? table, out int row))
            {
                return CheckPropertyRow(table!, row, id, position, errors);
            }

            if (properties.Count == 0)
            {
                return true;
            }

            bool ok = true;
            for (int i = 0; i < properties.Count; i++)
            {
                ok &= CheckProperty(properties.KeyAt(i), properties.ValueAt(i), id, position, errors);
            }

            return ok;
        }

        /// <summary>
        /// Checks the properties of row <paramref name="row"/> of a columnar table (a bulk import's) by the rule of
        /// <see cref="CheckProperty"/>, without making the row's map or boxing its numbers. With <paramref name="errors"/>
        /// <c>null</c> it only says whether the row is valid (stopping at the first problem; <paramref name="id"/> is then
        /// not used), so that a fast reader builds messages only for a bad row.
        /// </summary>
        /// <returns><c>true</c> when there is no error.</returns>
        internal static bool CheckPropertyRow(PropertyTable table, int row, string? id, TextPosition position, List<GraphError>? errors)
        {
            bool ok = true;
            string[] keys = table.Keys;
            for (int c = 0; c < keys.Length && (ok || errors != null); c++)
            {
                switch (table.Tag(row, c))
                {
                    case PropertyTable.Absent:
                        break;
                    case PropertyTable.Double:
                        // As CheckProperty does for a boxed number: an empty name alone, else the name and the value.
                        ok &= keys[c].Length == 0 ? CheckPropertyName(keys[c], id, position, errors)
                            : CheckPropertyName(keys[c], id, position, errors) & CheckPropertyNumber(keys[c], table.Number(row, c)!.Value, id, position, errors);
                        break;
                    case PropertyTable.Object:
                        ok &= CheckProperty(keys[c], table.Value(row, c), id, position, errors);
                        break;
                    default:
                        ok &= CheckPropertyName(keys[c], id, position, errors);
                        break;
                }
            }

            return ok;
        }

        /// <summary>The rule for one property: a non-empty name under <see cref="TextRules"/>, text values under the rules, finite numbers. Messages are made only for a problem (and only when <paramref name="errors"/> is not <c>null</c>).</summary>
        private static bool CheckProperty(string key, object value, string? id, TextPosition position, List<GraphError>? errors)
        {
            if (key.Length == 0)
            {
                // An empty name is reported alone (its value is not looked at).
                return CheckPropertyName(key, id, position, errors);
            }

            bool ok = CheckPropertyName(key, id, position, errors);
            if (!ok && errors == null)
            {
                return false;
            }

            switch (value)
            {
                case string text:
                    return CheckPropertyText(key, text, id, position, errors) && ok;
                case double d:
                    return CheckPropertyNumber(key, d, id, position, errors) && ok;
                case IEnumerable<string> items:
                    foreach (string item in items)
                    {
                        ok &= CheckPropertyText(key, item, id, position, errors);
                    }

                    return ok;
                default:
                    return ok;
            }
        }

        private static bool CheckPropertyName(string key, string? id, TextPosition position, List<GraphError>? errors)
        {
            if (key.Length == 0)
            {
                errors?.Add(position.Error(GraphErrorCode.InvalidField, $"A property of '{id}' has an empty name.", id));
                return false;
            }

            string? problem = TextRules.Problem(key);
            if (problem != null)
            {
                errors?.Add(position.Error(GraphErrorCode.InvalidText, $"The property name '{key}' of '{id}' {problem}.", id));
                return false;
            }

            return true;
        }

        private static bool CheckPropertyText(string key, string text, string? id, TextPosition position, List<GraphError>? errors)
        {
            string? problem = TextRules.Problem(text);
            if (problem != null)
            {
                errors?.Add(position.Error(GraphErrorCode.InvalidText, $"The property '{key}' of '{id}' {problem}.", id));
                return false;
            }

            return true;
        }

        private static bool CheckPropertyNumber(string key, double d, string? id, TextPosition position, List<GraphError>? errors)
        {
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                errors?.Add(position.Error(GraphErrorCode.InvalidValue, $"The property '{key}' of '{id}' is {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not a finite number.", id));
                return false;
            }

            return true;
        }

        private static string KindList(IReadOnlyList<EntityKind> kinds) => kinds.Count == 0 ? "any kind" : string.Join(", ", kinds.Select(k => k.Name));

        // The errors of the checks every reader shares, each worded once: the builder and the readers that build items
        // themselves (the CSV fast path) report through these, so that the same bad record reads the same in every format.

        /// <summary>The error of an id used twice.</summary>
        internal static GraphError DuplicateIdError(string what, string id, TextPosition position) =>
            position.Error(GraphErrorCode.DuplicateId, $"The {what} id '{id}' is used twice.", id);

        /// <summary>The error of an entity of a kind the vocabulary does not know.</summary>
        internal static GraphError UnknownKindError(Vocabulary vocabulary, string id, string kind, TextPosition position) =>
            position.Error(GraphErrorCode.UnknownKind, $"The entity '{id}' has the unknown kind '{kind}'. Known kinds: {string.Join(", ", vocabulary.Kinds.Select(k => k.Name))}.", id);

        /// <summary>The error of an entity without a name.</summary>
        internal static GraphError NoNameError(string id, TextPosition position) =>
            position.Error(GraphErrorCode.InvalidField, $"The entity '{id}' has no name.", id);

        /// <summary>The error of a relation of a type the vocabulary does not know.</summary>
        internal static GraphError UnknownTypeError(string id, string type, TextPosition position) =>
            position.Error(GraphErrorCode.UnknownRelationType, $"The relation '{id}' has the unknown type '{type}'.", id);

        /// <summary>The error of a relation whose source (or target) is no entity of the graph.</summary>
        internal static GraphError UnknownEndError(string id, string entity, bool isSource, TextPosition position) =>
            position.Error(GraphErrorCode.UnknownEntity, isSource ? $"The relation '{id}' starts from the unknown entity '{entity}'." : $"The relation '{id}' points to the unknown entity '{entity}'.", id);

        /// <summary>Checks that a relation's type allows the kinds of its ends (the vocabulary's rule).</summary>
        /// <returns><c>true</c> when it does (errors are added to <paramref name="errors"/>).</returns>
        internal static bool CheckEnds(RelationType type, string id, Entity source, Entity target, TextPosition position, List<GraphError> errors)
        {
            bool ok = true;
            if (!type.AllowsSource(source.Kind))
            {
                errors.Add(position.Error(GraphErrorCode.VocabularyViolation, $"The relation '{id}' ({type.Name}) cannot start from '{source.Id}', a {source.Kind.Name}; it starts from {KindList(type.SourceKinds)}.", id));
                ok = false;
            }

            if (!type.AllowsTarget(target.Kind))
            {
                errors.Add(position.Error(GraphErrorCode.VocabularyViolation, $"The relation '{id}' ({type.Name}) cannot point to '{target.Id}', a {target.Kind.Name}; it points to {KindList(type.TargetKinds)}.", id));
                ok = false;
            }

            return ok;
        }

        /// <summary>Checks that a stated confidence is a number in [0, 1].</summary>
        /// <returns><c>true</c> when it is or none is stated (errors are added to <paramref name="errors"/>).</returns>
        internal static bool CheckConfidence(string id, double? confidence, TextPosition position, List<GraphError> errors)
        {
            string? problem = ConfidenceProblem(id, confidence);
            if (problem != null)
            {
                errors.Add(position.Error(GraphErrorCode.InvalidValue, problem, id));
                return false;
            }

            return true;
        }

        /// <summary>The rule for a stated confidence: a number in [0, 1].</summary>
        internal static bool IsValidConfidence(double confidence) => !double.IsNaN(confidence) && confidence >= 0 && confidence <= 1;

        /// <summary>Says what is wrong with a stated confidence (not a number in [0, 1]), or returns <c>null</c>: the rule and its wording for every reader.</summary>
        internal static string? ConfidenceProblem(string id, double? confidence) =>
            confidence.HasValue && !IsValidConfidence(confidence.Value)
                ? $"The confidence of relation '{id}' is {confidence.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, which is not between 0 and 1."
                : null;

        /// <summary>Checks that an id is a lowercase slug (<see cref="IsSlug"/>). One routine, one wording, for the builder and the CSV fast path.</summary>
        internal static bool CheckId(string id, string what, TextPosition position, List<GraphError> errors)
        {
            if (IsSlug(id))
            {
                return true;
            }

            errors.Add(position.Error(GraphErrorCode.InvalidId, $"The {what} id '{id}' is not a lowercase slug (letters a-z, digits, '.', '_', ':' and '-', starting with a letter or digit).", id));
            return false;
        }

        /// <summary>Gets whether <paramref name="id"/> is a lowercase slug: <c>^[a-z0-9][a-z0-9._:-]*$</c> (checked by hand: it runs once per id of a million-entity load).</summary>
        internal static bool IsSlug(string? id)
        {
            if (string.IsNullOrEmpty(id))
            {
                return false;
            }

            char c = id![0];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }

            for (int i = 1; i < id.Length; i++)
            {
                c = id[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private sealed record PendingSource(Source Source, TextPosition Position);

        private sealed record PendingEntity(string Id, string Kind, string Name, IReadOnlyList<string> Aliases, string? Description, PropertyMap Properties, IReadOnlyList<ExternalId> ExternalIds, TextPosition Position);

        /// <summary>A relation added but not yet checked; its rarely set certainty fields are kept out of line (a large file holds millions of these until the build).</summary>
        private sealed record PendingRelation(string Id, string Type, string Source, string Target, Validity Validity, PropertyMap Properties, IReadOnlyList<Citation> Citations, double? Confidence, PendingCertainty? Certainty, TextPosition Position)
        {
            public RelationStatus Status => Certainty?.Status ?? RelationStatus.Stated;

            public string? Attribution => Certainty?.Attribution;

            public string? Note => Certainty?.Note;

            public string? About => Certainty?.About;
        }

        private sealed record PendingCertainty(RelationStatus Status, string? Attribution, string? Note, string? About);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Formats.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph
{
    /// <summary>
    /// The entity kinds and relation types a graph may use, loaded from data: the library ships
    /// <see cref="Default"/>, and users add their own kinds and types from files with <see cref="Extend(string)"/>,
    /// without recompiling.
    /// </summary>
    /// <remarks>
    /// <para>A vocabulary file is JSON: <c>{"format": "knowledge-graph-vocabulary/1", "kinds": [...], "relationTypes": [...]}</c>.
    /// A kind has a <c>name</c>, an optional <c>parent</c> and <c>description</c>, and <c>actor</c> (default false: whether
    /// its entities act, as people, states, organizations and companies do, rather than being things acted on or talked
    /// about; sub-kinds inherit it, and rankings list actors by default). A relation type has a <c>name</c>,
    /// <c>source</c> and <c>target</c> (lists of kind names; empty means any kind), <c>directed</c> (default true),
    /// <c>dependency</c> (<c>none</c>, <c>forward</c>, <c>reverse</c>), <c>control</c> (default false), <c>ownership</c> (default
    /// false: a share measures it), <c>sanction</c> (<c>none</c>, <c>targets</c>, <c>imposes</c>), <c>subject</c> (default
    /// false: whether its relations say what they are about) and <c>description</c>. The domain rules analysis reads
    /// (dependency for supply chains; control, ownership and sanction for sanctions exposure) are these fields, never type
    /// names in code.
    /// A kind may have a <c>style</c> (<see cref="KindStyle"/>: how every picture draws it); a relation type may have
    /// <c>clusterIn</c>, the kinds of target around which pictures cluster its sources (<see cref="RelationType.ClusterIn"/>).
    /// A subject (<c>"subjects"</c> list) has an <c>id</c> (a lowercase slug), a <c>name</c> and an optional <c>parent</c>
    /// (a subject defined before it).</para>
    /// <para>This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class Vocabulary
    {
        /// <summary>The value of the <c>format</c> field of vocabulary files this version reads.</summary>
        public const string FormatName = "knowledge-graph-vocabulary/1";

        private static readonly Lazy<Vocabulary> DefaultVocabulary = new Lazy<Vocabulary>(LoadDefault);

        private readonly Dictionary<string, EntityKind> _kinds;
        private readonly Dictionary<string, RelationType> _types;
        private readonly Dictionary<string, Subject> _subjects;

        /// <summary>The name of the built-in default vocabulary in graph files (<c>"vocabulary": "default"</c>, the same as no field).</summary>
        public const string DefaultName = "default";

        /// <summary>The name of the built-in open vocabulary in graph files (<c>"vocabulary": "open"</c>).</summary>
        public const string OpenName = "open";

        private static readonly Lazy<Vocabulary> OpenBuiltIn = new Lazy<Vocabulary>(() => OpenVocabulary.Build().Named(OpenName));

        private Vocabulary(List<EntityKind> kinds, List<RelationType> types, List<Subject> subjects, string? builtInName = null)
        {
            BuiltInName = builtInName;
            Kinds = kinds.AsReadOnly();
            RelationTypes = types.AsReadOnly();
            Subjects = subjects.AsReadOnly();
            _subjects = subjects.ToDictionary(x => x.Id, StringComparer.Ordinal);
            _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
            _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        }

        /// <summary>Gets the vocabulary shipped with the library (Person, State, Company, … and LEADS, DEPENDS_ON, SUPPLIES, …).</summary>
        public static Vocabulary Default => DefaultVocabulary.Value;

        /// <summary>
        /// Gets the open vocabulary: the default's entity kinds and relation types, each type allowed between any kinds,
        /// plus the generic <c>DIRECTS</c>, <c>SANCTIONS</c> and <c>PARTICIPATES_IN</c> of OpenSanctions-style data. For
        /// imported data whose types and kind pairs the default does not allow; a graph saved on it says
        /// <c>"vocabulary": "open"</c>, so it loads again.
        /// </summary>
        public static Vocabulary Open => OpenBuiltIn.Value;

        /// <summary>Gets the names of the built-in vocabularies a graph file may name in its <c>vocabulary</c> field.</summary>
        public static IReadOnlyList<string> BuiltInNames { get; } = new[] { DefaultName, OpenName };

        /// <summary>
        /// Gets the name of the built-in vocabulary this one is or extends (<c>default</c>, <c>open</c>), or <c>null</c>
        /// for a vocabulary parsed on its own.
        /// </summary>
        public string? BuiltInName { get; }

        /// <summary>Gets the entity kinds, in the order they were declared.</summary>
        public IReadOnlyList<EntityKind> Kinds { get; }

        /// <summary>Gets the relation types, in the order they were declared.</summary>
        public IReadOnlyList<RelationType> RelationTypes { get; }

        /// <summary>Gets the subjects that dependencies may be about, parents before their children.</summary>
        public IReadOnlyList<Subject> Subjects { get; }

        /// <summary>Finds a subject by id.</summary>
        /// <param name="id">The subject's id.</param>
        /// <param name="subject">The subject, when found.</param>
        /// <returns><c>true</c> when found.</returns>
        public bool TryGetSubject(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Subject? subject) => _subjects.TryGetValue(id, out subject);

        /// <summary>Gets a built-in vocabulary by name (<c>default</c> or <c>open</c>).</summary>
        /// <param name="name">The name.</param>
        /// <param name="vocabulary">The vocabulary, when the name is known.</param>
        /// <returns><c>true</c> when the name is known.</returns>
        public static bool TryGetBuiltIn(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Vocabulary? vocabulary)
        {
            vocabulary = name switch
            {
                DefaultName => Default,
                OpenName => Open,
                _ => null,
            };
            return vocabulary != null;
        }

        /// <summary>Loads a vocabulary file on its own (not added to the default).</summary>
        /// <param name="path">The file.</param>
        /// <returns>The vocabulary.</returns>
        /// <exception cref="GraphValidationException">The file is not a valid vocabulary; every error is listed.</exception>
        public static Vocabulary Load(string path) => Parse(ReadFile(path), path, null);

        /// <summary>Parses a vocabulary from JSON text.</summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="fileName">The file name to report in errors, or <c>null</c>.</param>
        /// <returns>The vocabulary.</returns>
        /// <exception cref="GraphValidationException">The text is not a valid vocabulary.</exception>
        public static Vocabulary Parse(string json, string? fileName = null) => Parse(json, fileName, null);

        /// <summary>Returns a new vocabulary with this one's kinds and types plus those of a vocabulary file.</summary>
        /// <param name="path">The file with the extra kinds and types; they may refer to this vocabulary's kinds.</param>
        /// <returns>The extended vocabulary.</returns>
        /// <exception cref="GraphValidationException">The file is not valid or redefines a kind or type.</exception>
        public Vocabulary Extend(string path) => Parse(ReadFile(path), path, this);

        /// <summary>Returns a new vocabulary with this one's kinds and types plus those in <paramref name="json"/>.</summary>
        /// <param name="json">The JSON text of a vocabulary file.</param>
        /// <param name="fileName">The file name to report in errors, or <c>null</c>.</param>
        /// <returns>The extended vocabulary.</returns>
        /// <exception cref="GraphValidationException">The text is not valid or redefines a kind or type.</exception>
        public Vocabulary ExtendWith(string json, string? fileName = null) => Parse(json, fileName, this);

        /// <summary>Finds a kind by name.</summary>
        /// <param name="name">The kind's name (case-sensitive).</param>
        /// <param name="kind">The kind, when found.</param>
        /// <returns><c>true</c> when found.</returns>
        public bool TryGetKind(string name, out EntityKind kind) => _kinds.TryGetValue(name, out kind!);

        /// <summary>Gets a kind by name.</summary>
        /// <param name="name">The kind's name.</param>
        /// <returns>The kind.</returns>
        /// <exception cref="UnknownKindException">No kind has exactly this name.</exception>
        public EntityKind GetKind(string name) => _kinds.TryGetValue(name, out EntityKind? k) ? k : throw new UnknownKindException(name, _kinds.Keys);

        /// <summary>Finds a relation type by name.</summary>
        /// <param name="name">The type's name (case-sensitive).</param>
        /// <param name="type">The type, when found.</param>
        /// <returns><c>true</c> when found.</returns>
        public bool TryGetRelationType(string name, out RelationType type) => _types.TryGetValue(name, out type!);

        /// <summary>Gets a relation type by name.</summary>
        /// <param name="name">The type's name.</param>
        /// <returns>The type.</returns>
        /// <exception cref="UnknownRelationTypeException">No type has exactly this name.</exception>
        public RelationType GetRelationType(string name) => _types.TryGetValue(name, out RelationType? t) ? t : throw new UnknownRelationTypeException(name, _types.Keys);

        /// <summary>Returns this vocabulary under a built-in name.</summary>
        private Vocabulary Named(string name) => new Vocabulary(Kinds.ToList(), RelationTypes.ToList(), Subjects.ToList(), name);

        private static string ReadFile(string path)
        {
            try
            {
                return File.ReadAllText(path, Formats.Json.StrictTextReader.Utf8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new GraphValidationException(new[] { new GraphError(GraphErrorCode.IOError, ex.Message, file: path) });
            }
        }

        private static Vocabulary LoadDefault()
        {
            using Stream stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("KnowledgeGraph.Vocabularies.default-vocabulary.json")
                ?? throw new InvalidOperationException("The default vocabulary is not embedded in the assembly.");
            using var reader = new StreamReader(stream);
            return Parse(reader.ReadToEnd(), "default-vocabulary.json", null).Named(DefaultName);
        }

        /// <summary>Reads a kind's optional <c>style</c> object; a bad shape or colour is an error naming the kind.</summary>
        private static KindStyle? ReadStyle(JObject item, string kind, JsonErrorSink errors)
        {
            JToken? token = item["style"];
            if (token == null || token.Type == JTokenType.Null)
            {
                return null;
            }

            if (token is not JObject style)
            {
                errors.Add(GraphErrorCode.InvalidVocabulary, $"The style of the entity kind '{kind}' must be an object with shape, fill and line.", kind, token);
                return null;
            }

            string? shape = errors.RequiredString(style, "shape", kind);
            string? fill = errors.RequiredString(style, "fill", kind);
            string? line = errors.RequiredString(style, "line", kind);
            string? text = errors.OptionalString(style, "text", kind);
            if (shape == null || fill == null || line == null)
            {
                return null;
            }

            if (!KindStyle.Shapes.Contains(shape, StringComparer.Ordinal))
            {
                errors.Add(GraphErrorCode.InvalidVocabulary, $"The entity kind '{kind}' has the shape '{shape}'; expected one of {string.Join(", ", KindStyle.Shapes)}.", kind, style["shape"]!);
                return null;
            }

            foreach ((string field, string? value) in new[] { ("fill", fill), ("line", line), ("text", text) })
            {
                if (value != null && !KindStyle.IsColour(value))
                {
                    errors.Add(GraphErrorCode.InvalidVocabulary, $"The {field} colour of the entity kind '{kind}' is '{value}'; expected #rrggbb.", kind, style[field]!);
                    return null;
                }
            }

            return new KindStyle(shape, fill, line, text);
        }

        /// <summary>Gets whether a relation type name is what graph files allow: <c>^[A-Z][A-Z0-9_]*$</c>.</summary>
        private static bool IsTypeName(string name)
        {
            if (name.Length == 0 || name[0] < 'A' || name[0] > 'Z')
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Says what is wrong with an entity kind name (empty, a line break, a tab, a quote, a backslash, or what <see cref="Text.TextRules"/> refuses), or <c>null</c>.</summary>
        private static string? KindNameProblem(string name)
        {
            if (name.Trim().Length == 0)
            {
                return "is empty";
            }

            foreach (char c in name)
            {
                if (c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '\\')
                {
                    return "holds a line break, a tab, a quote or a backslash";
                }
            }

            return Text.TextRules.Problem(name);
        }

        private static Vocabulary Parse(string json, string? fileName, Vocabulary? baseVocabulary)
        {
            var errors = new JsonErrorSink(fileName);
            JObject? root = JsonDocumentReader.ParseObject(json, errors);
            if (root == null)
            {
                throw new GraphValidationException(errors.Errors);
            }

            string? format = errors.OptionalString(root, "format");
            if (format != FormatName)
            {
                errors.Add(GraphErrorCode.UnsupportedFormat, $"The format is '{format ?? "(missing)"}'; expected '{FormatName}'.", null, (JToken?)root["format"] ?? root);
            }

            var kinds = new List<EntityKind>(baseVocabulary?.Kinds ?? Array.Empty<EntityKind>());
            var kindByName = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
            var kindNamesIgnoringCase = new HashSet<string>(kindByName.Keys, StringComparer.OrdinalIgnoreCase);
            foreach (JObject item in errors.ObjectArray(root, "kinds"))
            {
                string? name = errors.RequiredString(item, "name", null);
                if (name == null)
                {
                    continue;
                }

                if (KindNameProblem(name) is string kindProblem)
                {
                    // A name with a line break or a quote went into graph files, pictures and terminals as it stood (issue 12).
                    errors.Add(GraphErrorCode.InvalidVocabulary, $"The entity kind name '{name}' {kindProblem}.", name, item["name"]!);
                    continue;
                }

                if (!kindNamesIgnoringCase.Add(name))
                {
                    errors.Add(GraphErrorCode.DuplicateId, $"The entity kind '{name}' is defined twice (kind names are compared ignoring case).", name, item);
                    continue;
                }

                EntityKind? parent = null;
                string? parentName = errors.OptionalString(item, "parent");
                if (parentName != null && !kindByName.TryGetValue(parentName, out parent))
                {
                    errors.Add(GraphErrorCode.InvalidVocabulary, $"The entity kind '{name}' has the unknown parent '{parentName}' (a parent must be defined before its children).", name, item["parent"]!);
                    continue;
                }

                var kind = new EntityKind(name, parent, errors.OptionalString(item, "description"), ReadStyle(item, name, errors), errors.OptionalBool(item, "actor") ?? false);
                kinds.Add(kind);
                kindByName.Add(name, kind);
            }

            var types = new List<RelationType>(baseVocabulary?.RelationTypes ?? Array.Empty<RelationType>());
            var typeNames = new HashSet<string>(types.Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
            foreach (JObject item in errors.ObjectArray(root, "relationTypes"))
            {
                string? name = errors.RequiredString(item, "name", null);
                if (name == null)
                {
                    continue;
                }

                if (!typeNames.Add(name))
                {
                    errors.Add(GraphErrorCode.DuplicateId, $"The relation type '{name}' is defined twice (type names are compared ignoring case).", name, item);
                    continue;
                }

                if (!IsTypeName(name))
                {
                    // The graph file's schema requires it ("type": ^[A-Z][A-Z0-9_]*$); kg wrote files that failed it (issue 12).
                    errors.Add(GraphErrorCode.InvalidVocabulary, $"The relation type name '{name}' is not capital letters, digits and '_' starting with a letter (such as DEPENDS_ON).", name, item["name"]!);
                    continue;
                }

                List<EntityKind> KindList(string field)
                {
                    var list = new List<EntityKind>();
                    foreach (JToken token in errors.StringArray(item, field))
                    {
                        string kindName = (string)token!;
                        if (kindByName.TryGetValue(kindName, out EntityKind? k))
                        {
                            list.Add(k);
                        }
                        else
                        {
                            errors.Add(GraphErrorCode.UnknownKind, $"The relation type '{name}' names the unknown entity kind '{kindName}'.", name, token);
                        }
                    }

                    return list;
                }

                List<EntityKind> sources = KindList("source");
                List<EntityKind> targets = KindList("target");
                bool directed = errors.OptionalBool(item, "directed") ?? true;
                bool control = errors.OptionalBool(item, "control") ?? false;
                bool hasSubject = errors.OptionalBool(item, "subject") ?? false;
                bool ownership = errors.OptionalBool(item, "ownership") ?? false;
                SanctionRole sanction = Choice(errors, item, name, "sanction", SanctionRole.None, ("targets", SanctionRole.Targets), ("imposes", SanctionRole.Imposes));
                DependencyDirection dependency = Choice(errors, item, name, "dependency", DependencyDirection.None, ("forward", DependencyDirection.Forward), ("reverse", DependencyDirection.Reverse));
                types.Add(new RelationType(name, sources.AsReadOnly(), targets.AsReadOnly(), directed, dependency, control, errors.OptionalString(item, "description"), KindList("clusterIn").AsReadOnly(), hasSubject, ownership, sanction));
            }

            var subjects = new List<Subject>(baseVocabulary?.Subjects ?? Array.Empty<Subject>());
            var subjectById = subjects.ToDictionary(x => x.Id, StringComparer.Ordinal);
            foreach (JObject item in errors.ObjectArray(root, "subjects"))
            {
                string? id = errors.RequiredString(item, "id", null);
                if (id == null)
                {
                    continue;
                }

                if (!GraphBuilder.IsSlug(id))
                {
                    errors.Add(GraphErrorCode.InvalidId, $"The subject id '{id}' is not a lowercase slug (letters a-z, digits, '.', '_', ':' and '-').", id, item["id"]!);
                    continue;
                }

                if (subjectById.ContainsKey(id))
                {
                    errors.Add(GraphErrorCode.DuplicateId, $"The subject '{id}' is defined twice.", id, item);
                    continue;
                }

                Subject? parent = null;
                string? parentId = errors.OptionalString(item, "parent");
                if (parentId != null && !subjectById.TryGetValue(parentId, out parent))
                {
                    errors.Add(GraphErrorCode.InvalidVocabulary, $"The subject '{id}' has the unknown parent '{parentId}' (a parent must be defined before its children).", id, item["parent"]!);
                    continue;
                }

                var subject = new Subject(id, errors.OptionalString(item, "name") ?? id, parent);
                subjects.Add(subject);
                subjectById.Add(id, subject);
            }

            if (errors.Errors.Count > 0)
            {
                throw new GraphValidationException(errors.Errors);
            }

            return new Vocabulary(kinds, types, subjects, baseVocabulary?.BuiltInName);
        }

        /// <summary>Reads a field of a relation type that names one of a few values (or <c>none</c>), reporting any other.</summary>
        private static T Choice<T>(JsonErrorSink errors, JObject item, string name, string field, T none, params (string Text, T Value)[] values)
        {
            string? text = errors.OptionalString(item, field);
            if (text == null || text == "none")
            {
                return none;
            }

            foreach ((string Text, T Value) v in values)
            {
                if (v.Text == text)
                {
                    return v.Value;
                }
            }

            errors.Add(GraphErrorCode.InvalidVocabulary, $"The relation type '{name}' has {field} '{text}'; expected none, {string.Join(" or ", values.Select(v => v.Text))}.", name, item[field]!);
            return none;
        }
    }
}

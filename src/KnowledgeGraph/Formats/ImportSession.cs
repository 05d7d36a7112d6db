using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Formats
{
    /// <summary>What an importer run keeps track of: problems (thrown at once in Stop mode), what was dropped and why, and ids handed out.</summary>
    internal sealed class ImportSession
    {
        private readonly Dictionary<string, int> _dropped = new Dictionary<string, int>();
        private readonly Dictionary<string, string> _slugs = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> _usedSlugs = new HashSet<string>(System.StringComparer.Ordinal);

        public ImportSession(ImportOptions? options)
        {
            Options = options ?? new ImportOptions();
            Vocabulary = Options.Into?.Vocabulary ?? Options.Vocabulary ?? Vocabulary.Default;
        }

        public ImportOptions Options { get; }

        public Vocabulary Vocabulary { get; }

        public List<GraphError> Problems { get; } = new List<GraphError>();

        public long RecordsRead { get; set; }

        public IReadOnlyDictionary<string, int> Dropped => _dropped.OrderByDescending(p => p.Value).ThenBy(p => p.Key, System.StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);

        /// <summary>Records a bad line: throws in Stop mode, lists it in Skip mode.</summary>
        public void Problem(GraphErrorCode code, string message, string? file, int line, int column = 0, string? id = null)
        {
            var error = new GraphError(code, message, id, file, line, column);
            if (Options.ErrorMode == ImportErrorMode.Stop)
            {
                throw new GraphValidationException(new[] { error });
            }

            Problems.Add(error);
        }

        /// <summary>Counts something read but not imported.</summary>
        public void Drop(string reason, int count = 1)
        {
            _dropped.TryGetValue(reason, out int n);
            _dropped[reason] = n + count;
        }

        /// <summary>Gets the slug for a foreign id, handing out a new one (made unique with -2, -3…) on first sight.</summary>
        public string SlugFor(string scope, string foreignId)
        {
            string key = scope + "\u0000" + foreignId;
            if (_slugs.TryGetValue(key, out string? slug))
            {
                return slug;
            }

            string baseSlug = Slug.Make(foreignId);
            slug = baseSlug;
            for (int i = 2; !_usedSlugs.Add(scope + "\u0000" + slug); i++)
            {
                slug = baseSlug + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _slugs[key] = slug;
            return slug;
        }

        /// <summary>Makes an id already taken in the graph being updated unavailable to <see cref="SlugFor"/>.</summary>
        public void Reserve(string scope, string slug) => _usedSlugs.Add(scope + "\u0000" + slug);

        /// <summary>Gives a foreign id the slug it had in the graph being updated.</summary>
        public void Assign(string scope, string foreignId, string slug)
        {
            _slugs[scope + "\u0000" + foreignId] = slug;
            Reserve(scope, slug);
        }

        public void Progress()
        {
            RecordsRead++;
            Options.CancellationToken.ThrowIfCancellationRequested();
            if (RecordsRead % 1000 == 0)
            {
                Options.Progress?.Report(RecordsRead);
            }
        }

        public ImportResult Result(Graph graph, ImportChanges? changes = null)
        {
            Options.Progress?.Report(RecordsRead);
            return new ImportResult(graph, Problems.ToArray(), RecordsRead, Dropped) { Changes = changes };
        }
    }
}

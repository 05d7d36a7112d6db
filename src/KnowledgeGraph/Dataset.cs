using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>
    /// A dataset a graph was built from: the curated graph, a Wikidata download, an OpenSanctions export. It names its
    /// version or date and licence, and lists the graph's sources that belong to it, so that every fact citing one of
    /// them can say which dataset it came from (<see cref="Graph.DatasetsOf(Relation)"/>).
    /// </summary>
    /// <remarks>
    /// <para>Written in the graph file's optional <c>datasets</c> section (graphs/FORMAT.md). A source may belong to several
    /// datasets (the same article cited by two). This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class Dataset
    {
        /// <summary>Creates a dataset.</summary>
        /// <param name="id">A lowercase slug without <c>:</c>, unique among the graph's datasets: <c>opensanctions</c>, <c>wikidata</c>, <c>union-state</c>.</param>
        /// <param name="title">Its title, or <c>null</c>.</param>
        /// <param name="version">Its version as its publisher names it (<c>20240528</c>, <c>v2</c>), or <c>null</c>.</param>
        /// <param name="date">The date of the snapshot, or <c>null</c>.</param>
        /// <param name="licence">Its licence (<c>CC0-1.0</c>, <c>CC-BY-NC-4.0</c>), or <c>null</c>.</param>
        /// <param name="url">Where it is published, or <c>null</c>.</param>
        /// <param name="sources">The ids of the graph's sources that belong to it, or <c>null</c> for none.</param>
        public Dataset(string id, string? title = null, string? version = null, PartialDate? date = null, string? licence = null, string? url = null, IEnumerable<string>? sources = null)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Title = title;
            Version = version;
            Date = date;
            Licence = licence;
            Url = url;
            Sources = sources?.ToArray() ?? Array.Empty<string>();
        }

        /// <summary>Gets the id.</summary>
        public string Id { get; }

        /// <summary>Gets the title, or <c>null</c>.</summary>
        public string? Title { get; }

        /// <summary>Gets the version, or <c>null</c>.</summary>
        public string? Version { get; }

        /// <summary>Gets the date of the snapshot, or <c>null</c>.</summary>
        public PartialDate? Date { get; }

        /// <summary>Gets the licence, or <c>null</c>.</summary>
        public string? Licence { get; }

        /// <summary>Gets where it is published, or <c>null</c>.</summary>
        public string? Url { get; }

        /// <summary>Gets the ids of the graph's sources that belong to it.</summary>
        public IReadOnlyList<string> Sources { get; }

        /// <summary>Formats the dataset: <c>wikidata (2024-05-27, CC0-1.0)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var parts = new List<string>();
            if (Version != null)
            {
                parts.Add("version " + Version);
            }

            if (Date.HasValue)
            {
                parts.Add(Date.Value.ToString());
            }

            if (Licence != null)
            {
                parts.Add(Licence);
            }

            return parts.Count == 0 ? Id : Id + " (" + string.Join(", ", parts) + ")";
        }

        /// <summary>Checks datasets against the graph's sources: ids unique slugs without <c>:</c>, text under the text rules, every source known.</summary>
        internal static List<Dataset> Check(IReadOnlyList<(Dataset Dataset, TextPosition Position)> datasets, IReadOnlyDictionary<string, Source> sourceById, List<GraphError> errors)
        {
            var kept = new List<Dataset>(datasets.Count);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach ((Dataset d, TextPosition position) in datasets)
            {
                bool ok = true;
                if (!GraphBuilder.IsSlug(d.Id) || d.Id.IndexOf(':') >= 0)
                {
                    errors.Add(position.Error(GraphErrorCode.InvalidId, $"The dataset id '{d.Id}' is not a lowercase slug without ':' (letters, digits, '-', '_', '.').", d.Id));
                    ok = false;
                }
                else if (!ids.Add(d.Id))
                {
                    errors.Add(position.Error(GraphErrorCode.DuplicateId, $"The dataset id '{d.Id}' is used twice.", d.Id));
                    ok = false;
                }

                foreach ((string? text, string field) in new[] { (d.Title, "title"), (d.Version, "version"), (d.Licence, "licence"), (d.Url, "url") })
                {
                    ok &= GraphBuilder.CheckText(text, field, d.Id, position, errors);
                }

                foreach (string s in d.Sources)
                {
                    if (s == null || !sourceById.ContainsKey(s))
                    {
                        errors.Add(position.Error(GraphErrorCode.UnknownSource, $"The dataset '{d.Id}' lists the unknown source '{s}'.", d.Id));
                        ok = false;
                    }
                }

                if (ok)
                {
                    kept.Add(d);
                }
            }

            return kept;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Display.Explorer
{
    /// <summary>
    /// Options of the interactive explorer (<see cref="ExplorerPage"/>): a title, what to highlight, how many entities the
    /// first view shows, and its height inside a notebook.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads: every <c>With…</c> method returns a new instance.</remarks>
    [Immutable]
    public sealed class ExplorerOptions
    {
        /// <summary>The default of <see cref="OverviewSize"/>: 150 entities.</summary>
        public const int DefaultOverviewSize = 150;

        private ExplorerOptions(string? title, IReadOnlyCollection<string> highlight, int overviewSize, int height)
        {
            Title = title;
            Highlight = highlight;
            OverviewSize = overviewSize;
            Height = height;
        }

        /// <summary>Gets the options with every default: the graph's own title, nothing highlighted, an overview of 150 entities, 640 pixels high in a notebook.</summary>
        public static ExplorerOptions Default { get; } = new ExplorerOptions(null, Array.Empty<string>(), DefaultOverviewSize, 640);

        /// <summary>Gets the page title, or <c>null</c> for the graph's title.</summary>
        public string? Title { get; }

        /// <summary>Gets the ids of the entities and relations drawn highlighted (a path, a dependency explanation); they are also always in the first view.</summary>
        public IReadOnlyCollection<string> Highlight { get; }

        /// <summary>
        /// Gets how many entities the first view shows at most: a graph with more opens on its most connected entities
        /// (and anything highlighted), and the rest come in by search or by expanding a neighbour. Default: <see cref="DefaultOverviewSize"/>.
        /// </summary>
        public int OverviewSize { get; }

        /// <summary>Gets the height in pixels of the explorer inside a notebook (a page uses the whole window). Default: 640.</summary>
        public int Height { get; }

        /// <summary>Returns these options with another title.</summary>
        /// <param name="title">The title, or <c>null</c> for the graph's.</param>
        /// <returns>The new options.</returns>
        public ExplorerOptions WithTitle(string? title) => new ExplorerOptions(title, Highlight, OverviewSize, Height);

        /// <summary>Returns these options with paths highlighted: their entities and relations (a path, or the paths of a dependency explanation).</summary>
        /// <param name="paths">The paths.</param>
        /// <returns>The new options.</returns>
        public ExplorerOptions WithHighlight(IEnumerable<GraphPath> paths)
        {
            if (paths == null)
            {
                throw new ArgumentNullException(nameof(paths));
            }

            var ids = new List<string>();
            foreach (GraphPath p in paths)
            {
                ids.AddRange(p.Entities.Select(e => e.Id));
                ids.AddRange(p.Relations.Select(r => r.Id));
            }

            return WithHighlight(ids);
        }

        /// <summary>Returns these options with entities and relations highlighted, by id.</summary>
        /// <param name="ids">The ids of entities and relations.</param>
        /// <returns>The new options.</returns>
        public ExplorerOptions WithHighlight(IEnumerable<string> ids)
        {
            if (ids == null)
            {
                throw new ArgumentNullException(nameof(ids));
            }

            return new ExplorerOptions(Title, ids.Distinct(StringComparer.Ordinal).ToArray(), OverviewSize, Height);
        }

        /// <summary>Returns these options with another overview size.</summary>
        /// <param name="entities">The most entities the first view shows; at least 1.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The size is less than 1.</exception>
        public ExplorerOptions WithOverviewSize(int entities) =>
            entities < 1 ? throw new ArgumentOutOfRangeException(nameof(entities), entities, "The overview shows at least one entity.") : new ExplorerOptions(Title, Highlight, entities, Height);

        /// <summary>Returns these options with another height in a notebook.</summary>
        /// <param name="pixels">The height in pixels; at least 200.</param>
        /// <returns>The new options.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The height is less than 200.</exception>
        public ExplorerOptions WithHeight(int pixels) =>
            pixels < 200 ? throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "The explorer is at least 200 pixels high.") : new ExplorerOptions(Title, Highlight, OverviewSize, pixels);
    }
}

using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Display.Explorer;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Display
{
    /// <summary>
    /// Values to display in a notebook: each returns an <see cref="IHtmlRenderable"/>, which the package's notebook
    /// extension shows as HTML (<c>Views.Timeline(graph.RelationsOf(russia))</c> as the last line of a cell).
    /// </summary>
    public static class Views
    {
        /// <summary>An entity with its relations in a graph, as a timeline.</summary>
        /// <param name="entity">The entity.</param>
        /// <param name="graph">The graph.</param>
        /// <returns>The display.</returns>
        public static HtmlFragment Entity(Entity entity, Graph graph) => new HtmlFragment(HtmlRenderer.Entity(entity, graph));

        /// <summary>Relations as a timeline: a table sorted by date with dates and sources.</summary>
        /// <param name="relations">The relations.</param>
        /// <param name="heading">A heading, or <c>null</c>.</param>
        /// <returns>The display.</returns>
        public static HtmlFragment Timeline(IEnumerable<Relation> relations, string? heading = null) => new HtmlFragment(HtmlRenderer.Timeline(relations, heading));

        /// <summary>A dependency explanation: the paths, each as a list of steps with dates and citations.</summary>
        /// <param name="paths">The paths.</param>
        /// <param name="heading">A heading, or <c>null</c> for "<i>A</i> depends on <i>B</i> through <i>n</i> paths".</param>
        /// <returns>The display.</returns>
        public static HtmlFragment Explanation(IEnumerable<GraphPath> paths, string? heading = null) => new HtmlFragment(HtmlRenderer.Paths(paths, heading));

        /// <summary>The interactive explorer of a graph, inline (see <see cref="ExplorerPage"/>); where scripts cannot run, its static picture.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options, or <c>null</c> for the defaults.</param>
        /// <returns>The display.</returns>
        public static HtmlFragment Explore(Graph graph, ExplorerOptions? options = null) => new HtmlFragment(ExplorerPage.Fragment(graph, options));

        /// <summary>The interactive explorer of some relations of a graph (a neighbourhood, a query result) and the entities they connect.</summary>
        /// <param name="graph">The graph the relations belong to (for their sources).</param>
        /// <param name="relations">The relations.</param>
        /// <param name="options">The options, or <c>null</c> for the defaults.</param>
        /// <returns>The display.</returns>
        public static HtmlFragment Explore(Graph graph, IEnumerable<Relation> relations, ExplorerOptions? options = null) =>
            new HtmlFragment(ExplorerPage.Fragment(graph, relations ?? throw new System.ArgumentNullException(nameof(relations)), options));

        /// <summary>The interactive explorer of paths (a path query or a dependency explanation), highlighted, with the entities they pass through.</summary>
        /// <param name="graph">The graph the paths belong to.</param>
        /// <param name="paths">The paths.</param>
        /// <param name="options">The options, or <c>null</c> for the defaults; the paths are added to its highlight.</param>
        /// <returns>The display.</returns>
        public static HtmlFragment Explore(Graph graph, IEnumerable<GraphPath> paths, ExplorerOptions? options = null)
        {
            List<GraphPath> list = (paths ?? throw new System.ArgumentNullException(nameof(paths))).ToList();
            options = (options ?? ExplorerOptions.Default).WithHighlight((options ?? ExplorerOptions.Default).Highlight
                .Concat(list.SelectMany(p => p.Entities.Select(e => e.Id).Concat(p.Relations.Select(r => r.Id)))));
            return new HtmlFragment(ExplorerPage.Fragment(graph, list.SelectMany(p => p.Relations), options));
        }

        /// <summary>A picture of a graph, or a table of its relations when it has too many entities to draw.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The picture options, or <c>null</c> for the defaults.</param>
        /// <returns>The display.</returns>
        public static IHtmlRenderable Picture(Graph graph, GraphPictureOptions? options = null) =>
            (IHtmlRenderable?)GraphPicture.Draw(graph, options) ?? new HtmlFragment(HtmlRenderer.Timeline(graph.Relations, "Too many entities to draw: the relations as a table"));

        /// <summary>A picture of some relations and the entities they connect, or a table when there are too many entities to draw.</summary>
        /// <param name="relations">The relations.</param>
        /// <param name="options">The picture options, or <c>null</c> for the defaults.</param>
        /// <returns>The display.</returns>
        public static IHtmlRenderable Picture(IEnumerable<Relation> relations, GraphPictureOptions? options = null)
        {
            var list = new List<Relation>(relations);
            return (IHtmlRenderable?)GraphPicture.Draw(list, options) ?? new HtmlFragment(HtmlRenderer.Timeline(list, "Too many entities to draw: the relations as a table"));
        }
    }
}

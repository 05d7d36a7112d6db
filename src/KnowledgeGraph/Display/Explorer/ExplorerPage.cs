using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Display.Explorer
{
    /// <summary>
    /// The interactive explorer: one self-contained HTML page (or a notebook fragment) that draws a graph with the vendored
    /// cytoscape.js and lets an analyst search across scripts, click an entity or relation for its names, properties, ids,
    /// dates, certainty and citations, expand and collapse neighbours, filter by kind, relation type, status and
    /// confidence, move a time slider, see a highlighted path, and save the view as SVG or PNG.
    /// </summary>
    /// <remarks>
    /// <para>The page loads nothing from the network: the drawing library (cytoscape.js <see cref="LibraryVersion"/>, MIT),
    /// the script, the style and the data are all written into it. Where scripts cannot run (a static notebook viewer,
    /// scripts turned off) a static SVG picture of the first view shows instead.</para>
    /// <para>The time slider applies the library's three-valued rule (holds: solid; may hold: dashed; does not hold:
    /// hidden) to a compact time key per relation; search folds the query with the library's own transliteration table
    /// and matches it against the names the library folded (<see cref="Text.NameNormalizer"/>), so
    /// <c>Лукашенко</c> finds Lukashenka.</para>
    /// <para>A graph larger than <see cref="ExplorerOptions.OverviewSize"/> opens on its most connected entities.</para>
    /// </remarks>
    public static class ExplorerPage
    {
        /// <summary>The version of cytoscape.js embedded in the page.</summary>
        public const string LibraryVersion = "3.34.4";

        /// <summary>Gets a whole HTML page exploring a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options, or <c>null</c> for <see cref="ExplorerOptions.Default"/>.</param>
        /// <returns>The HTML document.</returns>
        public static string Write(Graph graph, ExplorerOptions? options = null)
        {
            var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            Write(graph, sw, options);
            return sw.ToString();
        }

        /// <summary>Writes a whole HTML page exploring a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="writer">Where to write.</param>
        /// <param name="options">The options, or <c>null</c> for <see cref="ExplorerOptions.Default"/>.</param>
        public static void Write(Graph graph, TextWriter writer, ExplorerOptions? options = null)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            if (writer == null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            options ??= ExplorerOptions.Default;
            string title = options.Title ?? graph.Title ?? "Knowledge graph";
            writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

            // No request may leave the page: scripts, styles and images only from the page itself.
            writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:\">\n");
            writer.Write("<title>" + HtmlText.Escape(title) + "</title>\n");
            writer.Write("<style>html,body{margin:0;height:100%}</style>\n</head>\n<body>\n");
            WriteExplorer(graph, null, writer, options, "100vh");
            writer.Write("</body>\n</html>\n");
        }

        /// <summary>Gets the explorer as an HTML fragment for a notebook cell, for a whole graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="options">The options, or <c>null</c> for <see cref="ExplorerOptions.Default"/>.</param>
        /// <returns>The fragment: the static picture, replaced by the explorer where scripts run.</returns>
        public static string Fragment(Graph graph, ExplorerOptions? options = null) => Fragment(graph, null, options);

        /// <summary>Gets the explorer as an HTML fragment for a notebook cell, for some relations of a graph (a neighbourhood, a query result) and the entities they connect.</summary>
        /// <param name="graph">The graph the relations belong to (for their sources).</param>
        /// <param name="relations">The relations, or <c>null</c> for the whole graph.</param>
        /// <param name="options">The options, or <c>null</c> for <see cref="ExplorerOptions.Default"/>.</param>
        /// <returns>The fragment.</returns>
        public static string Fragment(Graph graph, IEnumerable<Relation>? relations, ExplorerOptions? options = null)
        {
            if (graph == null)
            {
                throw new ArgumentNullException(nameof(graph));
            }

            options ??= ExplorerOptions.Default;
            var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            WriteExplorer(graph, relations, sw, options, options.Height.ToString(CultureInfo.InvariantCulture) + "px");
            return sw.ToString();
        }

        private static void WriteExplorer(Graph graph, IEnumerable<Relation>? relations, TextWriter writer, ExplorerOptions options, string height)
        {
            string data = ExplorerData.Write(graph, relations, options, out List<string> overview);
            string title = options.Title ?? graph.Title ?? "Knowledge graph";
            writer.Write("<div class=\"kg-explorer\" style=\"--kg-height:" + height + "\">\n<style>");
            writer.Write(Resource("explorer.css"));
            writer.Write("</style>\n");

            // The static picture: shown until the script starts, and for good where scripts do not run.
            writer.Write("<div class=\"kg-static\">");
            writer.Write(StaticPicture(graph, relations, overview));
            writer.Write("</div>\n");

            writer.Write("<div class=\"kg-app\" style=\"display:none\">\n");
            writer.Write("<div class=\"kg-bar\"><h1>" + HtmlText.Escape(title) + "</h1>");
            writer.Write("<span style=\"position:relative\"><input class=\"kg-search\" type=\"search\" placeholder=\"Search names, any script\" aria-label=\"Search\"><div class=\"kg-results\"></div></span>");
            writer.Write("<button type=\"button\" class=\"kg-fit\">Fit</button><button type=\"button\" class=\"kg-all\">Show all</button>");
            writer.Write("<button type=\"button\" class=\"kg-svg\">Save SVG</button><button type=\"button\" class=\"kg-png\">Save PNG</button>");
            writer.Write("<span class=\"kg-status\"></span></div>\n");
            writer.Write("<div class=\"kg-filters\"><h3>Kinds</h3><div class=\"kg-kinds\"></div><h3>Relation types</h3><div class=\"kg-types\"></div>");
            writer.Write("<h3>Status</h3><div class=\"kg-statuses\"></div><h3>Confidence at least</h3>");
            writer.Write("<input class=\"kg-confidence\" type=\"range\" min=\"0\" max=\"100\" value=\"0\" aria-label=\"Minimum confidence\"> <span class=\"kg-confidence-value\">0.00</span>");
            writer.Write("<p class=\"kg-id\">Relations without a stated confidence are always shown.</p></div>\n");
            writer.Write("<div class=\"kg-canvas\"></div>\n");
            writer.Write("<div class=\"kg-panel\"><p>Click an entity or a relation to see its names, dates and citations. Double-click to expand or collapse its neighbours.</p></div>\n");
            writer.Write("<div class=\"kg-foot\"><label>Time <input class=\"kg-time\" type=\"range\" aria-label=\"As of\"></label><span class=\"kg-time-value\">all time</span>");
            writer.Write("<span class=\"kg-id\">solid: holds; dashed: may hold; hidden: does not hold. Drawn with cytoscape.js " + LibraryVersion + " (MIT).</span></div>\n");
            writer.Write("</div>\n");
            writer.Write("<script type=\"application/json\" class=\"kg-data\">");
            writer.Write(data);
            writer.Write("</script>\n<script>");
            writer.Write(ScriptSafe(Resource("cytoscape.min.js")));
            writer.Write("</script>\n<script>");
            writer.Write(ScriptSafe(Resource("explorer.js")));
            writer.Write("</script>\n</div>\n");
        }

        /// <summary>The static SVG of the first view (GraphViz when installed, else the built-in layout), or a short note when it cannot be drawn.</summary>
        private static string StaticPicture(Graph graph, IEnumerable<Relation>? relations, List<string> overview)
        {
            var shown = new HashSet<string>(overview, StringComparer.Ordinal);
            List<Relation> rels = (relations ?? graph.Relations).Where(r => shown.Contains(r.Source.Id) && shown.Contains(r.Target.Id)).ToList();
            GraphPicture? picture = GraphPicture.Draw(rels, new GraphPictureOptions { MaxEntities = Math.Max(overview.Count, 1) });
            return picture?.ToHtml() ?? "<p>" + HtmlText.Escape(overview.Count + " entities; turn on scripts to explore them.") + "</p>";
        }

        /// <summary>Keeps a script's text from closing its element early: <c>&lt;/script</c> and <c>&lt;!--</c> are broken up inside strings the way the HTML spec advises.</summary>
        private static string ScriptSafe(string script) =>
            script.Replace("</script", "<\\/script").Replace("</SCRIPT", "<\\/SCRIPT").Replace("<!--", "<\\!--");

        private static string Resource(string name)
        {
            using Stream stream = typeof(ExplorerPage).Assembly.GetManifestResourceStream("KnowledgeGraph.Explorer." + name)
                ?? throw new InvalidOperationException($"The explorer resource '{name}' is not embedded in the assembly.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}

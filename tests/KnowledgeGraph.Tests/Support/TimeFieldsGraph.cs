using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Tests.Support
{
    /// <summary>
    /// A small <c>knowledge-graph/2</c> graph whose relations use every time and certainty field (known, approximate,
    /// instant, bounded, observed, permanent, unknown, events with and without dates; every status; attribution, note,
    /// about; citation evidence observed and reported) and properties named like those fields, for the round trips of
    /// every format.
    /// </summary>
    public static class TimeFieldsGraph
    {
        /// <summary>Gets the JSON text of the graph.</summary>
        /// <param name="citations">Whether the relations cite the sources (formats without citations, such as CSV, round-trip the graph without them).</param>
        /// <returns>The JSON text.</returns>
        public static string Json(bool citations = true)
        {
            string Cite(string evidence) => citations
                ? "[{\"source\": \"s1\", \"quote\": \"q\", \"locator\": \"p. 2\"" + (evidence == null ? string.Empty : ", \"evidence\": \"" + evidence + "\"") + "}, {\"source\": \"s2\", \"evidence\": \"reported\"}]"
                : "[]";
            var relations = new List<string>
            {
                "{\"id\": \"r1\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"b\", \"approximate\": true, \"notBefore\": \"2019\", \"notAfter\": \"2023-12\", \"observed\": [\"2020-03\", \"2021\"], \"properties\": {\"status\": \"a property named status\", \"note\": 3, \"observed\": [\"x\", \"y\"]}, \"confidence\": 0.8, \"status\": \"inferred\", \"attribution\": \"the editors\", \"note\": \"oil and gas, \\\"mostly\\\"; approximate\", \"about\": \"oil-and-gas\", \"citations\": " + (citations ? "[{\"source\": \"s1\", \"quote\": \"q\", \"evidence\": \"observed\"}]" : "[]") + "}",
                "{\"id\": \"r2\", \"type\": \"COOPERATES_WITH\", \"source\": \"a\", \"target\": \"b\", \"event\": true, \"notBefore\": \"2020-02\", \"citations\": " + Cite(null!) + "}",
                "{\"id\": \"r3\", \"type\": \"COOPERATES_WITH\", \"source\": \"b\", \"target\": \"c\", \"from\": \"1999-12-08\", \"to\": \"2022\", \"approximate\": true, \"status\": \"planned\"}",
                "{\"id\": \"r4\", \"type\": \"COOPERATES_WITH\", \"source\": \"a\", \"target\": \"c\", \"at\": \"2022-12\", \"status\": \"alleged\", \"attribution\": \"lukashenka\"}",
                "{\"id\": \"r5\", \"type\": \"LOCATED_IN\", \"source\": \"c\", \"target\": \"a\", \"time\": \"permanent\", \"status\": \"denied\"}",
                "{\"id\": \"r6\", \"type\": \"SUPPLIES\", \"source\": \"b\", \"target\": \"a\", \"status\": \"intended\", \"about\": \"microchips\", \"note\": \"Minsk hopes\\u2026\"}",
                "{\"id\": \"r7\", \"type\": \"COOPERATES_WITH\", \"source\": \"c\", \"target\": \"b\", \"from\": \"2014\", \"notAfter\": \"2023-05-04\"}",
                "{\"id\": \"r8\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"a\", \"observed\": [\"2023-05-04\"], \"citations\": " + (citations ? "[{\"source\": \"s1\", \"evidence\": \"observed\"}]" : "[]") + "}",
                "{\"id\": \"r9\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"b\"}",
            };
            return "{\"format\": \"knowledge-graph/2\", \"title\": \"Every time field\", \"sources\": ["
                + "{\"id\": \"s1\", \"kind\": \"article\", \"title\": \"An article\", \"date\": \"2023-05-04\"}, {\"id\": \"s2\", \"kind\": \"officialStatement\", \"title\": \"A statement\", \"date\": \"2023-01\"}],"
                + " \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}, {\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\"}, {\"id\": \"c\", \"kind\": \"Company\", \"name\": \"C\"}],"
                + " \"relations\": [" + string.Join(", ", relations) + "]}";
        }

        /// <summary>Gets the graph.</summary>
        /// <param name="citations">Whether the relations cite the sources.</param>
        /// <returns>The graph.</returns>
        public static Graph Load(bool citations = true) => Graph.Parse(Json(citations));

        /// <summary>Gets what a relation says about time and certainty, as written (for comparing a copy with the original).</summary>
        /// <param name="graph">The graph.</param>
        /// <returns>One line per relation.</returns>
        public static IEnumerable<string> Fields(Graph graph) => graph.Relations.Select(r =>
            $"{r.Id} {r.StatedValidity} | {r.Validity} | {r.Status} | {r.Attribution} | {r.Note} | {r.About?.Id} | {r.Confidence} | "
            + string.Join(",", r.Citations.Select(c => c.SourceId + ":" + c.Evidence)));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using KnowledgeGraph;
using KnowledgeGraph.Display;
// No using KnowledgeGraph.Queries: the query entry points are in the root namespace.

// Uses the published package the way its README shows, and checks the answers: exit 0 when all are right, 1 otherwise.
// Usage: KnowledgeGraph.Consumer [GRAPH.json]   (a graph file with the entities russia and integral, e.g. graphs/union-state.json)
int failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok    " : "FAIL  ") + what);
    if (!ok)
    {
        failures++;
    }
}

Console.WriteLine($"KnowledgeGraph {typeof(Graph).Assembly.GetName().Version} on {RuntimeInformation.FrameworkDescription} ({AppContext.TargetFrameworkName})");

// 1. The embedded union-state graph: Russia depends on Integral, which supplies it, with a citation.
Graph graph = CuratedGraphs.UnionState;
Entity russia = graph.GetEntity("russia");
Entity integral = graph.FindEntity("Интеграл") ?? throw new InvalidOperationException("Integral not found by its Russian name.");
var paths = graph.DependencyPaths(russia, integral);
Check(paths.Count == 1, $"embedded graph: 1 dependency path from russia to integral (found {paths.Count})");
Check(paths.Count > 0 && paths[0].ToString() == "russia <-SUPPLIES- integral", $"embedded graph: the path is russia <-SUPPLIES- integral ({(paths.Count > 0 ? paths[0].ToString() : "none")})");
Check(paths.Count > 0 && paths[0].Steps[0].Relation.Citations.Count > 0 && paths[0].Steps[0].Relation.Citations[0].Source != null, "embedded graph: the step is cited, and the citation's source is bound");
Check(graph.DependencyPaths(integral, russia).Count == 0, "embedded graph: Integral does not depend on Russia");
Console.Write(paths.Count > 0 ? paths[0].Explain() : string.Empty);

// 2. A graph file: one built here, saved and loaded back, and the one named on the command line.
string file = Path.Combine(Path.GetTempPath(), "kg-consumer-" + Guid.NewGuid().ToString("N") + ".json");
try
{
    new GraphBuilder()
        .AddSource(new Source("edm", SourceKind.Article, "Eurasia Daily Monitor", date: PartialDate.Parse("2023-05-04")))
        .AddEntity("integral", "Company", "Integral", aliases: new[] { "Интеграл" })
        .AddEntity("planar", "Company", "Planar")
        .AddEntity("russia", "State", "Russia", aliases: new[] { "Россия" })
        .AddRelation("integral-supplies-russia", "SUPPLIES", "integral", "russia", Validity.Since(PartialDate.Parse("2022")), citations: new[] { new Citation("edm", "a lifeline to Russia") })
        .AddRelation("planar-supplies-integral", "SUPPLIES", "planar", "integral", Validity.Since(PartialDate.Parse("2023")), citations: new[] { new Citation("edm") })
        .Build()
        .Save(file);
    Graph mine = Graph.Load(file);
    var minePaths = mine.DependencyPaths(mine.GetEntity("russia"), mine.ResolveEntity("planar"));
    Check(minePaths.Count == 1 && minePaths[0].ToString() == "russia <-SUPPLIES- integral <-SUPPLIES- planar", $"saved file: russia depends on planar through integral ({string.Join("; ", minePaths)})");
    Check(minePaths.Count == 1 && minePaths[0].Validity?.ToString() == "since 2023", $"saved file: the path holds since 2023 ({(minePaths.Count == 1 ? minePaths[0].Validity?.ToString() : "-")})");
    Check(mine.AsOf(PartialDate.Parse("2022")).DependencyPaths(mine.GetEntity("russia"), mine.GetEntity("planar")).Count == 0, "saved file: as of 2022 there is no such path yet");
}
finally
{
    File.Delete(file);
}

if (args.Length > 0)
{
    Graph loaded = Graph.Load(args[0]);
    var loadedPaths = loaded.DependencyPaths(loaded.GetEntity("russia"), loaded.GetEntity("integral"));
    Check(loadedPaths.Select(p => p.ToString()).SequenceEqual(paths.Select(p => p.ToString())), $"{args[0]}: the same dependency paths as the embedded graph ({loadedPaths.Count})");
}

// 3. The HTML display, as a notebook would show it: escaped, with the path as a step list.
string html = HtmlRenderer.Paths(paths);
Check(html.Contains("<ol class=\"kg-steps\">") && html.Contains("Integral") && !html.Contains("<script"), "display: the dependency explanation renders as an HTML step list");

Console.WriteLine(failures == 0 ? "consumer: all checks passed" : $"consumer: {failures} checks failed");
return failures == 0 ? 0 : 1;

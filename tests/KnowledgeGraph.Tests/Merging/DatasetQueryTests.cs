using System;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Formats.Wikidata;
using KnowledgeGraph.Merging;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Cli;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Merging
{
    /// <summary>Datasets in queries (<see cref="QueryOptions.WithDatasets"/>, <c>--dataset</c>) and the datasets importers record.</summary>
    public class DatasetQueryTests
    {
        private static Graph Merged()
        {
            Graph curated = Graph.Load(RepoPaths.Graph("union-state.json"));
            MergeResult r = GraphMerger.Merge(new[] { new NamedGraph("union-state", curated), new NamedGraph("wikidata", RealDataMatchTests.WikidataPutin()) });
            return Graph.Parse(r.Graph.ToJson(), "merged.json");
        }

        [Test]
        public void WithDatasets_WalksOnlyTheirRelations_AsTheLoadTimeFilterDoes()
        {
            Graph g = Merged();
            Entity putin = g.GetEntity("putin");
            foreach (string dataset in new[] { "wikidata", "union-state" })
            {
                QueryOptions o = QueryOptions.Default.WithDatasets(dataset);
                var walked = g.Neighborhood(putin, 1, o).Graph.Relations.Select(x => x.Id).OrderBy(x => x, StringComparer.Ordinal).ToList();
                walked.Should().NotBeEmpty();
                walked.Should().OnlyContain(id => g.DatasetsOf(g.Relations.First(x => x.Id == id)).Any(d => d.Id == dataset));
                walked.Should().Equal(g.FromDatasets(new[] { dataset }).Neighborhood(putin).Graph.Relations.Select(x => x.Id).OrderBy(x => x, StringComparer.Ordinal));
                o.ToString().Should().Be("from " + dataset);
            }

            var both = g.Neighborhood(putin, 1, QueryOptions.Default.WithDatasets("wikidata,union-state")).Graph.Relations.Select(x => x.Id).ToHashSet();
            both.Should().BeEquivalentTo(g.Neighborhood(putin).Graph.Relations.Select(x => x.Id));

            // A dependency chain in the article's facts is not one in Wikidata's.
            Entity belarus = g.GetEntity("belarus");
            g.DependenciesOf(belarus, QueryOptions.Default.WithDatasets("union-state")).Items.Should().NotBeEmpty();
            g.DependenciesOf(belarus, QueryOptions.Default.WithDatasets("wikidata")).Items.Should().BeEmpty();
            g.Paths(putin, g.GetEntity("russia")).With(QueryOptions.Default.WithDatasets("wikidata")).Shortest().Paths.Should().NotBeEmpty();

            Action unknown = () => g.Neighborhood(putin, 1, QueryOptions.Default.WithDatasets("opensanctions"));
            unknown.Should().Throw<InvalidQueryException>().WithMessage("*no dataset 'opensanctions'*union-state, wikidata*");
        }

        [Test]
        public void Cli_DatasetOption_FiltersThePathAndNeighbourQueries()
        {
            string file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-merged-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                System.IO.File.WriteAllText(file, Merged().ToJson());
                var (all, allOut, _) = KgCommandTests.Kg("--graph", file, "neighbors", "putin");
                var (wd, wdOut, wdErr) = KgCommandTests.Kg("--graph", file, "--dataset", "wikidata", "neighbors", "putin");
                all.Should().Be(ExitCodes.Success);
                wd.Should().Be(ExitCodes.Success, wdErr);
                wdOut.Should().Contain("Wikidata").And.NotContain("Soyuz.by");
                allOut.Should().Contain("Soyuz.by");
                wdOut.Split('\n').Length.Should().BeLessThan(allOut.Split('\n').Length);
                var (dep, _, depErr) = KgCommandTests.Kg("--graph", file, "--dataset", "wikidata", "depends", "belarus");
                dep.Should().Be(ExitCodes.NoResult, depErr);
                var (bad, _, badErr) = KgCommandTests.Kg("--graph", file, "--dataset", "nope", "path", "putin", "russia");
                bad.Should().NotBe(ExitCodes.Success);
                badErr.Should().Contain("no dataset 'nope'");
            }
            finally
            {
                System.IO.File.Delete(file);
            }
        }

        [Test]
        public void WikidataImport_RecordsItsDataset_AndEveryFactSaysSo()
        {
            Graph g = RealDataMatchTests.WikidataPutin();
            Dataset d = g.Datasets.Should().ContainSingle().Subject;
            (d.Id, d.Title, d.Licence, d.Url).Should().Be((WikidataImporter.DatasetId, "Wikidata", "CC0-1.0", "https://www.wikidata.org/"));
            d.Date.Should().Be(PartialDate.Parse("2026-04-21"), "the latest 'modified' of the entities in the sample");
            d.Sources.Should().Equal(g.Sources.Select(s => s.Id));
            g.Relations.Should().OnlyContain(r => g.DatasetsOf(r).Single().Id == "wikidata");
            Graph.Parse(GraphJsonWriter.WriteToString(g), "wd.json").Datasets.Single().Date.Should().Be(d.Date);

            string file = WriteTemp(g);
            try
            {
                var (code, output, err) = KgCommandTests.Kg("--graph", file, "show", "q7747");
                code.Should().Be(ExitCodes.Success, err);
                output.Should().Contain("[dataset: wikidata]");
            }
            finally
            {
                System.IO.File.Delete(file);
            }
        }

        private static string WriteTemp(Graph g)
        {
            string file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-wd-" + Guid.NewGuid().ToString("N") + ".json");
            System.IO.File.WriteAllText(file, g.ToJson());
            return file;
        }
    }
}

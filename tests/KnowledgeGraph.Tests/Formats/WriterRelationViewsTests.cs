using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats
{
    /// <summary>
    /// The writers read every relation as a view the store does not keep (issue 15: a save or a streamed export of ten
    /// million entities must take no more memory than the loaded graph): writing makes no kept relation object, and the
    /// output is byte for byte what it is once every relation object has been made and kept (the writers' old way).
    /// </summary>
    public class WriterRelationViewsTests
    {
        private static readonly string[] Graphviz = { "svg", "png" };

        private static IEnumerable<TestCaseData> Graphs()
        {
            yield return new TestCaseData("union-state").SetName("Writers_KeepNoRelation_AndWriteTheSameBytes(union-state)");
            yield return new TestCaseData("time-fields").SetName("Writers_KeepNoRelation_AndWriteTheSameBytes(time-fields)");
            yield return new TestCaseData("csv-parallel").SetName("Writers_KeepNoRelation_AndWriteTheSameBytes(csv-parallel)");
        }

        private static Graph Load(string name) => name switch
        {
            "union-state" => Graph.Parse(CuratedGraphs.GetJson("union-state"), "union-state.json"),
            "time-fields" => TimeFieldsGraph.Load(),

            // Parallel relations (the same type between the same ends: RDF's direct triple is written once), a relation
            // without an id column, numbers and dates in columns: the bulk import's store.
            _ => CsvGraphReader.Import(
                new StringReader("id,kind,name\nn0,Company,Entity 0\nn1,Person,Entity 1\nn2,State,Belarus\n"), "nodes.csv",
                new StringReader("source,target,type,weight,from,to\nn0,n2,DEPENDS_ON,2.5,1995-01-01,\nn1,n0,DIRECTS,1.0,2001-01-01,2010-06\nn0,n2,DEPENDS_ON,7,,\nn0,n2,DEPENDS_ON,,2003,2004\nn2,n1,SUPPLIES,0.5,,\n"), "edges.csv",
                new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph,
        };

        [TestCaseSource(nameof(Graphs))]
        public void Writers_KeepNoRelation_AndWriteTheSameBytes(string name)
        {
            Graph g = Load(name);
            Graph part = g.AsOf(new PartialDate(2005)); // a subgraph: its relations are some positions of the same store
            RelationStore store = g.Store;
            store.CountMade().Should().Be(0, "a load makes no relation object");
            g.Store.Should().BeSameAs(part.Store);

            var before = new Dictionary<string, string>();
            var written = new List<string>();
            foreach (GraphFormat format in GraphFormats.Exportable.Where(f => !Graphviz.Contains(f.Name)))
            {
                foreach ((string label, Graph graph) in new[] { ("whole", g), ("part", part) })
                {
                    string? text = Write(format, graph);
                    if (text != null)
                    {
                        before[format.Name + "/" + label] = text;
                        written.Add(format.Name);
                    }
                }
            }

            written.Should().Contain(new[] { "json", "nt", "ttl", "jsonld", "neo4j", "cypher", "csv", "graphml", "gexf", "jgf", "dot" });
            store.CountMade().Should().Be(0, "every writer reads the relations as views the store does not keep");

            // The old way: every relation object made and kept first; the writers then get the kept objects.
            g.Relations.ToList().Should().HaveCount(g.EdgeCount);
            store.CountMade().Should().Be(g.EdgeCount);
            foreach (KeyValuePair<string, string> entry in before)
            {
                string[] key = entry.Key.Split('/');
                string? again = Write(GraphFormats.Get(key[0]), key[1] == "whole" ? g : part);
                again.Should().Be(entry.Value, $"{entry.Key} is written the same from views and from kept relations");
            }
        }

        [Test]
        public void View_IsEqualToTheKeptRelation_AndIsItOnceMade()
        {
            Graph g = Load("csv-parallel");
            Relation view = g.RelationViewAt(2);
            Relation other = g.RelationViewAt(2);
            view.Should().NotBeSameAs(other, "a view the store does not keep is made on each call");
            view.Should().Be(other);
            view.GetHashCode().Should().Be(other.GetHashCode());
            g.Store.CountMade().Should().Be(0);

            Relation kept = g.Relations[2];
            kept.Should().Be(view, "equality is by store position");
            view.Equals(g.Relations[1]).Should().BeFalse();
            g.RelationViewAt(2).Should().BeSameAs(kept, "once made, the kept object is given");
            g.RelationViews.Should().Equal(g.Relations);
            g.ContainsEdge(view).Should().BeTrue();
        }

        /// <summary>Writes a graph in a format: the text of the stream, or of every file of a directory format in name order; null when the format refuses the graph (Mermaid's size limits).</summary>
        private static string? Write(GraphFormat format, Graph graph)
        {
            try
            {
                if (format.Has(GraphFormatCapabilities.Directory))
                {
                    string dir = Path.Combine(Path.GetTempPath(), "kg-views-" + Guid.NewGuid().ToString("N"));
                    try
                    {
                        format.WriteDirectory(graph, dir);
                        var text = new StringBuilder();
                        foreach (string file in Directory.GetFiles(dir).OrderBy(f => f, StringComparer.Ordinal))
                        {
                            text.Append("== ").Append(Path.GetFileName(file)).Append('\n').Append(File.ReadAllText(file));
                        }

                        return text.ToString();
                    }
                    finally
                    {
                        Directory.Delete(dir, recursive: true);
                    }
                }

                using var stream = new MemoryStream();
                format.Write(graph, stream);
                return Encoding.UTF8.GetString(stream.ToArray());
            }
            catch (BoundExceededException)
            {
                return null;
            }
        }
    }
}

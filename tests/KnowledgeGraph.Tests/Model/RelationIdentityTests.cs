using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>
    /// A graph keeps its relations in columns (RelationStore) and makes a Relation object when one is first asked for:
    /// the identity and equality rules that QuikGraph and user code rely on, and every column read back as written.
    /// </summary>
    public class RelationIdentityTests
    {
        private const string Nodes = "id,kind,name\nn0,Company,Entity 0\nn1,Person,Entity 1\nn2,State,Belarus\n";

        private static Graph Read(string edges, ImportErrorMode mode = ImportErrorMode.Stop) =>
            CsvGraphReader.Import(new StringReader(Nodes), "nodes.csv", new StringReader(edges), "edges.csv", new ImportOptions { ErrorMode = mode, Vocabulary = CsvVocabularies.Open }).Graph;

        private const string Edges = "source,target,type,weight,from,to\nn0,n2,DEPENDS_ON,2.5,1995-01-01,\nn1,n0,DIRECTS,1.0,2001-01-01,2010-06\nn0,n2,DEPENDS_ON,7,,\n";

        [Test]
        public void Relations_ReadTwice_AreTheSameObject()
        {
            Graph g = Read(Edges);
            g.Relations[1].Should().BeSameAs(g.Relations[1]);
            g.Relations.ToList().Should().Equal(g.Edges.ToList(), (a, b) => ReferenceEquals(a, b));
            g.OutEdges(g.GetEntity("n0")).First().Should().BeSameAs(g.Relations[0]);
            g.InEdge(g.GetEntity("n0"), 0).Should().BeSameAs(g.Relations[1]);
            g.TryGetRelation("e3", out Relation? byId).Should().BeTrue();
            byId.Should().BeSameAs(g.Relations[1]);
        }

        [Test]
        public void Relations_OfASubgraph_AreTheObjectsOfTheGraphItCameFrom()
        {
            Graph g = Read(Edges);
            Graph asOf = g.AsOf(new PartialDate(2005));
            asOf.EdgeCount.Should().Be(2);
            asOf.Relations[0].Should().BeSameAs(g.Relations[0]);
            asOf.Relations[1].Should().BeSameAs(g.Relations[1]);
            asOf.ContainsEdge(g.Relations[1]).Should().BeTrue();
            asOf.ContainsEdge(g.Relations[2]).Should().BeFalse();

            Graph typed = g.Where(r => r.Type.Name == "DIRECTS");
            typed.Relations.Should().ContainSingle().Which.Should().BeSameAs(g.Relations[1]);
            typed.OutEdges(typed.GetEntity("n1")).Should().ContainSingle().Which.Should().BeSameAs(g.Relations[1]);
            typed.OutDegree(typed.GetEntity("n0")).Should().Be(0);
        }

        [Test]
        public void TimeFilters_ReadTheColumns_AndMakeOnlyTheRelationsAskedFor()
        {
            Graph g = Read(Edges);
            RelationStore store = g.Store;
            store.CountMade().Should().Be(0, "a load makes no relation object");
            Graph asOf = g.AsOf(new PartialDate(2005));
            g.Between(new PartialDate(2011), new PartialDate(2012)).EdgeCount.Should().Be(1);
            new PathFinder(g, new PartialDate(2005, 6, 30)).HopCount(g.GetEntity("n1"), g.GetEntity("n2")).Should().Be(2);
            store.CountMade().Should().Be(0, "time filters read the dates from the columns");
            g.MayHoldAsOf(new PartialDate(2005)).Should().ContainSingle().Which.Id.Should().Be("e4");
            store.CountMade().Should().Be(1, "only the relation returned is made");
            asOf.Relations[1].Should().BeSameAs(g.Relations[1]);
            store.CountMade().Should().Be(2);
        }

        [Test]
        public void Relations_OfTwoLoads_AreEqualByIdButDistinct()
        {
            Graph a = Read(Edges);
            Graph b = Read(Edges);
            Relation ra = a.Relations[2];
            Relation rb = b.Relations[2];
            ra.Should().NotBeSameAs(rb);
            ra.Equals(rb).Should().BeTrue();
            ra.GetHashCode().Should().Be(rb.GetHashCode());
            ra.Equals(b.Relations[1]).Should().BeFalse();
            a.Relations[0].Equals(a.Relations[2]).Should().BeFalse();
            new HashSet<Relation>(a.Relations).Should().Contain(b.Relations);
            a.ContainsEdge(rb).Should().BeFalse("a graph contains its own objects, as before");
        }

        [Test]
        public void Relations_InDictionaries_WorkForQuikGraphAlgorithms()
        {
            Graph g = Read(Edges);
            var weights = g.Relations.ToDictionary(r => r, r => r.Properties.GetNumber("weight") ?? 1.0);
            TryFunc<Entity, IEnumerable<Relation>> paths = g.ShortestPathsDijkstra(r => weights[r], g.GetEntity("n1"));
            paths(g.GetEntity("n2"), out IEnumerable<Relation>? path).Should().BeTrue();
            path!.Select(r => r.Id).Should().Equal("e3", "e2");
            path!.First().Should().BeSameAs(g.Relations[1]);
        }

        [Test]
        public void Columns_ReadBackAsWritten_WhenLinesAreSkippedAndCellsEmpty()
        {
            // A bad line (unknown end), a relation without properties and one with a confidence: the generated ids keep
            // their lines, the property rows and the confidences their relations.
            string edges = "source,target,type,weight,confidence,from\n"
                + "n0,n2,DEPENDS_ON,2.5,,1995\n"
                + "n0,nx,DEPENDS_ON,1,,\n"
                + "n1,n0,DIRECTS,,0.25,\n"
                + "n0,n2,DEPENDS_ON,7,,2001-03\n";
            Graph g = Read(edges, ImportErrorMode.Skip);
            g.Relations.Select(r => r.Id).Should().Equal("e2", "e4", "e5");
            g.Relations.Select(r => r.Properties.GetNumber("weight")).Should().Equal(2.5, null, 7.0);
            g.Relations.Select(r => r.Confidence).Should().Equal(null, 0.25, null);
            g.Relations.Select(r => r.Validity).Should().Equal(Validity.Since(new PartialDate(1995)), Validity.Unknown, Validity.Since(new PartialDate(2001, 3)));
            g.Relations.Select(r => r.Source.Id + ">" + r.Target.Id).Should().Equal("n0>n2", "n1>n0", "n0>n2");
            g.Relations[1].Properties.Should().BeEmpty();
            g.Relations.Select(r => r.Citations.Count).Should().Equal(0, 0, 0);
        }

        [Test]
        public void Columns_ReadBackAsWritten_ForABuiltGraph()
        {
            var b = new GraphBuilder();
            b.AddSource(new Source("s1", SourceKind.Article, "A source"));
            b.AddEntity("a", "Company", "A");
            b.AddEntity("b", "State", "B");
            b.AddRelation("r1", "SUPPLIES", "a", "b", Validity.Between(new PartialDate(2020), new PartialDate(2021)), PropertyMap.Of("amount", 3L), new[] { new Citation("s1") }, 0.5);
            b.AddRelation("r2", "OWNS", "b", "a");
            Graph g = b.Build();
            Relation r1 = g.OutEdges(g.GetEntity("a")).Single();
            r1.Id.Should().Be("r1");
            r1.Type.Name.Should().Be("SUPPLIES");
            r1.Validity.Should().Be(Validity.Between(new PartialDate(2020), new PartialDate(2021)));
            r1.Properties["amount"].Should().Be(3L);
            r1.Citations.Should().ContainSingle().Which.SourceId.Should().Be("s1");
            r1.Confidence.Should().Be(0.5);
            Relation r2 = g.Relations[1];
            r2.Id.Should().Be("r2");
            r2.Properties.Should().BeEmpty();
            r2.Confidence.Should().BeNull();
            r2.Validity.IsUnknown.Should().BeTrue();
            r2.Citations.Should().BeEmpty();
        }
    }
}

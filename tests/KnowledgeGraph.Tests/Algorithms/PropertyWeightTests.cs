using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Algorithms.Traversal;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Algorithms
{
    /// <summary>
    /// Weights by a property's key (<see cref="PathFinder.RelationWeights(Graph, string, double)"/>,
    /// <see cref="PageRankOptions.WeightProperty"/>) are the weights of the function form, read from the columns without
    /// making a relation object for each relation (at 10M entities those objects cost about 1.2 GB).
    /// </summary>
    public class PropertyWeightTests
    {
        private const string Nodes = "id,kind,name\nn0,Company,A\nn1,Person,B\nn2,State,C\nn3,Company,D\n";
        private const string Edges = "source,target,type,weight,from,to\nn0,n2,DEPENDS_ON,2.5,1995-01-01,\nn1,n0,DIRECTS,,2001-01-01,2010-06\nn0,n2,DEPENDS_ON,7,,\nn3,n1,OWNS,0.25,2020-01-01,\nn2,n3,SUPPLIES,4,,\n";

        private static Graph Csv() =>
            CsvGraphReader.Import(new StringReader(Nodes), "nodes.csv", new StringReader(Edges), "edges.csv", new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;

        private static Graph Built() => new GraphBuilder()
            .AddEntity("a", "Company", "A").AddEntity("b", "State", "B").AddEntity("c", "Company", "C")
            .AddRelation("r1", "SUPPLIES", "a", "b", properties: PropertyMap.Of("km", 3L))
            .AddRelation("r2", "OWNS", "b", "c", properties: PropertyMap.From(new[] { new System.Collections.Generic.KeyValuePair<string, object>("km", 0.5), new System.Collections.Generic.KeyValuePair<string, object>("note", "x") }))
            .AddRelation("r3", "OWNS", "c", "a")
            .AddRelation("r4", "DEPENDS_ON", "a", "c", properties: PropertyMap.Of("km", "not a number"))
            .Build();

        [Test]
        public void RelationWeights_ByKey_AreTheFunctionsWeights_WithoutMakingRelations()
        {
            Graph csv = Csv();
            double[] byKey = PathFinder.RelationWeights(csv, "weight");
            csv.Store.CountMade().Should().Be(0, "the weights are read from the columns");
            byKey.Should().Equal(PathFinder.RelationWeights(csv, r => r.Properties.GetNumber("weight") ?? 1.0));
            byKey.Should().Equal(2.5, 1.0, 7.0, 0.25, 4.0);
            PathFinder.RelationWeights(csv, "weight", missing: 9).Should().Equal(2.5, 9.0, 7.0, 0.25, 4.0);
            PathFinder.RelationWeights(csv, "no-such-key").Should().OnlyContain(w => w == 1.0);

            Graph built = Built();
            PathFinder.RelationWeights(built, "km").Should().Equal(PathFinder.RelationWeights(built, r => r.Properties.GetNumber("km") ?? 1.0))
                .And.Equal(3.0, 0.5, 1.0, 1.0);

            // A derived graph holds some of the store's relations: the weights follow its own order.
            Graph later = csv.AsOf(new PartialDate(2021));
            PathFinder.RelationWeights(later, "weight").Should().Equal(PathFinder.RelationWeights(later, r => r.Properties.GetNumber("weight") ?? 1.0));
            later.EdgeCount.Should().BeLessThan(csv.EdgeCount, "the derived graph must leave some relations out for this to test its order");
        }

        [Test]
        public void PageRank_WeightProperty_IsTheWeightFunctionsRank()
        {
            foreach (Graph g in new[] { Csv(), Built() })
            {
                string key = g.Relations.Any(r => r.Properties.ContainsKey("km")) ? "km" : "weight";
                var byKey = PageRank.Compute(g, new PageRankOptions { WeightProperty = key, ParallelRelations = ParallelRelations.Last });
                var byFunction = PageRank.Compute(g, new PageRankOptions { Weight = r => r.Properties.GetNumber(key) ?? 1.0, ParallelRelations = ParallelRelations.Last });
                byKey.Should().Equal(byFunction);
            }

            FluentActions.Invoking(() => PageRank.Compute(Csv(), new PageRankOptions { WeightProperty = "weight", Weight = _ => 1 }))
                .Should().Throw<ArgumentException>().WithMessage("*Weight or WeightProperty, not both*");
        }
    }
}

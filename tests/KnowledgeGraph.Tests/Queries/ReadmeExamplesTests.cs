using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Queries.Dependencies;
using KnowledgeGraph.Queries.Neighborhoods;
using KnowledgeGraph.Queries.Paths;
using KnowledgeGraph.Queries.Search;
using KnowledgeGraph.Queries.Time;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Queries
{
    /// <summary>The C# examples of the README's Queries section, compiled and run so that they cannot rot.</summary>
    public class ReadmeExamplesTests
    {
        [Test]
        public void QueriesSection_ExamplesRunAsDocumented()
        {
            Graph g = CuratedGraphs.UnionState;
            PathResult r = g.Paths(g.GetEntity("putin"), g.GetEntity("integral"))
                .Via("HOLDS_POSITION>|POSITION_OF>|<SUPPLIES").AvoidKinds("Person").AsOf(PartialDate.Parse("2023")).MaxDepth(6)
                .Shortest();
            r.Found.Should().BeFalse("Putin's presidency has no date in the article: as of 2023 it may hold, so the path may hold");
            r.MayHold.Should().ContainSingle().Which.ToString().Should().Be("putin -HOLDS_POSITION-> president-of-russia -POSITION_OF-> russia <-SUPPLIES- integral");
            r.Explain().Should().Contain("No path holds as of 2023; 1 path may hold");
            g.Paths(g.GetEntity("putin"), g.GetEntity("integral")).Via("HOLDS_POSITION>|POSITION_OF>|<SUPPLIES").AsOf(PartialDate.Parse("2023"))
                .With(r.Options.WithUndated(UndatedPolicy.Include)).Shortest().Statuses.Should().Equal(TimeStatus.MayHold);
            g.Paths("Путин", "Интеграл").Shortest().Found.Should().BeTrue();
            g.Paths(g.GetEntity("putin"), g.GetEntity("integral")).ShortestWeighted(rel => 1 - (rel.Confidence ?? 0.5)).Found.Should().BeTrue();

            DependencyReport deps = g.DependenciesOf(g.GetEntity("belarus"));
            deps.Items.Select(d => d.Entity.Id).Should().Contain("russia");
            DependencyReport who = g.DependentsOf(g.GetEntity("integral"), QueryOptions.Default.WithAsOf(PartialDate.Parse("2023")).WithMaxDepth(4));
            who.Items.Select(d => d.Entity.Id).Should().Equal(new[] { "russia" }, "Belarus depends on Russia for oil and gas and its market, not for Integral's microchips");
            g.DependentsOf(g.GetEntity("integral"), QueryOptions.Default.WithAsOf(PartialDate.Parse("2023")).WithMaxDepth(4).WithAnySubject()).Items.Select(d => d.Entity.Id).Should().Equal("russia", "belarus");
            IReadOnlyList<GraphPath> how = g.DependencyPaths(g.GetEntity("russia"), g.GetEntity("integral"));
            how.Should().ContainSingle();

            GraphDiff diff = g.Diff(PartialDate.Parse("2021"), PartialDate.Parse("2023"));
            diff.Appeared.Should().HaveCount(14);
            Timeline t = g.Timeline(g.GetEntity("belarus"));
            t.Entries.Should().HaveCount(23, "every relation of Belarus dated, bounded or observed is placed in time");

            Neighborhood n = g.Neighborhood(g.GetEntity("integral"), depth: 2, QueryOptions.Default.Via("SUPPLIES|DEPENDS_ON"));
            n.Graph.VertexCount.Should().Be(5);
            RelationPage page = g.RelationsPage(g.GetEntity("belarus"), skip: 0, take: 50);
            page.Total.Should().Be(28);

            SearchResults hits = g.Search("Lukashenkp");
            hits[0].Entity.Id.Should().Be("lukashenka");
            hits[0].Score.Should().BeApproximately(0.9, 0.02);
            g.Search("Лукашенко", kind: "Person", limit: 5)[0].Entity.Id.Should().Be("lukashenka");
            g.Search("wikidata:Q184")[0].Entity.Id.Should().Be("belarus");
            g.FindByExternalId("iso3166", "BY").Single().Id.Should().Be("belarus");
        }
    }
}

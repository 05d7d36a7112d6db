using System.Collections.Generic;

namespace KnowledgeGraph.Tests.Merging
{
    /// <summary>Small graphs written for the matching and merging tests.</summary>
    internal static class MergingGraphs
    {
        /// <summary>A curated-style graph: Putin and Lukashenka, Russia and Belarus, an article.</summary>
        public static Graph Curated() => new GraphBuilder()
            .AddSource(new Source("edm", SourceKind.Article, "An article", "EDM", PartialDate.Parse("2023-05-04")))
            .AddEntity("putin", "Person", "Vladimir Putin", new[] { "Путин" }, properties: PropertyMap.Of("birthDate", "1952-10-07"), externalIds: new[] { new ExternalId("wikidata", "Q7747") })
            .AddEntity("lukashenka", "Person", "Alyaksandr Lukashenka", new[] { "Aleksandr Lukashenko", "Лукашэнка" })
            .AddEntity("russia", "State", "Russia", externalIds: new[] { new ExternalId("wikidata", "Q159"), new ExternalId("iso3166", "RU") })
            .AddEntity("belarus", "State", "Belarus", externalIds: new[] { new ExternalId("iso3166", "BY") })
            .AddEntity("integral", "Company", "Integral", new[] { "Интеграл" })
            .AddRelation("putin-leads-russia", "LEADS", "putin", "russia", citations: new[] { new Citation("edm", "President Putin") })
            .AddRelation("lukashenka-leads-belarus", "LEADS", "lukashenka", "belarus", citations: new[] { new Citation("edm", "President Lukashenka") })
            .Build();

        /// <summary>A Wikidata-style graph: the same people and countries under Q-ids, one with a different birth date, and a namesake.</summary>
        public static Graph Wiki() => new GraphBuilder()
            .AddSource(new Source("wikidata", SourceKind.Dataset, "Wikidata"))
            .AddDataset(new Dataset("wikidata", "Wikidata", date: PartialDate.Parse("2024-05-27"), licence: "CC0-1.0", sources: new[] { "wikidata" }))
            .AddEntity("q7747", "Person", "Vladimir Vladimirovich Putin", new[] { "Vladimir Putin" }, properties: PropertyMap.Of("birthDate", "1952-10-07"), externalIds: new[] { new ExternalId("wikidata", "Q7747", "wikidata") })
            .AddEntity("q19300851", "Person", "Vladimir Putin", properties: PropertyMap.Of("birthDate", "1911-02-23"), externalIds: new[] { new ExternalId("wikidata", "Q19300851", "wikidata") })
            .AddEntity("q184", "State", "Belarus", externalIds: new[] { new ExternalId("wikidata", "Q184", "wikidata") })
            .AddEntity("q159", "State", "Russian Federation", new[] { "Russia" }, externalIds: new[] { new ExternalId("wikidata", "Q159", "wikidata") })
            .AddEntity("q2", "Person", "Александр Лукашенко")
            .AddEntity("q3", "Person", "Alexander Lukashenko")
            .AddEntity("q-integral", "Person", "Integral")
            .AddRelation("q7747-citizen-of-q159", "CITIZEN_OF", "q7747", "q159", citations: new[] { new Citation("wikidata", locator: "Q7747$1") })
            .AddRelation("q7747-leads-q159", "LEADS", "q7747", "q159", citations: new[] { new Citation("wikidata", locator: "Q7747$2") })
            .Build();

        /// <summary>Entities of a graph by id.</summary>
        public static IReadOnlyDictionary<string, Entity> ById(Graph g)
        {
            var d = new Dictionary<string, Entity>();
            foreach (Entity e in g.Entities)
            {
                d[e.Id] = e;
            }

            return d;
        }
    }
}

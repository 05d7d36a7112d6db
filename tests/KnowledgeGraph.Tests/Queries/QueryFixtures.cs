using KnowledgeGraph;

namespace KnowledgeGraph.Tests.Queries
{
    /// <summary>Small graphs with precise dates for the query tests.</summary>
    internal static class QueryFixtures
    {
        private static PartialDate D(string s) => PartialDate.Parse(s);

        /// <summary>
        /// russia &lt;-SUPPLIES- integral (since 2022-12); russia -DEPENDS_ON-&gt; planar (2015 – 2021); planar -SUPPLIES-&gt; integral (undated);
        /// belarus -COOPERATES_WITH- russia (undated); lukashenka -LEADS-&gt; belarus (since 1994); lukashenka -PARTICIPATED_IN-&gt; summit (on 2022-12-21);
        /// russia -MEMBER_OF-&gt; union (since 1999); integral -LOCATED_IN-&gt; belarus (undated).
        /// </summary>
        public static Graph Small() => new GraphBuilder()
            .AddSource(new Source("s1", SourceKind.Article, "A <test> article", "Test & Press", D("2023-05-04")))
            .AddEntity("russia", "State", "Russia", new[] { "Россия" })
            .AddEntity("belarus", "State", "Belarus", new[] { "Беларусь" }, externalIds: new[] { new ExternalId("wikidata", "Q184") })
            .AddEntity("integral", "Company", "Integral", new[] { "Интеграл" })
            .AddEntity("planar", "Company", "Planar")
            .AddEntity("lukashenka", "Person", "Alyaksandr Lukashenka", new[] { "Lukashenko", "Лукашенко" })
            .AddEntity("union", "IntergovernmentalBody", "Union State")
            .AddEntity("summit", "Summit", "Summit <2022>", properties: PropertyMap.Of("reportedOn", "2022-12-21"))
            .AddRelation("integral-supplies-russia", "SUPPLIES", "integral", "russia", Validity.Since(D("2022-12")), citations: new[] { new Citation("s1", "Integral supplies Russia", "paragraph 5") })
            .AddRelation("russia-depends-on-planar", "DEPENDS_ON", "russia", "planar", Validity.Between(D("2015"), D("2021")))
            .AddRelation("planar-supplies-integral", "SUPPLIES", "planar", "integral")
            .AddRelation("belarus-cooperates-russia", "COOPERATES_WITH", "belarus", "russia")
            .AddRelation("lukashenka-leads-belarus", "LEADS", "lukashenka", "belarus", Validity.Since(D("1994")))
            .AddRelation("lukashenka-at-summit", "PARTICIPATED_IN", "lukashenka", "summit", Validity.Instant(D("2022-12-21")))
            .AddRelation("russia-member-of-union", "MEMBER_OF", "russia", "union", Validity.Since(D("1999")))
            .AddRelation("integral-located-in-belarus", "LOCATED_IN", "integral", "belarus")
            .Build();
    }
}

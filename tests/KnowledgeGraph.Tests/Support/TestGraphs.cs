namespace KnowledgeGraph.Tests.Support
{
    /// <summary>Small graphs written for the tests.</summary>
    public static class TestGraphs
    {
        /// <summary>A valid graph: a chain of supply and dependency with dates and citations.</summary>
        public const string Small = """
{
  "format": "knowledge-graph/2",
  "title": "Small test graph",
  "description": null,
  "vocabularies": [],
  "sources": [
    {
      "id": "s1",
      "kind": "article",
      "title": "A test article",
      "publisher": "Test Press",
      "date": "2023-05-04",
      "url": "https://example.org/a",
      "citedIn": null
    }
  ],
  "entities": [
    {
      "id": "a",
      "kind": "State",
      "name": "Alpha",
      "aliases": [
        "Альфа"
      ],
      "description": "A state.",
      "properties": {
        "population": 9000000,
        "gdpShare": 0.45,
        "landlocked": true,
        "languages": [
          "be",
          "ru"
        ]
      },
      "externalIds": [
        {
          "scheme": "wikidata",
          "value": "Q1",
          "source": null,
          "note": "Editorial."
        }
      ]
    },
    {
      "id": "b",
      "kind": "Company",
      "name": "Beta Plant",
      "aliases": [],
      "description": null,
      "properties": {},
      "externalIds": []
    },
    {
      "id": "c",
      "kind": "Company",
      "name": "Gamma Works",
      "aliases": [],
      "description": null,
      "properties": {},
      "externalIds": []
    }
  ],
  "relations": [
    {
      "id": "b-supplies-a",
      "type": "SUPPLIES",
      "source": "b",
      "target": "a",
      "from": "2022-12",
      "to": null,
      "at": null,
      "properties": {
        "share": 0.3
      },
      "confidence": 0.8,
      "citations": [
        {
          "source": "s1",
          "quote": "Beta supplies Alpha",
          "locator": "paragraph 1"
        }
      ]
    },
    {
      "id": "b-depends-on-c",
      "type": "DEPENDS_ON",
      "source": "b",
      "target": "c",
      "from": "1999",
      "to": "2021",
      "at": null,
      "properties": {},
      "confidence": null,
      "citations": []
    },
    {
      "id": "a-c-meeting",
      "type": "COOPERATES_WITH",
      "source": "a",
      "target": "c",
      "from": null,
      "to": null,
      "at": "2023-02-25",
      "properties": {},
      "confidence": null,
      "citations": []
    }
  ]
}

""";
    }
}

using System.Collections.Generic;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>The names of <see cref="SourceKind"/> values in graph files.</summary>
    internal static class SourceKinds
    {
        private static readonly Dictionary<string, SourceKind> ByName = new Dictionary<string, SourceKind>
        {
            ["article"] = SourceKind.Article,
            ["officialStatement"] = SourceKind.OfficialStatement,
            ["interview"] = SourceKind.Interview,
            ["dataset"] = SourceKind.Dataset,
            ["website"] = SourceKind.Website,
            ["other"] = SourceKind.Other,
        };

        public static IEnumerable<string> Names => ByName.Keys;

        public static bool TryParse(string name, out SourceKind kind) => ByName.TryGetValue(name, out kind);

        public static string Name(SourceKind kind) => kind switch
        {
            SourceKind.Article => "article",
            SourceKind.OfficialStatement => "officialStatement",
            SourceKind.Interview => "interview",
            SourceKind.Dataset => "dataset",
            SourceKind.Website => "website",
            _ => "other",
        };
    }
}

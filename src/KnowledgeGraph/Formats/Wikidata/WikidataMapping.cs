using System.Collections.Generic;

namespace KnowledgeGraph.Formats.Wikidata
{
    /// <summary>How <see cref="WikidataImporter"/> maps Wikidata onto this library's kinds and relation types.</summary>
    public static class WikidataMapping
    {
        /// <summary>The claims imported: property, the relation type it becomes, the kind a stub target gets, and the <c>relationship</c> property written (or <c>null</c>).</summary>
        public static IReadOnlyDictionary<string, (string Type, string TargetKind, string? Relationship)> Claims { get; } = new Dictionary<string, (string Type, string TargetKind, string? Relationship)>
        {
            ["P39"] = ("HOLDS_POSITION", "Position", null),
            ["P102"] = ("MEMBER_OF", "PartyOrMovement", null),
            ["P463"] = ("MEMBER_OF", "Organization", null),
            ["P108"] = ("EMPLOYED_BY", "Organization", null),
            ["P69"] = ("EDUCATED_AT", "Organization", null),
            ["P27"] = ("CITIZEN_OF", "State", null),
            ["P26"] = ("FAMILY_OF", "Person", "spouse"),
            ["P451"] = ("FAMILY_OF", "Person", "unmarried partner"),
            ["P22"] = ("FAMILY_OF", "Person", "father"),
            ["P25"] = ("FAMILY_OF", "Person", "mother"),
            ["P40"] = ("FAMILY_OF", "Person", "child"),
            ["P3373"] = ("FAMILY_OF", "Person", "sibling"),
            ["P1038"] = ("FAMILY_OF", "Person", "relative"),
        };

        /// <summary>The "instance of" (P31) values that give an entity of the input its kind; an entity with none of them is not imported unless a mapped claim points to it.</summary>
        public static IReadOnlyDictionary<string, string> InstanceOfKinds { get; } = new Dictionary<string, string>
        {
            ["Q5"] = "Person",
            ["Q6256"] = "State",
            ["Q3624078"] = "State",
            ["Q7275"] = "State",
            ["Q7278"] = "PartyOrMovement",
            ["Q43229"] = "Organization",
            ["Q484652"] = "IntergovernmentalBody",
            ["Q327333"] = "GovernmentBody",
            ["Q4830453"] = "Company",
            ["Q783794"] = "Company",
            ["Q6881511"] = "Company",
            ["Q3918"] = "Organization",
            ["Q38723"] = "Organization",
            ["Q4164871"] = "Position",
            ["Q515"] = "Location",
        };

        /// <summary>Entity properties kept as properties (the value as text; dates as partial dates).</summary>
        public static IReadOnlyDictionary<string, string> EntityProperties { get; } = new Dictionary<string, string>
        {
            ["P569"] = "birthDate",
            ["P570"] = "deathDate",
            ["P21"] = "gender",
        };

        /// <summary>Qualifiers read as validity: P580 start time, P582 end time, P585 point in time.</summary>
        public static IReadOnlyCollection<string> DateQualifiers { get; } = new[] { "P580", "P582", "P585" };

        /// <summary>Reference properties read as citations: P248 stated in and P143 imported from (a source named after the item), P854 reference URL (a website source), P813 retrieved (the citation's locator).</summary>
        public static IReadOnlyCollection<string> ReferenceProperties { get; } = new[] { "P248", "P143", "P854", "P813" };
    }
}

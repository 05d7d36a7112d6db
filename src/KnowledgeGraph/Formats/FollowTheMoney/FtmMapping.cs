using System.Collections.Generic;

namespace KnowledgeGraph.Formats.FollowTheMoney
{
    /// <summary>How <see cref="FtmImporter"/> maps FollowTheMoney schemata onto this library's kinds and relation types.</summary>
    /// <remarks>Schemata not listed are dropped and counted in <see cref="ImportResult.Dropped"/> (Passport, Identification, Vessel…);
    /// an Address is not an entity but its <c>full</c> text goes into the <c>address</c> property of the entities whose <c>addressEntity</c> names it.</remarks>
    public static class FtmMapping
    {
        /// <summary>The entity schemata imported, with the kind each becomes.</summary>
        public static IReadOnlyDictionary<string, string> EntityKinds { get; } = new Dictionary<string, string>
        {
            ["Person"] = "Person",
            ["Company"] = "Company",
            ["Organization"] = "Organization",
            ["PublicBody"] = "GovernmentBody",
            ["LegalEntity"] = "Organization",
            ["Position"] = "Position",
            ["Sanction"] = "Sanction",
        };

        /// <summary>The interval (link) schemata imported: the relation type each becomes and the FtM properties naming its source and target.</summary>
        public static IReadOnlyDictionary<string, (string Type, string Source, string Target)> Links { get; } = new Dictionary<string, (string Type, string Source, string Target)>
        {
            ["Ownership"] = ("OWNS", "owner", "asset"),
            ["Directorship"] = ("DIRECTS", "director", "organization"),
            ["Membership"] = ("MEMBER_OF", "member", "organization"),
            ["Employment"] = ("EMPLOYED_BY", "employee", "employer"),
            ["Family"] = ("FAMILY_OF", "person", "relative"),
            ["Associate"] = ("ASSOCIATE_OF", "person", "associate"),
            ["Occupancy"] = ("HOLDS_POSITION", "holder", "post"),
            ["Payment"] = ("PAID", "payer", "beneficiary"),
            ["Representation"] = ("ASSOCIATED_WITH", "agent", "client"),
            ["UnknownLink"] = ("ASSOCIATED_WITH", "subject", "object"),
        };

        /// <summary>The entity properties kept as properties (each a string, or a list of strings when there are several values).</summary>
        public static IReadOnlyCollection<string> EntityProperties { get; } = new HashSet<string>
        {
            "country", "nationality", "citizenship", "birthDate", "deathDate", "birthPlace", "gender", "position", "topics",
            "registrationNumber", "innCode", "ogrnCode", "taxNumber", "incorporationDate", "dissolutionDate", "jurisdiction",
            "legalForm", "status", "address", "website", "sourceUrl",
            "program", "programId", "programUrl", "authority", "authorityId", "provisions", "reason", "listingDate", "duration", "recordId",
            "kppCode", "permId", "leiCode", "swiftBic", "idNumber", "passportNumber", "email", "phone", "title", "birthCountry", "abbreviation", "uniqueEntityId",
        };

        /// <summary>The link properties kept as relation properties.</summary>
        public static IReadOnlyCollection<string> LinkProperties { get; } = new HashSet<string>
        {
            "role", "relationship", "percentage", "sharesCount", "sharesValue", "sharesCurrency", "status",
            "amount", "currency", "amountEur", "amountUsd", "purpose", "programId", "sourceUrl", "namesMentioned", "summary",
        };

        /// <summary>Link properties read as numbers (a real) when they hold one value that parses as one; otherwise kept as text.</summary>
        public static IReadOnlyCollection<string> NumericProperties { get; } = new[] { "percentage", "sharesCount", "sharesValue", "amount", "amountEur", "amountUsd" };

        /// <summary>Properties read as names: the first <c>name</c> (or the caption) is the entity's name, the rest are aliases.</summary>
        public static IReadOnlyCollection<string> NameProperties { get; } = new[] { "name", "alias", "weakAlias", "previousName" };

        /// <summary>Properties read as the description, the first present winning (several notes are joined).</summary>
        public static IReadOnlyCollection<string> DescriptionProperties { get; } = new[] { "summary", "description", "notes" };

        /// <summary>Properties that name parts of a person's name: not kept, since the full names are.</summary>
        public static IReadOnlyCollection<string> NamePartProperties { get; } = new[] { "firstName", "lastName", "middleName", "fatherName", "secondName" };

        /// <summary>Record bookkeeping that is not kept: when OpenSanctions created or modified the record.</summary>
        public static IReadOnlyCollection<string> BookkeepingProperties { get; } = new[] { "createdAt", "modifiedAt" };

        /// <summary>Properties read as dates (validity), not kept as properties.</summary>
        public static IReadOnlyCollection<string> DateProperties { get; } = new[] { "startDate", "endDate", "date" };
    }
}

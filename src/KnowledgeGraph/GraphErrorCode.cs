namespace KnowledgeGraph
{
    /// <summary>What is wrong with a graph or a graph file. The numbers are stable and appear in messages as <c>KG0001</c>…</summary>
    public enum GraphErrorCode
    {
        /// <summary>The file is not well-formed JSON.</summary>
        MalformedJson = 1,

        /// <summary>The file lacks a field it must have, or a field has the wrong JSON type.</summary>
        InvalidField = 2,

        /// <summary>The <c>format</c> field is missing or names a version this library cannot read.</summary>
        UnsupportedFormat = 3,

        /// <summary>Two entities, relations or sources share an id.</summary>
        DuplicateId = 4,

        /// <summary>An id is not a lowercase slug.</summary>
        InvalidId = 5,

        /// <summary>An entity kind is not in the vocabulary.</summary>
        UnknownKind = 6,

        /// <summary>A relation type is not in the vocabulary.</summary>
        UnknownRelationType = 7,

        /// <summary>A relation names an entity that does not exist.</summary>
        UnknownEntity = 8,

        /// <summary>A date is not a valid partial date (<c>2023-13-01</c>).</summary>
        InvalidDate = 9,

        /// <summary>An interval ends before it starts, or has both an interval and a point in time.</summary>
        InvalidInterval = 10,

        /// <summary>A relation connects kinds its type does not allow.</summary>
        VocabularyViolation = 11,

        /// <summary>A citation or external id names a source that does not exist.</summary>
        UnknownSource = 12,

        /// <summary>A property value has an unsupported type, or a confidence is out of [0, 1].</summary>
        InvalidValue = 13,

        /// <summary>A vocabulary file is inconsistent (an unknown parent kind, a kind named twice).</summary>
        InvalidVocabulary = 14,

        /// <summary>A file could not be read.</summary>
        IOError = 15,

        /// <summary>A name or text holds a character no graph may hold: a control character (line breaks and tabs are allowed in free text only), a non-character such as U+FFFF, or half of a surrogate pair.</summary>
        InvalidText = 16,

        /// <summary>A relation is about a subject the vocabulary does not define, or its type carries no subject.</summary>
        UnknownSubject = 17,
    }
}

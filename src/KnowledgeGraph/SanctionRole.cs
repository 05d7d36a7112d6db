namespace KnowledgeGraph
{
    /// <summary>The part a relation type plays in sanctions, declared by the vocabulary's <c>sanction</c> field; sanctions exposure reads it instead of type names.</summary>
    public enum SanctionRole
    {
        /// <summary>No part in sanctions (the default).</summary>
        None,

        /// <summary>From a sanction to what it is aimed at (<c>TARGETS</c> in the default vocabulary): the target is exposed.</summary>
        Targets,

        /// <summary>From who imposes a sanction to the sanction (<c>IMPOSES</c> in the default vocabulary): reported with the exposure.</summary>
        Imposes,
    }
}

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>How an entity is exposed to a sanction, strongest first.</summary>
    public enum ExposureKind
    {
        /// <summary>A sanction TARGETS the entity directly.</summary>
        Targeted = 0,

        /// <summary>
        /// The entity is owned or controlled by a targeted (or itself owned or controlled) entity, along a chain of
        /// OWNS/CONTROLS relations (the EU/OFAC 50% rule; OpenSanctions' control links).
        /// </summary>
        OwnedOrControlled = 1,

        /// <summary>The entity is linked to a targeted or owned entity within a few steps of supply or dependency relations (OpenSanctions' <c>sanction.linked</c>).</summary>
        Linked = 2,
    }
}

namespace KnowledgeGraph.Merging
{
    /// <summary>What a person decided about a candidate pair: the two entities are the same, different, or it is not clear.</summary>
    /// <remarks>As in the OpenSanctions resolver (nomenklatura): positive, negative and unsure judgements are kept as data.</remarks>
    public enum Judgement
    {
        /// <summary>The two entities are the same: a merge makes them one.</summary>
        Same,

        /// <summary>The two entities are different: no merge joins them, even through a chain of <see cref="Same"/> judgements.</summary>
        Different,

        /// <summary>Not clear: the pair is decided (it no longer shows as open) but a merge does not join it on this judgement.</summary>
        Unsure,
    }
}

namespace KnowledgeGraph
{
    /// <summary>What a citation says about when its fact holds, given the date of the cited source.</summary>
    public enum CitationEvidence
    {
        /// <summary>The citation gives no time evidence (the default).</summary>
        None = 0,

        /// <summary>The source states the fact in the present tense: it holds on the source's date (an <c>observed</c> date).</summary>
        Observed = 1,

        /// <summary>The source reports that the fact (an event) happened: it happened by the source's date (a <c>notAfter</c> bound).</summary>
        Reported = 2,
    }
}

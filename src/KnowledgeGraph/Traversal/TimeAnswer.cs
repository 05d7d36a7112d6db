namespace KnowledgeGraph.Traversal
{
    /// <summary>The answer of the time test of a relation or a path for a <see cref="TimeWindow"/>: three-valued, so that a date we do not know is never taken as true.</summary>
    internal enum TimeAnswer : byte
    {
        /// <summary>It certainly does not hold in the window.</summary>
        DoesNotHold = 0,

        /// <summary>It may hold in the window (an uncertain or unknown date); what to do with it is the query's policy.</summary>
        MayHold = 1,

        /// <summary>It certainly holds in the window.</summary>
        Holds = 2,
    }
}

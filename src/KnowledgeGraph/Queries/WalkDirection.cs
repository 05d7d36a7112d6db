using System;

namespace KnowledgeGraph.Queries
{
    /// <summary>Which way a relation type may be walked: from its source to its target, back, or both.</summary>
    /// <remarks>An undirected relation type (<c>COOPERATES_WITH</c>) is walked both ways whatever the direction asked.</remarks>
    [Flags]
    public enum WalkDirection
    {
        /// <summary>Not walked.</summary>
        None = 0,

        /// <summary>From the relation's source to its target (<c>TYPE&gt;</c> in a spec).</summary>
        Outgoing = 1,

        /// <summary>From the relation's target back to its source (<c>&lt;TYPE</c> in a spec).</summary>
        Incoming = 2,

        /// <summary>Either way (<c>TYPE</c> in a spec).</summary>
        Both = Outgoing | Incoming,
    }
}

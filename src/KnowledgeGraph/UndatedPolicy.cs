namespace KnowledgeGraph
{
    /// <summary>What a query does with facts that <see cref="TimeStatus.MayHold"/> at the time it asks about (<c>--undated</c>).</summary>
    public enum UndatedPolicy
    {
        /// <summary>The default, and the honest one: answers count only what holds and report what may hold apart.</summary>
        Flag = 0,

        /// <summary>Count what may hold as holding (the behaviour before time could be unknown); the output says so.</summary>
        Include = 1,

        /// <summary>Drop what may hold, silently.</summary>
        Exclude = 2,
    }
}

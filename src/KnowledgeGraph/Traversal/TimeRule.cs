namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// How a <see cref="GraphView"/> applies the three-valued time rule: what it does with relations and paths that may
    /// hold (<see cref="UndatedPolicy"/>), whether a path's steps must hold jointly without a date (at one time ever),
    /// and whether the joint test is skipped (<c>--ignore-time</c>). The default value is the honest rule of kernels
    /// that have no time question of their own: walk what holds, test paths jointly only when a time is asked.
    /// </summary>
    internal readonly struct TimeRule
    {
        /// <summary>Creates a rule.</summary>
        /// <param name="policy">What to do with what may hold.</param>
        /// <param name="jointEver">Whether, without a date, a path's steps must have held at one time.</param>
        /// <param name="ignoreTime">Whether paths need not hold jointly at all.</param>
        public TimeRule(UndatedPolicy policy, bool jointEver, bool ignoreTime)
        {
            Policy = policy;
            JointEver = jointEver;
            IgnoreTime = ignoreTime;
        }

        /// <summary>Gets what the view does with what may hold: <see cref="UndatedPolicy.Include"/> walks it and accepts paths that may hold; the others do not.</summary>
        public UndatedPolicy Policy { get; }

        /// <summary>Gets whether, without a date, a path is an answer only when its steps held at one time (<see cref="TimeColumns.Joint"/>).</summary>
        public bool JointEver { get; }

        /// <summary>Gets whether the joint test is skipped: each relation is still put to the view's time, but a path need not hold as a whole.</summary>
        public bool IgnoreTime { get; }

        /// <summary>Gets the same rule with another policy.</summary>
        /// <param name="policy">The policy.</param>
        /// <returns>The rule.</returns>
        public TimeRule With(UndatedPolicy policy) => new TimeRule(policy, JointEver, IgnoreTime);
    }
}

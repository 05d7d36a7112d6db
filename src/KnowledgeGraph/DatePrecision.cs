namespace KnowledgeGraph
{
    /// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
    public enum DatePrecision
    {
        /// <summary>Only the year is known (<c>1999</c>).</summary>
        Year = 0,

        /// <summary>The year and month are known (<c>2022-12</c>).</summary>
        Month = 1,

        /// <summary>The full calendar date is known (<c>2023-02-25</c>).</summary>
        Day = 2,
    }
}

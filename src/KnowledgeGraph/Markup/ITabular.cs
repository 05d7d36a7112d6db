namespace KnowledgeGraph.Markup
{
    /// <summary>
    /// A result that converts to a <see cref="ResultTable"/>: plain rows and typed columns, for sorting, filtering and
    /// joining in a notebook (as a DataFrame with the <c>KnowledgeGraph.DataFrames</c> package) or for a CSV file.
    /// </summary>
    public interface ITabular
    {
        /// <summary>Converts the result to a table: one row per item, in the result's order.</summary>
        /// <returns>The table.</returns>
        ResultTable ToTable();
    }
}

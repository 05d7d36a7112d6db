using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Markup;
using Microsoft.Data.Analysis;

namespace KnowledgeGraph.DataFrames
{
    /// <summary>
    /// Converts the library's tables to <see cref="DataFrame"/>s: every result that implements <see cref="ITabular"/>
    /// (<c>centrality.Top(10)</c>, <c>communities</c>, <c>exposure</c>, <c>graph.Timeline(e)</c>, <c>graph.Diff(a, b)</c>,
    /// <c>graph.Search(text)</c>, <c>graph.Paths(a, b).Shortest()</c>) becomes a frame with one typed column per table
    /// column: text as <see cref="StringDataFrameColumn"/>, whole numbers as <see cref="Int32DataFrameColumn"/> or
    /// <see cref="Int64DataFrameColumn"/>, numbers as <see cref="DoubleDataFrameColumn"/>, booleans as
    /// <see cref="BooleanDataFrameColumn"/>; a missing value (an unknown date, no ownership share) is a null cell.
    /// </summary>
    /// <example><code>
    /// DataFrame top = PageRank.Rank(graph).Top(10).ToDataFrame();
    /// DataFrame communities = Louvain.Compute(graph).ToDataFrame();
    /// DataFrame joined = top.Merge&lt;string&gt;(communities, "entity_id", "entity_id");
    /// </code></example>
    public static class DataFrameExtensions
    {
        /// <summary>Converts a result to a data frame through its table.</summary>
        /// <param name="result">The result.</param>
        /// <returns>A new data frame.</returns>
        public static DataFrame ToDataFrame(this ITabular result) =>
            (result ?? throw new ArgumentNullException(nameof(result))).ToTable().ToDataFrame();

        /// <summary>Converts a table to a data frame, one column per table column, the rows in order.</summary>
        /// <param name="table">The table.</param>
        /// <returns>A new data frame.</returns>
        public static DataFrame ToDataFrame(this ResultTable table)
        {
            if (table == null)
            {
                throw new ArgumentNullException(nameof(table));
            }

            var columns = new List<DataFrameColumn>(table.Columns.Count);
            for (int c = 0; c < table.Columns.Count; c++)
            {
                TableColumn column = table.Columns[c];
                int at = c;
                IEnumerable<object?> values = table.Rows.Select(r => r[at]);
                columns.Add(column.Type == typeof(string) ? new StringDataFrameColumn(column.Name, values.Select(v => (string?)v))
                    : column.Type == typeof(int) ? new Int32DataFrameColumn(column.Name, values.Select(v => (int?)v))
                    : column.Type == typeof(long) ? new Int64DataFrameColumn(column.Name, values.Select(v => (long?)v))
                    : column.Type == typeof(double) ? new DoubleDataFrameColumn(column.Name, values.Select(v => (double?)v))
                    : (DataFrameColumn)new BooleanDataFrameColumn(column.Name, values.Select(v => (bool?)v)));
            }

            return new DataFrame(columns);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Markup
{
    /// <summary>
    /// A result as a table: typed columns and rows of plain values (text, whole numbers, numbers, booleans; <c>null</c>
    /// for a missing value), with no dependency on any data-frame library. Every result type of the library converts to
    /// one (<see cref="ITabular.ToTable"/>); the <c>KnowledgeGraph.DataFrames</c> package turns it into a
    /// <c>Microsoft.Data.Analysis.DataFrame</c>, and notebooks show it as an HTML table.
    /// </summary>
    /// <remarks>
    /// <para>Dates are written as text in the precision they have (<c>2022</c>, <c>2022-12</c>, <c>2022-12-21</c>), and
    /// an unknown date is <c>null</c>, never a made-up day. Entities appear by id and name in two columns, so tables join
    /// on the id.</para>
    /// <para>This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class ResultTable : IHtmlRenderable
    {
        /// <summary>The most rows <see cref="ToHtml"/> shows; the table itself keeps every row.</summary>
        public const int MaxHtmlRows = 500;

        private readonly object?[][] _rows;

        /// <summary>Creates a table.</summary>
        /// <param name="caption">What the table shows.</param>
        /// <param name="columns">The columns.</param>
        /// <param name="rows">The rows: each as many values as there are columns, each <c>null</c> or of its column's type.</param>
        /// <exception cref="ArgumentException">A row has the wrong number of values, or a value of the wrong type.</exception>
        public ResultTable(string caption, IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
        {
            Caption = caption ?? throw new ArgumentNullException(nameof(caption));
            Columns = (columns ?? throw new ArgumentNullException(nameof(columns))).ToArray();
            var list = new List<object?[]>();
            foreach (IReadOnlyList<object?> row in rows ?? throw new ArgumentNullException(nameof(rows)))
            {
                if (row.Count != Columns.Count)
                {
                    throw new ArgumentException($"Row {list.Count + 1} has {row.Count} values for {Columns.Count} columns.", nameof(rows));
                }

                var values = new object?[row.Count];
                for (int c = 0; c < values.Length; c++)
                {
                    object? v = row[c];
                    if (v != null && v.GetType() != Columns[c].Type)
                    {
                        throw new ArgumentException($"Row {list.Count + 1}, column '{Columns[c].Name}': a {v.GetType().Name} where the column holds {Columns[c].Type.Name}.", nameof(rows));
                    }

                    values[c] = v;
                }

                list.Add(values);
            }

            _rows = list.ToArray();
        }

        /// <summary>Gets what the table shows.</summary>
        public string Caption { get; }

        /// <summary>Gets the columns.</summary>
        public IReadOnlyList<TableColumn> Columns { get; }

        /// <summary>Gets the rows; each holds one value per column, <c>null</c> when missing.</summary>
        public IReadOnlyList<IReadOnlyList<object?>> Rows => _rows;

        /// <summary>Gets the number of rows.</summary>
        public int RowCount => _rows.Length;

        /// <summary>Gets the values of one column, in row order.</summary>
        /// <param name="name">The column's name.</param>
        /// <returns>The values.</returns>
        /// <exception cref="ArgumentException">No column has that name.</exception>
        public IReadOnlyList<object?> Column(string name)
        {
            int c = IndexOf(name);
            return _rows.Select(r => r[c]).ToArray();
        }

        /// <summary>Gets the position of a column.</summary>
        /// <param name="name">The column's name.</param>
        /// <returns>The position.</returns>
        /// <exception cref="ArgumentException">No column has that name.</exception>
        public int IndexOf(string name)
        {
            for (int c = 0; c < Columns.Count; c++)
            {
                if (Columns[c].Name == name)
                {
                    return c;
                }
            }

            throw new ArgumentException($"No column '{name}'. Columns: {string.Join(", ", Columns.Select(x => x.Name))}.", nameof(name));
        }

        /// <summary>Renders the table as HTML (at most <see cref="MaxHtmlRows"/> rows; a note says how many more there are).</summary>
        /// <returns>The HTML fragment, all text escaped.</returns>
        public string ToHtml()
        {
            var sb = new StringBuilder();
            HtmlTable.Append(
                sb,
                Caption,
                Columns.Select(c => c.Name).ToArray(),
                _rows.Take(MaxHtmlRows).Select(r => (IReadOnlyList<string>)r.Select(Display).ToArray()),
                _rows.Length > MaxHtmlRows ? $"{_rows.Length - MaxHtmlRows} more rows not shown." : null);
            return sb.ToString();
        }

        /// <summary>Writes the table as CSV (RFC 4180: a header line, fields quoted when needed, numbers in invariant culture).</summary>
        /// <returns>The CSV text, lines ending in <c>\r\n</c>.</returns>
        public string ToCsv()
        {
            var sb = new StringBuilder();
            sb.Append(string.Join(",", Columns.Select(c => Quote(c.Name)))).Append("\r\n");
            foreach (object?[] row in _rows)
            {
                sb.Append(string.Join(",", row.Select(v => Quote(Format(v))))).Append("\r\n");
            }

            return sb.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{Caption}: {Plural(_rows.Length, "row", "rows")} × {Plural(Columns.Count, "column", "columns")} ({string.Join(", ", Columns.Select(c => c.Name))})";

        private static string Plural(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

        private static string Format(object? value) => value switch
        {
            null => string.Empty,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private static string Display(object? value) => value is double d ? d.ToString("0.######", CultureInfo.InvariantCulture) : Format(value);

        private static string Quote(string field) =>
            field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}

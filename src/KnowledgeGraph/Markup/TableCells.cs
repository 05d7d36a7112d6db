using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Markup
{
    /// <summary>Columns and cell values shared by the results' <see cref="ITabular.ToTable"/>: one way to write a date, a validity and the sources of a relation.</summary>
    internal static class TableCells
    {
        /// <summary>A column of text.</summary>
        public static TableColumn Text(string name) => new TableColumn(name, typeof(string));

        /// <summary>A column of whole numbers.</summary>
        public static TableColumn Int(string name) => new TableColumn(name, typeof(int));

        /// <summary>A column of numbers.</summary>
        public static TableColumn Number(string name) => new TableColumn(name, typeof(double));

        /// <summary>The relation columns every relation table ends with: <c>relation_id</c>, <c>type</c>, <c>valid_from</c>, <c>valid_to</c>, <c>validity</c>, <c>sources</c>.</summary>
        public static IEnumerable<TableColumn> RelationColumns() => new[] { Text("relation_id"), Text("type"), Text("valid_from"), Text("valid_to"), Text("validity"), Text("sources") };

        /// <summary>The values of <see cref="RelationColumns"/> for a relation: an open or unknown end is <c>null</c>.</summary>
        public static IEnumerable<object?> RelationValues(Relation r) =>
            new object?[] { r.Id, r.Type.Name, Date(r.Validity.From), Date(r.Validity.To), r.Validity.ToString(), Sources(r.Citations) };

        /// <summary>A partial date as text in its own precision, or <c>null</c> when unknown.</summary>
        public static string? Date(PartialDate? date) => date?.ToString();

        /// <summary>Citations as text, one line per quote with all its sources.</summary>
        public static string Sources(IEnumerable<Citation> citations) => string.Join("\n", CitationGroups.Lines(citations));

        /// <summary>Makes a row from parts.</summary>
        public static IReadOnlyList<object?> Row(IEnumerable<object?> first, IEnumerable<object?> rest)
        {
            var row = new List<object?>(first);
            row.AddRange(rest);
            return row;
        }

        /// <summary>Makes a column list from parts.</summary>
        public static IReadOnlyList<TableColumn> Columns(IEnumerable<TableColumn> first, IEnumerable<TableColumn> rest)
        {
            var list = new List<TableColumn>(first);
            list.AddRange(rest);
            return list;
        }

        /// <summary>An enum value in lower case (<c>started</c>).</summary>
        public static string Lower(Enum value) => value.ToString().ToLowerInvariant();
    }
}

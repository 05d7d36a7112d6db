using System.Text;

namespace KnowledgeGraph.Queries.Dependencies
{
    /// <summary>The wording the dependency reports share: the heading, and the line that introduces what only may hold.</summary>
    internal static class DependencyText
    {
        public static string Heading(Entity root, bool dependents, bool transitive, QueryOptions options, int items, int mayHold)
        {
            string filters = options.ToString();
            string also = transitive ? ", transitively" : string.Empty;
            string what = dependents ? $"What depends on {root.Name} ({root.Id}){also}" : $"What {root.Name} ({root.Id}) depends on{also}";
            string may = mayHold > 0 ? $"; {mayHold} more may hold" : string.Empty;
            return what + (filters.Length > 0 ? ", " + filters : string.Empty) + $": {items} entit{(items == 1 ? "y" : "ies")}{may}.";
        }

        public static string Distance(int depth) =>
            depth == 1 ? "direct" : "through " + (depth - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " intermediar" + (depth == 2 ? "y" : "ies");

        public static StringBuilder MayHoldIntro(this StringBuilder sb, int items, QueryOptions options, int mayHold) =>
            sb.Append(items == 0 ? "Nothing holds" : "Not counted").Append(options.AsOf.HasValue ? " as of " + options.AsOf.Value : string.Empty)
              .Append("; may hold (dates unknown, bounded or approximate): ").Append(mayHold).Append(mayHold == 1 ? " entity" : " entities").Append('\n');
    }
}

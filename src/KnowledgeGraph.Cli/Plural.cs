using System.Globalization;

namespace KnowledgeGraph.Cli
{
    /// <summary>Counts with their noun in the right number: <c>1 entity</c>, <c>2 entities</c>, <c>1 bad line</c>.</summary>
    internal static class Plural
    {
        /// <summary>Formats a count with the singular or plural noun.</summary>
        /// <param name="n">The count.</param>
        /// <param name="one">The noun for one (<c>entity</c>).</param>
        /// <param name="many">The noun for any other count (<c>entities</c>).</param>
        /// <returns>The text, the number in invariant digits.</returns>
        public static string Of(long n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
    }
}

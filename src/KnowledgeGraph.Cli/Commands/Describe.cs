using System.Linq;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>One-line descriptions of relations for command output.</summary>
    internal static class Describe
    {
        /// <summary>Describes a relation as seen from one of its ends: <c>-SUPPLIES-> Russia (russia) [observed 2023-05-04] [about microchips] — Sb.by, 2023-04-30</c>, with its certainty (<see cref="Certainty"/>) when it has any.</summary>
        public static string Relation(Relation r, Entity from)
        {
            bool outgoing = r.Source.Equals(from);
            Entity other = outgoing ? r.Target : r.Source;
            string arrow = !r.Type.IsDirected ? $"-{r.Type.Name}-" : outgoing ? $"-{r.Type.Name}->" : $"<-{r.Type.Name}-";
            string sources = string.Join("; ", r.Citations.Select(c => c.Source?.ToString() ?? c.SourceId).Distinct());
            string certainty = Certainty.Bracketed(r);
            return $"{arrow} {TerminalText.Inline(other.Name)} ({TerminalText.Inline(other.Id)}) [{r.Validity}]" + (certainty.Length > 0 ? " " + TerminalText.Inline(certainty) : string.Empty) + (sources.Length > 0 ? " \u2014 " + TerminalText.Inline(sources) : string.Empty);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>What a merge did: counts in and out, which entities became one, which relations were combined, the conflicts kept side by side, and the joins a negative judgement refused.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class MergeReport
    {
        internal MergeReport(IReadOnlyList<string> inputs, int entitiesIn, int entitiesOut, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> merged, int relationsIn, int relationsOut, IReadOnlyList<MergeConflict> conflicts, IReadOnlyList<string> refused, int decisionsApplied, int decisionsNotFound, int automatic, IReadOnlyList<string> renamed)
        {
            Inputs = inputs;
            EntitiesIn = entitiesIn;
            EntitiesOut = entitiesOut;
            Merged = merged;
            RelationsIn = relationsIn;
            RelationsOut = relationsOut;
            Conflicts = conflicts;
            Refused = refused;
            DecisionsApplied = decisionsApplied;
            DecisionsNotFound = decisionsNotFound;
            AutomaticMerges = automatic;
            Renamed = renamed;
        }

        /// <summary>Gets the names of the inputs, in order.</summary>
        public IReadOnlyList<string> Inputs { get; }

        /// <summary>Gets the number of entities of all inputs.</summary>
        public int EntitiesIn { get; }

        /// <summary>Gets the number of entities of the merged graph.</summary>
        public int EntitiesOut { get; }

        /// <summary>Gets the entities made of several: the merged entity's id and the references of its members (<c>name:id</c>), in input order.</summary>
        public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Merged { get; }

        /// <summary>Gets the number of relations of all inputs.</summary>
        public int RelationsIn { get; }

        /// <summary>Gets the number of relations of the merged graph: fewer when relations stating the same fact were combined.</summary>
        public int RelationsOut { get; }

        /// <summary>Gets the number of relations combined into another that states the same fact (their citations kept).</summary>
        public int RelationsCombined => RelationsIn - RelationsOut;

        /// <summary>Gets the properties on which merged entities disagree.</summary>
        public IReadOnlyList<MergeConflict> Conflicts { get; }

        /// <summary>Gets the joins refused because they would have joined entities judged different: <c>a:x = b:y (same by ana) refused: joins a:x and c:z, judged different</c>.</summary>
        public IReadOnlyList<string> Refused { get; }

        /// <summary>Gets the number of decisions whose two entities were found among the inputs.</summary>
        public int DecisionsApplied { get; }

        /// <summary>Gets the number of decisions that name an entity none of the inputs has (about other graphs).</summary>
        public int DecisionsNotFound { get; }

        /// <summary>Gets the number of joins made without a decision, on a shared identifier.</summary>
        public int AutomaticMerges { get; }

        /// <summary>Gets the ids changed because another input had taken them: <c>source wikidata:x → b:x</c>.</summary>
        public IReadOnlyList<string> Renamed { get; }

        /// <summary>Explains the report in lines of text.</summary>
        /// <returns>The text, ending with a newline.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
            sb.Append("Merged ").Append(string.Join(", ", Inputs)).Append(": ")
              .Append(N(EntitiesIn)).Append(" entities into ").Append(N(EntitiesOut)).Append(" (").Append(N(Merged.Count)).Append(" made of several), ")
              .Append(N(RelationsIn)).Append(" relations into ").Append(N(RelationsOut)).Append(" (").Append(N(RelationsCombined)).Append(" combined with another stating the same fact).\n");
            sb.Append("  decisions applied: ").Append(N(DecisionsApplied)).Append(", about entities not in these inputs: ").Append(N(DecisionsNotFound))
              .Append(", joins on a shared identifier without a decision: ").Append(N(AutomaticMerges)).Append('\n');
            foreach (KeyValuePair<string, IReadOnlyList<string>> m in Merged)
            {
                sb.Append("  ").Append(m.Key).Append(" \u2190 ").Append(string.Join(" + ", m.Value)).Append('\n');
            }

            sb.Append("  conflicts kept side by side: ").Append(N(Conflicts.Count)).Append('\n');
            foreach (MergeConflict c in Conflicts)
            {
                sb.Append("    ").Append(c).Append('\n');
            }

            foreach (string r in Refused)
            {
                sb.Append("  refused: ").Append(r).Append('\n');
            }

            if (Renamed.Count > 0)
            {
                sb.Append("  ids renamed to keep them apart: ").Append(N(Renamed.Count)).Append('\n');
                foreach (string r in Renamed.Take(20))
                {
                    sb.Append("    ").Append(r).Append('\n');
                }

                if (Renamed.Count > 20)
                {
                    sb.Append("    \u2026 and ").Append(N(Renamed.Count - 20)).Append(" more\n");
                }
            }

            return sb.ToString();
        }
    }
}

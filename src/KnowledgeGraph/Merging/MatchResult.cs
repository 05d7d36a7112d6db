using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Merging
{
    /// <summary>The candidate pairs between two graphs, best first, with what the blocking did.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class MatchResult
    {
        internal MatchResult(string leftName, string rightName, IReadOnlyList<MatchCandidate> candidates, long pairsScored, int blocksSkipped)
        {
            LeftName = leftName;
            RightName = rightName;
            Candidates = candidates;
            PairsScored = pairsScored;
            BlocksSkipped = blocksSkipped;
        }

        /// <summary>Gets the name of the left graph.</summary>
        public string LeftName { get; }

        /// <summary>Gets the name of the right graph.</summary>
        public string RightName { get; }

        /// <summary>Gets every candidate, decided or open: by score (highest first), then by left and right reference.</summary>
        public IReadOnlyList<MatchCandidate> Candidates { get; }

        /// <summary>Gets the candidates no decision covers, in the same order.</summary>
        public IReadOnlyList<MatchCandidate> Open => Candidates.Where(c => c.IsOpen).ToList();

        /// <summary>Gets how many pairs were scored (the blocking's work: far fewer than the product of the graphs' sizes).</summary>
        public long PairsScored { get; }

        /// <summary>Gets how many name keys were too common to compare (see <see cref="MatchOptions.MaxBlockSize"/>).</summary>
        public int BlocksSkipped { get; }
    }
}

using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Formats.Rdf
{
    /// <summary>Where <see cref="RdfMapper"/> puts the triples it makes: a list, or a writer that serializes each at once.</summary>
    internal sealed class TripleSink
    {
        private readonly Action<RdfTriple> _add;

        /// <summary>Creates a sink.</summary>
        /// <param name="add">What to do with each triple.</param>
        public TripleSink(Action<RdfTriple> add) => _add = add ?? throw new ArgumentNullException(nameof(add));

        /// <summary>Takes one triple.</summary>
        /// <param name="triple">The triple.</param>
        public void Add(RdfTriple triple) => _add(triple);

        /// <summary>Takes several triples, in order.</summary>
        /// <param name="triples">The triples.</param>
        public void AddRange(IEnumerable<RdfTriple> triples)
        {
            foreach (RdfTriple t in triples)
            {
                _add(t);
            }
        }
    }
}

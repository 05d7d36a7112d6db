using System;

namespace KnowledgeGraph
{
    /// <summary>
    /// Each entity's out- and in-degree in one byte, so that a search that weighs its frontiers (the bidirectional
    /// breadth-first search balances its sides by the relations they would read) reads a byte from an array of one byte
    /// per entity, which stays in cache, instead of two offsets from the index's rows, a cache miss per entity.
    /// </summary>
    /// <remarks>
    /// A degree below 128 is its own code; above, a code stands for a bound at most an eighth above the degree
    /// (<see cref="Decode"/>), never below it, so that a sum of codes bounds the relations a level reads. Built with the
    /// index in O(V).
    /// </remarks>
    internal sealed class DegreeCodes
    {
        /// <summary>The degree bound of each code: the code itself below 128; above, (8 + m) &lt;&lt; (e + 4) for code 128 + 8e + m; code 255 stands for any larger degree.</summary>
        public static readonly int[] Decode = MakeDecode();

        /// <summary>Encodes the degrees of an index's rows.</summary>
        /// <param name="outOffsets">The starts of the outgoing rows.</param>
        /// <param name="inOffsets">The starts of the incoming rows.</param>
        public DegreeCodes(int[] outOffsets, int[] inOffsets)
        {
            int n = outOffsets.Length - 1;
            Out = new byte[n];
            In = new byte[n];
            for (int v = 0; v < n; v++)
            {
                Out[v] = Encode(outOffsets[v + 1] - outOffsets[v]);
                In[v] = Encode(inOffsets[v + 1] - inOffsets[v]);
            }
        }

        /// <summary>Gets the code of each entity's out-degree.</summary>
        public byte[] Out { get; }

        /// <summary>Gets the code of each entity's in-degree.</summary>
        public byte[] In { get; }

        /// <summary>Gets the smallest code whose bound is at least <paramref name="degree"/>.</summary>
        /// <param name="degree">The degree, zero or more.</param>
        /// <returns>The code.</returns>
        public static byte Encode(int degree)
        {
            if (degree < 128)
            {
                return (byte)degree;
            }

            int lo = 128, hi = 255;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (Decode[mid] >= degree)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return (byte)lo;
        }

        private static int[] MakeDecode()
        {
            var d = new int[256];
            for (int c = 0; c < 128; c++)
            {
                d[c] = c;
            }

            for (int c = 128; c < 255; c++)
            {
                int k = c - 128;
                d[c] = (8 + (k & 7)) << ((k >> 3) + 4);
            }

            d[255] = 1 << 30;
            return d;
        }
    }
}

namespace KnowledgeGraph.Tests.Fuzz
{
    /// <summary>A string hash that is the same in every process (string.GetHashCode is randomised per process), for fuzz seeds.</summary>
    internal static class StableHash
    {
        /// <summary>Gets the FNV-1a hash of the string's UTF-16 code units, as a non-negative number.</summary>
        public static int GetHashCode32(this string text)
        {
            unchecked
            {
                uint hash = 2166136261;
                foreach (char c in text)
                {
                    hash = (hash ^ c) * 16777619;
                }

                return (int)(hash & 0x3FFFFFFF) % 1000;
            }
        }
    }
}

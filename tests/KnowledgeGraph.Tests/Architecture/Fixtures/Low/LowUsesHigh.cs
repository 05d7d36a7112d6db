using KnowledgeGraph.Tests.Architecture.Fixtures.High;

namespace KnowledgeGraph.Tests.Architecture.Fixtures.Low
{
    /// <summary>A type in a low layer that uses a higher one only inside a method body (inside a lambda even), so only the IL shows it.</summary>
    internal static class LowUsesHigh
    {
        /// <summary>Returns a number computed by a type of a higher layer.</summary>
        public static int Compute()
        {
            System.Func<int> f = () => new HighType().Value;
            return f();
        }
    }
}

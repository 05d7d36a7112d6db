namespace KnowledgeGraph.Tests.Architecture.Fixtures.High
{
    /// <summary>A type in a high layer, for the layer checker's own tests.</summary>
    internal sealed class HighType
    {
        /// <summary>Gets a number.</summary>
        public int Value => 42;
    }
}

namespace KnowledgeGraph.Tests.Annotations.Fixtures
{
    /// <summary>A type that declares nothing, for the mutability check's own tests.</summary>
    public sealed class Undeclared
    {
        /// <summary>Gets a number.</summary>
        public int Value => 1;
    }
}

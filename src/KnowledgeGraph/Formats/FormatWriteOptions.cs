using KnowledgeGraph.Annotations;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Formats.Mermaid;

namespace KnowledgeGraph.Formats
{
    /// <summary>The options of the writers that take some, for <see cref="GraphFormat.Write"/>; the others ignore them.</summary>
    [Immutable]
    public sealed record FormatWriteOptions
    {
        /// <summary>Gets the default options.</summary>
        public static FormatWriteOptions Default { get; } = new FormatWriteOptions();

        /// <summary>Gets the options of the DOT picture (<c>dot</c>, <c>svg</c>, <c>png</c>); the defaults when <c>null</c>.</summary>
        public DotOptions? Dot { get; init; }

        /// <summary>Gets the path of GraphViz's <c>dot</c> program (<c>svg</c>, <c>png</c>); found on PATH when <c>null</c>.</summary>
        public string? DotProgram { get; init; }

        /// <summary>Gets the options of the Mermaid picture; the defaults when <c>null</c>.</summary>
        public MermaidOptions? Mermaid { get; init; }
    }
}

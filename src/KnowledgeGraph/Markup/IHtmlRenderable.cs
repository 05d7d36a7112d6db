namespace KnowledgeGraph.Markup
{
    /// <summary>
    /// A result that renders itself as HTML for rich display in notebooks (Polyglot Notebooks, Jupyter with .NET
    /// Interactive). The notebook extension shipped in the package registers one formatter for this interface, so any
    /// result type that implements it displays as HTML with no notebook dependency in the library.
    /// </summary>
    public interface IHtmlRenderable
    {
        /// <summary>Renders the value as a self-contained HTML fragment (no scripts required; text escaped).</summary>
        /// <returns>The HTML fragment.</returns>
        string ToHtml();
    }
}

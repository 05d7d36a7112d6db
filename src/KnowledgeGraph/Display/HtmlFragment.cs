using System;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Display
{
    /// <summary>A piece of HTML produced by <see cref="Views"/>; a notebook displays it as HTML, and <see cref="ToString"/> gives the markup.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class HtmlFragment : IHtmlRenderable
    {
        /// <summary>Creates a fragment from markup that is already escaped.</summary>
        /// <param name="html">The HTML.</param>
        public HtmlFragment(string html)
        {
            Html = html ?? throw new ArgumentNullException(nameof(html));
        }

        /// <summary>Gets the HTML.</summary>
        public string Html { get; }

        /// <inheritdoc />
        public string ToHtml() => Html;

        /// <summary>Returns the HTML.</summary>
        /// <returns>The HTML.</returns>
        public override string ToString() => Html;
    }
}

using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>A document that facts are taken from: an article, an official statement, an interview, a dataset.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class Source
    {
        /// <summary>Creates a source.</summary>
        /// <param name="id">A stable id, unique among the graph's sources.</param>
        /// <param name="kind">What kind of document it is.</param>
        /// <param name="title">Its title.</param>
        /// <param name="publisher">Who published it, or <c>null</c>.</param>
        /// <param name="date">When it was published, or <c>null</c>.</param>
        /// <param name="url">Where it can be read, or <c>null</c>.</param>
        /// <param name="citedIn">The id of the source that cites this one (a source named inside an article), or <c>null</c>.</param>
        public Source(string id, SourceKind kind, string title, string? publisher = null, PartialDate? date = null, string? url = null, string? citedIn = null)
        {
            Id = id;
            Kind = kind;
            Title = title;
            Publisher = publisher;
            Date = date;
            Url = url;
            CitedIn = citedIn;
        }

        /// <summary>Gets the id.</summary>
        public string Id { get; }

        /// <summary>Gets what kind of document it is.</summary>
        public SourceKind Kind { get; }

        /// <summary>Gets the title.</summary>
        public string Title { get; }

        /// <summary>Gets the publisher, or <c>null</c>.</summary>
        public string? Publisher { get; }

        /// <summary>Gets the publication date, or <c>null</c>.</summary>
        public PartialDate? Date { get; }

        /// <summary>Gets the URL, or <c>null</c>.</summary>
        public string? Url { get; }

        /// <summary>Gets the id of the source through which this one is known (the article that cites it), or <c>null</c>.</summary>
        public string? CitedIn { get; }

        /// <summary>Formats the source as a short reference: <c>Sb.by, 2023-04-30</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Date.HasValue ? $"{Publisher ?? Title}, {Date}" : Publisher ?? Title;
    }
}

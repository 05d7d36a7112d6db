namespace KnowledgeGraph
{
    /// <summary>Where in a file an item was read, for error messages.</summary>
    internal readonly struct TextPosition
    {
        public TextPosition(string? file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string? File { get; }

        public int Line { get; }

        public int Column { get; }

        public GraphError Error(GraphErrorCode code, string message, string? id) => new GraphError(code, message, id, File, Line, Column);
    }
}

using System.Globalization;
using System.Text;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph
{
    /// <summary>One problem found while building or loading a graph, with where it is and which id it concerns.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class GraphError
    {
        /// <summary>Creates an error.</summary>
        /// <param name="code">What is wrong.</param>
        /// <param name="message">One sentence that says what is wrong, for people.</param>
        /// <param name="id">The id of the entity, relation or source concerned, or <c>null</c>.</param>
        /// <param name="file">The file, or <c>null</c> when the graph was built in code.</param>
        /// <param name="line">The 1-based line, or 0 when unknown.</param>
        /// <param name="column">The 1-based column, or 0 when unknown.</param>
        public GraphError(GraphErrorCode code, string message, string? id = null, string? file = null, int line = 0, int column = 0)
        {
            Code = code;
            Message = message;
            Id = id;
            File = file;
            Line = line;
            Column = column;
        }

        /// <summary>Gets what is wrong.</summary>
        public GraphErrorCode Code { get; }

        /// <summary>Gets the message.</summary>
        public string Message { get; }

        /// <summary>Gets the id concerned, or <c>null</c>.</summary>
        public string? Id { get; }

        /// <summary>Gets the file, or <c>null</c>.</summary>
        public string? File { get; }

        /// <summary>Gets the 1-based line, or 0 when unknown.</summary>
        public int Line { get; }

        /// <summary>Gets the 1-based column, or 0 when unknown.</summary>
        public int Column { get; }

        /// <summary>Formats the error as compilers do: <c>file.json:12:5: error KG0008: message</c>.</summary>
        /// <returns>The text, on one line: control characters and line separators in the message are escaped (<c>\n</c>, <c>\u001B</c>).</returns>
        public override string ToString()
        {
            var sb = new StringBuilder();
            if (File != null)
            {
                sb.Append(File);
                if (Line > 0)
                {
                    sb.Append(':').Append(Line.ToString(CultureInfo.InvariantCulture));
                    if (Column > 0)
                    {
                        sb.Append(':').Append(Column.ToString(CultureInfo.InvariantCulture));
                    }
                }

                sb.Append(": ");
            }

            sb.Append("error KG").Append(((int)Code).ToString("D4", CultureInfo.InvariantCulture)).Append(": ");
            foreach (char c in Message)
            {
                // One line, whatever the message quotes from the input: control characters and line separators are escaped.
                switch (c)
                {
                    case '\n':
                        sb.Append("\\n");
                        break;
                    case '\r':
                        sb.Append("\\r");
                        break;
                    case '\t':
                        sb.Append("\\t");
                        break;
                    case < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029':
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        break;
                    default:
                        sb.Append(c);
                        break;
                }
            }

            return sb.ToString();
        }
    }
}

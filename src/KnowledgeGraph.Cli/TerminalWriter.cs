using System.IO;
using System.Text;

namespace KnowledgeGraph.Cli
{
    /// <summary>A writer that passes text on with <see cref="TerminalText.Escape"/> applied, so that no data written through it can drive the terminal.</summary>
    internal sealed class TerminalWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public TerminalWriter(TextWriter inner)
            : base(inner.FormatProvider)
        {
            _inner = inner;
            NewLine = inner.NewLine;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            if (TerminalText.NeedsEscape(value, true))
            {
                _inner.Write(TerminalText.Escape(value.ToString()));
            }
            else
            {
                _inner.Write(value);
            }
        }

        public override void Write(string? value)
        {
            if (value != null)
            {
                _inner.Write(TerminalText.Escape(value));
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Flush() => _inner.Flush();
    }
}

using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>
    /// Passes text through unchanged but stops, with the line and column, at a character no graph file may hold: NUL,
    /// the non-characters U+FFFE and U+FFFF, and bytes that are not UTF-8 (decoded by <see cref="Utf8"/> as U+FFFF).
    /// </summary>
    /// <remarks>
    /// The check is on the raw text, so a NUL written as the JSON escape <c>\u0000</c> passes here and is judged by the
    /// builder's rules for names. A stream of NULs (<c>/dev/zero</c>) ends at its first byte instead of being read forever.
    /// </remarks>
    internal sealed class StrictTextReader : TextReader
    {
        /// <summary>UTF-8 that turns every invalid byte sequence into U+FFFF, which this reader then reports with its position (the default decoder would silently put U+FFFD in its place).</summary>
        public static readonly Encoding Utf8 = CreateUtf8();

        private readonly TextReader _inner;
        private long _consumed;
        private long _lineStart;
        private int _line = 1;

        public StrictTextReader(TextReader inner)
        {
            _inner = inner;
        }

        public override int Peek() => _inner.Peek();

        public override int Read()
        {
            int c = _inner.Read();
            if (c >= 0)
            {
                Check((char)c, 0);
                _consumed++;
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            int n = _inner.Read(buffer, index, count);
            for (int i = 0; i < n; i++)
            {
                char c = buffer[index + i];
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _consumed + i + 1;
                }
                else if (c == '\0' || c >= '\uFFFE')
                {
                    Check(c, i);
                }
            }

            _consumed += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Check(char c, int offset)
        {
            string? problem = c switch
            {
                '\0' => "a NUL character",
                '\uFFFE' => "the non-character U+FFFE",
                '\uFFFF' => "bytes that are not UTF-8 (or the non-character U+FFFF)",
                _ => null,
            };
            if (problem != null)
            {
                int column = (int)(_consumed + offset - _lineStart) + 1;
                throw new JsonReaderException($"The text holds {problem}.", string.Empty, _line, column, null);
            }

            if (c == '\n')
            {
                _line++;
                _lineStart = _consumed + offset + 1;
            }
        }

        private static Encoding CreateUtf8()
        {
            var encoding = (Encoding)new UTF8Encoding(false).Clone();
            encoding.DecoderFallback = new DecoderReplacementFallback("\uFFFF");
            return encoding;
        }
    }
}

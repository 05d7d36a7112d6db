using System;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>
    /// Reads the tokens of strict JSON (RFC 8259) straight from UTF-8 bytes, for the bulk path of
    /// <see cref="GraphJsonReader"/>: no text decoding of the whole file, no token objects, strings made only for the
    /// values kept. It knows only regular documents: on anything else it throws <see cref="IrregularException"/>, and
    /// the document is then read by the path that reports every error with its line and column.
    /// </summary>
    /// <remarks>
    /// Irregular means anything outside RFC 8259 or anything <see cref="StrictTextReader"/> and
    /// <see cref="StrictJsonTextReader"/> refuse: comments, single quotes, whitespace other than space, tab, CR and LF,
    /// control characters in strings, NUL, invalid UTF-8, the non-characters U+FFFE and U+FFFF, lone surrogates, numbers
    /// with leading zeros, integers beyond 64 bits and numbers beyond the double range, and a byte order mark other than
    /// UTF-8's. Being stricter than the document path only costs time (the document path then reads the file); it never
    /// changes an answer. Not thread-safe.
    /// </remarks>
    internal sealed class Utf8JsonScanner
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
#if NET8_0_OR_GREATER
        private static readonly System.Buffers.SearchValues<byte> Whitespace = System.Buffers.SearchValues.Create(" \t\r\n"u8);
        private static readonly System.Buffers.SearchValues<byte> Plain = System.Buffers.SearchValues.Create(PlainBytes());
#endif

        private readonly Stream _stream;
        private byte[] _buffer;
        private int _pos;
        private int _end;
        private long _consumedBefore;
        private bool _eof;
        private byte[] _token = new byte[256];
        private int _tokenLength;
        private bool _tokenAscii;
#if !NET8_0_OR_GREATER
        private char[] _chars = new char[256];
#endif

        /// <summary>Creates a scanner over <paramref name="stream"/> (read from its current position, not closed).</summary>
        /// <param name="stream">The bytes.</param>
        /// <param name="bufferSize">The size of the block read at a time.</param>
        /// <param name="startOffset">The offset of the stream's position in the document (a scanner that starts within it; <see cref="Consumed"/> counts from the document's start, and no byte order mark is looked for).</param>
        public Utf8JsonScanner(Stream stream, int bufferSize = 1 << 20, long startOffset = 0)
        {
            _stream = stream;
            _buffer = new byte[bufferSize];
            _consumedBefore = startOffset;
            Fill();
            if (startOffset == 0 && _end - _pos >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _pos = 3; // the UTF-8 byte order mark, which the text reader skips too
            }
        }

#if NET8_0_OR_GREATER
        /// <summary>The bytes a string holds as they are: printable ASCII but the quote and the backslash.</summary>
        private static byte[] PlainBytes()
        {
            var bytes = new System.Collections.Generic.List<byte>();
            for (int c = 0x20; c < 0x80; c++)
            {
                if (c != '"' && c != '\\')
                {
                    bytes.Add((byte)c);
                }
            }

            return bytes.ToArray();
        }

#endif
        /// <summary>Gets the bytes of the last string or number read (decoded: escapes resolved, UTF-8).</summary>
        public byte[] Token => _token;

        /// <summary>Gets the length of <see cref="Token"/>.</summary>
        public int TokenLength => _tokenLength;

        /// <summary>Gets whether the last string read is plain ASCII.</summary>
        public bool TokenIsAscii => _tokenAscii;

        /// <summary>Gets the number of bytes consumed so far.</summary>
        public long Consumed => _consumedBefore + _pos;

        /// <summary>The signal that the document is not regular; the caller leaves it to the document path.</summary>
        internal static IrregularException Irregular() => new IrregularException();

        /// <summary>Skips whitespace and returns the next byte without consuming it, or 0 at the end of the input.</summary>
        public byte Peek()
        {
            while (true)
            {
                byte[] b = _buffer;
                int end = _end;
                int i = _pos;
                if (i < end && b[i] > 0x20)
                {
                    return b[i];
                }

                // A line break and its indentation (a few bytes) one by one; on net8 longer runs a vector at a time.
#if NET8_0_OR_GREATER
                int scalarEnd = Math.Min(end, i + 16);
#else
                int scalarEnd = end;
#endif
                for (; i < scalarEnd; i++)
                {
                    byte c = b[i];
                    if (c > 0x20)
                    {
                        _pos = i;
                        return c;
                    }

                    if (c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09)
                    {
                        throw Irregular();
                    }
                }

#if NET8_0_OR_GREATER
                int skip = new ReadOnlySpan<byte>(b, i, end - i).IndexOfAnyExcept(Whitespace);
                if (skip >= 0)
                {
                    i += skip;
                    byte c = b[i];
                    if (c <= 0x20)
                    {
                        throw Irregular();
                    }

                    _pos = i;
                    return c;
                }
#endif

                _pos = end;
                if (!Fill())
                {
                    return 0;
                }
            }
        }

        /// <summary>Consumes <paramref name="c"/> (after whitespace), or throws.</summary>
        public void Expect(byte c)
        {
            if (Peek() != c)
            {
                throw Irregular();
            }

            _pos++;
        }

        /// <summary>Checks that nothing but whitespace is left.</summary>
        public void ExpectEnd()
        {
            if (Peek() != 0)
            {
                throw Irregular();
            }
        }

        /// <summary>
        /// Moves to the next member of an object (after its <c>{</c>): reads its name into <see cref="Token"/> and the
        /// colon; false at the closing brace (consumed).
        /// </summary>
        public bool NextMember(ref bool first)
        {
            if (!NextItem((byte)'}', ref first))
            {
                return false;
            }

            if (Peek() != (byte)'"')
            {
                throw Irregular();
            }

            ReadString();
            Expect((byte)':');
            return true;
        }

        /// <summary>Moves to the next element of an array (after its <c>[</c>); false at the closing bracket (consumed).</summary>
        public bool NextElement(ref bool first) => NextItem((byte)']', ref first);

        /// <summary>Moves past the comma before an item of an object or array (none before the first); false at <paramref name="close"/> (consumed).</summary>
        private bool NextItem(byte close, ref bool first)
        {
            byte c = Peek();
            if (c == close)
            {
                _pos++;
                return false;
            }

            if (!first)
            {
                if (c != (byte)',')
                {
                    throw Irregular();
                }

                _pos++;
            }

            first = false;
            return true;
        }

        /// <summary>Reads a string (the next value must be one) into <see cref="Token"/>.</summary>
        public void ReadString()
        {
            Expect((byte)'"');
            _tokenLength = 0;
            int high = 0;
            while (true)
            {
                if (_pos == _end && !Fill())
                {
                    throw Irregular();
                }

                byte[] b = _buffer;
                int start = _pos, end = _end, i = start;
                byte c = 0;
#if NET8_0_OR_GREATER
                // The common string, printable ASCII up to its closing quote, is found a vector at a time.
                int stop = new ReadOnlySpan<byte>(b, start, end - start).IndexOfAnyExcept(Plain);
                if (stop >= 0 && b[start + stop] == (byte)'"')
                {
                    Append(b, start, stop);
                    _pos = start + stop + 1;
                    _tokenAscii = high < 0x80;
                    return;
                }
#endif
                while (i < end)
                {
                    c = b[i];
                    if (c == (byte)'"' || c == (byte)'\\' || c < 0x20)
                    {
                        break;
                    }

                    high |= c;
                    i++;
                }

                Append(b, start, i - start);
                _pos = i;
                if (i == end)
                {
                    continue;
                }

                _pos++;
                if (c == (byte)'"')
                {
                    _tokenAscii = high < 0x80;
                    return;
                }

                if (c < 0x20)
                {
                    throw Irregular();
                }

                high |= ReadEscape();
            }
        }

        /// <summary>Gets <see cref="Token"/> as a string (strictly decoded; invalid UTF-8 and U+FFFE/U+FFFF are irregular).</summary>
        public string TokenString()
        {
            if (_tokenAscii)
            {
                return Encoding.ASCII.GetString(_token, 0, _tokenLength);
            }

            string s;
            try
            {
                s = StrictUtf8.GetString(_token, 0, _tokenLength);
            }
            catch (DecoderFallbackException)
            {
                throw Irregular();
            }

            if (s.IndexOfAny(new[] { '\uFFFE', '\uFFFF' }) >= 0)
            {
                throw Irregular();
            }

            return s;
        }

        /// <summary>Gets whether <see cref="Token"/> equals the ASCII text <paramref name="text"/>.</summary>
        public bool TokenEquals(string text)
        {
            if (_tokenLength != text.Length)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (_token[i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Reads a number (the next value must be one): true with <paramref name="integer"/> for an integer (no fraction, no exponent), false with <paramref name="real"/> otherwise, as Json.NET types them.</summary>
        public bool ReadNumber(out long integer, out double real)
        {
            Peek();
            _tokenLength = 0;
            while (true)
            {
                if (_pos == _end && !Fill())
                {
                    break;
                }

                byte c = _buffer[_pos];
                if ((c >= (byte)'0' && c <= (byte)'9') || c == (byte)'-' || c == (byte)'+' || c == (byte)'.' || c == (byte)'e' || c == (byte)'E')
                {
                    AppendByte(c);
                    _pos++;
                }
                else
                {
                    break;
                }
            }

            // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
            byte[] t = _token;
            int n = _tokenLength, i = 0;
            bool negative = n > 0 && t[0] == (byte)'-';
            if (negative)
            {
                i++;
            }

            int intStart = i;
            while (i < n && t[i] >= (byte)'0' && t[i] <= (byte)'9')
            {
                i++;
            }

            int intDigits = i - intStart;
            if (intDigits == 0 || (intDigits > 1 && t[intStart] == (byte)'0'))
            {
                throw Irregular();
            }

            bool isInteger = i == n;
            if (i < n && t[i] == (byte)'.')
            {
                int f = ++i;
                while (i < n && t[i] >= (byte)'0' && t[i] <= (byte)'9')
                {
                    i++;
                }

                if (i == f)
                {
                    throw Irregular();
                }
            }

            if (i < n && (t[i] == (byte)'e' || t[i] == (byte)'E'))
            {
                i++;
                if (i < n && (t[i] == (byte)'+' || t[i] == (byte)'-'))
                {
                    i++;
                }

                int e = i;
                while (i < n && t[i] >= (byte)'0' && t[i] <= (byte)'9')
                {
                    i++;
                }

                if (i == e)
                {
                    throw Irregular();
                }
            }

            if (i != n)
            {
                throw Irregular();
            }

            integer = 0;
            real = 0;
            if (isInteger)
            {
                // Beyond the 64-bit range Json.NET reads a BigInteger, which every field refuses: irregular here.
                ulong value = 0;
                for (int k = intStart; k < n; k++)
                {
                    ulong next = (value * 10) + (ulong)(t[k] - '0');
                    if (value > (ulong.MaxValue / 10) || next < value)
                    {
                        throw Irregular();
                    }

                    value = next;
                }

                if (negative ? value > 9223372036854775808UL : value > long.MaxValue)
                {
                    throw Irregular();
                }

                integer = negative ? (long)(0UL - value) : (long)value;
                return true;
            }

            // The text reader's conversion (invariant double.Parse of the number's text), so that a number keeps its value.
#if NET8_0_OR_GREATER
            bool parsed = double.TryParse(new ReadOnlySpan<byte>(t, 0, n), NumberStyles.Float, CultureInfo.InvariantCulture, out real);
#else
            if (_chars.Length < n)
            {
                _chars = new char[Math.Max(n, _chars.Length * 2)];
            }

            for (int k = 0; k < n; k++)
            {
                _chars[k] = (char)t[k];
            }

            bool parsed = double.TryParse(new string(_chars, 0, n), NumberStyles.Float, CultureInfo.InvariantCulture, out real);
#endif
            if (!parsed || double.IsNaN(real) || double.IsInfinity(real))
            {
                throw Irregular();
            }

            return false;
        }

        /// <summary>Reads <c>true</c>, <c>false</c> or <c>null</c> (the next value must be one of them); returns true, false, or null.</summary>
        public bool? ReadLiteral()
        {
            byte c = Peek();
            switch (c)
            {
                case (byte)'t':
                    ExpectWord("true");
                    return true;
                case (byte)'f':
                    ExpectWord("false");
                    return false;
                case (byte)'n':
                    ExpectWord("null");
                    return null;
                default:
                    throw Irregular();
            }
        }

        /// <summary>Reads <c>null</c> when it is the next value; false (nothing consumed) otherwise.</summary>
        public bool TryReadNull()
        {
            if (Peek() != (byte)'n')
            {
                return false;
            }

            ExpectWord("null");
            return true;
        }

        /// <summary>Reads any value as a token tree (for the rare fields the bulk path does not read itself); a repeated name in an object is irregular.</summary>
        public JToken ReadToken()
        {
            byte c = Peek();
            switch (c)
            {
                case (byte)'{':
                {
                    _pos++;
                    var obj = new JObject();
                    bool first = true;
                    while (NextMember(ref first))
                    {
                        string name = TokenString();
                        if (obj.ContainsKey(name))
                        {
                            throw Irregular();
                        }

                        obj.Add(name, ReadToken());
                    }

                    return obj;
                }

                case (byte)'[':
                {
                    _pos++;
                    var array = new JArray();
                    bool first = true;
                    while (NextElement(ref first))
                    {
                        array.Add(ReadToken());
                    }

                    return array;
                }

                case (byte)'"':
                    ReadString();
                    return new JValue(TokenString());
                case (byte)'t':
                case (byte)'f':
                case (byte)'n':
                    bool? literal = ReadLiteral();
                    return literal.HasValue ? new JValue(literal.Value) : JValue.CreateNull();
                default:
                    if (c == (byte)'-' || (c >= (byte)'0' && c <= (byte)'9'))
                    {
                        return ReadNumber(out long l, out double d) ? new JValue(l) : new JValue(d);
                    }

                    throw Irregular();
            }
        }

        private void ExpectWord(string word)
        {
            for (int i = 0; i < word.Length; i++)
            {
                if (_pos == _end && !Fill())
                {
                    throw Irregular();
                }

                if (_buffer[_pos] != word[i])
                {
                    throw Irregular();
                }

                _pos++;
            }
        }

        /// <summary>Reads an escape (after its backslash) into the token; returns its highest byte (0x80 or more when not ASCII).</summary>
        private int ReadEscape()
        {
            byte c = NextByte();
            switch (c)
            {
                case (byte)'"':
                case (byte)'\\':
                case (byte)'/':
                    AppendByte(c);
                    return 0;
                case (byte)'b':
                    AppendByte(8);
                    return 0;
                case (byte)'f':
                    AppendByte(12);
                    return 0;
                case (byte)'n':
                    AppendByte(10);
                    return 0;
                case (byte)'r':
                    AppendByte(13);
                    return 0;
                case (byte)'t':
                    AppendByte(9);
                    return 0;
                case (byte)'u':
                    int cp = Hex4();
                    if (cp >= 0xD800 && cp <= 0xDBFF)
                    {
                        if (NextByte() != (byte)'\\' || NextByte() != (byte)'u')
                        {
                            throw Irregular();
                        }

                        int low = Hex4();
                        if (low < 0xDC00 || low > 0xDFFF)
                        {
                            throw Irregular();
                        }

                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    else if (cp >= 0xDC00 && cp <= 0xDFFF)
                    {
                        throw Irregular();
                    }

                    AppendCodePoint(cp);
                    return cp < 0x80 ? 0 : 0x80;
                default:
                    throw Irregular();
            }
        }

        private int Hex4()
        {
            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                byte c = NextByte();
                int digit = c >= (byte)'0' && c <= (byte)'9' ? c - '0'
                    : c >= (byte)'a' && c <= (byte)'f' ? c - 'a' + 10
                    : c >= (byte)'A' && c <= (byte)'F' ? c - 'A' + 10
                    : -1;
                if (digit < 0)
                {
                    throw Irregular();
                }

                value = (value << 4) | digit;
            }

            return value;
        }

        private void AppendCodePoint(int cp)
        {
            if (cp < 0x80)
            {
                AppendByte((byte)cp);
            }
            else if (cp < 0x800)
            {
                AppendByte((byte)(0xC0 | (cp >> 6)));
                AppendByte((byte)(0x80 | (cp & 0x3F)));
            }
            else if (cp < 0x10000)
            {
                AppendByte((byte)(0xE0 | (cp >> 12)));
                AppendByte((byte)(0x80 | ((cp >> 6) & 0x3F)));
                AppendByte((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                AppendByte((byte)(0xF0 | (cp >> 18)));
                AppendByte((byte)(0x80 | ((cp >> 12) & 0x3F)));
                AppendByte((byte)(0x80 | ((cp >> 6) & 0x3F)));
                AppendByte((byte)(0x80 | (cp & 0x3F)));
            }
        }

        private byte NextByte()
        {
            if (_pos == _end && !Fill())
            {
                throw Irregular();
            }

            return _buffer[_pos++];
        }

        private void Append(byte[] source, int start, int count)
        {
            if (count == 0)
            {
                return;
            }

            if (_tokenLength + count > _token.Length)
            {
                Array.Resize(ref _token, Math.Max(_tokenLength + count, _token.Length * 2));
            }

            Buffer.BlockCopy(source, start, _token, _tokenLength, count);
            _tokenLength += count;
        }

        private void AppendByte(byte c)
        {
            if (_tokenLength == _token.Length)
            {
                Array.Resize(ref _token, _token.Length * 2);
            }

            _token[_tokenLength++] = c;
        }

        /// <summary>Reads the next block of the input once the current one is used up; false at the end.</summary>
        private bool Fill()
        {
            if (_eof)
            {
                return false;
            }

            _consumedBefore += _end;
            _pos = 0;
            _end = 0;
            int n = _stream.Read(_buffer, 0, _buffer.Length);
            if (n <= 0)
            {
                _eof = true;
                return false;
            }

            _end = n;
            return true;
        }

        /// <summary>The signal of an irregular document (see <see cref="Utf8JsonScanner"/>).</summary>
        internal sealed class IrregularException : Exception
        {
            public IrregularException()
                : base("The JSON is not regular; it is read by the document path.")
            {
            }
        }
    }
}

using System;
using System.IO;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// Reads RFC 4180 records from text, streaming, without allocating per field: fields are ranges of an internal
    /// character buffer (quoted fields with doubled quotes are unescaped into a side buffer).
    /// </summary>
    /// <remarks>
    /// Records end at LF or CRLF outside quotes; a quoted field may hold separators, quotes (doubled) and line breaks.
    /// Blank lines are skipped. A malformed record (a quote inside an unquoted field, text after a closing quote, an
    /// unterminated quote) is still returned, with <see cref="Error"/> set, so that the caller can report or skip it.
    /// Not thread-safe.
    /// </remarks>
    internal sealed class CsvRecordReader
    {
        private readonly TextReader? _reader;
        private char[] _buffer;
        private int _start;
        private int _end;
        private bool _eof;
        private char[] _scratch = new char[256];
        private int _scratchUsed;
        private int[] _fieldStart = new int[16];
        private int[] _fieldLength = new int[16];
        private bool[] _fieldScratch = new bool[16];
        private int _nextLine = 1;

        public CsvRecordReader(TextReader reader)
        {
            _reader = reader;
            _buffer = new char[1 << 16];
        }

        /// <summary>Reads the records of text already in memory (a chunk of a file cut at a line break), whose first line is <paramref name="firstLine"/> of the file.</summary>
        /// <param name="chars">The text; it is read in place, not copied, and must not change while it is read.</param>
        /// <param name="length">The number of characters of <paramref name="chars"/> to read.</param>
        /// <param name="firstLine">The 1-based line of the file the text starts on.</param>
        public CsvRecordReader(char[] chars, int length, int firstLine)
        {
            _buffer = chars;
            _end = length;
            _eof = true;
            _nextLine = firstLine;
        }

        /// <summary>Gets the number of fields of the current record.</summary>
        public int FieldCount { get; private set; }

        /// <summary>Gets the 1-based line the current record starts on.</summary>
        public int Line { get; private set; }

        /// <summary>Gets what is malformed in the current record, or <c>null</c>.</summary>
        public string? Error { get; private set; }

        /// <summary>Gets the 1-based column of <see cref="Error"/>, or 0.</summary>
        public int ErrorColumn { get; private set; }

        /// <summary>Gets the text of a field.</summary>
        public string GetString(int field)
        {
            int length = _fieldLength[field];
            return length == 0 ? string.Empty : new string(_fieldScratch[field] ? _scratch : _buffer, _fieldStart[field], length);
        }

        /// <summary>Gets the length of a field.</summary>
        public int Length(int field) => _fieldLength[field];

        /// <summary>Gets whether a field is empty.</summary>
        public bool IsEmpty(int field) => _fieldLength[field] == 0;

        /// <summary>Gets the characters and range of a field.</summary>
        public char[] Chars(int field, out int start, out int length)
        {
            start = _fieldStart[field];
            length = _fieldLength[field];
            return _fieldScratch[field] ? _scratch : _buffer;
        }

        /// <summary>Gets whether a field equals <paramref name="text"/>, without allocating.</summary>
        public bool FieldEquals(int field, string text)
        {
            int length = _fieldLength[field];
            if (length != text.Length)
            {
                return false;
            }

            char[] chars = _fieldScratch[field] ? _scratch : _buffer;
            int start = _fieldStart[field];
            for (int i = 0; i < length; i++)
            {
                if (chars[start + i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Reads the next non-blank record.</summary>
        /// <returns><c>false</c> at the end of the text.</returns>
        public bool Read()
        {
            while (true)
            {
                if (_start >= _end && !Fill())
                {
                    return false;
                }

                int result = TryParse();
                if (result > 0)
                {
                    if (FieldCount == 1 && _fieldLength[0] == 0 && Error == null && !_lastWasQuoted)
                    {
                        continue; // a blank line
                    }

                    return true;
                }

                // The record runs past the buffer: keep it, read more, parse it again.
                if (!Fill())
                {
                    // End of text inside the record: parse it as complete.
                    _eofFinal = true;
                    TryParse();
                    _eofFinal = false;
                    if (FieldCount == 1 && _fieldLength[0] == 0 && Error == null && !_lastWasQuoted)
                    {
                        return false;
                    }

                    return true;
                }
            }
        }

        private bool _eofFinal;
        private bool _lastWasQuoted;

        /// <summary>Parses one record from <see cref="_start"/>; returns 1 when complete, 0 when the buffer ran out first.</summary>
        private int TryParse()
        {
            char[] b = _buffer;
            int end = _end;
            int p = _start;
            int line = _nextLine;
            int lines = 0;
            int lineStart = p;
            FieldCount = 0;
            Error = null;
            ErrorColumn = 0;
            _scratchUsed = 0;
            _lastWasQuoted = false;
            while (true)
            {
                // Start of a field at p.
                if (p < end && b[p] == '"')
                {
                    _lastWasQuoted = true;
                    int q = p + 1;
                    int scratchStart = _scratchUsed;
                    bool escaped = false;
                    int segment = q;
                    while (true)
                    {
                        if (q >= end)
                        {
                            if (!_eofFinal)
                            {
                                return 0;
                            }

                            // The open quote took in everything after it: say how much, so that skipping this record does not hide the loss.
                            int taken = 0;
                            for (int i = p; i < end; i++)
                            {
                                taken += b[i] == '\n' && i < end - 1 ? 1 : 0;
                            }

                            SetError(taken == 0 ? "a quoted field is not closed" : $"a quoted field is not closed: it runs to the end of the input and takes in the {taken} line{(taken == 1 ? string.Empty : "s")} after it, which are not read as records", p - lineStart + 1);
                            if (escaped)
                            {
                                AppendScratch(b, segment, q - segment);
                                AddField(scratchStart, _scratchUsed - scratchStart, true);
                            }
                            else
                            {
                                AddField(p + 1, q - p - 1, false);
                            }

                            return Finish(q, line, lines);
                        }

                        char c = b[q];
                        if (c == '"')
                        {
                            if (q + 1 >= end && !_eofFinal)
                            {
                                return 0;
                            }

                            if (q + 1 < end && b[q + 1] == '"')
                            {
                                AppendScratch(b, segment, q + 1 - segment);
                                escaped = true;
                                q += 2;
                                segment = q;
                                continue;
                            }

                            break;
                        }

                        if (c == '\n')
                        {
                            lines++;
                            lineStart = q + 1;
                        }

                        q++;
                    }

                    if (escaped)
                    {
                        AppendScratch(b, segment, q - segment);
                        AddField(scratchStart, _scratchUsed - scratchStart, true);
                    }
                    else
                    {
                        AddField(p + 1, q - p - 1, false);
                    }

                    p = q + 1; // after the closing quote
                    if (p < end && b[p] != ',' && b[p] != '\n' && b[p] != '\r')
                    {
                        SetError("text follows a closing quote", p - lineStart + 1);
                        while (p < end && b[p] != ',' && b[p] != '\n')
                        {
                            p++;
                        }
                    }
                }
                else
                {
                    int q = p;
                    while (q < end)
                    {
                        char c = b[q];
                        if (c == ',' || c == '\n')
                        {
                            break;
                        }

                        if (c == '"')
                        {
                            SetError("a quote inside an unquoted field", q - lineStart + 1);
                        }

                        q++;
                    }

                    if (q >= end && !_eofFinal)
                    {
                        return 0;
                    }

                    int length = q - p;
                    if (length > 0 && b[q - 1] == '\r' && (q >= end || b[q] == '\n'))
                    {
                        length--;
                    }

                    AddField(p, length, false);
                    p = q;
                }

                if (p >= end)
                {
                    if (!_eofFinal)
                    {
                        return 0;
                    }

                    return Finish(p, line, lines);
                }

                char sep = b[p];
                if (sep == '\r')
                {
                    if (p + 1 >= end && !_eofFinal)
                    {
                        return 0;
                    }

                    p++;
                    if (p >= end)
                    {
                        return Finish(p, line, lines);
                    }

                    sep = b[p];
                }

                if (sep == ',')
                {
                    p++;
                    if (p >= end && !_eofFinal)
                    {
                        return 0;
                    }

                    if (p >= end)
                    {
                        AddField(p, 0, false);
                        return Finish(p, line, lines);
                    }

                    continue;
                }

                // '\n'
                return Finish(p + 1, line, lines + 1);
            }
        }

        private int Finish(int next, int line, int lines)
        {
            Line = line;
            _nextLine = line + lines;
            _start = next;
            return 1;
        }

        private void SetError(string message, int column)
        {
            if (Error == null)
            {
                Error = message;
                ErrorColumn = column;
            }
        }

        private void AddField(int start, int length, bool scratch)
        {
            if (FieldCount == _fieldStart.Length)
            {
                Array.Resize(ref _fieldStart, FieldCount * 2);
                Array.Resize(ref _fieldLength, FieldCount * 2);
                Array.Resize(ref _fieldScratch, FieldCount * 2);
            }

            _fieldStart[FieldCount] = start;
            _fieldLength[FieldCount] = length;
            _fieldScratch[FieldCount] = scratch;
            FieldCount++;
        }

        private void AppendScratch(char[] source, int start, int length)
        {
            if (_scratchUsed + length > _scratch.Length)
            {
                Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchUsed + length));
            }

            Array.Copy(source, start, _scratch, _scratchUsed, length);
            _scratchUsed += length;
        }

        /// <summary>Moves the unread part to the front of the buffer (growing it when a record fills it) and reads more.</summary>
        private bool Fill()
        {
            if (_eof)
            {
                return false;
            }

            int remaining = _end - _start;
            if (remaining > 0 && _start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, remaining);
            }
            else if (remaining == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            if (remaining == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            _start = 0;
            _end = remaining;
            int read = _reader!.Read(_buffer, _end, _buffer.Length - _end);
            if (read <= 0)
            {
                _eof = true;
                return false;
            }

            _end += read;
            return true;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// One fast pass over the bytes of a CSV file before it is read: how many lines it has (so that a large import sizes
    /// its arrays once), whether it holds a double quote anywhere, and where it can be cut into chunks of about a given
    /// size at line breaks (so that the chunks can be parsed in parallel).
    /// </summary>
    /// <remarks>
    /// A file without any double quote has no quoted fields, so each of its records is exactly one line and every line
    /// break ends a record: a chunk starting after a line break starts a record, and its first line number is one more
    /// than the line breaks before it. A file with a quote is never cut (<see cref="CanSplit"/> is false). The chunks'
    /// text is decoded apart; a cut at a line break (a byte below 0x80) never splits a UTF-8 sequence, so the text is the
    /// same as that of one reader over the whole file.
    /// </remarks>
    internal sealed class CsvFileScan
    {
        private CsvFileScan(long length, int records, bool hasQuote, bool hasOtherBom, long firstLineEnd, List<(long Offset, int Line)> cuts)
        {
            Length = length;
            Records = records;
            HasQuote = hasQuote;
            HasOtherBom = hasOtherBom;
            FirstLineEnd = firstLineEnd;
            Cuts = cuts;
        }

        /// <summary>Gets the length of the file in bytes.</summary>
        public long Length { get; }

        /// <summary>Gets the number of records the file can hold at most: its lines after the first (a quoted line break only makes it high).</summary>
        public int Records { get; }

        /// <summary>Gets whether the file holds a double quote.</summary>
        public bool HasQuote { get; }

        /// <summary>Gets whether the file starts with the byte order mark of UTF-16 or UTF-32 (which the reader would decode as such).</summary>
        public bool HasOtherBom { get; }

        /// <summary>Gets the offset just after the first line break, or -1 when there is none.</summary>
        public long FirstLineEnd { get; }

        /// <summary>Gets the places where the file may be cut: the offset just after a line break and the 1-based line that starts there, in order, each after <see cref="FirstLineEnd"/> and before the end.</summary>
        public IReadOnlyList<(long Offset, int Line)> Cuts { get; }

        /// <summary>Gets whether the file can be read in chunks after its first line: no quotes, UTF-8, and at least one cut.</summary>
        public bool CanSplit => !HasQuote && !HasOtherBom && FirstLineEnd > 0 && Cuts.Count > 0;

        /// <summary>Gets about how many lines chunk <paramref name="index"/> (0 from <see cref="FirstLineEnd"/>, then from each cut) holds, a quarter more than its share of bytes gives, so that a chunk's arrays are sized once.</summary>
        public int ChunkLines(int index)
        {
            long bytes = (index < Cuts.Count ? Cuts[index].Offset : Length) - (index == 0 ? FirstLineEnd : Cuts[index - 1].Offset);
            double bytesPerLine = Math.Max(1.0, (Length - FirstLineEnd) / Math.Max(1.0, Records));
            return (int)Math.Min(int.MaxValue / 2, (bytes / bytesPerLine * 1.25) + 16);
        }

        /// <summary>Scans a file; <c>null</c> when it cannot be read (the reader then reports it).</summary>
        /// <param name="path">The file.</param>
        /// <param name="chunkBytes">The size of a chunk, or 0 to find no cuts.</param>
        public static CsvFileScan? Scan(string path, int chunkBytes)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                var buffer = new byte[1 << 20];
                var cuts = new List<(long, int)>();
                long lines = 0;
                long position = 0;
                long firstLineEnd = -1;
                long next = chunkBytes;
                bool hasQuote = false;
                bool otherBom = false;
                int read;
                byte last = (byte)'\n';
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    var span = new ReadOnlySpan<byte>(buffer, 0, read);
                    if (position == 0)
                    {
                        otherBom = (read >= 2 && ((buffer[0] == 0xFE && buffer[1] == 0xFF) || (buffer[0] == 0xFF && buffer[1] == 0xFE)))
                            || (read >= 4 && buffer[0] == 0 && buffer[1] == 0 && buffer[2] == 0xFE && buffer[3] == 0xFF);
                    }

                    hasQuote |= span.IndexOf((byte)'"') >= 0;
                    if (firstLineEnd < 0)
                    {
                        int first = span.IndexOf((byte)'\n');
                        if (first >= 0)
                        {
                            firstLineEnd = position + first + 1;
                            next = firstLineEnd + chunkBytes;
                        }
                    }

                    while (chunkBytes > 0 && firstLineEnd > 0 && next < position + read)
                    {
                        int from = (int)Math.Max(0, next - position);
                        int at = span.Slice(from).IndexOf((byte)'\n');
                        if (at < 0)
                        {
                            break;
                        }

                        int end = from + at + 1;
                        long offset = position + end;
                        cuts.Add((offset, (int)Math.Min(lines + CountLineBreaks(span.Slice(0, end)) + 1, int.MaxValue)));
                        next = offset + chunkBytes;
                    }

                    lines += CountLineBreaks(span);
                    last = buffer[read - 1];
                    position += read;
                }

                if (last != (byte)'\n')
                {
                    lines++;
                }

                // A cut at the very end would make an empty chunk.
                while (cuts.Count > 0 && cuts[cuts.Count - 1].Item1 >= position)
                {
                    cuts.RemoveAt(cuts.Count - 1);
                }

                return new CsvFileScan(position, (int)Math.Min(Math.Max(lines - 1, 0), 1 << 28), hasQuote, otherBom, firstLineEnd, cuts);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return null;
            }
        }

        private static long CountLineBreaks(ReadOnlySpan<byte> span)
        {
#if NET8_0_OR_GREATER
            return span.Count((byte)'\n');
#else
            long count = 0;
            for (int i = 0; i < span.Length; i++)
            {
                if (span[i] == (byte)'\n')
                {
                    count++;
                }
            }

            return count;
#endif
        }
    }
}

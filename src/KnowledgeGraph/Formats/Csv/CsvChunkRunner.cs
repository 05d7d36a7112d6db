using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// Parses the chunks of a CSV file (cut at line breaks by <see cref="CsvFileScan"/>) on worker threads and hands the
    /// results to the calling thread strictly in file order, so that what is built from them, and the first error, are
    /// those of one reader going through the file.
    /// </summary>
    /// <remarks>
    /// Each worker reads its chunk's bytes from its own file handle, decodes them as UTF-8 (invalid bytes become U+FFFD,
    /// as in a <see cref="StreamReader"/>) and parses them with a <see cref="CsvRecordReader"/> that starts at the chunk's
    /// first line. Only a few chunks are parsed ahead of the one being merged, so the memory held in flight is a few chunks'
    /// worth whatever the size of the file. When the merge stops (an error, a cancellation, an exception from a worker),
    /// the workers stop too and are waited for before the exception leaves <see cref="Run{TChunk}"/>.
    /// </remarks>
    internal static class CsvChunkRunner
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false, false);

        /// <summary>Parses the chunks of a file after its header line and merges them in order.</summary>
        /// <typeparam name="TChunk">What a chunk is parsed into.</typeparam>
        /// <param name="path">The file.</param>
        /// <param name="scan">Where the file is cut: the first chunk starts after the header line (line 2), the others at the scan's cuts.</param>
        /// <param name="workers">The number of threads that parse, the calling thread included (which parses whenever the next chunk to merge is not ready).</param>
        /// <param name="parse">Parses one chunk (its index, a reader over its text, and a test of whether the run is stopping, so that a long chunk can end early); runs on a worker; must not touch shared mutable state.</param>
        /// <param name="merge">Takes one chunk's result; runs on the calling thread, in chunk order; may throw to stop the run.</param>
        public static void Run<TChunk>(string path, CsvFileScan scan, int workers, Func<int, CsvRecordReader, Func<bool>, TChunk> parse, Action<TChunk> merge)
            where TChunk : class
        {
            long end = scan.Length;
            var starts = new List<(long Offset, int Line)> { (scan.FirstLineEnd, 2) };
            foreach ((long offset, int line) in scan.Cuts)
            {
                if (offset > starts[starts.Count - 1].Offset && offset < end)
                {
                    starts.Add((offset, line));
                }
            }

            int count = starts.Count;
            var results = new TChunk?[count];
            var errors = new ExceptionDispatchInfo?[count];
            var done = new ManualResetEventSlim[count];
            for (int i = 0; i < count; i++)
            {
                done[i] = new ManualResetEventSlim(false, 1); // a waiter blocks at once rather than spin: its processor may be the one the chunk's worker needs
            }

            workers = Math.Max(1, Math.Min(workers, count));
            int window = workers * 2;
            using var slots = new SemaphoreSlim(window, int.MaxValue);
            int nextChunk = -1;
            int aborted = 0;
            bool Aborted() => Volatile.Read(ref aborted) != 0;

            // Takes the next chunk (when a slot of the window is free, waiting for one when asked to) and parses it; false
            // when there is none left, the run is stopping, or (not waiting) the window is full.
            bool ParseNext(ChunkText text, bool wait)
            {
                if (wait)
                {
                    slots.Wait();
                }
                else if (!slots.Wait(0))
                {
                    return false;
                }

                int k = Aborted() ? count : Interlocked.Increment(ref nextChunk);
                if (k >= count)
                {
                    slots.Release();
                    return false;
                }

                try
                {
                    results[k] = parse(k, text.Read(path, starts[k].Offset, k + 1 < count ? starts[k + 1].Offset : end, starts[k].Line), Aborted);
                }
                catch (Exception ex)
                {
                    errors[k] = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    done[k].Set();
                }

                return true;
            }

            void Work()
            {
                using var text = new ChunkText();
                while (ParseNext(text, true))
                {
                }
            }

            // The calling thread is one of the workers: it parses a chunk whenever the next one to merge is not ready.
            var threads = new Thread[workers - 1];
            for (int w = 0; w < threads.Length; w++)
            {
                threads[w] = new Thread(Work) { IsBackground = true, Name = "csv chunk " + w };
                threads[w].Start();
            }

            try
            {
                using var text = new ChunkText();
                for (int k = 0; k < count; k++)
                {
                    while (!done[k].IsSet)
                    {
                        if (!ParseNext(text, false))
                        {
                            done[k].Wait();
                        }
                    }

                    errors[k]?.Throw();
                    TChunk chunk = results[k]!;
                    results[k] = null;
                    merge(chunk);
                    slots.Release();
                }
            }
            finally
            {
                Volatile.Write(ref aborted, 1);
                slots.Release(workers);
                foreach (Thread thread in threads)
                {
                    thread.Join();
                }

                foreach (ManualResetEventSlim d in done)
                {
                    d.Dispose();
                }
            }
        }

        /// <summary>One thread's file handle and buffers: a chunk's bytes, read and decoded into characters.</summary>
        private sealed class ChunkText : IDisposable
        {
            private FileStream? _file;
            private byte[] _bytes = Array.Empty<byte>();
            private char[] _chars = Array.Empty<char>();

            /// <summary>Reads the bytes from <paramref name="from"/> to <paramref name="to"/> and gives a reader over their text, whose first line is <paramref name="line"/>; the reader is good until the next call.</summary>
            public CsvRecordReader Read(string path, long from, long to, int line)
            {
                int length = (int)(to - from);
                if (_bytes.Length < length)
                {
                    _bytes = new byte[length];
                }

                _file ??= new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                _file.Seek(from, SeekOrigin.Begin);
                int got = 0;
                int read;
                while (got < length && (read = _file.Read(_bytes, got, length - got)) > 0)
                {
                    got += read;
                }

                int charCount = Utf8.GetCharCount(_bytes, 0, got);
                if (_chars.Length < charCount)
                {
                    _chars = new char[charCount];
                }

                charCount = Utf8.GetChars(_bytes, 0, got, _chars, 0);
                return new CsvRecordReader(_chars, charCount, line);
            }

            public void Dispose() => _file?.Dispose();
        }
    }
}

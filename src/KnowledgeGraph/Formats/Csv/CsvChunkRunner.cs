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
        /// <param name="workers">The number of worker threads (at least 1).</param>
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
                done[i] = new ManualResetEventSlim(false);
            }

            workers = Math.Max(1, Math.Min(workers, count));
            int window = workers * 2;
            using var slots = new SemaphoreSlim(window, int.MaxValue);
            int nextChunk = -1;
            int aborted = 0;
            bool Aborted() => Volatile.Read(ref aborted) != 0;

            void Work()
            {
                FileStream? file = null;
                byte[] bytes = Array.Empty<byte>();
                char[] chars = Array.Empty<char>();
                try
                {
                    while (true)
                    {
                        slots.Wait();
                        if (Aborted())
                        {
                            return;
                        }

                        int k = Interlocked.Increment(ref nextChunk);
                        if (k >= count)
                        {
                            return;
                        }

                        try
                        {
                            long from = starts[k].Offset;
                            long to = k + 1 < count ? starts[k + 1].Offset : end;
                            int length = (int)(to - from);
                            if (bytes.Length < length)
                            {
                                bytes = new byte[length];
                            }

                            file ??= new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                            file.Seek(from, SeekOrigin.Begin);
                            int got = 0;
                            int read;
                            while (got < length && (read = file.Read(bytes, got, length - got)) > 0)
                            {
                                got += read;
                            }

                            int charCount = Utf8.GetCharCount(bytes, 0, got);
                            if (chars.Length < charCount)
                            {
                                chars = new char[charCount];
                            }

                            charCount = Utf8.GetChars(bytes, 0, got, chars, 0);
                            results[k] = parse(k, new CsvRecordReader(chars, charCount, starts[k].Line), Aborted);
                        }
                        catch (Exception ex)
                        {
                            errors[k] = ExceptionDispatchInfo.Capture(ex);
                        }
                        finally
                        {
                            done[k].Set();
                        }
                    }
                }
                finally
                {
                    file?.Dispose();
                }
            }

            var threads = new Thread[workers];
            for (int w = 0; w < workers; w++)
            {
                threads[w] = new Thread(Work) { IsBackground = true, Name = "csv chunk " + w };
                threads[w].Start();
            }

            try
            {
                for (int k = 0; k < count; k++)
                {
                    done[k].Wait();
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
    }
}

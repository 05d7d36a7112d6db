using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.IO;

namespace KnowledgeGraph.Cli
{
    /// <summary>The <c>kg</c> command line: builds the command tree and runs it against given output writers, so that it can run in-process in tests.</summary>
    public sealed class KgApp
    {
        /// <summary>Files from this size on get a status line while they load.</summary>
        private const long LargeFileBytes = 20L * 1024 * 1024;

        private bool _progressShown;

        /// <summary>Creates the application.</summary>
        /// <param name="output">Where results go (standard output).</param>
        /// <param name="error">Where errors and progress go (standard error).</param>
        public KgApp(TextWriter output, TextWriter error)
        {
            RawOutput = output;
            RawError = error;
            Output = new TerminalWriter(output);
            Error = new TerminalWriter(error);
            GraphOption = new Option<string?>("--graph", "-g")
            {
                Description = "The graph file to load (JSON, knowledge-graph/2; files of version 1 load too). Default: the embedded union-state graph.",
                Recursive = true,
            };
            VocabularyOption = new Option<string[]>("--vocabulary")
            {
                Description = "An extra vocabulary file of entity kinds and relation types (may be repeated).",
                Recursive = true,
                AllowMultipleArgumentsPerToken = false,
            };
            DatasetOption = new Option<string[]>("--dataset")
            {
                Description = "Read only the relations that come from this dataset of the graph (its 'datasets' section, as kg merge writes it); may be repeated or comma-separated.",
                Recursive = true,
                AllowMultipleArgumentsPerToken = false,
            };
            AllowPathsOption = new Option<bool>("--allow-paths")
            {
                Description = "Let a graph file name vocabulary files outside its own folder (by default they must lie in it).",
                Recursive = true,
            };
        }

        /// <summary>Gets where results go, with control characters from data escaped (see <see cref="TerminalText"/>).</summary>
        public TextWriter Output { get; }

        /// <summary>Gets where errors go, with control characters from data escaped.</summary>
        public TextWriter Error { get; }

        /// <summary>Gets standard output as given, for exported files, which must come out byte for byte.</summary>
        public TextWriter RawOutput { get; }

        /// <summary>Gets standard error as given, for the progress line (which redraws itself with a carriage return).</summary>
        public TextWriter RawError { get; }

        /// <summary>
        /// Gets or sets whether progress of long work is shown on standard error; by default only when standard error is
        /// a terminal, so that piped and redirected output stays quiet.
        /// </summary>
        public bool ShowProgress { get; set; } = !Console.IsErrorRedirected;

        /// <summary>
        /// Gets or sets where interactive commands (<c>kg review</c>) read answers: standard input by default. When it is
        /// the console's own input and that is a terminal, keys are read one by one; otherwise line by line.
        /// </summary>
        public TextReader Input { get; set; } = Console.In;

        /// <summary>Gets whether <see cref="Input"/> is a terminal to read single keys from.</summary>
        internal bool InputIsTerminal => ReferenceEquals(Input, Console.In) && !Console.IsInputRedirected;

        /// <summary>Gets the global <c>--graph</c> option.</summary>
        public Option<string?> GraphOption { get; }

        /// <summary>Gets the global <c>--vocabulary</c> option.</summary>
        public Option<string[]> VocabularyOption { get; }

        /// <summary>Gets the global <c>--dataset</c> option: every command that reads the graph reads only the relations from those datasets.</summary>
        public Option<string[]> DatasetOption { get; }

        /// <summary>Gets the global <c>--allow-paths</c> option.</summary>
        public Option<bool> AllowPathsOption { get; }

        /// <summary>Runs <c>kg</c> with the given arguments.</summary>
        /// <param name="args">The arguments.</param>
        /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
        public int Run(string[] args)
        {
            RootCommand root = BuildRoot();
            if (args.Length == 0)
            {
                // Like git: with no command, print the usage to standard error and fail, so a script notices.
                RootHelp.Write(root, Error);
                return ExitCodes.InputError;
            }

            if (args.Length == 1 && (args[0] == "--help" || args[0] == "-h" || args[0] == "-?"))
            {
                // Written from the command tree, with optional arguments in brackets (see RootHelp).
                RootHelp.Write(root, Output);
                return ExitCodes.Success;
            }

            try
            {
                ParseResult parse = root.Parse(args);
                if (parse.Errors.Count > 0)
                {
                    foreach (string line in ParseErrorHints.Describe(parse))
                    {
                        Say(line + " (try 'kg --help')");
                    }

                    return ExitCodes.InputError;
                }

                return parse.Invoke(new InvocationConfiguration { Output = Output, Error = Error, EnableDefaultExceptionHandler = false });
            }
            catch (CliException ex)
            {
                Say(ex.Message);
                return ex.ExitCode;
            }
            catch (GraphValidationException ex)
            {
                EndProgress();
                foreach (GraphError e in ex.Errors)
                {
                    Error.WriteLine(TerminalText.OneLine(e.ToString()));
                }

                if (ex.Errors.Count == 0)
                {
                    Say(ex.Message);
                }

                return ExitCodes.InputError;
            }
            catch (IOException ex) when (IsBrokenPipe(ex))
            {
                // The reader went away (kg export -o /dev/stdout | head): it has what it wanted, as with 'cat | head'.
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is KnowledgeGraphException || ex is IOException || ex is UnauthorizedAccessException)
            {
                Say(ex.Message);
                return ExitCodes.InputError;
            }
            catch (OperationCanceledException)
            {
                Say("interrupted.");
                return ExitCodes.InputError;
            }
#pragma warning disable CA1031 // The boundary of the program: anything unexpected becomes one line and exit 3, never a stack trace.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Say($"internal error ({ex.GetType().Name}: {ex.Message}); this is a bug in kg: please report it with the command that caused it at {ReportUrl}");
                return ExitCodes.InternalError;
            }
        }

        /// <summary>Gets whether an I/O error says that the reader of a pipe has gone (EPIPE on Unix, ERROR_BROKEN_PIPE on Windows).</summary>
        /// <param name="ex">The error.</param>
        /// <returns><c>true</c> for a broken pipe.</returns>
        internal static bool IsBrokenPipe(IOException ex) => ex.HResult == 32 || ex.HResult == unchecked((int)0x8007006D);

        /// <summary>Where bugs are reported.</summary>
        internal const string ReportUrl = "https://github.com/knowledgegraph-dev/KnowledgeGraph/issues";

        /// <summary>Writes one line of error, <c>kg: MESSAGE</c>, with line breaks and control characters from data made harmless.</summary>
        /// <param name="message">The message.</param>
        private void Say(string message)
        {
            EndProgress();
            Error.WriteLine("kg: " + TerminalText.OneLine(message));
        }

        /// <summary>
        /// Writes a result to the file an <c>-o</c> option names: standard output when it is omitted or <c>-</c>; otherwise
        /// through <see cref="SafeFile.Write"/> (a regular file is replaced atomically, a device or FIFO is streamed to).
        /// </summary>
        /// <param name="file">The value of the option, or <c>null</c>.</param>
        /// <param name="option">The option's name, for the message when the value is empty.</param>
        /// <param name="write">Writes the content.</param>
        /// <exception cref="CliException">The value is empty.</exception>
        public void WriteOutput(string? file, string option, Action<Stream> write)
        {
            if (file == null || file == "-")
            {
                if (RawOutput is StreamWriter writer)
                {
                    writer.Flush();
                    write(writer.BaseStream);
                    writer.BaseStream.Flush();
                }
                else
                {
                    using var buffer = new MemoryStream();
                    write(buffer);
                    RawOutput.Write(new System.Text.UTF8Encoding(false).GetString(buffer.ToArray()));
                }

                return;
            }

            SafeFile.Write(RequirePath(file, option), write);
        }

        /// <summary>Checks that a path given on the command line is not empty.</summary>
        /// <param name="value">The value.</param>
        /// <param name="option">The option's name.</param>
        /// <returns>The value.</returns>
        /// <exception cref="CliException">The value is empty or blank.</exception>
        public static string RequirePath(string value, string option)
        {
            if (value.Trim().Length == 0)
            {
                throw new CliException($"{option}: the path is empty; give a file name{(option == "--output" ? " (or - for standard output)" : string.Empty)}.", ExitCodes.InputError);
            }

            return value;
        }

        /// <summary>Loads the graph the command line names: <c>--graph FILE</c>, or the embedded union-state graph.</summary>
        /// <param name="parse">The parse result.</param>
        /// <returns>The graph.</returns>
        public Graph LoadGraph(ParseResult parse) => LoadGraph(parse, true);

        /// <summary>Loads the graph the command line names, leaving <c>--dataset</c> to the query (<see cref="KnowledgeGraph.Queries.QueryOptions.WithDatasets"/>) when <paramref name="filterDatasets"/> is <c>false</c>.</summary>
        /// <param name="parse">The parse result.</param>
        /// <param name="filterDatasets">Whether to keep only the relations of the <c>--dataset</c> datasets.</param>
        /// <returns>The graph.</returns>
        public Graph LoadGraph(ParseResult parse, bool filterDatasets)
        {
            string? file = parse.GetValue(GraphOption);
            if (file != null)
            {
                RequirePath(file, "--graph");
            }

            Vocabulary? vocabulary = LoadVocabulary(parse);
            if (file != null && File.Exists(file) && new FileInfo(file).Length >= LargeFileBytes)
            {
                Status($"kg: loading {file} ({new FileInfo(file).Length / (1024 * 1024)} MB)\u2026");
            }

            Graph graph = file == null ? (vocabulary == null ? CuratedGraphs.UnionState : Graph.Parse(CuratedGraphs.GetJson("union-state"), "union-state.json", vocabulary)) : Graph.Load(file, LoadOptions(parse, vocabulary));
            foreach (string note in graph.LoadNotes)
            {
                // Informational (how an old file was read), on the error stream so that piped answers stay clean.
                Error.WriteLine($"kg: note: {file}: {note}");
            }

            string[] datasets = DatasetIds(parse);
            return datasets.Length == 0 || !filterDatasets ? graph : graph.FromDatasets(datasets);
        }

        /// <summary>Gets the dataset ids the global <c>--dataset</c> option names (repeated or comma-separated).</summary>
        /// <param name="parse">The parse result.</param>
        /// <returns>The ids; empty when none is named.</returns>
        public string[] DatasetIds(ParseResult parse) =>
            (parse.GetValue(DatasetOption) ?? Array.Empty<string>()).SelectMany(d => d.Split(',')).Select(d => d.Trim()).Where(d => d.Length > 0).ToArray();

        /// <summary>Gets the options for loading a graph file that the command line gives: the vocabulary and <c>--allow-paths</c>.</summary>
        /// <param name="parse">The parse result.</param>
        /// <param name="vocabulary">The vocabulary <see cref="LoadVocabulary"/> gave.</param>
        /// <returns>The options.</returns>
        public GraphLoadOptions LoadOptions(ParseResult parse, Vocabulary? vocabulary) =>
            GraphLoadOptions.Default.WithVocabulary(vocabulary).WithAllowPathsOutside(parse.GetValue(AllowPathsOption));

        /// <summary>Gets the vocabulary the command line names: the default plus every <c>--vocabulary FILE</c>, or <c>null</c> when none is named (a graph file then uses the built-in vocabulary it names, the default when it names none).</summary>
        /// <param name="parse">The parse result.</param>
        /// <returns>The vocabulary.</returns>
        public Vocabulary? LoadVocabulary(ParseResult parse)
        {
            Vocabulary? vocabulary = null;
            foreach (string file in parse.GetValue(VocabularyOption) ?? Array.Empty<string>())
            {
                RequirePath(file, "--vocabulary");
                vocabulary = (vocabulary ?? Vocabulary.Default).Extend(file);
            }

            return vocabulary;
        }

        /// <summary>Gets a receiver of progress counts that redraws one line on standard error at most every 200 ms, or <c>null</c> when progress is not shown.</summary>
        /// <param name="what">What is counted ("records read").</param>
        /// <returns>The receiver, or <c>null</c>.</returns>
        public IProgress<long>? ProgressReporter(string what)
        {
            if (!ShowProgress)
            {
                return null;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            long last = -1000;
            return new SynchronousProgress(count =>
            {
                long now = clock.ElapsedMilliseconds;
                if (now - last >= 200)
                {
                    last = now;
                    RawError.Write($"\rkg: {count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {what}\u2026");
                    RawError.Flush();
                    _progressShown = true;
                }
            });
        }

        /// <summary>Writes a status line about long work to standard error, only when progress is shown (a terminal).</summary>
        /// <param name="message">The line.</param>
        public void Status(string message)
        {
            if (ShowProgress)
            {
                EndProgress();
                Error.WriteLine(message);
            }
        }

        /// <summary>Ends a progress line, if one was drawn.</summary>
        public void EndProgress()
        {
            if (_progressShown)
            {
                Error.WriteLine();
                _progressShown = false;
            }
        }

        /// <summary>Finds an entity by id, name or alias, or fails with a clear message and suggestions.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="key">The id, name or alias.</param>
        /// <returns>The entity.</returns>
        /// <exception cref="CliException">No entity matches.</exception>
        public static Entity Resolve(Graph graph, string key)
        {
            try
            {
                return graph.ResolveEntity(key);
            }
            catch (EntityNotFoundException ex)
            {
                // The library's message carries the "did you mean" entities of its fuzzy search.
                string message = ex.Message;
                throw new CliException(char.ToLowerInvariant(message[0]) + message.Substring(1), ExitCodes.InputError);
            }
        }

        /// <summary>Reports progress on the calling thread (System.Progress would post to the thread pool and reorder lines).</summary>
        private sealed class SynchronousProgress : IProgress<long>
        {
            private readonly Action<long> _report;

            public SynchronousProgress(Action<long> report) => _report = report;

            public void Report(long value) => _report(value);
        }

        private RootCommand BuildRoot()
        {
            var root = new RootCommand("kg: query, validate and export typed, time-aware, sourced knowledge graphs. With no --graph, commands use the embedded union-state graph.");
            root.Options.Add(GraphOption);
            root.Options.Add(VocabularyOption);
            root.Options.Add(AllowPathsOption);
            root.Options.Add(DatasetOption);
            foreach (Command c in CommandCatalog.Create(this))
            {
                root.Subcommands.Add(c);
            }

            return root;
        }
    }
}

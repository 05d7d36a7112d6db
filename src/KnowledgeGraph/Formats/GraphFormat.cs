using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats
{
    /// <summary>
    /// One exchange format of the library, as <see cref="GraphFormats"/> lists it: its name (what <c>kg import</c> and
    /// <c>kg export</c> take), what it is, the file extensions it uses, what it can do, and how to read and write it.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class GraphFormat
    {
        private readonly Func<IReadOnlyList<string>, ImportOptions, ImportResult>? _importFiles;
        private readonly Func<TextReader, string?, ImportOptions, ImportResult>? _importText;
        private readonly Action<Graph, Stream, FormatWriteOptions>? _write;
        private readonly Action<Graph, string>? _writeDirectory;

        internal GraphFormat(
            string name,
            string description,
            string[] extensions,
            GraphFormatCapabilities capabilities,
            Func<IReadOnlyList<string>, ImportOptions, ImportResult>? importFiles = null,
            Func<TextReader, string?, ImportOptions, ImportResult>? importText = null,
            Action<Graph, Stream, FormatWriteOptions>? write = null,
            Action<Graph, string>? writeDirectory = null)
        {
            Name = name;
            Description = description;
            Extensions = Array.AsReadOnly(extensions);
            Capabilities = capabilities;
            _importFiles = importFiles ?? (importText == null ? null : (files, options) => ImportWhole(files, options, importText));
            _importText = importText;
            _write = write;
            _writeDirectory = writeDirectory;
        }

        /// <summary>Gets the class that reads the format (its <c>Import</c> verbs), or <c>null</c>; for the shape test.</summary>
        internal Type? Reader { get; init; }

        /// <summary>Gets the class that writes the format (its <c>Write</c> verbs), or <c>null</c> for a format drawn by a program; for the shape test.</summary>
        internal Type? Writer { get; init; }

        /// <summary>Gets the name <c>kg import --format</c> and <c>kg export --format</c> take (<c>graphml</c>, <c>nt</c>…).</summary>
        public string Name { get; }

        /// <summary>Gets what the format is, in a few words (for help texts).</summary>
        public string Description { get; }

        /// <summary>Gets the file extensions of the format, with their dot (<c>.graphml</c>); the first is the usual one.</summary>
        public IReadOnlyList<string> Extensions { get; }

        /// <summary>Gets what the format can do and needs.</summary>
        public GraphFormatCapabilities Capabilities { get; }

        /// <summary>Gets whether the library imports the format (<see cref="Import(IReadOnlyList{string}, ImportOptions?)"/>).</summary>
        public bool CanImport => _importFiles != null;

        /// <summary>Gets whether the format's import reads one text (<see cref="Import(TextReader, string?, ImportOptions?)"/>); CSV needs two.</summary>
        public bool CanImportText => _importText != null;

        /// <summary>Gets whether the library writes the format.</summary>
        public bool CanExport => _write != null || _writeDirectory != null;

        /// <summary>Gets whether the format has the capability.</summary>
        /// <param name="capability">The capability.</param>
        /// <returns><c>true</c> when it has it.</returns>
        public bool Has(GraphFormatCapabilities capability) => (Capabilities & capability) == capability;

        /// <summary>Imports files of the format.</summary>
        /// <param name="files">The files, read in order (a whole-graph format takes one; CSV a directory holding nodes.csv and edges.csv, or the two files).</param>
        /// <param name="options">The options; the defaults when <c>null</c>.</param>
        /// <returns>The graph and what was skipped.</returns>
        /// <exception cref="NotSupportedException">The library does not import the format.</exception>
        /// <exception cref="ArgumentException">The number of files does not suit the format.</exception>
        /// <exception cref="NotSupportedException"><see cref="ImportOptions.Into"/> is set and the format cannot update a graph.</exception>
        /// <exception cref="GraphValidationException">The input is not valid; every error is listed.</exception>
        public ImportResult Import(IReadOnlyList<string> files, ImportOptions? options = null) =>
            (_importFiles ?? throw new NotSupportedException($"The library does not read {Name}.")).Invoke(files, CheckInto(options ?? new ImportOptions()));

        /// <summary>Imports one text of the format.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="options">The options; the defaults when <c>null</c>.</param>
        /// <returns>The graph and what was skipped.</returns>
        /// <exception cref="NotSupportedException">The format is not read from one text (see <see cref="CanImportText"/>).</exception>
        /// <exception cref="GraphValidationException">The input is not valid; every error is listed.</exception>
        public ImportResult Import(TextReader reader, string? fileName = null, ImportOptions? options = null) =>
            (_importText ?? throw new NotSupportedException($"The library does not read {Name} from one text.")).Invoke(reader, fileName, CheckInto(options ?? new ImportOptions()));

        /// <summary>Writes a graph in the format to a stream (a format written as a directory cannot be; see <see cref="WriteDirectory"/>).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="stream">The stream.</param>
        /// <param name="options">The options of the writers that take some; the defaults when <c>null</c>.</param>
        /// <exception cref="NotSupportedException">The format is not written to a stream.</exception>
        public void Write(Graph graph, Stream stream, FormatWriteOptions? options = null) =>
            (_write ?? throw new NotSupportedException(Has(GraphFormatCapabilities.Directory) ? $"{Name} is written as a directory: use WriteDirectory." : $"The library does not write {Name}.")).Invoke(graph, stream, options ?? FormatWriteOptions.Default);

        /// <summary>Writes a graph in a format of <see cref="GraphFormatCapabilities.Directory"/> into a directory (created when missing; each file written safely).</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="directory">The directory.</param>
        /// <exception cref="NotSupportedException">The format is not written as a directory.</exception>
        public void WriteDirectory(Graph graph, string directory) =>
            (_writeDirectory ?? throw new NotSupportedException($"{Name} is not written as a directory.")).Invoke(graph, directory);

        /// <inheritdoc />
        public override string ToString() => Name;

        /// <summary>Refuses <see cref="ImportOptions.Into"/> for a format that cannot update a graph, rather than ignoring it.</summary>
        private ImportOptions CheckInto(ImportOptions options) =>
            options.Into == null || Has(GraphFormatCapabilities.Updates) ? options : throw new NotSupportedException($"An import of {Name} cannot update a graph (ImportOptions.Into); only {string.Join(", ", GraphFormats.Importable.Where(f => f.Has(GraphFormatCapabilities.Updates)).Select(f => f.Name))} can.");

        private static ImportResult ImportWhole(IReadOnlyList<string> files, ImportOptions options, Func<TextReader, string?, ImportOptions, ImportResult> read)
        {
            if (files.Count != 1)
            {
                throw new ArgumentException("This format holds a whole graph: give exactly one file.", nameof(files));
            }

            using TextReader reader = InputFile.OpenText(files[0]);
            return read(reader, files[0], options);
        }
    }
}

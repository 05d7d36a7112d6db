using System;

namespace KnowledgeGraph.Formats
{
    /// <summary>What a <see cref="GraphFormat"/> can do and needs, beyond reading and writing.</summary>
    [Flags]
    public enum GraphFormatCapabilities
    {
        /// <summary>Nothing special.</summary>
        None = 0,

        /// <summary>A file holds a whole graph, read all or nothing (one file per import).</summary>
        WholeGraph = 1,

        /// <summary>What the library writes reads back into the same graph (the round-trip tests compare them).</summary>
        RoundTrip = 2,

        /// <summary>A picture, not data: it draws the graph and carries no sources or time fields for a reader.</summary>
        Picture = 4,

        /// <summary>Binary output (not text): it is written to a file or a pipe, never to a terminal.</summary>
        Binary = 8,

        /// <summary>Written as a directory of files, not one file.</summary>
        Directory = 16,

        /// <summary>Written through GraphViz's <c>dot</c> program, which must be installed.</summary>
        NeedsGraphviz = 32,

        /// <summary>An import reads several files in order (a directory stands for the files of the format in it).</summary>
        ManyFiles = 64,

        /// <summary>Reads data of other tools, whose items may carry no kind (see <see cref="ImportOptions.DefaultKind"/>).</summary>
        ForeignData = 128,

        /// <summary>Written to the stream as it goes, so that a graph of millions of relations exports in the memory it already takes.</summary>
        Streamed = 256,

        /// <summary>An import can update the graph of an earlier import of the same data (<see cref="ImportOptions.Into"/>).</summary>
        Updates = 512,
    }
}

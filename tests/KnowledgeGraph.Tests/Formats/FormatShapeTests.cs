using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Formats.FollowTheMoney;
using KnowledgeGraph.Formats.GraphML;
using KnowledgeGraph.Formats.Jgf;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.Formats.Neo4j;
using KnowledgeGraph.Formats.Rdf;
using KnowledgeGraph.Formats.Wikidata;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats
{
    /// <summary>
    /// One shape per format (issue 10, item 4): every reader and writer class behind <see cref="GraphFormats"/> has the
    /// same verbs (<c>Import</c> from a path, a stream, a text reader; <c>Write</c> to a path, a stream, a text writer and
    /// <c>WriteToString</c>) with the same option and result types, and the verbs of one class give the same bytes.
    /// </summary>
    public class FormatShapeTests
    {
        private static readonly Graph Sample = new GraphBuilder()
            .AddEntity("aa", "State", "Alpha \"quoted\" <&>")
            .AddEntity("bb", "Company", "Бета")
            .AddEntity("cc", "Person", "Gamma")
            .AddRelation("r1", "SUPPLIES", "bb", "aa")
            .AddRelation("r2", "OWNS", "cc", "bb")
            .Build();

        private static IEnumerable<GraphFormat> Formats() => GraphFormats.All;

        private static IEnumerable<Type> Writers() => GraphFormats.All.Select(f => f.Writer).Where(t => t != null).Distinct()!;

        private static IEnumerable<Type> TextWriters() => Writers().Where(t => t != typeof(CsvGraphWriter) && t != typeof(Neo4jCsvWriter));

        [TestCaseSource(nameof(Formats))]
        public void EveryFormat_NamesItsClasses(GraphFormat format)
        {
            if (format.CanImport)
            {
                format.Reader.Should().NotBeNull($"{format.Name} imports, so the registry names the class that reads it");
            }

            if (format.CanExport && !format.Has(GraphFormatCapabilities.NeedsGraphviz))
            {
                format.Writer.Should().NotBeNull($"{format.Name} is written by the library, so the registry names the class that writes it");
            }
        }

        [TestCaseSource(nameof(Formats))]
        public void Reader_HasTheThreeImportVerbs(GraphFormat format)
        {
            if (format.Reader == null)
            {
                Assert.Pass($"{format.Name} is not read by the library.");
            }

            Type t = format.Reader;
            bool native = t == typeof(GraphJsonReader);
            Type options = native ? typeof(GraphLoadOptions) : typeof(ImportOptions);
            Type result = native ? typeof(Graph) : typeof(ImportResult);
            if (t == typeof(CsvGraphReader))
            {
                Verb(t, "Import", result, typeof(string), options).Should().BeTrue("CSV reads a directory");
                Verb(t, "Import", result, typeof(Stream), typeof(string), typeof(Stream), typeof(string), options).Should().BeTrue("CSV reads two streams");
                Verb(t, "Import", result, typeof(TextReader), typeof(string), typeof(TextReader), typeof(string), options).Should().BeTrue("CSV reads two texts");
                return;
            }

            Verb(t, "Import", result, typeof(string), options).Should().BeTrue($"{t.Name} reads a path");
            Verb(t, "Import", result, typeof(Stream), typeof(string), options).Should().BeTrue($"{t.Name} reads a stream");
            Verb(t, "Import", result, typeof(TextReader), typeof(string), options).Should().BeTrue($"{t.Name} reads a text reader");
        }

        [TestCaseSource(nameof(Formats))]
        public void Writer_HasTheFourWriteVerbs(GraphFormat format)
        {
            if (format.Writer == null)
            {
                Assert.Pass($"{format.Name} is not written by a class of its own (GraphViz draws it from DOT).");
            }

            Type t = format.Writer;
            Type[] options = t == typeof(GraphJsonWriter) ? Type.EmptyTypes : new[] { typeof(FormatWriteOptions) };
            if (format.Has(GraphFormatCapabilities.Directory))
            {
                Verb(t, "Write", typeof(void), new[] { typeof(Graph), typeof(string) }.Concat(options).ToArray()).Should().BeTrue($"{t.Name} writes into a directory");
                Verb(t, "Write", typeof(void), new[] { typeof(Graph), typeof(Stream), typeof(Stream) }.Concat(options).ToArray()).Should().BeTrue($"{t.Name} writes two streams");
                Verb(t, "Write", typeof(void), new[] { typeof(Graph), typeof(TextWriter), typeof(TextWriter) }.Concat(options).ToArray()).Should().BeTrue($"{t.Name} writes two text writers");
                return;
            }

            Verb(t, "Write", typeof(void), new[] { typeof(Graph), typeof(string) }.Concat(options).ToArray()).Should().BeTrue($"{t.Name} writes a path");
            Verb(t, "Write", typeof(void), new[] { typeof(Graph), typeof(Stream) }.Concat(options).ToArray()).Should().BeTrue($"{t.Name} writes a stream");
            Verb(t, "Write", typeof(void), new[] { typeof(Graph), typeof(TextWriter) }.Concat(options).ToArray()).Should().BeTrue($"{t.Name} writes a text writer");
            Verb(t, "WriteToString", typeof(string), new[] { typeof(Graph) }.Concat(options).ToArray()).Should().BeTrue($"{t.Name} gives a string");
        }

        [Test]
        public void Verbs_AreTheOnlyCurrentEntryPoints()
        {
            // Every public static method of a format class named like a verb that is not one of the shape is obsolete,
            // so that a user meets one way of reading and writing (the parts, such as CsvGraphWriter.WriteEntities, are
            // named otherwise).
            var stray = new List<string>();
            foreach (Type? t in GraphFormats.All.SelectMany(f => new[] { f.Reader, f.Writer }).Where(t => t != null).Distinct())
            {
                foreach (MethodInfo m in t!.GetMethods(BindingFlags.Public | BindingFlags.Static))
                {
                    bool verbLike = m.Name is "Read" or "Parse" or "ReadFile" or "WriteFile" or "WriteDirectory" || (m.Name == "Write" && m.ReturnType == typeof(string));
                    if (verbLike && m.GetCustomAttribute<ObsoleteAttribute>() == null)
                    {
                        stray.Add($"{t.Name}.{m}");
                    }
                }
            }

            stray.Should().BeEmpty();
        }

        [TestCaseSource(nameof(TextWriters))]
        public void WriteVerbs_GiveTheSameBytes(Type writer)
        {
            using var dir = new TempDirectory();
            string path = Path.Combine(dir.Path, "out");
            Invoke(writer, "Write", Sample, path);
            byte[] fromPath = File.ReadAllBytes(path);

            using var stream = new NonClosingStream();
            Invoke(writer, "Write", Sample, stream);
            stream.Disposed.Should().BeFalse("the stream is the caller's and stays open");

            using var viaWriter = new MemoryStream();
            using (var w = new StreamWriter(viaWriter, new UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\n" })
            {
                Invoke(writer, "Write", Sample, w);
            }

            string text = (string)Invoke(writer, "WriteToString", Sample)!;

            fromPath.Should().NotBeEmpty();
            stream.ToArray().Should().Equal(fromPath, "Write(stream) and Write(path) give the same bytes");
            viaWriter.ToArray().Should().Equal(fromPath, "Write(TextWriter) and Write(path) give the same bytes");
            new UTF8Encoding(false).GetBytes(text).Should().Equal(fromPath, "WriteToString and Write(path) give the same text");
            fromPath.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
        }

        [Test]
        public void CsvWriteVerbs_GiveTheSameBytes()
        {
            using var dir = new TempDirectory();
            CsvGraphWriter.Write(Sample, dir.Path);
            using var nodes = new MemoryStream();
            using var edges = new MemoryStream();
            CsvGraphWriter.Write(Sample, nodes, edges);
            var nodesText = new StringWriter { NewLine = "\n" };
            var edgesText = new StringWriter { NewLine = "\n" };
            CsvGraphWriter.Write(Sample, nodesText, edgesText);

            byte[] nodesFile = File.ReadAllBytes(Path.Combine(dir.Path, "nodes.csv"));
            byte[] edgesFile = File.ReadAllBytes(Path.Combine(dir.Path, "edges.csv"));
            nodes.ToArray().Should().Equal(nodesFile);
            edges.ToArray().Should().Equal(edgesFile);
            Encoding.UTF8.GetBytes(nodesText.ToString()).Should().Equal(nodesFile);
            Encoding.UTF8.GetBytes(edgesText.ToString()).Should().Equal(edgesFile);
        }

        [Test]
        public void Neo4jWriteVerbs_GiveTheSameBytes()
        {
            using var dir = new TempDirectory();
            Neo4jCsvWriter.Write(Sample, dir.Path);
            using var nodes = new MemoryStream();
            using var relationships = new MemoryStream();
            Neo4jCsvWriter.Write(Sample, nodes, relationships);
            var nodesText = new StringWriter { NewLine = "\n" };
            var relationshipsText = new StringWriter { NewLine = "\n" };
            Neo4jCsvWriter.Write(Sample, nodesText, relationshipsText);

            byte[] nodesFile = File.ReadAllBytes(Path.Combine(dir.Path, Neo4jCsvWriter.NodesFile));
            byte[] relationshipsFile = File.ReadAllBytes(Path.Combine(dir.Path, Neo4jCsvWriter.RelationshipsFile));
            nodes.ToArray().Should().Equal(nodesFile);
            relationships.ToArray().Should().Equal(relationshipsFile);
            Encoding.UTF8.GetBytes(nodesText.ToString()).Should().Equal(nodesFile);
            Encoding.UTF8.GetBytes(relationshipsText.ToString()).Should().Equal(relationshipsFile);
            File.Exists(Path.Combine(dir.Path, Neo4jCsvWriter.ScriptFile)).Should().BeTrue();
        }

        private static IEnumerable<TestCaseData> RoundTrips()
        {
            yield return new TestCaseData(typeof(GraphMLReader), typeof(GraphMLWriter)).SetName("RoundTrip_GraphML");
            yield return new TestCaseData(typeof(JgfReader), typeof(JgfWriter)).SetName("RoundTrip_Jgf");
            yield return new TestCaseData(typeof(NTriplesReader), typeof(NTriplesWriter)).SetName("RoundTrip_NTriples");
            yield return new TestCaseData(typeof(GraphJsonReader), typeof(GraphJsonWriter)).SetName("RoundTrip_Json");
        }

        [TestCaseSource(nameof(RoundTrips))]
        public void ImportVerbs_ReadTheSameGraph(Type reader, Type writer)
        {
            using var dir = new TempDirectory();
            string path = Path.Combine(dir.Path, "g");
            Invoke(writer, "Write", Sample, path);

            Graph fromPath = GraphOf(Invoke(reader, "Import", path));
            using var stream = new NonClosingStream(File.ReadAllBytes(path));
            Graph fromStream = GraphOf(Invoke(reader, "Import", stream, "g"));
            stream.Disposed.Should().BeFalse("the stream is the caller's and stays open");
            using var text = new StringReader(File.ReadAllText(path));
            Graph fromText = GraphOf(Invoke(reader, "Import", text, "g"));

            fromPath.ToJson().Should().Be(Sample.ToJson(), "the format round-trips");
            fromStream.ToJson().Should().Be(fromPath.ToJson());
            fromText.ToJson().Should().Be(fromPath.ToJson());
        }

        [Test]
        public void CsvImportVerbs_ReadTheSameGraph()
        {
            using var dir = new TempDirectory();
            CsvGraphWriter.Write(Sample, dir.Path);
            string nodes = Path.Combine(dir.Path, "nodes.csv"), edges = Path.Combine(dir.Path, "edges.csv");

            Graph fromDirectory = CsvGraphReader.Import(dir.Path).Graph;
            Graph fromFiles = CsvGraphReader.Import(nodes, edges).Graph;
            using var nodesStream = new MemoryStream(File.ReadAllBytes(nodes));
            using var edgesStream = new MemoryStream(File.ReadAllBytes(edges));
            Graph fromStreams = CsvGraphReader.Import(nodesStream, "nodes.csv", edgesStream, "edges.csv").Graph;
            Graph fromText = CsvGraphReader.Import(new StringReader(File.ReadAllText(nodes)), "nodes.csv", new StringReader(File.ReadAllText(edges)), "edges.csv").Graph;

            fromDirectory.VertexCount.Should().Be(3);
            fromDirectory.EdgeCount.Should().Be(2);
            fromFiles.ToJson().Should().Be(fromDirectory.ToJson());
            fromStreams.ToJson().Should().Be(fromDirectory.ToJson());
            fromText.ToJson().Should().Be(fromDirectory.ToJson());
        }

        [Test]
        public void ImporterVerbs_ReadTheSameGraph()
        {
            foreach ((Type importer, string file) in new[] { (typeof(FtmImporter), RepoPaths.Fixture("FollowTheMoney", "sample.ftm.jsonl")), (typeof(WikidataImporter), RepoPaths.Fixture("Wikidata", "entities.json")) })
            {
                Graph fromPath = GraphOf(Invoke(importer, "Import", file));
                using var stream = new MemoryStream(File.ReadAllBytes(file));
                Graph fromStream = GraphOf(Invoke(importer, "Import", stream, file));
                using var text = new StringReader(File.ReadAllText(file));
                Graph fromText = GraphOf(Invoke(importer, "Import", text, file));
                Graph fromFiles = GraphOf(Invoke(importer, "ImportFiles", (object)new[] { file }));

                fromPath.VertexCount.Should().BeGreaterThan(0, importer.Name);
                fromStream.ToJson().Should().Be(fromPath.ToJson(), importer.Name);
                fromText.ToJson().Should().Be(fromPath.ToJson(), importer.Name);
                fromFiles.ToJson().Should().Be(fromPath.ToJson(), importer.Name);
            }
        }

        [Test]
        public void Import_OfAMissingFile_IsAPositionedError()
        {
            foreach (Type? reader in GraphFormats.All.Select(f => f.Reader).Where(t => t != null && t != typeof(CsvGraphReader)).Distinct())
            {
                Action act = () => Invoke(reader!, "Import", "/nonexistent/graph.file");
                act.Should().Throw<GraphValidationException>(reader!.Name).Which.Errors[0].File.Should().Be("/nonexistent/graph.file");
            }
        }

        [Test]
        public void WriterOptions_ReachTheWritersThatTakeThem()
        {
            var noLegend = new FormatWriteOptions { Dot = new KnowledgeGraph.Formats.Dot.DotOptions { Legend = false, RankDir = "TB" } };
            KnowledgeGraph.Formats.Dot.DotWriter.WriteToString(Sample, noLegend).Should().Contain("rankdir=TB").And.NotBe(KnowledgeGraph.Formats.Dot.DotWriter.WriteToString(Sample));
            var topDown = new FormatWriteOptions { Mermaid = new KnowledgeGraph.Formats.Mermaid.MermaidOptions { Direction = "TD" } };
            KnowledgeGraph.Formats.Mermaid.MermaidWriter.WriteToString(Sample, topDown).Should().Contain("flowchart TD\n");
        }

        private static bool Verb(Type type, string name, Type returns, params Type[] parameters) =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m =>
                m.Name == name
                && m.ReturnType == returns
                && m.GetCustomAttribute<ObsoleteAttribute>() == null
                && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters)
                && m.GetParameters().Where(p => p.ParameterType == typeof(ImportOptions) || p.ParameterType == typeof(GraphLoadOptions) || p.ParameterType == typeof(FormatWriteOptions)).All(p => p.IsOptional));

        private static object? Invoke(Type type, string name, params object[] args)
        {
            MethodInfo method = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.Name == name && m.GetCustomAttribute<ObsoleteAttribute>() == null)
                .Where(m =>
                {
                    ParameterInfo[] ps = m.GetParameters();
                    return ps.Length >= args.Length && ps.Skip(args.Length).All(p => p.IsOptional)
                        && ps.Zip(args, (p, a) => p.ParameterType.IsInstanceOfType(a)).All(x => x);
                })
                .OrderByDescending(m => m.GetParameters().Length)
                .First();
            object?[] full = args.Concat(method.GetParameters().Skip(args.Length).Select(p => p.DefaultValue)).ToArray();
            try
            {
                return method.Invoke(null, full);
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        private static Graph GraphOf(object? result) => result is ImportResult r ? r.Graph : (Graph)result!;

        private sealed class NonClosingStream : MemoryStream
        {
            public NonClosingStream()
            {
            }

            public NonClosingStream(byte[] bytes)
                : base(bytes)
            {
            }

            public bool Disposed { get; private set; }

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }
        }

        private sealed class TempDirectory : IDisposable
        {
            public TempDirectory()
            {
                Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-shape-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(Path);
            }

            public string Path { get; }

            public void Dispose() => Directory.Delete(Path, true);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Csv
{
    /// <summary>
    /// The relations file read in chunks on several threads (small chunks forced through the internal knobs) gives the
    /// same graph, the same problems and the same first error (code, message, file, line, column) as one pass, on random
    /// files with errors falling in different chunks.
    /// </summary>
    public class CsvChunkedReadTests
    {
        private static readonly string[] Kinds = { "Person", "State", "Organization", "Company", "Treaty", "Sanction" };
        private static readonly string[] Types = { "LEADS", "MEMBER_OF", "DEPENDS_ON", "SUPPLIES", "TARGETS", "IMPOSES", "SIGNED" };

        private string _dir = null!;

        [SetUp]
        public void SetUp()
        {
            _dir = Path.Combine(Path.GetTempPath(), "kg-csv-chunks-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_dir);
        }

        [TearDown]
        public void TearDown()
        {
            Directory.Delete(_dir, true);
        }

        [Test]
        public void Chunked_CleanRandomFiles_GiveTheSameGraphAsOnePass([Range(0, 11)] int seed)
        {
            var random = new Random(seed);
            Write(random, errors: 0, out string nodes, out string edges);
            Compare(nodes, edges, random, ImportErrorMode.Stop, expectChunks: true);
        }

        [Test]
        public void Chunked_RandomFilesWithErrors_GiveTheSameProblemsAndFirstError([Range(100, 123)] int seed)
        {
            var random = new Random(seed);
            Write(random, errors: 1 + random.Next(6), out string nodes, out string edges);
            Compare(nodes, edges, random, ImportErrorMode.Stop, expectChunks: true);
            Compare(nodes, edges, random, ImportErrorMode.Skip, expectChunks: true);
        }

        [Test]
        public void Chunked_ErrorsInSeveralChunks_StopReportsTheEarliestLine()
        {
            // Two bad lines far apart, with chunks of a few lines: each falls in its own chunk, and a later chunk may well be
            // parsed before the earlier one; the error reported is still the first line's.
            var nodes = "id,kind,name\nn0,Person,A\nn1,State,B\n";
            var edges = new StringBuilder("source,target,type,weight,from,to\n");
            for (int i = 0; i < 400; i++)
            {
                edges.Append(i == 150 ? "n0,n9,LEADS,1.5,2001-01-01,\n" : i == 300 ? "n0,n1,LEADS,1.5,2001-02-30,\n" : "n0,n1,LEADS," + i + ",2001-01-01,\n");
            }

            (string n, string e) = Files(nodes, edges.ToString());
            Action read = () => CsvGraphReader.Import(n, e, new ImportOptions { CsvChunkBytes = 64, CsvWorkers = 3 });
            GraphError error = read.Should().Throw<GraphValidationException>().Which.Errors.Single();
            CsvGraphReader.ChunksRead.Should().BeGreaterThan(10);
            error.Line.Should().Be(152);
            error.Code.Should().Be(GraphErrorCode.UnknownEntity);
            error.File.Should().Be(e);

            ImportResult skipped = CsvGraphReader.Import(n, e, new ImportOptions { CsvChunkBytes = 64, CsvWorkers = 3, ErrorMode = ImportErrorMode.Skip });
            skipped.Problems.Select(p => p.Line).Should().Equal(152, 302);
            skipped.Graph.EdgeCount.Should().Be(398);
            skipped.RecordsRead.Should().Be(402);
        }

        [Test]
        public void Chunked_QuotesOrAnIdColumn_ReadInOnePass()
        {
            (string n, string e) = Files("id,kind,name\nn0,Person,A\nn1,State,B\n", "source,target,type,note\nn0,n1,LEADS,\"a, b\"\nn0,n1,LEADS,c\nn0,n1,LEADS,d\n");
            CsvGraphReader.Import(n, e, new ImportOptions { CsvChunkBytes = 8, CsvWorkers = 3 }).Graph.EdgeCount.Should().Be(3);
            CsvGraphReader.ChunksRead.Should().Be(0);

            (n, e) = Files("id,kind,name\nn0,Person,A\nn1,State,B\n", "id,source,target,type\nr1,n0,n1,LEADS\nr2,n0,n1,LEADS\nr1,n0,n1,LEADS\n");
            Action read = () => CsvGraphReader.Import(n, e, new ImportOptions { CsvChunkBytes = 8, CsvWorkers = 3 });
            read.Should().Throw<GraphValidationException>().Which.Errors.Single().Line.Should().Be(4);
            CsvGraphReader.ChunksRead.Should().Be(0);
        }

        [Test]
        public void Chunked_Cancelled_Throws()
        {
            var random = new Random(7);
            Write(random, errors: 0, out string nodes, out string edges);
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            Action read = () => CsvGraphReader.Import(nodes, edges, new ImportOptions { CsvChunkBytes = 256, CsvWorkers = 2, CancellationToken = cancel.Token });
            read.Should().Throw<OperationCanceledException>();
        }

        [Test]
        public void Scan_CutsAtLineBreaks_WithTheLineThatStartsThere()
        {
            (_, string e) = Files("id,kind,name\n", "h\naa\n\nbbb\r\ncccc\nd");
            CsvFileScan scan = CsvFileScan.Scan(e, 3)!;
            scan.Records.Should().Be(5);
            scan.FirstLineEnd.Should().Be(2);
            scan.CanSplit.Should().BeTrue();
            foreach ((long offset, int line) in scan.Cuts)
            {
                byte[] bytes = File.ReadAllBytes(e);
                bytes[offset - 1].Should().Be((byte)'\n');
                bytes.Take((int)offset).Count(b => b == (byte)'\n').Should().Be(line - 1);
            }

            scan.Cuts.Select(c => c.Line).Should().Equal(4, 5, 6);
        }

        private void Compare(string nodes, string edges, Random random, ImportErrorMode mode, bool expectChunks)
        {
            var vocabulary = random.Next(2) == 0 ? Vocabulary.Default : CsvVocabularies.Open;
            var serial = new ImportOptions { ErrorMode = mode, Vocabulary = vocabulary, CsvWorkers = 1 };
            var chunked = serial with { CsvWorkers = 2 + random.Next(3), CsvChunkBytes = 16 + random.Next(200) };
            (ImportResult? one, GraphValidationException? oneError) = Import(nodes, edges, serial);
            CsvGraphReader.ChunksRead.Should().Be(0);
            CsvGraphReader.NodeChunksRead.Should().Be(0);
            (ImportResult? many, GraphValidationException? manyError) = Import(nodes, edges, chunked);
            CsvGraphReader.NodeChunksRead.Should().BeGreaterThan(1, "the knobs force small chunks");
            if (expectChunks && oneError?.Errors[0].File != nodes)
            {
                CsvGraphReader.ChunksRead.Should().BeGreaterThan(1, "the knobs force small chunks");
            }

            if (oneError != null)
            {
                manyError.Should().NotBeNull();
                Describe(manyError!.Errors).Should().Equal(Describe(oneError.Errors));
                return;
            }

            manyError.Should().BeNull();
            Describe(many!.Problems).Should().Equal(Describe(one!.Problems));
            many.RecordsRead.Should().Be(one.RecordsRead);
            Describe(many.Graph).Should().Equal(Describe(one.Graph));
        }

        private static (ImportResult?, GraphValidationException?) Import(string nodes, string edges, ImportOptions options)
        {
            try
            {
                return (CsvGraphReader.Import(nodes, edges, options), null);
            }
            catch (GraphValidationException ex)
            {
                return (null, ex);
            }
        }

        private static IEnumerable<string> Describe(IEnumerable<GraphError> errors) =>
            errors.Select(e => $"{e.Code}|{e.Message}|{e.Id}|{e.File}|{e.Line}|{e.Column}");

        private static IEnumerable<string> Describe(Graph g) =>
            g.Entities.Select(e => $"{e.Id}|{e.Kind.Name}|{e.Name}")
                .Concat(g.Relations.Select(r => $"{r.Id}|{r.Source.Id}|{r.Type.Name}|{r.Target.Id}|{r.Validity}|{r.Confidence?.ToString("R", CultureInfo.InvariantCulture)}|{string.Join(";", r.Properties.Select(p => p.Key + "=" + p.Value + ":" + p.Value.GetType().Name))}"))
                .Concat(g.Entities.Select(e => $"{e.Id}: out {g.OutDegree(e)}, in {g.InDegree(e)}"));

        private (string Nodes, string Edges) Files(string nodes, string edges)
        {
            string n = Path.Combine(_dir, "nodes.csv");
            string e = Path.Combine(_dir, "edges.csv");
            File.WriteAllText(n, nodes);
            File.WriteAllText(e, edges);
            return (n, e);
        }

        /// <summary>Writes random nodes and edges files, with <paramref name="errors"/> bad lines of several sorts in each.</summary>
        private void Write(Random random, int errors, out string nodesPath, out string edgesPath)
        {
            int entities = 20 + random.Next(40);
            var nodes = new StringBuilder("id,kind,name,rank\n");
            var badNodes = new HashSet<int>(Enumerable.Range(0, errors).Select(_ => random.Next(entities + 5)));
            for (int i = 0; i < entities; i++)
            {
                string id = "n" + i;
                string kind = Kinds[random.Next(Kinds.Length)];
                string name = "Entity " + i;
                string rank = random.Next(3) == 0 ? string.Empty : random.Next(100).ToString(CultureInfo.InvariantCulture);
                if (badNodes.Contains(i))
                {
                    switch (random.Next(6))
                    {
                        case 0: kind = "Planet"; break;
                        case 1: id = "n" + random.Next(entities); break; // a duplicate (of a good line or a bad one), or a later id taken early
                        case 2: id = "Bad Id"; break;
                        case 3: name = " "; break;
                        case 4: rank += ",extra"; break;
                        default: kind = "Planet"; id = "n" + random.Next(i + 1); break; // a duplicate with another error: the duplicate is reported
                    }
                }

                nodes.Append(id).Append(',').Append(kind).Append(',').Append(name).Append(',').Append(rank).Append('\n');
            }

            int relations = 50 + random.Next(600);
            bool confidence = random.Next(2) == 0;
            bool crlf = random.Next(4) == 0;
            var edges = new StringBuilder("source,target,type,weight,label,from,to" + (confidence ? ",confidence" : string.Empty) + (crlf ? "\r\n" : "\n"));
            var bad = new HashSet<int>(Enumerable.Range(0, errors).Select(_ => random.Next(relations)));
            for (int i = 0; i < relations; i++)
            {
                if (random.Next(40) == 0)
                {
                    edges.Append(crlf ? "\r\n" : "\n"); // a blank line: skipped, but counted in the line numbers
                }

                string source = "n" + random.Next(entities);
                string target = "n" + random.Next(entities);
                string type = Types[random.Next(Types.Length)];
                string weight = random.Next(5) switch
                {
                    0 => string.Empty,
                    1 => random.Next(1000).ToString(CultureInfo.InvariantCulture),
                    2 => "true",
                    3 => "x" + random.Next(9),
                    _ => (random.Next(10000) / 100.0).ToString("R", CultureInfo.InvariantCulture),
                };
                string label = random.Next(6) == 0 ? "caf\u00e9" : random.Next(6) == 0 ? "\u2603" : string.Empty;
                string from = random.Next(3) == 0 ? string.Empty : (1990 + random.Next(30)).ToString(CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "-0" + (1 + random.Next(9)) : string.Empty);
                string to = random.Next(4) == 0 ? "2030-12-31" : string.Empty;
                string conf = confidence ? "," + (random.Next(3) == 0 ? string.Empty : (random.Next(100) / 100.0).ToString("R", CultureInfo.InvariantCulture)) : string.Empty;
                if (bad.Contains(i))
                {
                    switch (random.Next(7))
                    {
                        case 0: source = "nobody"; break;
                        case 1: type = "FLIES_TO"; break;
                        case 2: from = "2001-13-01"; break;
                        case 3: from = "2020"; to = "2010"; break;
                        case 4: conf = confidence ? ",1.5" : conf; weight = confidence ? weight : "1,2"; break;
                        case 5: target = "Not A Slug"; break;
                        default: weight += ",extra"; break;
                    }
                }

                edges.Append(source).Append(',').Append(target).Append(',').Append(type).Append(',').Append(weight).Append(',').Append(label).Append(',')
                    .Append(from).Append(',').Append(to).Append(conf).Append(crlf ? "\r\n" : "\n");
            }

            (nodesPath, edgesPath) = Files(nodes.ToString(), edges.ToString());
            if (random.Next(3) == 0)
            {
                // Invalid UTF-8 in some line: both reads decode it to U+FFFD the same way.
                byte[] bytes = File.ReadAllBytes(edgesPath);
                int at = Array.IndexOf(bytes, (byte)'\n', bytes.Length / 2) + 1;
                byte[] line = Encoding.ASCII.GetBytes("n0,n0,DEPENDS_ON,,caf?," + (confidence ? ",," : ",") + "\n");
                line[Array.IndexOf(line, (byte)'?')] = 0xC3;
                File.WriteAllBytes(edgesPath, bytes.Take(at).Concat(line).Concat(bytes.Skip(at)).ToArray());
            }
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Threading;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Tests.Formats.Csv
{
    public class CsvGraphReaderTests
    {
        private const string Nodes = "id,kind,name\nn0,Company,Entity 0\nn1,Person,Entity 1\nn2,State,\"Belarus, Republic of\"\n";
        private const string Edges = "source,target,type,weight,from,to\nn0,n2,DEPENDS_ON,2.5,1995-01-01,\nn1,n0,DIRECTS,1.0,2001-01-01,2010-06\nn0,n2,DEPENDS_ON,7,,\n";

        private static ImportResult Read(string nodes, string edges, ImportErrorMode mode = ImportErrorMode.Stop, Vocabulary? vocabulary = null) =>
            CsvGraphReader.Import(new StringReader(nodes), "nodes.csv", new StringReader(edges), "edges.csv", new ImportOptions { ErrorMode = mode, Vocabulary = vocabulary ?? CsvVocabularies.Open });

        [Test]
        public void Read_GenGraphShape_BuildsEntitiesRelationsAndTypedProperties()
        {
            ImportResult result = Read(Nodes, Edges);
            Graph g = result.Graph;
            g.VertexCount.Should().Be(3);
            g.EdgeCount.Should().Be(3);
            result.RecordsRead.Should().Be(6);
            result.Problems.Should().BeEmpty();
            g.GetEntity("n2").Name.Should().Be("Belarus, Republic of");
            g.GetEntity("n1").Kind.Name.Should().Be("Person");
            Relation first = g.Relations[0];
            first.Id.Should().Be("e2");
            first.Type.Name.Should().Be("DEPENDS_ON");
            first.Properties["weight"].Should().Be(2.5);
            first.Validity.Should().Be(Validity.Since(new PartialDate(1995, 1, 1)));
            g.Relations[1].Validity.Should().Be(Validity.Between(new PartialDate(2001, 1, 1), new PartialDate(2010, 6)));
            g.Relations[2].Properties["weight"].Should().Be(7L);
            g.Relations[2].Validity.IsAlways.Should().BeTrue();
            g.TryGetRelation("e4", out Relation? byId).Should().BeTrue();
            byId.Should().BeSameAs(g.Relations[2]);
            g.OutDegree(g.GetEntity("n0")).Should().Be(2);
        }

        [Test]
        public void Read_RelationProperties_BehaveAsAnOrdinaryPropertyMap()
        {
            Relation r = Read(Nodes, "source,target,type,weight,share,remark,listed\nn0,n2,DEPENDS_ON,2.5,,x,false\nn0,n2,DEPENDS_ON,,,,\n").Graph.Relations[0];
            PropertyMap p = r.Properties;
            p.Count.Should().Be(3);
            p.Keys.Should().Equal("weight", "remark", "listed");
            p.Values.Should().Equal(2.5, "x", false);
            p.ContainsKey("share").Should().BeFalse();
            p.ContainsKey("weight").Should().BeTrue();
            p.GetNumber("weight").Should().Be(2.5);
            p.GetNumber("remark").Should().BeNull();
            p.GetNumber("missing").Should().BeNull();
            p.TryGetValue("listed", out object? listed).Should().BeTrue();
            listed.Should().Be(false);
            p.ToString().Should().Be("weight=2.5, remark=x, listed=false");
            r.Properties.Should().Equal(p);
            r.Id.Should().Be("e2");
            r.GetHashCode().Should().Be(new GraphBuilder(CsvVocabularies.Open).AddEntity("n0", "Company", "A").AddRelation("e2", "OWNS", "n0", "n0").Build().Relations[0].GetHashCode());
        }

        [Test]
        public void Read_ManyIdsShortAndLong_AreAllFound()
        {
            var nodes = new System.Text.StringBuilder("id,kind,name\n");
            var edges = new System.Text.StringBuilder("source,target,type\n");
            for (int i = 0; i < 3000; i++)
            {
                string id = i % 3 == 0 ? "n" + i : i % 3 == 1 ? "company-with-a-rather-long-identifier-" + i : "q" + i + "-x";
                nodes.Append(id).Append(",Company,E").Append(i).Append('\n');
                if (i > 0)
                {
                    string previous = (i - 1) % 3 == 0 ? "n" + (i - 1) : (i - 1) % 3 == 1 ? "company-with-a-rather-long-identifier-" + (i - 1) : "q" + (i - 1) + "-x";
                    edges.Append(previous).Append(',').Append(id).Append(",OWNS\n");
                }
            }

            Graph g = Read(nodes.ToString(), edges.ToString()).Graph;
            g.EdgeCount.Should().Be(2999);
            g.Relations.Select(r => r.Target.Index - r.Source.Index).Should().OnlyContain(d => d == 1);
            FluentActions.Invoking(() => Read(nodes.ToString(), "source,target,type\ncompany-with-a-rather-long-identifier-2,n0,OWNS\n")).Should().Throw<GraphValidationException>()
                .Which.Errors[0].Message.Should().Contain("company-with-a-rather-long-identifier-2");
        }

        [Test]
        public void Read_Graph_IsAQuikGraphWithLookupsById()
        {
            Graph g = Read(Nodes, "source,target,type\nn1,n0,DIRECTS\nn0,n2,DEPENDS_ON\n").Graph;
            g.TopologicalSort().Select(e => e.Id).Should().Equal("n1", "n0", "n2");
            g.TryGetRelation("e3", out Relation? r).Should().BeTrue();
            g.ContainsEdge(r!).Should().BeTrue();
            g.OutEdges(g.GetEntity("n0")).Should().ContainSingle().Which.Should().BeSameAs(r);
            g.AsOf(new PartialDate(2020)).EdgeCount.Should().Be(0, "undated relations may hold in 2020; they are not known to");
            g.MayHoldAsOf(new PartialDate(2020)).Should().HaveCount(2);
            g.AsOf(new PartialDate(2020), UndatedPolicy.Include).EdgeCount.Should().Be(2);
        }

        [Test]
        public void Read_QuotedFieldsWithQuotesAndLineBreaks_FollowRfc4180()
        {
            string nodes = "id,kind,name,note\r\nn0,Company,\"Say \"\"hi\"\"\",\"two\r\nlines\"\r\nn1,Company,B,\r\n";
            ImportResult result = Read(nodes, "source,target,type\nn0,n1,OWNS\n");
            result.Graph.GetEntity("n0").Name.Should().Be("Say \"hi\"");
            result.Graph.GetEntity("n0").Properties["note"].Should().Be("two\r\nlines");
            result.Graph.GetEntity("n1").Properties.Should().BeEmpty();
        }

        [Test]
        public void Read_ExtraColumns_BecomeTypedProperties()
        {
            string nodes = "id,kind,name,count,share,listed,code\nn0,Company,A,12,0.5,true,BY\n";
            Entity e = Read(nodes, "source,target,type\n").Graph.GetEntity("n0");
            e.Properties["count"].Should().Be(12L);
            e.Properties["share"].Should().Be(0.5);
            e.Properties["listed"].Should().Be(true);
            e.Properties["code"].Should().Be("BY");
        }

        [Test]
        public void Read_BadLineInStopMode_ThrowsWithFileAndLine()
        {
            string edges = "source,target,type\nn0,n1,OWNS\nn0,nowhere,OWNS\n";
            var ex = FluentActions.Invoking(() => Read(Nodes, edges)).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Should().ContainSingle();
            GraphError error = ex.Errors[0];
            error.File.Should().Be("edges.csv");
            error.Line.Should().Be(3);
            error.Code.Should().Be(GraphErrorCode.UnknownEntity);
            error.Message.Should().Contain("nowhere");
        }

        [Test]
        public void Read_SkipMode_SkipsEveryBadLineAndReportsIt()
        {
            string nodes = "id,kind,name\nn0,Company,A\nBad Id,Company,B\nn1,Planet,C\nn2,Company,\nn0,Company,Again\nn3,Company,D,extra\nn4,Company,E\n";
            string edges = "source,target,type,from\nn0,n4,OWNS,2001\nn0,n1,OWNS,\nn0,n9,OWNS,\nn0,n4,FLIES_TO,\nn0,n4,OWNS,2001-13\nn0,n4,\"OWNS\"x,\n";
            ImportResult result = Read(nodes, edges, ImportErrorMode.Skip);
            result.Graph.Entities.Select(e => e.Id).Should().Equal("n0", "n4");
            result.Graph.EdgeCount.Should().Be(1);
            result.Problems.Select(p => (p.File, p.Line, p.Code)).Should().Equal(
                ("nodes.csv", 3, GraphErrorCode.InvalidId),
                ("nodes.csv", 4, GraphErrorCode.UnknownKind),
                ("nodes.csv", 5, GraphErrorCode.InvalidField),
                ("nodes.csv", 6, GraphErrorCode.DuplicateId),
                ("nodes.csv", 7, GraphErrorCode.InvalidField),
                ("edges.csv", 3, GraphErrorCode.UnknownEntity),
                ("edges.csv", 4, GraphErrorCode.UnknownEntity),
                ("edges.csv", 5, GraphErrorCode.UnknownRelationType),
                ("edges.csv", 6, GraphErrorCode.InvalidDate),
                ("edges.csv", 7, GraphErrorCode.InvalidField));
            result.Problems[5].Message.Should().Contain("whose line was bad");
            result.Problems.Last().Column.Should().BeGreaterThan(0);
        }

        [Test]
        public void Read_DefaultVocabulary_RejectsTypesAndKindPairsItDoesNotAllow()
        {
            var ex = FluentActions.Invoking(() => Read(Nodes, "source,target,type\nn1,n0,SANCTIONS\n", vocabulary: Vocabulary.Default)).Should().Throw<GraphValidationException>().Which;
            ex.Errors[0].Code.Should().Be(GraphErrorCode.UnknownRelationType);
            ex = FluentActions.Invoking(() => Read(Nodes, "source,target,type\nn1,n2,SUPPLIES\n", vocabulary: Vocabulary.Default)).Should().Throw<GraphValidationException>().Which;
            ex.Errors[0].Code.Should().Be(GraphErrorCode.VocabularyViolation);
        }

        [Test]
        public void Open_DoesNotLoosenTheDefaultVocabulary()
        {
            Vocabulary.Default.TryGetRelationType("SANCTIONS", out _).Should().BeFalse();
            Vocabulary.Default.GetRelationType("DIRECTS").SourceKinds.Should().NotBeEmpty();
            CsvVocabularies.Open.GetRelationType("DIRECTS").SourceKinds.Should().BeEmpty();
            CsvVocabularies.Open.GetRelationType("SANCTIONS").TargetKinds.Should().BeEmpty();
            CsvVocabularies.Open.GetRelationType("PARTICIPATES_IN").IsDirected.Should().BeTrue();
            CsvVocabularies.Open.GetRelationType("SUPPLIES").Dependency.Should().Be(DependencyDirection.Reverse);
            CsvVocabularies.Open.GetRelationType("COOPERATES_WITH").IsDirected.Should().BeFalse();
            CsvVocabularies.OpenWith("FUNDS").GetRelationType("FUNDS").IsDirected.Should().BeTrue();
        }

        [Test]
        public void Read_MissingColumn_IsFatalEvenInSkipMode()
        {
            var ex = FluentActions.Invoking(() => Read("id,name\nn0,A\n", "source,target,type\n", ImportErrorMode.Skip)).Should().Throw<GraphValidationException>().Which;
            ex.Errors.Should().ContainSingle(e => e.Message.Contains("'kind'") && e.Line == 1);
        }

        [Test]
        public void Read_IdColumn_KeepsIdsAndRejectsDuplicates()
        {
            ImportResult result = Read(Nodes, "id,source,target,type\nowns-1,n0,n2,DEPENDS_ON\n,n0,n2,DEPENDS_ON\nowns-1,n1,n0,DIRECTS\n", ImportErrorMode.Skip);
            result.Graph.Relations.Select(r => r.Id).Should().Equal("owns-1", "e3");
            result.Problems.Should().ContainSingle(p => p.Code == GraphErrorCode.DuplicateId && p.Line == 4);
        }

        [Test]
        public void Read_Cancelled_Throws()
        {
            var sb = new System.Text.StringBuilder("id,kind,name\n");
            for (int i = 0; i < 10000; i++)
            {
                sb.Append('n').Append(i).Append(",Company,X\n");
            }

            using var cts = new CancellationTokenSource();
            cts.Cancel();
            FluentActions.Invoking(() => CsvGraphReader.Import(new StringReader(sb.ToString()), null, new StringReader("source,target,type\n"), null, new ImportOptions { CancellationToken = cts.Token }))
                .Should().Throw<OperationCanceledException>();
        }

        [Test]
        public void Read_LongFieldsAcrossBufferBoundaries_ReadsEveryRecord()
        {
            var sb = new System.Text.StringBuilder("id,kind,name,note\n");
            string note = new string('x', 70000);
            for (int i = 0; i < 5; i++)
            {
                sb.Append('n').Append(i).Append(",Company,\"N ").Append(i).Append("\",\"").Append(note).Append("\"\"\"\n");
            }

            Graph g = Read(sb.ToString(), "source,target,type\n").Graph;
            g.VertexCount.Should().Be(5);
            g.GetEntity("n4").Properties.GetString("note").Should().Be(note + "\"");
        }

        [Test]
        public void Read_MissingFile_ReportsIOError()
        {
            var ex = FluentActions.Invoking(() => CsvGraphReader.Import("/nonexistent/nodes.csv", "/nonexistent/edges.csv")).Should().Throw<GraphValidationException>().Which;
            ex.Errors[0].Code.Should().Be(GraphErrorCode.IOError);
        }

        [Test]
        public void Read_Decimals_AreNumbersExactlyWhenTheyReadBackAsTheSameText()
        {
            // The reader's quick test for short decimals must agree with the definition (the double's shortest
            // round-trip text, or that text with ".0"), on the edges of its range and on random cells.
            var random = new Random(20261130);
            var cells = new System.Collections.Generic.List<string>
            {
                "0.1", "0.01", "0.001", "0.0001", "0.00001", "-0.5", "0.50", "1.50", "3.0", "-0.0", "0.0", "00.5", ".5", "5.",
                "123456789012345.6", "12345678901234.5", "999999999999999.9", "0.123456789012345", "0.1234567890123456",
                "1.000000000000001", "9007199254740993.5", "0.3", "2.675", "1e5", "1.5e-7", "100000000000000.5",
            };
            for (int i = 0; i < 3000; i++)
            {
                int digits = random.Next(1, 19), point = random.Next(0, digits + 1);
                var text = new System.Text.StringBuilder(random.Next(4) == 0 ? "-" : string.Empty);
                for (int d = 0; d < digits; d++)
                {
                    if (d == point)
                    {
                        text.Append(d == 0 ? "0." : ".");
                    }

                    text.Append((char)('0' + random.Next(10)));
                }

                cells.Add(text.ToString());
            }

            var edges = new System.Text.StringBuilder("source,target,type,value\n");
            foreach (string cell in cells)
            {
                edges.Append("n0,n2,DEPENDS_ON,").Append(cell).Append('\n');
            }

            Graph g = Read(Nodes, edges.ToString()).Graph;
            for (int i = 0; i < cells.Count; i++)
            {
                string cell = cells[i];
                object value = g.Relations[i].Properties["value"];
                bool integral = long.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _);
                if (integral)
                {
                    continue;
                }

                bool readsBack = double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double d)
                    && (d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) == cell || d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ".0" == cell);
                if (readsBack)
                {
                    value.Should().Be(d, "'{0}' reads back as the same text", cell);
                }
                else
                {
                    value.Should().Be(cell, "'{0}' does not read back as the same text", cell);
                }
            }
        }
    }
}

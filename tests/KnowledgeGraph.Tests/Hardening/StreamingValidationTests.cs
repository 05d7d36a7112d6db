using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Hardening
{
    /// <summary>
    /// Issue 12, bounded memory: an invalid JSON file is read a second time to report its errors with positions, and that
    /// reading streams too (one item at a time, as a small tree with line information), instead of parsing the whole
    /// text into one tree. Measured with <c>/usr/bin/time -v kg validate</c> on the peer benchmark's graphs (one bad
    /// target in the last relation; 2 cores shared with other builds, so times are rough):
    /// <list type="bullet">
    /// <item>100,000 entities, 300,000 relations, 103 MB: 2,249 MB peak and 94 s before; 443 MB and 26 s after (a valid
    /// file of the same size: 322 MB, 10 s).</item>
    /// <item>1,000,000 entities, 3,000,000 relations, 1.04 GB: out of memory before (issue 12); 2,593 MB peak after (92 s of
    /// CPU; 15 min of wall time on a machine loaded about tenfold).</item>
    /// </list>
    /// The memory left is that of the graph the builder checks (ids, kinds, relations), as when loading a valid file,
    /// not a tree of the text. These tests check that the streamed reading reports what the whole-tree one did.
    /// </summary>
    public class StreamingValidationTests
    {
        private static string Big(int entities, string lastTarget, string? tail = null)
        {
            var sb = new StringBuilder("{\n  \"format\": \"knowledge-graph/2\",\n  \"entities\": [\n");
            for (int i = 0; i < entities; i++)
            {
                sb.Append("    {\"id\": \"n").Append(i).Append("\", \"kind\": \"Company\", \"name\": \"Entity ").Append(i).Append("\"}").Append(i + 1 < entities ? ",\n" : "\n");
            }

            sb.Append("  ],\n  \"relations\": [\n");
            for (int i = 1; i < entities; i++)
            {
                sb.Append("    {\"id\": \"r").Append(i).Append("\", \"type\": \"OWNS\", \"source\": \"n").Append(i - 1).Append("\", \"target\": \"")
                    .Append(i + 1 == entities ? lastTarget : "n" + i).Append("\"}").Append(i + 1 < entities ? ",\n" : "\n");
            }

            sb.Append("  ]").Append(tail ?? string.Empty).Append("\n}\n");
            return sb.ToString();
        }

        private static GraphValidationException Load(string text)
        {
            string path = Path.Combine(Path.GetTempPath(), "kg-stream-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(path, text);
            try
            {
                Action load = () => Graph.Load(path);
                return load.Should().Throw<GraphValidationException>().Which;
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void AnErrorNearTheEnd_IsReportedWithItsLineAndColumn()
        {
            const int n = 5000;
            GraphValidationException ex = Load(Big(n, "nowhere"));
            ex.Errors.Should().ContainSingle();
            GraphError e = ex.Errors[0];
            e.Code.Should().Be(GraphErrorCode.UnknownEntity);
            e.Line.Should().Be((2 * n) + 4, "the last relation's line: 3 lines, n entities, 2 lines, n - 1 relations");
            e.Column.Should().Be(5);
            e.Message.Should().Contain("'r4999'").And.Contain("'nowhere'");
        }

        [Test]
        public void ErrorsAreListedInFileOrder_AcrossItemsAndTheFieldsAfterThem()
        {
            string text = Big(50, "nowhere", ",\n  \"vocabulary\": 12").Replace("\"name\": \"Entity 3\"", "\"name\": 3");
            GraphValidationException ex = Load(text);
            ex.Errors.Select(e => e.Line).Should().BeInAscendingOrder();
            ex.Errors.Should().HaveCount(3);
            ex.Errors[0].Message.Should().Contain("name");
            ex.Errors[0].Line.Should().Be(7);
            ex.Errors[1].Code.Should().Be(GraphErrorCode.UnknownEntity);
            ex.Errors[2].Line.Should().Be((2 * 50) + 6, "the vocabulary field after the relations");
        }

        [TestCase("  ],\n  \"entities\": []\n}", "Property with the name 'entities' already exists")]
        [TestCase("  ]\n", "Unexpected end of content")]
        [TestCase("  ]\n}\n[]", "Additional text encountered after finished reading JSON content")]
        public void MalformedJsonAnywhere_IsTheOnlyErrorReported(string ending, string message)
        {
            string text = Big(30, "nowhere");
            text = text.Substring(0, text.LastIndexOf("  ]", StringComparison.Ordinal)) + ending;
            GraphValidationException ex = Load(text);
            ex.Errors.Should().ContainSingle().Which.Message.Should().Contain(message);
            ex.Errors[0].Code.Should().Be(GraphErrorCode.MalformedJson);
            ex.Errors[0].Line.Should().BeGreaterThan(60);
        }

        [TestCase("[1, 2]", "must be a JSON object, not an array")]
        [TestCase("\"text\"", "must be a JSON object, not a string")]
        [TestCase("{\"entities\": []}", "no 'format' field")]
        public void ADocumentThatIsNotAGraph_SaysSoWithAPosition(string text, string message)
        {
            GraphValidationException ex = Load(text);
            ex.Errors.Should().ContainSingle().Which.Message.Should().Contain(message);
            ex.Errors[0].Line.Should().Be(1);
            ex.Errors[0].Column.Should().BeGreaterThan(0);
        }
    }
}

using System;
using System.IO;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.IO;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    public class GraphJsonRoundTripTests
    {
        [Test]
        public void LoadThenSave_SmallGraph_IsByteForByte()
        {
            Graph.Parse(TestGraphs.Small).ToJson().Should().Be(TestGraphs.Small);
        }

        [Test]
        public void LoadThenSave_UnionStateFile_IsByteForByte()
        {
            string path = RepoPaths.Graph("union-state.json");
            byte[] original = File.ReadAllBytes(path);
            string temp = Path.Combine(Path.GetTempPath(), "kg-rt-" + Guid.NewGuid().ToString("N") + ".json");
            Graph.Load(path).Save(temp);
            File.ReadAllBytes(temp).Should().Equal(original);
            File.Delete(temp);
        }

        [Test]
        public void Save_FailureMidWrite_LeavesPreviousFileIntact()
        {
            string dir = Path.Combine(Path.GetTempPath(), "kg-safe-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            string target = Path.Combine(dir, "g.json");
            File.WriteAllText(target, "previous");
            FluentActions.Invoking(() => SafeFile.Write(target, s =>
            {
                s.Write(Encoding.UTF8.GetBytes("half"), 0, 4);
                throw new IOException("disk full");
            })).Should().Throw<IOException>();
            File.ReadAllText(target).Should().Be("previous");
            Directory.GetFiles(dir).Should().ContainSingle("the temporary file is removed");
        }

        [Test]
        public void Save_ReplacesExistingFile()
        {
            string target = Path.Combine(Path.GetTempPath(), "kg-save-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(target, "old");
            Graph g = Graph.Parse(TestGraphs.Small);
            g.Save(target);
            File.ReadAllText(target).Should().Be(TestGraphs.Small);
            Graph.Load(target).EdgeCount.Should().Be(3);
        }
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.IO;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.IO
{
    /// <summary>SafeFile: only regular files are replaced, and nothing is harmed or left behind.</summary>
    public class SafeFileTests
    {
        private string _dir = null!;

        [SetUp]
        public void SetUp()
        {
            _dir = Path.Combine(Path.GetTempPath(), "kg-safefile-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_dir);
        }

        [TearDown]
        public void TearDown()
        {
            try
            {
                Directory.Delete(_dir, true);
            }
            catch (IOException)
            {
            }
        }

        private static void WriteText(string path, string text) => SafeFile.Write(path, s =>
        {
            byte[] b = Encoding.UTF8.GetBytes(text);
            s.Write(b, 0, b.Length);
        });

        private static void RequireUnix()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                Assert.Ignore("Unix devices, FIFOs and permission bits: not on Windows.");
            }
        }

        [Test]
        public void Write_DevNull_StaysACharacterDevice()
        {
            RequireUnix();
            WriteText("/dev/null", "nothing to see");
            UnixFile.TryStat("/dev/null", out UnixFile.Status s).Should().BeTrue();
            s.FileKind.Should().Be(UnixFile.Kind.Special, "/dev/null must not become a regular file");
            Directory.GetFiles("/dev", ".null.*").Should().BeEmpty();
        }

        [Test]
        public void Write_Fifo_StreamsToTheReader()
        {
            RequireUnix();
            string fifo = Path.Combine(_dir, "pipe");
            ExternalTool.Run("mkfifo", fifo, null).ExitCode.Should().Be(0);
            var reader = System.Threading.Tasks.Task.Run(() => File.ReadAllText(fifo));
            WriteText(fifo, "through the pipe");
            reader.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue();
            reader.Result.Should().Be("through the pipe");
            UnixFile.TryStat(fifo, out UnixFile.Status s).Should().BeTrue();
            s.FileKind.Should().Be(UnixFile.Kind.Special);
            Directory.GetFiles(_dir).Should().ContainSingle();
        }

        [Test]
        public void Write_Symlink_ReplacesItsTargetAndKeepsTheLink()
        {
            RequireUnix();
            string real = Path.Combine(_dir, "real.json");
            string link = Path.Combine(_dir, "link.json");
            File.WriteAllText(real, "old");
            File.CreateSymbolicLink(link, "real.json");
            WriteText(link, "new");
            new FileInfo(link).LinkTarget.Should().Be("real.json", "the link stays a link");
            File.ReadAllText(real).Should().Be("new");
            Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo("real.json", "link.json");
        }

        [Test]
        public void Write_DanglingSymlink_CreatesItsTarget()
        {
            RequireUnix();
            string link = Path.Combine(_dir, "link.json");
            File.CreateSymbolicLink(link, "made.json");
            WriteText(link, "fresh");
            File.ReadAllText(Path.Combine(_dir, "made.json")).Should().Be("fresh");
            new FileInfo(link).LinkTarget.Should().Be("made.json");
        }

        [Test]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void Write_PrivateFile_Stays0600()
        {
            RequireUnix();
            string path = Path.Combine(_dir, "secret.json");
            File.WriteAllText(path, "old");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            WriteText(path, "new");
            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.ReadAllText(path).Should().Be("new");
        }

        [Test]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void Write_GroupWritableFile_KeepsItsMode()
        {
            RequireUnix();
            string path = Path.Combine(_dir, "shared.json");
            File.WriteAllText(path, "old");
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead;
            File.SetUnixFileMode(path, mode);
            WriteText(path, "new");
            File.GetUnixFileMode(path).Should().Be(mode, "the umask must not narrow an existing file's mode");
        }

        [Test]
        public void Write_AnotherUsersFile_KeepsItsOwnerWhenRoot()
        {
            RequireUnix();
            string path = Path.Combine(_dir, "owned.json");
            File.WriteAllText(path, "old");
            if (!UnixFile.TryChown(path, 65534, 65534))
            {
                Assert.Ignore("Changing owners needs root.");
            }

            WriteText(path, "new");
            UnixFile.TryStat(path, out UnixFile.Status s).Should().BeTrue();
            (s.Uid, s.Gid).Should().Be((65534u, 65534u));
            File.ReadAllText(path).Should().Be("new");
        }

        [Test]
        public void Write_Directory_IsRefusedAndUntouched()
        {
            FluentActions.Invoking(() => WriteText(_dir, "x")).Should().Throw<IOException>().WithMessage("*is a directory*");
            Directory.GetFiles(_dir).Should().BeEmpty();
        }

        [Test]
        public void Write_EmptyPath_IsAnArgumentError()
        {
            FluentActions.Invoking(() => WriteText(" ", "x")).Should().Throw<ArgumentException>().WithMessage("*empty*");
        }

        [Test]
        public void Write_FailureMidWrite_RemovesTheTemporaryFile()
        {
            string path = Path.Combine(_dir, "g.json");
            File.WriteAllText(path, "previous");
            FluentActions.Invoking(() => SafeFile.Write(path, s =>
            {
                s.Write(new byte[1000], 0, 1000);
                throw new InvalidOperationException("boom");
            })).Should().Throw<InvalidOperationException>();
            File.ReadAllText(path).Should().Be("previous");
            Directory.GetFiles(_dir).Should().ContainSingle();
        }

        [Test]
        public void DeleteTemporaryFiles_DuringASave_RemovesItsTemporaryFile()
        {
            string path = Path.Combine(_dir, "g.json");
            File.WriteAllText(path, "previous");
            string[] during = Array.Empty<string>();
            FluentActions.Invoking(() => SafeFile.Write(path, s =>
            {
                s.Write(new byte[10], 0, 10);
                s.Flush();
                during = Directory.GetFiles(_dir);
                SafeFile.DeleteTemporaryFiles(); // what kg's Ctrl-C handler does
                throw new OperationCanceledException();
            })).Should().Throw<OperationCanceledException>();
            during.Should().HaveCount(2, "the temporary file existed while writing");
            Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo("g.json");
            File.ReadAllText(path).Should().Be("previous");
        }

        [Test]
        public void Write_StaleTemporaryFileOfADeadProcess_IsCleaned_LiveOneIsKept()
        {
            RequireUnix();
            string path = Path.Combine(_dir, "g.json");
            File.WriteAllText(path, "previous");
            int dead = DeadProcessId();
            string stale = Path.Combine(_dir, $".g.json.kg-{dead}-0123abcd.tmp");
            string live = Path.Combine(_dir, $".g.json.kg-1-0123abcd.tmp"); // pid 1 always runs
            string other = Path.Combine(_dir, $".h.json.kg-{dead}-0123abcd.tmp");
            File.WriteAllText(stale, "half");
            File.WriteAllText(live, "half");
            File.WriteAllText(other, "half");
            WriteText(path, "new");
            File.Exists(stale).Should().BeFalse("a temporary file of a process that is gone is removed");
            File.Exists(live).Should().BeTrue("a save under way in a live process is left alone");
            File.Exists(other).Should().BeTrue("only temporary files of this target are touched");
        }

        /// <summary>kill -9 during a save: the previous file is intact, and the next save removes the temporary file.</summary>
        [Test]
        [CancelAfter(180_000)]
        public void KillDuringSave_KeepsThePreviousFile_NextSaveCleansTheTemporary()
        {
            RequireUnix();
            string dotnet = ExternalTool.Require("dotnet", "the .NET SDK");
            string kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");
            File.Exists(kg).Should().BeTrue();
            string input = Path.Combine(_dir, "in");
            Directory.CreateDirectory(input);
            WriteBigCsv(input, 300_000);
            string target = Path.Combine(_dir, "g.json");
            File.WriteAllText(target, "previous");

            var psi = new ProcessStartInfo(dotnet) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string a in new[] { kg, "import", "--format", "csv", "--open-vocabulary", input, "-o", target })
            {
                psi.ArgumentList.Add(a);
            }

            string? temp = null;
            using (Process p = Process.Start(psi)!)
            {
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed < TimeSpan.FromSeconds(150) && !p.HasExited)
                {
                    temp = Directory.GetFiles(_dir, ".g.json.kg-*.tmp").FirstOrDefault();
                    if (temp != null && new FileInfo(temp).Length > 0)
                    {
                        p.Kill(true);
                        break;
                    }

                    System.Threading.Thread.Sleep(5);
                }

                p.WaitForExit();
                temp.Should().NotBeNull("the save must have started before kg finished: " + p.StandardError.ReadToEnd());
            }

            File.ReadAllText(target).Should().Be("previous", "a save killed midway leaves the previous file intact");
            File.Exists(temp!).Should().BeTrue("kill -9 gives no chance to clean up");
            WriteText(target, "next");
            File.Exists(temp!).Should().BeFalse("the next save to the same file removes the stale temporary file");
            File.ReadAllText(target).Should().Be("next");
        }

        [Test]
        public void Render_RemovesItsFolder_AndStaleFoldersOfDeadRenders()
        {
            RequireUnix();
            ExternalTool.Require("dot", "apt-get install -y graphviz");
            string stale = Path.Combine(Path.GetTempPath(), $"kg-graphviz-kg-{DeadProcessId()}-0badc0de");
            Directory.CreateDirectory(stale);
            File.WriteAllText(Path.Combine(stale, "graph.dot"), "digraph {}");
            string[] before = Directory.GetDirectories(Path.GetTempPath(), "kg-graphviz-*");
            new KnowledgeGraph.Formats.Dot.GraphvizRenderer().Render("digraph { a -> b }", "svg").Should().NotBeEmpty();
            Directory.Exists(stale).Should().BeFalse("a render killed midway is cleaned by the next render");
            Directory.GetDirectories(Path.GetTempPath(), "kg-graphviz-*").Except(before).Should().BeEmpty("a render leaves no folder");
        }

        private static void WriteBigCsv(string dir, int n)
        {
            var nodes = new StringBuilder("id,kind,name\n");
            var edges = new StringBuilder("source,target,type\n");
            for (int i = 0; i < n; i++)
            {
                nodes.Append("n").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",Company,Company number ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
                edges.Append("n").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",n").Append(((i + 1 + (int)((i * 7919L) % (n - 1))) % n).ToString(CultureInfo.InvariantCulture)).Append(",OWNS\n");
            }

            File.WriteAllText(Path.Combine(dir, "nodes.csv"), nodes.ToString());
            File.WriteAllText(Path.Combine(dir, "edges.csv"), edges.ToString());
        }

        private static int DeadProcessId()
        {
            using Process p = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
            p.WaitForExit();
            return p.Id;
        }
    }
}

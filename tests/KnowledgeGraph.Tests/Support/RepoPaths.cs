using System.IO;

namespace KnowledgeGraph.Tests.Support
{
    /// <summary>Paths in the repository and beside it, found from the test assembly's folder.</summary>
    public static class RepoPaths
    {
        /// <summary>Gets the repository root (the folder holding KnowledgeGraph.sln).</summary>
        public static string Root
        {
            get
            {
                var dir = new DirectoryInfo(TestContextDirectory());
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    dir = dir.Parent;
                }

                return dir?.FullName ?? throw new DirectoryNotFoundException("KnowledgeGraph.sln not found above the test folder.");
            }
        }

        /// <summary>Gets a file under graphs/.</summary>
        public static string Graph(string name) => Path.Combine(Root, "graphs", name);

        /// <summary>Gets a fixture file copied beside the tests.</summary>
        public static string Fixture(params string[] parts) => Path.Combine(TestContextDirectory(), "Fixtures", Path.Combine(parts));

        /// <summary>Gets a file of the real-data samples shipped under tests/realdata/ (see its README for sources and licences).</summary>
        public static string RealData(params string[] parts) => Path.Combine(Root, "tests", "realdata", Path.Combine(parts));

        /// <summary>Gets ../shared beside the repository (or beside a folder above it), or null when it is absent.</summary>
        public static string? Shared
        {
            get
            {
                // Beside the repository, or beside a folder above it (a git worktree under wt/ shares ../../shared).
                for (DirectoryInfo? dir = new DirectoryInfo(Root).Parent; dir != null; dir = dir.Parent)
                {
                    string path = Path.Combine(dir.FullName, "shared");
                    if (Directory.Exists(Path.Combine(path, "realdata")))
                    {
                        return path;
                    }
                }

                return null;
            }
        }

        private static string TestContextDirectory() => System.AppContext.BaseDirectory;
    }
}

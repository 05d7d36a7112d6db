using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Support
{
    /// <summary>Finds outside tools (GraphViz dot, /usr/bin/python3 with networkx); a missing tool skips the test on a developer's machine and fails it under CI (CI=true).</summary>
    public static class ExternalTool
    {
        /// <summary>Gets whether the tests run under CI, where every outside tool must be present.</summary>
        public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Finds an executable on PATH or fails/skips.</summary>
        public static string Require(string name, string installHint)
        {
            string? path = Find(name);
            if (path != null)
            {
                return path;
            }

            string message = $"'{name}' is not installed ({installHint}).";
            if (IsCi)
            {
                Assert.Fail(message + " CI must have it: .ci/run installs it.");
            }

            Assert.Ignore(message + " Skipped outside CI.");
            return null!;
        }

        /// <summary>Requires /usr/bin/python3 with the given modules importable.</summary>
        public static string RequirePython(params string[] modules)
        {
            const string python = "/usr/bin/python3";
            string hint = "apt-get install -y " + string.Join(" ", modules.Select(m => "python3-" + m));
            if (!File.Exists(python))
            {
                Fail(python + " is not installed (" + hint + ").");
            }

            var result = Run(python, "-c \"import " + string.Join(", ", modules) + "\"", null);
            if (result.ExitCode != 0)
            {
                Fail($"{python} cannot import {string.Join(", ", modules)} ({hint}): {result.StdErr.Trim()}");
            }

            return python;
        }

        /// <summary>Requires node and the npm packages locked in a folder of tests/ (installed by <c>npm ci</c> in .ci/setup); returns node's path.</summary>
        /// <param name="folder">The folder under tests/ (<c>sparql</c>, <c>judges</c>).</param>
        /// <param name="package">A package that must be installed there.</param>
        public static string RequireNodePackages(string folder, string package)
        {
            string node = Require("node", "apt-get install -y nodejs");
            if (!Directory.Exists(Path.Combine(RepoPaths.Root, "tests", folder, "node_modules", package)))
            {
                Fail($"The npm packages of tests/{folder} are not installed (npm ci --prefix tests/{folder}).");
            }

            return node;
        }

        /// <summary>Runs a process and captures its output.</summary>
        public static (int ExitCode, string StdOut, string StdErr) Run(string file, string arguments, string? stdin, string? workingDirectory = null)
        {
            var psi = new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (stdin != null)
            {
                p.StandardInput.Write(stdin);
            }

            p.StandardInput.Close();
            p.WaitForExit();
            return (p.ExitCode, stdout.Result, stderr.Result);
        }

        private static void Fail(string message)
        {
            if (IsCi)
            {
                Assert.Fail(message + " CI must have it: .ci/run installs it.");
            }

            Assert.Ignore(message + " Skipped outside CI.");
        }

        private static string? Find(string name)
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                if (dir.Length == 0)
                {
                    continue;
                }

                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}

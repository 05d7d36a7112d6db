using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Formats.Dot
{
    /// <summary>Renders DOT text to SVG, PNG or PDF with the real GraphViz <c>dot</c> program, found on PATH or given by path.</summary>
    /// <example>
    /// <code>
    /// byte[] svg = new GraphvizRenderer().Render(DotWriter.WriteToString(graph), "svg");
    /// </code>
    /// </example>
    /// <remarks>The DOT text goes through a temporary UTF-8 file (not standard input), so names in any script survive on every platform. Instances are immutable and thread-safe.</remarks>
    [Immutable]
    public sealed class GraphvizRenderer
    {
        /// <summary>The start of the names of the temporary folders renders use (<c>kg-graphviz-kg-PID-RANDOM</c>).</summary>
        private const string TempPrefix = "kg-graphviz-";

        /// <summary>The layout engines GraphViz ships, any of which <see cref="Render(string, string, string?)"/> accepts.</summary>
        public static IReadOnlyList<string> Engines { get; } = Array.AsReadOnly(new[] { "dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork" });

        /// <summary>The output formats this renderer accepts.</summary>
        public static IReadOnlyList<string> Formats { get; } = Array.AsReadOnly(new[] { "svg", "png", "pdf" });

        /// <summary>Creates a renderer that uses <paramref name="dotPath"/>, or finds <c>dot</c> on PATH when it is <c>null</c>.</summary>
        /// <param name="dotPath">The path of the <c>dot</c> executable, or <c>null</c>.</param>
        /// <exception cref="GraphvizNotFoundException">The path does not exist, or <c>dot</c> is not on PATH.</exception>
        public GraphvizRenderer(string? dotPath = null)
        {
            if (dotPath != null)
            {
                if (!File.Exists(dotPath))
                {
                    throw new GraphvizNotFoundException($"GraphViz 'dot' was not found at '{dotPath}'. Install GraphViz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; Windows: winget install graphviz) or give the right path.");
                }

                DotPath = dotPath;
            }
            else
            {
                DotPath = FindOnPath() ?? throw new GraphvizNotFoundException();
            }
        }

        /// <summary>Gets the path of the <c>dot</c> executable used.</summary>
        public string DotPath { get; }

        /// <summary>Finds <c>dot</c> (or <c>dot.exe</c>) on PATH.</summary>
        /// <returns>Its path, or <c>null</c> when it is not there.</returns>
        public static string? FindOnPath()
        {
            string name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dot.exe" : "dot";
            string[] dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
            return dirs.Where(d => d.Length > 0).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
        }

        /// <summary>Renders DOT text.</summary>
        /// <param name="dot">The DOT text.</param>
        /// <param name="format"><c>svg</c>, <c>png</c> or <c>pdf</c>.</param>
        /// <param name="engine">A layout engine (see <see cref="Engines"/>), passed to GraphViz as <c>-K</c>, or <c>null</c> for the one the text names (<c>dot</c> when none). A <c>layout</c> the text names wins over it.</param>
        /// <returns>The bytes of the picture.</returns>
        /// <exception cref="ArgumentException">The format or engine is unknown.</exception>
        /// <exception cref="GraphvizRenderException">GraphViz failed or crashed; the message is one line with its error output, or the signal that ended it.</exception>
        public byte[] Render(string dot, string format, string? engine = null)
        {
            if (!Formats.Contains(format))
            {
                throw new ArgumentException($"The format '{format}' is not one of {string.Join(", ", Formats)}.", nameof(format));
            }

            if (engine != null && !Engines.Contains(engine))
            {
                throw new ArgumentException($"The engine '{engine}' is not one of {string.Join(", ", Engines)}.", nameof(engine));
            }

            RemoveStaleFolders();
            string dir = Path.Combine(Path.GetTempPath(), TempPrefix + KnowledgeGraph.IO.TemporaryFiles.NewMarker());
            KnowledgeGraph.IO.TemporaryFiles.Add(dir);
            Directory.CreateDirectory(dir);
            try
            {
                string input = Path.Combine(dir, "graph.dot");
                string output = Path.Combine(dir, "graph." + format);
                File.WriteAllText(input, dot, new UTF8Encoding(false));
                var psi = new ProcessStartInfo(DotPath)
                {
                    Arguments = "-T" + format + (engine != null ? " -K" + engine : string.Empty) + " -o \"" + output + "\" \"" + input + "\"",
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                    CreateNoWindow = true,
                };
                using (Process p = Process.Start(psi) ?? throw new GraphvizRenderException($"Could not start '{DotPath}'."))
                {
                    string stderr = p.StandardError.ReadToEnd();
                    p.StandardOutput.ReadToEnd();
                    p.WaitForExit();
                    if (p.ExitCode != 0)
                    {
                        throw new GraphvizRenderException(Failure(p.ExitCode, engine, stderr));
                    }
                }

                byte[] bytes = File.Exists(output) ? File.ReadAllBytes(output) : Array.Empty<byte>();
                if (bytes.Length == 0)
                {
                    throw new GraphvizRenderException($"GraphViz '{DotPath}' wrote no {format} output.");
                }

                return bytes;
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                throw new GraphvizNotFoundException($"GraphViz 'dot' at '{DotPath}' could not be run: {ex.Message}. Install GraphViz (apt-get install graphviz).", ex);
            }
            finally
            {
                KnowledgeGraph.IO.TemporaryFiles.Delete(dir);
                KnowledgeGraph.IO.TemporaryFiles.Remove(dir);
            }
        }

        /// <summary>
        /// Says in one line why GraphViz failed: its own error output (its first lines, line breaks joined), or, when it was
        /// killed by a signal (a crash: exit code 128 + the signal on Unix), which signal and what to try.
        /// </summary>
        /// <param name="exitCode">GraphViz's exit code.</param>
        /// <param name="engine">The engine asked for, or <c>null</c>.</param>
        /// <param name="stderr">What GraphViz wrote on its error output.</param>
        /// <returns>The message.</returns>
        internal string Failure(int exitCode, string? engine, string stderr)
        {
            const int MaxSaid = 600;
            string said = string.Join(" / ", stderr.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            if (said.Length > MaxSaid)
            {
                said = said.Substring(0, MaxSaid) + "\u2026";
            }

            string program = "GraphViz '" + DotPath + "'" + (engine != null ? " (engine " + engine + ")" : string.Empty);
            string code = exitCode.ToString(CultureInfo.InvariantCulture);
            if (exitCode > 128 && exitCode < 160 && !RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                int signal = exitCode - 128;
                string name = signal switch { 4 => "SIGILL", 6 => "SIGABRT", 7 => "SIGBUS", 8 => "SIGFPE", 9 => "SIGKILL", 11 => "SIGSEGV", 15 => "SIGTERM", _ => "signal " + signal.ToString(CultureInfo.InvariantCulture) };
                return $"{program} crashed ({name}, exit code {code}){(said.Length > 0 ? ": " + said : string.Empty)}. Large graphs can crash GraphViz's engines: draw fewer entities (kg export --around ENTITY, --as-of DATE) or use the dot engine.";
            }

            return $"{program} failed with exit code {code}: {(said.Length > 0 ? said : "it gave no message")}.";
        }

        /// <summary>Deletes the temporary folders of renders whose process is gone (killed mid-render).</summary>
        private static void RemoveStaleFolders()
        {
            string[] folders;
            try
            {
                folders = Directory.GetDirectories(Path.GetTempPath(), TempPrefix + "kg-*");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return;
            }

            foreach (string folder in folders)
            {
                if (KnowledgeGraph.IO.TemporaryFiles.IsStale(folder, TempPrefix))
                {
                    KnowledgeGraph.IO.TemporaryFiles.Delete(folder);
                }
            }
        }
    }
}

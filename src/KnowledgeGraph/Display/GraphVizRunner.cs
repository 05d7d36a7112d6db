using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace KnowledgeGraph.Display
{
    /// <summary>Runs GraphViz <c>dot -Tsvg</c> on DOT text, when it is installed.</summary>
    internal static class GraphVizRunner
    {
        /// <summary>The widest GraphViz picture, in points, that is scaled down to the width of the page.</summary>
        private const double MaxScaledWidth = 1200;

        /// <summary>Finds <c>dot</c>: the given path if it exists, otherwise the first match on <c>PATH</c>, or <c>null</c>.</summary>
        /// <param name="configured">A path set in the options, or <c>null</c>.</param>
        /// <returns>The path, or <c>null</c>.</returns>
        public static string? FindDot(string? configured)
        {
            if (configured != null)
            {
                return File.Exists(configured) ? configured : null;
            }

            string? path = Environment.GetEnvironmentVariable("PATH");
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            foreach (string dir in path!.Split(Path.PathSeparator))
            {
                if (dir.Length == 0)
                {
                    continue;
                }

                foreach (string name in new[] { "dot", "dot.exe" })
                {
                    string candidate = Path.Combine(dir, name);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        /// <summary>Renders DOT text as SVG with <c>dot -Tsvg</c>.</summary>
        /// <param name="dotPath">The path of <c>dot</c>.</param>
        /// <param name="dotText">The DOT text.</param>
        /// <param name="timeout">How long to wait.</param>
        /// <param name="svg">The <c>&lt;svg&gt;</c> element (the XML prolog and doctype removed), or <c>null</c>.</param>
        /// <returns><c>true</c> when dot exited with 0 and wrote an SVG element.</returns>
        public static bool TryRender(string dotPath, string dotText, TimeSpan timeout, out string? svg)
        {
            svg = null;
            var psi = new ProcessStartInfo(dotPath, "-Tsvg")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardErrorEncoding = new UTF8Encoding(false),
            };
            try
            {
                using Process process = Process.Start(psi)!;
                Task<string> output = process.StandardOutput.ReadToEndAsync();
                Task<string> error = process.StandardError.ReadToEndAsync();
                byte[] input = new UTF8Encoding(false).GetBytes(dotText);
                process.StandardInput.BaseStream.Write(input, 0, input.Length);
                process.StandardInput.BaseStream.Flush();
                process.StandardInput.Close();
                if (!process.WaitForExit((int)timeout.TotalMilliseconds))
                {
                    try
                    {
                        process.Kill();
                    }
                    catch (InvalidOperationException)
                    {
                        // It exited meanwhile.
                    }

                    return false;
                }

                process.WaitForExit();
                string text = output.Result;
                _ = error.Result;
                int start = text.IndexOf("<svg", StringComparison.Ordinal);
                if (process.ExitCode != 0 || start < 0)
                {
                    return false;
                }

                // GraphViz gives fixed sizes in points. A picture up to about a page wide is scaled down to the page
                // (keeping its aspect ratio); a wider one keeps its size, so its text stays readable, and scrolls.
                svg = text.Substring(start).Trim();
                if (WidthInPoints(svg) <= MaxScaledWidth)
                {
                    svg = "<svg style=\"max-width:100%;height:auto\" " + svg.Substring(4).TrimStart();
                }
                return true;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is IOException || e is InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>Reads the width of GraphViz SVG (<c>width="559pt"</c>), or 0 when it has none.</summary>
        private static double WidthInPoints(string svg)
        {
            int end = svg.IndexOf('>');
            int at = svg.IndexOf(" width=\"", StringComparison.Ordinal);
            if (at < 0 || (end >= 0 && at > end))
            {
                return 0;
            }

            at += 8;
            int stop = at;
            while (stop < svg.Length && (char.IsDigit(svg[stop]) || svg[stop] == '.'))
            {
                stop++;
            }

            return double.TryParse(svg.Substring(at, stop - at), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double width) ? width : 0;
        }
    }
}

using System;
using System.IO;
using System.Text;

namespace KnowledgeGraph.Cli
{
    /// <summary>The entry point of <c>kg</c>.</summary>
    public static class Program
    {
        /// <summary>Runs <c>kg</c>.</summary>
        /// <param name="args">The arguments.</param>
        /// <returns>The exit code: 0 success, 1 no result, 2 usage or input error.</returns>
        public static int Main(string[] args)
        {
            var utf8 = new UTF8Encoding(false);
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false, NewLine = "\n" };
            using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
            int code = new KgApp(stdout, stderr).Run(args);
            stdout.Flush();
            return code;
        }
    }
}

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
        /// <returns>The exit code: 0 success, 1 no result, 2 usage or input error, 3 internal error.</returns>
        public static int Main(string[] args)
        {
            // Ctrl-C ends the process at once; first remove the temporary files of a save or render under way.
            Console.CancelKeyPress += (_, _) => KnowledgeGraph.IO.SafeFile.DeleteTemporaryFiles();
            var utf8 = new UTF8Encoding(false);
            var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false, NewLine = "\n" };
            using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
            int code = new KgApp(stdout, stderr).Run(args);
            try
            {
                stdout.Dispose();
            }
            catch (IOException)
            {
                // The reader went away (kg export | head): it has what it wanted.
            }

            return code;
        }
    }
}

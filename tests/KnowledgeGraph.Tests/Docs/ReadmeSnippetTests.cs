using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using KnowledgeGraph.Tests.Support;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Docs
{
    /// <summary>
    /// The C# examples in README.md compile and run, so they never rot (as NodaTime does with its documentation).
    /// Every ```csharp block that follows a line <c>&lt;!-- snippet --&gt;</c> is run as a C# script against the library.
    /// </summary>
    public class ReadmeSnippetTests
    {
        public static IEnumerable<TestCaseData> Snippets()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
            var matches = Regex.Matches(readme, "<!-- snippet -->\\s*```csharp\\n(.*?)```", RegexOptions.Singleline);
            foreach (Match m in matches)
            {
                string code = m.Groups[1].Value;
                int line = readme.Substring(0, m.Index).Count(c => c == '\n') + 1;
                yield return new TestCaseData(code).SetName($"Snippet_README_line_{line}");
            }
        }

        [Test]
        public void Readme_HasRunnableSnippets()
        {
            Snippets().Should().NotBeEmpty("the README's C# quick start is marked <!-- snippet --> and run by these tests");
        }

        [TestCaseSource(nameof(Snippets))]
        public async Task Snippet_CompilesAndRuns(string code)
        {
            string dir = Path.Combine(Path.GetTempPath(), "kg-snippet-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            string previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = dir;
            try
            {
                ScriptOptions options = ScriptOptions.Default
                    .AddReferences(typeof(Graph).Assembly, typeof(QuikGraph.IEdge<>).Assembly, typeof(Newtonsoft.Json.JsonConvert).Assembly)
                    .AddImports("System", "System.Linq", "System.Collections.Generic", "System.IO");
                var writer = new StringWriter();
                TextWriter console = Console.Out;
                Console.SetOut(writer);
                try
                {
                    await CSharpScript.RunAsync(code, options);
                }
                finally
                {
                    Console.SetOut(console);
                }

                TestContext.Out.WriteLine(writer.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }
}

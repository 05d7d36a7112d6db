using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Tests.Cli;
using KnowledgeGraph.Tests.Fuzz;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats
{
    /// <summary>The one list of formats (GraphFormats) serves kg import, kg export, their help and did-you-mean, the fuzzer and the README.</summary>
    public class GraphFormatsTests
    {
        [Test]
        public void Names_AreUnique_AndLookUpIgnoresCase()
        {
            GraphFormats.All.Select(f => f.Name).Should().OnlyHaveUniqueItems();
            GraphFormats.Get("GraphML").Name.Should().Be("graphml");
            GraphFormats.TryGet("dott", out _).Should().BeFalse();
            FluentActions.Invoking(() => GraphFormats.Get("dott")).Should().Throw<ArgumentException>().WithMessage("*'dott' is not a format*graphml*");
            GraphFormats.All.Should().OnlyContain(f => f.CanImport || f.CanExport);
            GraphFormats.All.Where(f => f.Has(GraphFormatCapabilities.RoundTrip)).Should().OnlyContain(f => f.CanImport || f.Name == "json");
        }

        [Test]
        public void Fuzzer_ReadsEveryImportableFormat()
        {
            foreach (GraphFormat f in GraphFormats.Importable)
            {
                string[] names = f.CanImportText ? new[] { f.Name } : new[] { f.Name + "-nodes", f.Name + "-edges" };
                InputReaders.All.Keys.Should().Contain(names, "every format the library reads is fuzzed under its own name");
            }
        }

        [Test]
        public void KgHelp_ListsEveryFormat_FromTheList()
        {
            string export = KgCommandTests.Kg("export", "--help").Out;
            string import = KgCommandTests.Kg("import", "--help").Out;
            foreach (GraphFormat f in GraphFormats.Exportable)
            {
                export.Should().Contain(f.Name + " (" + f.Description + ")");
            }

            export.Should().Contain("html");
            foreach (GraphFormat f in GraphFormats.Importable)
            {
                import.Should().Contain(f.Name + " (" + f.Description + ")");
            }
        }

        [Test]
        public void KgExport_MistypedFormat_SuggestsFromTheList()
        {
            var (code, _, err) = KgCommandTests.Kg("export", "--format", "jgff");
            code.Should().Be(2);
            err.Should().Contain("'jgf'");
        }

        [Test]
        public void Readme_FormatTable_NamesEveryExportableFormat()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
            string table = readme.Substring(readme.IndexOf("| format | `kg export --format` |", StringComparison.Ordinal));
            table = table.Substring(0, table.IndexOf("\n\n", StringComparison.Ordinal));
            foreach (GraphFormat f in GraphFormats.Exportable)
            {
                table.Should().Contain("`" + f.Name + "`", "the README's table lists every format kg export writes");
            }
        }

        /// <summary>Every format that reads back, written and read through the list, gives the same graph (CSV: without citations, which it cannot hold).</summary>
        [Test]
        public void EveryRoundTripFormat_ThroughTheList_GivesTheSameGraph()
        {
            foreach (GraphFormat f in GraphFormats.All.Where(f => f.Has(GraphFormatCapabilities.RoundTrip) && f.CanImport && f.CanExport))
            {
                Graph original = TimeFieldsGraph.Load(citations: f.Name != "csv");
                Graph copy;
                if (f.Has(GraphFormatCapabilities.Directory))
                {
                    string dir = Path.Combine(Path.GetTempPath(), "kg-format-" + Guid.NewGuid().ToString("N"));
                    try
                    {
                        f.WriteDirectory(original, dir);
                        copy = f.Import(new[] { dir }).Graph;
                    }
                    finally
                    {
                        Directory.Delete(dir, true);
                    }
                }
                else
                {
                    using var buffer = new MemoryStream();
                    f.Write(original, buffer);
                    copy = f.Import(new StringReader(new System.Text.UTF8Encoding(false).GetString(buffer.ToArray())), "copy" + f.Extensions[0]).Graph;
                }

                TimeFieldsGraph.Fields(copy).Should().Equal(TimeFieldsGraph.Fields(original), f.Name);
                copy.Entities.Select(e => e.Id).Should().Equal(original.Entities.Select(e => e.Id), f.Name);
            }
        }

        [Test]
        public void WholeGraphFormat_RefusesTwoFiles_ANameTheCliShows()
        {
            FluentActions.Invoking(() => GraphFormats.Get("jgf").Import(new[] { "a.json", "b.json" })).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("files");
            FluentActions.Invoking(() => GraphFormats.Get("gexf").Import(new[] { "a.gexf" })).Should().Throw<NotSupportedException>();
            FluentActions.Invoking(() => GraphFormats.Get("neo4j").Write(TimeFieldsGraph.Load(), new MemoryStream())).Should().Throw<NotSupportedException>().WithMessage("*directory*");
        }
    }
}

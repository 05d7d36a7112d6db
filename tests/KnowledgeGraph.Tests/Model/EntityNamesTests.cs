using System.IO;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>
    /// A graph of a million entities or more keeps its entities' names in one column (a byte a character for Latin-1
    /// names; any other name as its string), and <see cref="Entity.Name"/> reads it from there: the names, the graph's
    /// answers and what it writes are those of names kept as strings.
    /// </summary>
    [NonParallelizable]
    public class EntityNamesTests
    {
        private const string Nodes = "id,kind,name\nn0,Company,Entity 0\nn1,Person,Zoë Ł\nn2,State,Беларусь\nn3,Person,José Müller-Ñandú\nn4,Company,😀 emoji co\nn5,Company,\"a, quoted \"\"name\"\"\"\n";
        private const string Edges = "source,target,type,weight\nn0,n2,DEPENDS_ON,2.5\nn1,n0,DIRECTS,1\nn3,n4,OWNS,\nn5,n1,SUPPLIES,3\n";

        private static Graph Load() =>
            CsvGraphReader.Import(new StringReader(Nodes), "nodes.csv", new StringReader(Edges), "edges.csv", new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;

        private static T WithNamesInColumn<T>(System.Func<T> load)
        {
            int before = Graph.CompactNamesFrom;
            Graph.CompactNamesFrom = 0;
            try
            {
                return load();
            }
            finally
            {
                Graph.CompactNamesFrom = before;
            }
        }

        [Test]
        public void Names_InAColumn_AreTheNamesAsStrings()
        {
            Graph strings = Load();
            Graph column = WithNamesInColumn(Load);
            strings.Entities.Should().OnlyContain(e => !e.NameInColumn, "a small graph keeps its names as strings");
            column.Entities.Should().OnlyContain(e => e.NameInColumn);
            column.Entities.Select(e => e.Name).Should().Equal(strings.Entities.Select(e => e.Name));
            column.Entities.Select(e => e.Name).Should().Equal("Entity 0", "Zoë Ł", "Беларусь", "José Müller-Ñandú", "😀 emoji co", "a, quoted \"name\"");
            column.GetEntity("n2").ToString().Should().Be("Беларусь (n2)");
            column.FindByName("josé müller-ñandú").Should().ContainSingle().Which.Id.Should().Be("n3");
            column.AsOf(new PartialDate(2000)).GetEntity("n1").Name.Should().Be("Zoë Ł", "a derived graph shares the entities");

            foreach (GraphFormat format in new[] { "json", "nt", "graphml", "cypher" }.Select(GraphFormats.Get))
            {
                Write(format, column).Should().Be(Write(format, strings), format.Name);
            }
        }

        [Test]
        public void Names_OfEveryLoadPath_GoIntoTheColumn()
        {
            Graph csv = WithNamesInColumn(Load);
            string json = WriteJson(csv);
            Graph fromJson = WithNamesInColumn(() => Graph.Parse(json, "g.json", CsvVocabularies.Open));
            Graph built = WithNamesInColumn(() => new GraphBuilder().AddEntity("a", "Company", "Ünïcode ☃").AddEntity("b", "State", "B").Build());
            fromJson.Entities.Should().OnlyContain(e => e.NameInColumn);
            fromJson.Entities.Select(e => e.Name).Should().Equal(csv.Entities.Select(e => e.Name));
            built.Entities.Should().OnlyContain(e => e.NameInColumn);
            built.Entities.Select(e => e.Name).Should().Equal("Ünïcode ☃", "B");
        }

        [TestCase(0)]
        [TestCase(64)]
        public void Names_OfALargeFile_GoIntoTheColumnAsTheyAreRead_WithBadLinesSkipped(int chunkBytes)
        {
            // Files, so that the reader knows how many lines to expect and fills the column as it adds each entity (in
            // chunks of 64 bytes: every chunk a few lines, parsed on workers and added in order); a bad line (no name,
            // an unknown kind) is skipped and the names of the entities after it stay theirs.
            string dir = Path.Combine(Path.GetTempPath(), "kg-names-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string nodes = Nodes + "n6,Company,\nn7,Nonsense,Bad kind\nn8,State,Россия\nn9,Company,Entity 9\n";
                File.WriteAllText(Path.Combine(dir, "nodes.csv"), nodes);
                File.WriteAllText(Path.Combine(dir, "edges.csv"), Edges);
                var options = new ImportOptions { Vocabulary = CsvVocabularies.Open, ErrorMode = ImportErrorMode.Skip, CsvChunkBytes = chunkBytes };
                ImportResult Import() => CsvGraphReader.Import(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "edges.csv"), options);
                ImportResult strings = Import();
                ImportResult column = WithNamesInColumn(Import);
                strings.Problems.Should().HaveCount(2);
                column.Problems.Select(p => p.Message).Should().Equal(strings.Problems.Select(p => p.Message));
                strings.Graph.Entities.Should().OnlyContain(e => !e.NameInColumn);
                column.Graph.Entities.Should().OnlyContain(e => e.NameInColumn && e.NameColumn!.FilledByReader, "the reader filled the column");
                WithNamesInColumn(Load).Entities.Should().OnlyContain(e => !e.NameColumn!.FilledByReader, "a text reader does not know how many lines come, and the graph makes the column");
                column.Graph.Entities.Select(e => e.Id + "=" + e.Name).Should().Equal(strings.Graph.Entities.Select(e => e.Id + "=" + e.Name));
                column.Graph.GetEntity("n8").Name.Should().Be("Россия");
                column.Graph.GetEntity("n9").Name.Should().Be("Entity 9");
                Write(GraphFormats.Get("json"), column.Graph).Should().Be(Write(GraphFormats.Get("json"), strings.Graph));

                // Fewer entities kept than the threshold the lines promised: the names are strings, as in any graph of that size.
                int before = Graph.CompactNamesFrom;
                Graph.CompactNamesFrom = 10;
                try
                {
                    ImportResult under = Import();
                    under.Graph.VertexCount.Should().Be(8);
                    under.Graph.Entities.Should().OnlyContain(e => !e.NameInColumn);
                    under.Graph.Entities.Select(e => e.Name).Should().Equal(strings.Graph.Entities.Select(e => e.Name));
                }
                finally
                {
                    Graph.CompactNamesFrom = before;
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void Column_FilledNameByName_GrowsAndGivesEveryNameBack()
        {
            var names = EntityNames.Growing(1);
            var expected = Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? "Имя " + i : i % 11 == 0 ? string.Empty : "Entity " + new string('x', i % 40) + i).ToList();
            foreach (string name in expected)
            {
                names.Append(name).Should().BeTrue();
            }

            names.Seal();
            names.Count.Should().Be(expected.Count);
            Enumerable.Range(0, expected.Count).Select(names.Get).Should().Equal(expected);
        }

        private static string WriteJson(Graph g) => Write(GraphFormats.Get("json"), g);

        private static string Write(GraphFormat format, Graph g)
        {
            using var stream = new MemoryStream();
            format.Write(g, stream);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}

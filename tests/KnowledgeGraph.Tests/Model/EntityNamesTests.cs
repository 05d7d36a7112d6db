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

        private static string WriteJson(Graph g) => Write(GraphFormats.Get("json"), g);

        private static string Write(GraphFormat format, Graph g)
        {
            using var stream = new MemoryStream();
            format.Write(g, stream);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}

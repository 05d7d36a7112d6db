using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Formats;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Tests.Support;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>
    /// A sealed store of many relations keeps their dates as a two-byte number into a table of the distinct (from, to,
    /// kind) parts when there are at most 65,536 of them: every validity reads back as it was added, and the graph
    /// answers and writes the same.
    /// </summary>
    [NonParallelizable]
    public class SharedTimesTests
    {
        private static T Sharing<T>(int from, Func<T> load)
        {
            int before = RelationStore.ShareTimesFrom;
            RelationStore.ShareTimesFrom = from;
            try
            {
                return load();
            }
            finally
            {
                RelationStore.ShareTimesFrom = before;
            }
        }

        [Test]
        public void Validities_OfEveryKind_ReadBackTheSame_WhenShared()
        {
            Graph own = Sharing(int.MaxValue, () => TimeFieldsGraph.Load());
            Graph shared = Sharing(0, () => TimeFieldsGraph.Load());
            own.Store.SharesTimes.Should().BeFalse();
            shared.Store.SharesTimes.Should().BeTrue();
            shared.Relations.Select(r => r.Validity).Should().Equal(own.Relations.Select(r => r.Validity));
            shared.Relations.Select(r => r.StatedValidity).Should().Equal(own.Relations.Select(r => r.StatedValidity));
            TimeFieldsGraph.Fields(shared).Should().Equal(TimeFieldsGraph.Fields(own));
            var day = new PartialDate(2014, 3, 1);
            shared.AsOf(day).Relations.Select(r => r.Id).Should().Equal(own.AsOf(day).Relations.Select(r => r.Id));
            Write(shared).Should().Be(Write(own));
        }

        [TestCase(5_000, true)]
        [TestCase(70_000, false)]
        public void Dates_ManyOrFew_ReadBackTheSame(int distinctDays, bool shared)
        {
            // 80,000 relations whose dates take `distinctDays` values: shared up to 65,536 distinct parts, kept per relation past that.
            var nodes = "id,kind,name\nn0,Company,A\nn1,Company,B\n";
            var edges = new StringBuilder("source,target,type,from,to\n");
            var start = new DateTime(1800, 1, 1);
            for (int i = 0; i < 80_000; i++)
            {
                DateTime day = start.AddDays(i % distinctDays);
                edges.Append(i % 2 == 0 ? "n0,n1," : "n1,n0,").Append("OWNS,").Append(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                    .Append(i % 3 == 0 ? string.Empty : (day.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }

            Graph Load() => CsvGraphReader.Import(new StringReader(nodes), "nodes.csv", new StringReader(edges.ToString()), "edges.csv", new ImportOptions { Vocabulary = CsvVocabularies.Open }).Graph;
            Graph own = Sharing(int.MaxValue, Load);
            Graph g = Sharing(0, Load);
            g.Store.SharesTimes.Should().Be(shared);
            int differ = 0;
            for (int i = 0; i < g.EdgeCount; i++)
            {
                differ += g.ValidityAt(i).Equals(own.ValidityAt(i)) ? 0 : 1;
            }

            differ.Should().Be(0);
            g.AsOf(new PartialDate(1850)).EdgeCount.Should().Be(own.AsOf(new PartialDate(1850)).EdgeCount).And.BeGreaterThan(0);
        }

        private static string Write(Graph g)
        {
            using var stream = new MemoryStream();
            GraphFormats.Get("json").Write(g, stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}

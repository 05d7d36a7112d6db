using System;
using System.Collections.Generic;
using System.Globalization;
using FluentAssertions;
using KnowledgeGraph.Formats.Csv;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Csv
{
    /// <summary>
    /// The CSV reader's id table answers as a dictionary would, whichever of its two parts holds an id: numbered ids (a
    /// prefix and a number) in an array by number, every other id in the hash table.
    /// </summary>
    public class IdTableTests
    {
        [Test]
        public void NumberedAndOtherIds_AreFoundWithTheirValues_AndAddedOnce()
        {
            var table = new IdTable(100); // numbers below 2,048 (four times the least expected, 512) in the array
            string[] ids =
            {
                "n5", "n0", "n17", "n05", "n00", "m5", "5", "n", "nn5", "n5x", "Q42", "n1234567890", "n123456789",
                "n399", "n400", "n401", "n5000", "n-3", "ñ7", "n\u0663", "a-very-long-id-beyond-sixteen-characters-42",
            };
            for (int i = 0; i < ids.Length; i++)
            {
                table.TryAdd(ids[i], i - 1).Should().BeTrue(ids[i]);
            }

            table.Count.Should().Be(ids.Length);
            for (int i = 0; i < ids.Length; i++)
            {
                table.TryAdd(ids[i], 99).Should().BeFalse($"'{ids[i]}' is there already");
                table.TryGet(ids[i], out int value).Should().BeTrue(ids[i]);
                value.Should().Be(i - 1, ids[i]);
                char[] padded = ("," + ids[i] + ",").ToCharArray();
                table.TryGet(padded, 1, ids[i].Length, out value).Should().BeTrue(ids[i]);
                value.Should().Be(i - 1);
            }

            foreach (string absent in new[] { "n6", "n005", "n0005", "n1", "N5", "m6", "6", "n12345678901", "n402", "n4000000", "", "n5 " })
            {
                table.TryGet(absent, out int value).Should().BeFalse($"'{absent}' was never added");
                value.Should().Be(-1);
            }

            table.Count.Should().Be(ids.Length);
        }

        [Test]
        public void ATableOfOnlyOtherIds_OrOnlyNumberedOnes_AnswersLookUpsOfTheOtherKind()
        {
            var numbered = new IdTable();
            numbered.TryAdd("e1", 0).Should().BeTrue();
            numbered.TryGet("x", out _).Should().BeFalse();
            numbered.TryGet("e01", out _).Should().BeFalse();

            var named = new IdTable();
            named.TryAdd("lukashenka", 0).Should().BeTrue();
            named.TryGet("e1", out _).Should().BeFalse();
            named.TryAdd("e1", 1).Should().BeTrue();
            named.TryGet("e1", out int value).Should().BeTrue();
            value.Should().Be(1);

            var empty = new IdTable();
            empty.TryGet("e1", out _).Should().BeFalse();
            empty.TryGet("x", out _).Should().BeFalse();
        }

        [Test]
        public void RandomIds_AgreeWithADictionary_AcrossGrowth()
        {
            // Numbered ids of two prefixes, with and without leading zeros, numbers past the bound (four times the 1,000
            // expected), and words: tens of thousands of them, so that both parts grow several times.
            var rng = new Random(20261201);
            var table = new IdTable(1000);
            var reference = new Dictionary<string, int>(StringComparer.Ordinal);
            string[] prefixes = { "n", "n", "n", "Q", string.Empty, "node-" };
            for (int i = 0; i < 60_000; i++)
            {
                string id = rng.Next(5) switch
                {
                    0 => "w" + rng.Next(100_000).ToString("x", CultureInfo.InvariantCulture) + "z",
                    1 => prefixes[rng.Next(prefixes.Length)] + "0" + rng.Next(1000).ToString(CultureInfo.InvariantCulture),
                    _ => prefixes[rng.Next(prefixes.Length)] + rng.Next(rng.Next(2) == 0 ? 5_000 : 50_000).ToString(CultureInfo.InvariantCulture),
                };
                int value = rng.Next(-1, 1_000_000);
                bool added = table.TryAdd(id, value);
                added.Should().Be(reference.TryAdd(id, value), id);
            }

            table.Count.Should().Be(reference.Count);
            foreach (KeyValuePair<string, int> pair in reference)
            {
                table.TryGet(pair.Key, out int value).Should().BeTrue(pair.Key);
                value.Should().Be(pair.Value, pair.Key);
            }

            for (int i = 0; i < 20_000; i++)
            {
                string probe = prefixes[rng.Next(prefixes.Length)] + rng.Next(200_000).ToString(CultureInfo.InvariantCulture);
                table.TryGet(probe, out _).Should().Be(reference.ContainsKey(probe), probe);
            }
        }
    }
}

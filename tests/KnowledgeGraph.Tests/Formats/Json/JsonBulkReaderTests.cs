using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using KnowledgeGraph.Formats.Json;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Formats.Json
{
    /// <summary>
    /// The one-pass bulk reader of the JSON format (<see cref="JsonBulkReader"/>) builds exactly the graph the document
    /// path builds, and leaves to it every document it does not read (errors, irregular JSON, orders it cannot build in
    /// one pass), whatever the values: numbers of every shape, escapes, properties in different orders, unknown fields.
    /// </summary>
    public class JsonBulkReaderTests
    {
        private const string Head = "{\n  \"format\": \"knowledge-graph/2\",\n  \"sources\": [{\"id\": \"s1\", \"kind\": \"article\", \"title\": \"T\", \"date\": \"2023-05-04\"}],\n";

        /// <summary>Reads <paramref name="json"/> both ways: the bulk result must be null exactly when the document path fails or the bulk reader declines, and otherwise equal it.</summary>
        private static Graph? Compare(string json, bool bulkMustRead)
        {
            Graph? bulk = GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null);
            Graph? document = null;
            try
            {
                document = GraphJsonReader.ReadDocument(json, "b.json", GraphLoadOptions.Default, null);
            }
            catch (GraphValidationException)
            {
            }

            if (bulk != null)
            {
                document.Should().NotBeNull("the bulk reader must not accept what the document path refuses:\n" + json);
                bulk.ToJson().Should().Be(document!.ToJson());
                SameValues(bulk, document);
            }

            if (bulkMustRead)
            {
                bulk.Should().NotBeNull("a regular valid document is read in one pass:\n" + json);
            }

            // Read by two threads, the second starting wherever it can: the same outcome as one thread.
            foreach (double fraction in new[] { 0.0, 0.3, 0.6 })
            {
                Graph? split = GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null, 0, fraction);
                (split == null).Should().Be(bulk == null, "two threads read what one reads, and only that:\n" + json);
                if (split != null)
                {
                    split.ToJson().Should().Be(document!.ToJson());
                    SameValues(split, document);
                }
            }

            return document;
        }

        /// <summary>A document in the writer's layout (one field a line) with <paramref name="count"/> relations of many shapes; <paramref name="relation"/> may change the text of relation i.</summary>
        private static string Layout(int count, Func<int, string, string>? relation = null)
        {
            var sb = new StringBuilder(Head + "  \"entities\": [\n");
            for (int i = 0; i < 10; i++)
            {
                sb.Append("    {\n      \"id\": \"n").Append(i).Append("\",\n      \"kind\": \"State\",\n      \"name\": \"N").Append(i).Append("\"\n    }").Append(i < 9 ? ",\n" : "\n");
            }

            sb.Append("  ],\n  \"relations\": [\n");
            for (int i = 0; i < count; i++)
            {
                string id = i % 7 == 3 ? "r" + i : "e" + (i + (i > count / 2 ? 5 : 0));
                var r = new StringBuilder("    {\n      \"id\": \"" + id + "\",\n      \"type\": \"DEPENDS_ON\",\n      \"source\": \"n" + (i % 10) + "\",\n      \"target\": \"n" + ((i * 3) % 10) + "\",\n");
                r.Append("      \"from\": ").Append(i % 5 == 0 ? "null" : "\"" + (1990 + (i % 20)) + "-0" + (1 + (i % 9)) + "-1" + (i % 10) + "\"").Append(",\n");
                if (i % 11 == 4)
                {
                    r.Append("      \"approximate\": true,\n      \"notAfter\": \"2030\",\n");
                }

                if (i % 13 == 6)
                {
                    // Objects on lines of their own inside a relation: places that look like a relation's start, but deeper.
                    r.Append("      \"citations\": [\n        {\n          \"source\": \"s1\",\n          \"quote\": \"q},\\n{\"\n        },\n        {\n          \"source\": \"s1\",\n          \"evidence\": \"observed\"\n        }\n      ],\n");
                }

                r.Append("      \"confidence\": ").Append(i % 9 == 2 ? "0.25" : "null").Append(",\n");
                r.Append("      \"properties\": ").Append(i % 17 == 5 ? "{\"kind\": \"x\", \"w\": 1}" : i % 4 == 1 ? "{}" : "{\n        \"w\": " + (i * 0.5).ToString(CultureInfo.InvariantCulture) + "\n      }").Append("\n    }");
                sb.Append(relation == null ? r.ToString() : relation(i, r.ToString())).Append(i + 1 < count ? ",\n" : "\n");
            }

            sb.Append("  ],\n  \"title\": \"after the relations\"\n}\n");
            return sb.ToString();
        }

        [Test]
        public void TwoThreads_ReadWhatOneReads_WhereverTheSecondStarts()
        {
            string json = Layout(400);
            Graph one = GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null, long.MaxValue)!;
            one.Should().NotBeNull();
            string expected = one.ToJson();
            one.ToJson().Should().Be(Graph.Parse(json, "b.json").ToJson());
            int taken = 0;
            for (int k = 0; k <= 40; k++)
            {
                double fraction = k / 40.0;
                Graph? two = GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null, 0, fraction, out bool split);
                two.Should().NotBeNull();
                two!.ToJson().Should().Be(expected, "second thread from {0:P0}", fraction);
                SameValues(two, one);
                two.Relations.Select(r => r.Confidence).Should().Equal(one.Relations.Select(r => r.Confidence));
                taken += split ? 1 : 0;
            }

            taken.Should().BeGreaterThan(30, "most places are a relation's start, and its relations are taken");
        }

        [Test]
        public void TwoThreads_PropertiesOfOtherNames_OrNone_InOnePart()
        {
            // The first part's relations have no properties, or other names than the second's: the columns still come out in the writer's order.
            foreach (Func<int, string, string> change in new Func<int, string, string>[]
            {
                (i, r) => i < 200 ? r.Replace("\"w\": ", "\"v\": ") : r,
                (i, r) => i < 200 ? System.Text.RegularExpressions.Regex.Replace(r, "\"properties\": [^\n]*(\n[^\n]*\n      [}])?", "\"properties\": null") : r,
                (i, r) => i >= 200 ? System.Text.RegularExpressions.Regex.Replace(r, "\"properties\": [^\n]*(\n[^\n]*\n      [}])?", "\"properties\": {}") : r,
            })
            {
                string json = Layout(400, change);
                Graph document = Graph.Parse(json, "b.json");
                foreach (double fraction in new[] { 0.2, 0.5, 0.8 })
                {
                    Graph? two = GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null, 0, fraction);
                    two.Should().NotBeNull();
                    two!.ToJson().Should().Be(document.ToJson());
                    SameValues(two, document);
                }
            }
        }

        [TestCase("unknown end in the last relation", 399, "\"target\": \"n", "\"target\": \"nope")]
        [TestCase("bad date in the second part", 301, "\"from\": \"", "\"from\": \"2020-13-")]
        [TestCase("bad date in the first part", 21, "\"from\": \"", "\"from\": \"2020-13-")]
        [TestCase("id of the first part again in the second", 350, "\"id\": \"e355\"", "\"id\": \"e8\"")]
        [TestCase("text id of the first part again in the second", 360, "\"id\": \"r360\"", "\"id\": \"r10\"")]
        [TestCase("irregular JSON in the last relation", 399, "\"type\": ", "\"type\": \u0001")]
        public void TwoThreads_LeaveEveryError_ToTheDocumentPath(string what, int at, string find, string replace)
        {
            string json = Layout(400, (i, r) => i == at ? ReplaceFirst(r, find, replace) : r);
            json.Should().Contain(replace.Replace("\u0001", string.Empty), what);
            GraphError[] expected = FluentActions.Invoking(() => Graph.Parse(json, "b.json")).Should().Throw<GraphValidationException>().Which.Errors.ToArray();
            foreach (double fraction in new[] { 0.0, 0.1, 0.5, 0.9, 1.0 })
            {
                GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null, 0, fraction).Should().BeNull(what);
            }

            string dir = Path.Combine(Path.GetTempPath(), "kg-split-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string path = Path.Combine(dir, "b.json");
                File.WriteAllText(path, json);
                GraphError[] loaded = FluentActions.Invoking(() => Graph.Load(path)).Should().Throw<GraphValidationException>().Which.Errors.ToArray();
                loaded.Select(e => (e.Code, e.Id, e.Line, e.Column)).Should().Equal(expected.Select(e => (e.Code, e.Id, e.Line, e.Column)), what);
                expected.Should().NotBeEmpty().And.OnlyContain(e => e.Line > 0);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void LargeFiles_AreReadByTwoThreads_IntoTheGraphOneThreadReads()
        {
            // Past the size from which Graph.Load uses the second thread.
            string json = Layout(40000);
            Encoding.UTF8.GetByteCount(json).Should().BeGreaterThan((int)JsonBulkReader.DefaultSplitMinimum);
            string dir = Path.Combine(Path.GetTempPath(), "kg-split-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string path = Path.Combine(dir, "big.json");
                File.WriteAllText(path, json);
                Graph loaded = Graph.Load(path);
                Graph one = GraphJsonReader.TryReadStreaming(json, "big.json", GraphLoadOptions.Default, null, long.MaxValue)!;
                GraphJsonReader.TryReadStreaming(json, "big.json", GraphLoadOptions.Default, null, JsonBulkReader.DefaultSplitMinimum, 0.5, out bool split).Should().NotBeNull();
                split.Should().BeTrue("a file this large is read by two threads");
                loaded.Relations.Count.Should().Be(40000);
                loaded.ToJson().Should().Be(one.ToJson());
                SameValues(loaded, one);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void FindSplit_TakesTheLeastIndentedObjectAfterALineBreak_AndNothingInText()
        {
            byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
            string nested = "x\": 1\n        },\n        {\n ";
            string outer = "    },\n    {\n";
            byte[] b = Bytes(nested + outer);
            JsonBulkReader.FindSplit(b, b.Length).Should().Be(nested.Length + outer.IndexOf('{'));
            b = Bytes("{\"a\": \"},{\"}, {\"b\": 1},{\"c\": 2}");
            JsonBulkReader.FindSplit(b, b.Length).Should().Be(-1, "no line break: the place cannot be told from text");
            b = Bytes("  },\r\n  {");
            JsonBulkReader.FindSplit(b, b.Length).Should().Be(b.Length - 1);
            b = Bytes("  ],\n  {");
            JsonBulkReader.FindSplit(b, b.Length).Should().Be(-1, "after an array, not an object");
        }

        private static string ReplaceFirst(string text, string find, string replace)
        {
            int at = text.IndexOf(find, StringComparison.Ordinal);
            return at < 0 ? text : text.Substring(0, at) + replace + text.Substring(at + find.Length);
        }

        /// <summary>Same ids, types of property values (a long stays a long, a double a double) and validity.</summary>
        private static void SameValues(Graph a, Graph b)
        {
            a.Entities.Select(e => e.Id).Should().Equal(b.Entities.Select(e => e.Id));
            a.Relations.Select(r => r.Id).Should().Equal(b.Relations.Select(r => r.Id));
            for (int i = 0; i < a.Relations.Count; i++)
            {
                Relation x = a.Relations[i], y = b.Relations[i];
                x.Should().Be(y);
                x.GetHashCode().Should().Be(y.GetHashCode());
                x.Validity.Should().Be(y.Validity);
                x.Properties.Keys.Should().Equal(y.Properties.Keys);
                x.Properties.Values.Select(v => v.GetType()).Should().Equal(y.Properties.Values.Select(v => v.GetType()));
                x.Properties.Values.Select(v => v is IEnumerable<string> l ? string.Join("|", l) : Convert.ToString(v, CultureInfo.InvariantCulture)).Should().Equal(y.Properties.Values.Select(v => v is IEnumerable<string> l ? string.Join("|", l) : Convert.ToString(v, CultureInfo.InvariantCulture)));
            }

            for (int i = 0; i < a.Entities.Count; i++)
            {
                a.Entities[i].Properties.Values.Select(v => v.GetType()).Should().Equal(b.Entities[i].Properties.Values.Select(v => v.GetType()));
                a.Entities[i].Aliases.Should().Equal(b.Entities[i].Aliases);
                a.Entities[i].ExternalIds.Select(x => (x.Scheme, x.Value, x.SourceId, x.Note)).Should().Equal(b.Entities[i].ExternalIds.Select(x => (x.Scheme, x.Value, x.SourceId, x.Note)));
            }
        }

        private static string Doc(string entityProperties, string relationFields) =>
            Head + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\", \"properties\": {" + entityProperties + "}}, {\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\"}],\n"
            + "  \"relations\": [{\"id\": \"e7\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"b\", " + relationFields + "}]\n}";

        [TestCase("1")]
        [TestCase("-1")]
        [TestCase("0")]
        [TestCase("-0")]
        [TestCase("1.0")]
        [TestCase("-0.0")]
        [TestCase("0.1")]
        [TestCase("0.30000000000000004")]
        [TestCase("3.034")]
        [TestCase("1e2")]
        [TestCase("1E+2")]
        [TestCase("2.5e-3")]
        [TestCase("1.7976931348623157e308")]
        [TestCase("5e-324")]
        [TestCase("9223372036854775807")]
        [TestCase("-9223372036854775808")]
        [TestCase("123456789012345678901234567890.5")]
        public void Numbers_KeepTheirTypeAndValue(string number)
        {
            Compare(Doc("\"n\": " + number, "\"properties\": {\"w\": " + number + "}"), bulkMustRead: true);
        }

        [TestCase("9223372036854775808")]
        [TestCase("-9223372036854775809")]
        [TestCase("1e400")]
        [TestCase("-1e400")]
        [TestCase("01")]
        [TestCase("1.")]
        [TestCase(".5")]
        [TestCase("+1")]
        [TestCase("1e")]
        [TestCase("NaN")]
        [TestCase("Infinity")]
        [TestCase("0x10")]
        public void IrregularOrOutOfRangeNumbers_AreLeftToTheDocumentPath(string number)
        {
            Graph? bulk = GraphJsonReader.TryReadStreaming(Doc("\"n\": " + number, "\"from\": \"2020\""), "b.json", GraphLoadOptions.Default, null);
            bulk.Should().BeNull();
            Compare(Doc("\"n\": " + number, "\"from\": \"2020\""), bulkMustRead: false);
        }

        [TestCase("\"caf\\u00e9 \\ud83d\\ude00 \\n\\t\\\"\\\\\\/ \\r\"")]
        [TestCase("\"café — Лукашэнка 😀\"")]
        [TestCase("\"\"")]
        [TestCase("[\"x\", \"\\u0041\"]")]
        [TestCase("[]")]
        [TestCase("true")]
        [TestCase("false")]
        public void Strings_Escapes_ArraysAndBooleans_AreReadAsByTheDocumentPath(string value)
        {
            Compare(Doc("\"v\": " + value, "\"properties\": {\"v\": " + value + "}, \"note\": \"n\\u00e9\""), bulkMustRead: true);
        }

        [TestCase("\"\\ud800\"")]
        [TestCase("\"\\udc00x\"")]
        [TestCase("\"\\u00\"")]
        [TestCase("\"\\b\\f\"")]
        [TestCase("\"\\x\"")]
        [TestCase("'single'")]
        [TestCase("\"a\u0001b\"")]
        [TestCase("\"a\uFFFEb\"")]
        [TestCase("null")]
        [TestCase("{}")]
        [TestCase("[1]")]
        public void IrregularStringsAndValues_AreLeftToTheDocumentPath(string value)
        {
            string json = Doc("\"v\": " + value, "\"from\": \"2020\"");
            GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null).Should().BeNull();
            Compare(json, bulkMustRead: false);
        }

        [TestCase("e7", true)]
        [TestCase("e0", true)]
        [TestCase("e07", false)]
        [TestCase("e2147483647", true)]
        [TestCase("e2147483648", false)]
        [TestCase("r-1", false)]
        [TestCase("e12x", false)]
        public void RelationIds_OfTheGeneratedForm_ReadBackTheSame(string id, bool generated)
        {
            string json = Doc(string.Empty, "\"from\": \"2020\"").Replace("\"id\": \"e7\"", "\"id\": \"" + id + "\"");
            Graph g = Compare(json, bulkMustRead: true)!;
            g.Relations[0].Id.Should().Be(id);
            Graph bulk = GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null)!;
            bulk.Relations[0].Id.Should().Be(id, generated ? "kept as its number, made back as the same text" : "kept as text");
            bulk.TryGetRelation(id, out Relation? found).Should().BeTrue();
            found.Should().BeSameAs(bulk.Relations[0]);
        }

        [Test]
        public void DuplicateRelationIds_OfBothForms_AreErrors()
        {
            string json = Head + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"relations\": [\n"
                + "    {\"id\": \"e1\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\"},\n"
                + "    {\"id\": \"x\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\"},\n"
                + "    {\"id\": \"e1\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\"}\n  ]\n}";
            GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null).Should().BeNull();
            FluentActions.Invoking(() => Graph.Parse(json, "b.json")).Should().Throw<GraphValidationException>()
                .Which.Errors.Should().ContainSingle(e => e.Code == GraphErrorCode.DuplicateId && e.Line == 8);
            GraphJsonReader.TryReadStreaming(json.Replace("\"id\": \"x\"", "\"id\": \"e1x\"").Replace("e1\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\"}\n  ]", "e2\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\"}\n  ]"), "b.json", GraphLoadOptions.Default, null)
                .Should().NotBeNull("e1, e1x and e2 are three ids");
        }

        [Test]
        public void PropertiesInDifferentOrders_AndSubsets_KeepTheirOrder()
        {
            var relations = new[]
            {
                "{\"w\": 1.5, \"kind\": \"x\"}",
                "{\"kind\": \"y\", \"w\": 2}",
                "{\"w\": 3.25}",
                "{\"kind\": \"z\"}",
                "{}",
                "{\"other\": true, \"w\": 4.0}",
                "null",
            };
            var sb = new StringBuilder(Head + "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"relations\": [\n");
            for (int i = 0; i < relations.Length; i++)
            {
                sb.Append("    {\"id\": \"r").Append(i).Append("\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\", \"properties\": ").Append(relations[i]).Append(i + 1 < relations.Length ? "},\n" : "}\n");
            }

            sb.Append("  ]\n}");
            Graph g = Compare(sb.ToString(), bulkMustRead: true)!;
            g.Relations[1].Properties.Keys.Should().Equal("kind", "w");
            g.Relations[1].Properties["w"].Should().BeOfType<long>();
        }

        [Test]
        public void TimeCertaintyCitationsAndExternalIds_AreReadAsByTheDocumentPath()
        {
            string json = Head + "  \"entities\": [\n"
                + "    {\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\", \"aliases\": [\"Ä\", \"A2\"], \"description\": \"d\", \"externalIds\": [{\"scheme\": \"wikidata\", \"value\": \"Q1\", \"source\": \"s1\", \"note\": null, \"extra\": 1}]},\n"
                + "    {\"id\": \"b\", \"kind\": \"State\", \"name\": \"B\", \"aliases\": null, \"externalIds\": null, \"properties\": null, \"unknown\": {\"deep\": [1, {\"x\": null}]}}\n  ],\n"
                + "  \"relations\": [\n"
                + "    {\"id\": \"r1\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"b\", \"from\": \"2020-02\", \"to\": \"2021-12-31\", \"approximate\": true, \"status\": \"alleged\", \"attribution\": \"x\", \"note\": \"n\", \"confidence\": 0.5, \"citations\": [{\"source\": \"s1\", \"quote\": \"q\", \"locator\": \"p. 1\", \"evidence\": \"observed\"}]},\n"
                + "    {\"id\": \"r2\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"a\", \"event\": true, \"citations\": [{\"source\": \"s1\", \"evidence\": \"reported\"}], \"confidence\": 1},\n"
                + "    {\"id\": \"r3\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"a\", \"time\": \"permanent\", \"observed\": [], \"approximate\": false, \"event\": null},\n"
                + "    {\"id\": \"r4\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"a\", \"notBefore\": \"2001\", \"notAfter\": \"2002-03\", \"observed\": [\"2001-06\"], \"from\": null},\n"
                + "    {\"id\": \"r5\", \"type\": \"DEPENDS_ON\", \"source\": \"b\", \"target\": \"a\", \"at\": \"1999-01-01\", \"citations\": []}\n  ]\n}";
            Compare(json, bulkMustRead: true);
        }

        [TestCase("\"from\": \"2020-02-30\"")]
        [TestCase("\"from\": \"2021\", \"to\": \"2020\"")]
        [TestCase("\"from\": \"0000-01-01\"")]
        [TestCase("\"status\": \"rumoured\"")]
        [TestCase("\"confidence\": 1.5")]
        [TestCase("\"citations\": [{\"source\": \"nope\"}]")]
        [TestCase("\"citations\": [{\"source\": \"s1\", \"evidence\": \"none\"}]")]
        [TestCase("\"type\": \"NOPE\"")]
        [TestCase("\"target\": \"zzz\"")]
        [TestCase("\"note\": \"bad\\u0000text\"")]
        public void BadRelations_AreLeftToTheDocumentPath_WhichReportsThem(string fields)
        {
            string json = Doc(string.Empty, fields);
            if (fields.StartsWith("\"type\"", StringComparison.Ordinal) || fields.StartsWith("\"target\"", StringComparison.Ordinal) || fields.StartsWith("\"id\"", StringComparison.Ordinal))
            {
                // Replace the field of the same name rather than repeat it (a repeated name is malformed JSON, also left to the document path).
                string name = fields.Substring(0, fields.IndexOf(':'));
                json = Doc(string.Empty, "\"from\": \"2020\"").Replace(name + ": \"" + (name == "\"type\"" ? "DEPENDS_ON" : name == "\"id\"" ? "e7" : "b") + "\"", fields);
            }

            GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null).Should().BeNull();
            if (!fields.StartsWith("\"id\"", StringComparison.Ordinal))
            {
                FluentActions.Invoking(() => Graph.Parse(json, "b.json")).Should().Throw<GraphValidationException>().Which.Errors.Should().OnlyContain(e => e.Line > 0);
            }
        }

        [TestCase("relations first", "  \"relations\": [{\"id\": \"r\", \"type\": \"DEPENDS_ON\", \"source\": \"a\", \"target\": \"a\"}],\n  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}]\n}")]
        [TestCase("vocabulary last", "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\"}],\n  \"vocabulary\": \"default\"\n}")]
        [TestCase("sources last", "  \"entities\": [{\"id\": \"a\", \"kind\": \"State\", \"name\": \"A\", \"externalIds\": [{\"scheme\": \"x\", \"value\": \"1\", \"source\": \"s2\"}]}],\n  \"sources\": [{\"id\": \"s2\", \"kind\": \"article\", \"title\": \"U\"}]\n}")]
        public void OrdersTheBulkReaderCannotBuild_StillLoad(string what, string rest)
        {
            string json = "{\n  \"format\": \"knowledge-graph/2\",\n" + rest;
            GraphJsonReader.TryReadStreaming(json, "o.json", GraphLoadOptions.Default, null).Should().BeNull(what);
            Graph.Parse(json, "o.json").Entities.Should().ContainSingle();
        }

        [Test]
        public void Files_AreReadFromTheirBytes_AndIrregularBytesReportedWithTheirPosition()
        {
            string dir = Path.Combine(Path.GetTempPath(), "kg-bulk-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string json = Doc("\"v\": \"é\"", "\"from\": \"2020\"");
                string path = Path.Combine(dir, "g.json");
                File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(json)).ToArray());
                Graph.Load(path).ToJson().Should().Be(Graph.Parse(json).ToJson(), "a UTF-8 byte order mark is skipped");

                byte[] bytes = Encoding.UTF8.GetBytes(json);
                int at = Array.IndexOf(bytes, (byte)0xC3);
                bytes[at] = 0xFF;
                File.WriteAllBytes(path, bytes);
                var error = FluentActions.Invoking(() => Graph.Load(path)).Should().Throw<GraphValidationException>().Which.Errors.Single();
                error.Code.Should().Be(GraphErrorCode.MalformedJson);
                error.Line.Should().Be(4);

                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                GraphJsonReader.Import(stream, "s.json").ToJson().Should().Be(Graph.Parse(json).ToJson(), "a seekable stream is read in one pass too");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>Random documents, each valid or broken in one random place: the bulk reader reads exactly the valid ones the document path reads, into the same graph.</summary>
        [Test]
        public void RandomDocuments_BulkAndDocumentPathsAgree()
        {
            var random = new Random(15);
            string[] values = { "1", "-2", "3.5", "0.1", "1e3", "true", "false", "\"t\"", "\"\\u00e9\"", "[\"a\"]", "[]", "null", "{}", "01", "\"\\ud800\"", "1e999", "9223372036854775808" };
            string[] dates = { "\"2020\"", "\"2020-01\"", "\"2020-01-31\"", "\"2020-02-31\"", "null", "2020", "\"20\"", "\"1999-12-31\"" };
            int bulkRead = 0;
            for (int n = 0; n < 300; n++)
            {
                var sb = new StringBuilder(Head + "  \"entities\": [\n");
                int entities = random.Next(1, 5);
                for (int i = 0; i < entities; i++)
                {
                    sb.Append("    {\"id\": \"n").Append(i).Append("\", \"kind\": \"").Append(random.Next(8) == 0 ? "Dragon" : "State").Append("\", \"name\": \"N").Append(i).Append("\", \"properties\": {");
                    sb.Append(string.Join(", ", Enumerable.Range(0, random.Next(3)).Select(k => "\"p" + random.Next(3) + "\": " + values[random.Next(values.Length)])));
                    sb.Append("}}").Append(i + 1 < entities ? ",\n" : "\n");
                }

                sb.Append("  ],\n  \"relations\": [\n");
                int relations = random.Next(0, 6);
                for (int i = 0; i < relations; i++)
                {
                    string id = random.Next(4) == 0 ? "e" + random.Next(4) : "r" + i;
                    sb.Append("    {\"id\": \"").Append(id).Append("\", \"type\": \"DEPENDS_ON\", \"source\": \"n").Append(random.Next(entities + 1)).Append("\", \"target\": \"n").Append(random.Next(entities))
                        .Append("\", \"from\": ").Append(dates[random.Next(dates.Length)]).Append(", \"to\": ").Append(dates[random.Next(dates.Length)])
                        .Append(", \"confidence\": ").Append(random.Next(3) == 0 ? "0.5" : "null").Append(", \"properties\": {\"w\": ").Append(values[random.Next(values.Length)]).Append("}}")
                        .Append(i + 1 < relations ? ",\n" : "\n");
                }

                sb.Append("  ]\n}\n");
                string json = sb.ToString();
                if (random.Next(4) == 0)
                {
                    // Break it in one place: drop, double or change a character.
                    int at = random.Next(json.Length);
                    json = random.Next(3) switch
                    {
                        0 => json.Remove(at, 1),
                        1 => json.Insert(at, json[at].ToString()),
                        _ => json.Remove(at, 1).Insert(at, "\",:{}[]0a \u00e9"[random.Next(12)].ToString()),
                    };
                }

                Graph? document = Compare(json, bulkMustRead: false);
                if (document != null && GraphJsonReader.TryReadStreaming(json, "b.json", GraphLoadOptions.Default, null) != null)
                {
                    bulkRead++;
                }
            }

            bulkRead.Should().BeGreaterThan(5, "many of the random documents are valid and read in one pass");
        }
    }
}
